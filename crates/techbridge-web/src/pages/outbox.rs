//! The messages the platform has sent or is about to send, for operators: where no mail server
//! is set (development, tests, a first installation), this is where e-mail can be read.

use askama::Template;
use axum::response::Response;

use crate::auth::permissions::Action;
use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::{Chrome, render};

/// Messages shown, newest first.
const SHOWN: i64 = 200;

#[derive(Debug)]
struct Message {
    recipient: String,
    subject: String,
    body: String,
    queued: String,
    state: String,
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage<'a> {
    chrome: Chrome<'a>,
    messages: Vec<Message>,
}

pub(crate) async fn show(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require(&Action::ReadOutbox)?;
    let tr = ctx.tr();
    let messages = ctx
        .app
        .store()
        .outbox(SHOWN)
        .await?
        .into_iter()
        .map(|queued| Message {
            recipient: queued.mail.recipient.to_string(),
            subject: queued.mail.subject,
            body: queued.mail.body,
            queued: queued.created_at.to_string(),
            state: match (&queued.sent_at, &queued.last_error) {
                (Some(_), _) => tr.t("outbox-sent"),
                (None, Some(error)) => tr.t1("outbox-failed", "error", error),
                (None, None) => tr.t("outbox-waiting"),
            },
        })
        .collect();
    render(&OutboxPage {
        chrome: Chrome::new(&ctx, tr.t("outbox-title")),
        messages,
    })
}
