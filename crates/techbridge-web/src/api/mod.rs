//! The JSON API for integrations, under `/api/v1`. Its OpenAPI document is generated from the
//! handlers and types below and served at `/api/openapi.json`, so it cannot drift from them.
//! Errors are JSON with a stable code (see `AppError::code`).

pub(crate) mod events;
pub(crate) mod interests;
// utoipa's generated code names the parameter types by their full path.
#[expect(unused_qualifications, reason = "in utoipa's generated code")]
mod listings;
mod organizations;
#[expect(unused_qualifications, reason = "in utoipa's generated code")]
mod search;

use axum::Json;
use axum::extract::FromRequest;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use crate::auth::session::Visitor;
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
        interests::list,
        interests::send,
        interests::show,
        interests::step,
        interests::messages,
        interests::write,
        interests::details,
        interests::releases,
        events::list,
        events::create,
        events::show,
        events::register,
        events::participants,
        events::requests,
        events::request,
        events::answer,
        events::agenda,
        events::schedule,
    ),
    components(schemas(ErrorBody, ErrorDetail)),
    modifiers(&TokenSecurity)
)]
pub(crate) struct ApiDoc;

/// Declares the API token scheme the endpoints for members name (`security(("token" = []))`).
struct TokenSecurity;

impl Modify for TokenSecurity {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token made at /account/tokens; it acts with its maker's roles.",
                    ))
                    .build(),
            ),
        );
    }
}

/// A JSON request body; one that does not parse is "invalid input" naming what is wrong.
#[derive(Debug)]
pub(crate) struct JsonBody<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        Json::<T>::from_request(request, state)
            .await
            .map(|Json(value)| Self(value))
            .map_err(|rejection| AppError::invalid("body", rejection.body_text()))
    }
}

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
/// A request with a token that opens nothing is refused before any handler runs.
pub(crate) async fn render_errors(ctx: Ctx, request: Request, next: Next) -> Response {
    let rejected = request
        .extensions()
        .get::<Visitor>()
        .is_some_and(|v| v.rejected_token);
    if rejected {
        return json_error(&ctx, &AppError::InvalidToken);
    }
    let response = next.run(request).await;
    match response.extensions().get::<AppError>().cloned() {
        Some(error) => json_error(&ctx, &error),
        None => response,
    }
}

fn json_error(ctx: &Ctx, error: &AppError) -> Response {
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
