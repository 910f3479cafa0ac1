//! Free-text search with filters, as the search page asks it.

use axum::Json;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use crate::api::listings::MatchBody;
use crate::context::Ctx;
use crate::error::AppError;
use crate::search_form::{PAGE_SIZE, SearchForm};

/// The query parameters; repeat a filter to allow several values.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(dead_code, reason = "describes the parameters SearchForm reads")]
pub(crate) struct SearchParams {
    /// Free text in any of the network's languages.
    q: Option<String>,
    /// offer or need.
    side: Option<String>,
    /// Sector slugs.
    sector: Option<Vec<String>>,
    /// Lowest technology readiness level, 1 to 9.
    trl_min: Option<u8>,
    /// Highest technology readiness level, 1 to 9.
    trl_max: Option<u8>,
    /// IP status slugs.
    ip: Option<Vec<String>>,
    /// Cooperation slugs.
    cooperation: Option<Vec<String>>,
    /// Countries of the listing's organization (ISO 3166-1 alpha-2).
    country: Option<Vec<String>>,
    /// Languages the listing is written in.
    language: Option<Vec<String>>,
    /// Page, from 1; 20 results a page.
    page: Option<usize>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SearchBody {
    page: usize,
    /// Whether another page follows.
    more: bool,
    results: Vec<MatchBody>,
}

/// Published listings answering a free-text search, best first; without text, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    params(SearchParams),
    responses(
        (status = 200, body = SearchBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    tag = "search"
)]
pub(crate) async fn search(ctx: Ctx) -> Result<Json<SearchBody>, AppError> {
    let form = SearchForm::read(&ctx.query, ctx.locale);
    if let Some((field, problem)) = form.problems.first() {
        return Err(AppError::invalid(field, problem));
    }
    let found = ctx
        .app
        .matcher()
        .search(&form.search, form.offset(), PAGE_SIZE + 1)
        .await?;
    Ok(Json(SearchBody {
        page: form.page,
        more: found.len() > PAGE_SIZE,
        results: found.iter().take(PAGE_SIZE).map(MatchBody::from).collect(),
    }))
}
