//! Server-rendered pages: one module per page or group of pages, each a thin handler that reads
//! the store or the matcher and fills a typed view; templates live in `templates/`.

pub(crate) mod account;
pub(crate) mod agenda;
pub(crate) mod api_tokens;
pub(crate) mod editor;
pub(crate) mod event_form;
pub(crate) mod events;
pub(crate) mod home;
pub(crate) mod interests;
pub(crate) mod listing;
pub(crate) mod moderation;
pub(crate) mod organization;
pub(crate) mod organize;
pub(crate) mod outbox;
pub(crate) mod search;
pub(crate) mod searches;
pub(crate) mod tokens;
pub(crate) mod views;

use askama::Template;
use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::auth::permissions::Action;
use crate::context::Ctx;
use crate::error::AppError;
use crate::i18n::{Locale, Tr};

/// What every page shows around its content: the language, the title, the language menu.
#[derive(Debug)]
pub(crate) struct Chrome<'a> {
    pub(crate) tr: Tr<'a>,
    pub(crate) title: String,
    pub(crate) languages: Vec<LanguageLink>,
    /// The signed-in person's name.
    pub(crate) signed_in: Option<String>,
    pub(crate) form_token: String,
    pub(crate) may_moderate: bool,
    pub(crate) may_read_outbox: bool,
}

#[derive(Debug)]
pub(crate) struct LanguageLink {
    pub(crate) code: &'static str,
    pub(crate) name: &'static str,
    pub(crate) href: String,
    pub(crate) current: bool,
}

impl<'a> Chrome<'a> {
    pub(crate) fn new(ctx: &'a Ctx, title: String) -> Self {
        let languages = Locale::ALL
            .into_iter()
            .map(|locale| {
                let mut query = form_urlencoded::Serializer::new(String::new());
                for (k, v) in &ctx.query {
                    query.append_pair(k, v);
                }
                query.append_pair("lang", locale.code());
                LanguageLink {
                    code: locale.code(),
                    name: locale.endonym(),
                    href: format!("{}?{}", ctx.path, query.finish()),
                    current: locale == ctx.locale,
                }
            })
            .collect();
        Self {
            tr: ctx.tr(),
            title,
            languages,
            signed_in: ctx.user.as_ref().map(|u| u.user.name.as_str().to_owned()),
            form_token: ctx.form_token.clone(),
            may_moderate: ctx.may(&Action::SeeModerationQueue),
            may_read_outbox: ctx.may(&Action::ReadOutbox),
        }
    }
}

/// After a form: go to `to` with a GET (303), so reloading does not send the form again.
pub(crate) fn see_other(to: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(axum::http::header::LOCATION, to.to_owned())],
    )
        .into_response()
}

/// Renders a page's view into a response.
pub(crate) fn render(view: &impl Template) -> Result<Response, AppError> {
    Ok(Html(view.render()?).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: Chrome<'a>,
    message: String,
    detail: Option<String>,
}

/// Turns an `AppError` a page handler returned into an error page in the reader's language.
pub(crate) async fn render_errors(ctx: Ctx, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<AppError>().cloned() else {
        return response;
    };
    let tr = ctx.tr();
    let message = tr.t(&format!("error-{}", error.code()));
    let page = ErrorPage {
        chrome: Chrome::new(&ctx, message.clone()),
        message,
        detail: error.detail(),
    };
    match page.render() {
        Ok(html) => {
            let mut response = (error.status(), Html(html)).into_response();
            response
                .headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response(),
    }
}

/// The stylesheet, compiled in so that a deployment is one binary.
pub(crate) async fn stylesheet() -> Response {
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        include_str!("../../static/style.css"),
    )
        .into_response()
}
