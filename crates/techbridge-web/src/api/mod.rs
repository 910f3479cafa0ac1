//! The JSON API for integrations, under `/api/v1`. Its OpenAPI document is generated from the
//! handlers and types below and served at `/api/openapi.json`, so it cannot drift from them.
//! Errors are JSON with a stable code (see `AppError::code`).

// utoipa's generated code names the parameter types by their full path.
#[expect(unused_qualifications, reason = "in utoipa's generated code")]
mod listings;
mod organizations;
#[expect(unused_qualifications, reason = "in utoipa's generated code")]
mod search;

use axum::Json;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::context::Ctx;
use crate::error::AppError;

pub(crate) use listings::{listing, listing_matches};
pub(crate) use organizations::{organization, organization_listings};
pub(crate) use search::search;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "techbridge",
        description = "Technology offers and needs of a cross-border technology-transfer network, matched across languages."
    ),
    paths(
        organizations::organization,
        organizations::organization_listings,
        listings::listing,
        listings::listing_matches,
        search::search,
    ),
    components(schemas(ErrorBody, ErrorDetail))
)]
pub(crate) struct ApiDoc;

pub(crate) async fn openapi() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

/// Every error of the API has this shape.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ErrorDetail {
    /// Stable: integrations branch on it (`not-found`, `invalid-input`, `forbidden` ...).
    code: String,
    /// For people, in the language of `Accept-Language` or `?lang=`.
    message: String,
    /// The field and rule, when the input was at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

/// Turns an `AppError` an API handler returned into its JSON body.
pub(crate) async fn render_errors(ctx: Ctx, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<AppError>().cloned() else {
        return response;
    };
    let body = ErrorBody {
        error: ErrorDetail {
            code: error.code().to_owned(),
            message: ctx.tr().t(&format!("error-{}", error.code())),
            detail: error.detail(),
        },
    };
    (error.status(), Json(body)).into_response()
}

/// Any address under `/api` that names no endpoint.
pub(crate) async fn unknown() -> AppError {
    AppError::NotFound
}
