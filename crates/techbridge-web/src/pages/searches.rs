//! Saved searches: a member keeps a search from the search page, sees their saved searches
//! with when each last ran, and stops one. The daily digest is `alerts::digests`.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;

use crate::alerts::{MAX_SAVED_SEARCHES, run_saved_search};
use crate::auth::forms::Form;
use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::{Chrome, render, see_other};
use crate::search_form::SearchForm;

/// Longest name of a saved search, in characters.
const MAX_NAME: usize = 100;
/// Longest query kept, in bytes: the search text and every filter fit well within it.
const MAX_QUERY: usize = 4000;

#[derive(Debug)]
struct Row {
    id: i64,
    name: String,
    href: String,
    saved: String,
    last_run: String,
}

#[derive(Template)]
#[template(path = "searches.html")]
struct SearchesPage<'a> {
    chrome: Chrome<'a>,
    searches: Vec<Row>,
}

pub(crate) async fn list(ctx: Ctx) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let tr = ctx.tr();
    let searches = ctx
        .app
        .store()
        .saved_searches_of(user.id)
        .await?
        .into_iter()
        .map(|saved| Row {
            id: saved.id,
            href: format!("/search?{}", saved.query),
            name: saved.name,
            saved: tr.date(saved.created_at.to_zoned(jiff::tz::TimeZone::UTC).date()),
            last_run: saved
                .last_run_on
                .map_or_else(|| tr.t("searches-not-yet"), |day| tr.date(day)),
        })
        .collect();
    render(&SearchesPage {
        chrome: Chrome::new(&ctx, tr.t("searches-title")),
        searches,
    })
}

/// Keeps the search in `query` (the search page's query string) under `name`. The listings
/// it finds today are known to the person already: digests report only what comes after.
pub(crate) async fn save(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let query = form.text("query");
    if query.len() > MAX_QUERY {
        return Err(AppError::invalid(
            "query",
            format!("longer than {MAX_QUERY} bytes"),
        ));
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .filter(|(k, v)| k != "page" && k != "lang" && !v.trim().is_empty())
        .collect();
    let read = SearchForm::read(&pairs, ctx.locale);
    if let Some((field, problem)) = read.problems.first() {
        return Err(AppError::invalid(field, problem));
    }
    if pairs.is_empty() {
        return Err(AppError::invalid(
            "query",
            ctx.tr().t("searches-empty-query"),
        ));
    }
    let name = match form.text("name") {
        name if name.is_empty() => read.search.text.clone(),
        name => name,
    };
    let name = if name.is_empty() {
        ctx.tr().t("searches-unnamed")
    } else {
        name
    };
    if name.chars().count() > MAX_NAME {
        return Err(AppError::invalid(
            "name",
            format!("longer than {MAX_NAME} characters"),
        ));
    }
    let store = ctx.app.store();
    if store.saved_searches_of(user.id).await?.len() >= MAX_SAVED_SEARCHES {
        return Err(AppError::Refused(format!(
            "at most {MAX_SAVED_SEARCHES} saved searches; stop one first"
        )));
    }
    let kept = {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            serializer.append_pair(k, v);
        }
        serializer.finish()
    };
    let found = run_saved_search(&ctx.app, &kept, ctx.locale).await?;
    store
        .save_search(user.id, &name, &kept, &found, ctx.app.now())
        .await?;
    Ok(see_other("/searches"))
}

pub(crate) async fn delete(
    ctx: Ctx,
    Path(id): Path<String>,
    _form: Form,
) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx.app.store().delete_saved_search(id, user.id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/searches"))
}
