//! API tokens, for integrations: a person makes one for a system that uses the JSON API on
//! their behalf, sees when each was last used, and stops it. The value is shown once, when
//! made; the store keeps only its fingerprint.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;

use crate::auth::forms::Form;
use crate::auth::{fingerprint, secret};
use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::{Chrome, render, see_other};

/// Longest token name, in characters.
const MAX_NAME: usize = 100;
/// Tokens a person may hold at once, stopped ones not counted.
const MAX_TOKENS: usize = 20;
/// Every token starts with this, so a leaked one is recognisable in logs and scanners.
pub(crate) const PREFIX: &str = "tb_";

#[derive(Debug)]
struct Row {
    id: i64,
    name: String,
    state: String,
    active: bool,
}

#[derive(Template)]
#[template(path = "api_tokens.html")]
struct TokensPage<'a> {
    chrome: Chrome<'a>,
    tokens: Vec<Row>,
    /// The value of a token just made.
    created: Option<String>,
}

async fn page(ctx: &Ctx, created: Option<String>) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let tr = ctx.tr();
    let day = |at: jiff::Timestamp| tr.date(at.to_zoned(jiff::tz::TimeZone::UTC).date());
    let tokens = ctx
        .app
        .store()
        .api_tokens_of(user.id)
        .await?
        .into_iter()
        .map(|token| {
            let mut state = vec![tr.t1("apitokens-made-on", "date", day(token.created_at))];
            state.push(match token.last_used_at {
                Some(at) => tr.t1("apitokens-last-used", "date", day(at)),
                None => tr.t("apitokens-never-used"),
            });
            if let Some(at) = token.revoked_at {
                state.push(tr.t1("apitokens-revoked", "date", day(at)));
            }
            Row {
                id: token.id,
                name: token.name,
                state: state.join(" · "),
                active: token.revoked_at.is_none(),
            }
        })
        .collect();
    render(&TokensPage {
        chrome: Chrome::new(ctx, tr.t("apitokens-title")),
        tokens,
        created,
    })
}

pub(crate) async fn list(ctx: Ctx) -> Result<Response, AppError> {
    page(&ctx, None).await
}

pub(crate) async fn create(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let name = form.text("name");
    if name.is_empty() {
        return Err(AppError::invalid("name", "empty"));
    }
    if name.chars().count() > MAX_NAME {
        return Err(AppError::invalid(
            "name",
            format!("longer than {MAX_NAME} characters"),
        ));
    }
    let store = ctx.app.store();
    let active = store
        .api_tokens_of(user.id)
        .await?
        .iter()
        .filter(|t| t.revoked_at.is_none())
        .count();
    if active >= MAX_TOKENS {
        return Err(AppError::Refused(format!(
            "at most {MAX_TOKENS} tokens at once; stop one first"
        )));
    }
    let value = format!("{PREFIX}{}", secret(&ctx.app));
    store
        .create_api_token(user.id, &name, &fingerprint(&value), ctx.app.now())
        .await?;
    tracing::info!(user = user.id, "API token created");
    page(&ctx, Some(value)).await
}

pub(crate) async fn revoke(
    ctx: Ctx,
    Path(id): Path<String>,
    _form: Form,
) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx
        .app
        .store()
        .revoke_api_token(id, user.id, ctx.app.now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/account/tokens"))
}
