//! Every address the platform answers, in one table.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, header};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use tower_http::trace::TraceLayer;

use crate::auth::forms::MAX_BODY;
use crate::auth::session;
use crate::error::AppError;
use crate::{App, api, metrics, pages};

pub fn router(app: App) -> Router {
    let pages = Router::new()
        .route("/", get(pages::home::show))
        .route("/search", get(pages::search::show))
        .route("/offers/{reference}", get(pages::listing::offer))
        .route("/needs/{reference}", get(pages::listing::need))
        .route("/organizations/{reference}", get(pages::organization::show))
        .route(
            "/login",
            get(pages::account::login_form).post(pages::account::login),
        )
        .route("/logout", post(pages::account::logout))
        .route(
            "/register",
            get(pages::account::register_form).post(pages::account::register),
        )
        .route("/home", get(pages::account::home))
        .route(
            "/account",
            get(pages::account::settings).post(pages::account::save_settings),
        )
        .route(
            "/account/tokens",
            get(pages::api_tokens::list).post(pages::api_tokens::create),
        )
        .route(
            "/account/tokens/{id}/revoke",
            post(pages::api_tokens::revoke),
        )
        .route(
            "/password/forgot",
            get(pages::tokens::forgot_form).post(pages::tokens::forgot),
        )
        .route(
            "/password/reset/{token}",
            get(pages::tokens::reset_form).post(pages::tokens::reset),
        )
        .route(
            "/organizations/{reference}/people",
            get(pages::tokens::people).post(pages::tokens::invite),
        )
        .route(
            "/invitations/{token}",
            get(pages::tokens::join_form).post(pages::tokens::join),
        )
        .route("/moderation", get(pages::moderation::queue))
        .route(
            "/moderation/organizations/{reference}",
            post(pages::moderation::decide),
        )
        .route("/outbox", get(pages::outbox::show))
        .route(
            "/listings/new",
            get(pages::editor::new_form).post(pages::editor::create),
        )
        .route("/my/{kind}/{reference}", get(pages::editor::show))
        .route(
            "/my/{kind}/{reference}/edit",
            get(pages::editor::edit_form).post(pages::editor::edit),
        )
        .route("/my/{kind}/{reference}/{step}", post(pages::editor::step))
        .route(
            "/searches",
            get(pages::searches::list).post(pages::searches::save),
        )
        .route("/searches/{id}/delete", post(pages::searches::delete))
        .route(
            "/events",
            get(pages::events::list).post(pages::event_form::create),
        )
        .route("/events/new", get(pages::event_form::new_form))
        .route("/events/{reference}", get(pages::events::show_or_calendar))
        .route(
            "/events/{reference}/register",
            post(pages::events::register),
        )
        .route("/events/{reference}/requests", post(pages::events::request))
        .route(
            "/events/{reference}/requests/{id}/{step}",
            post(pages::events::answer),
        )
        .route("/events/{reference}/agenda", get(pages::agenda::show))
        .route(
            "/events/{reference}/meetings/{id}/feedback",
            post(pages::agenda::feedback),
        )
        .route("/events/{reference}/organize", get(pages::organize::show))
        .route(
            "/events/{reference}/schedule",
            post(pages::organize::schedule),
        )
        .route(
            "/events/{reference}/meetings/{id}/{step}",
            post(pages::organize::meeting),
        )
        .route(
            "/events/{reference}/participants/{id}/check-in",
            post(pages::organize::check_in),
        )
        .route("/interests", get(pages::interests::list))
        .route("/interests/new", post(pages::interests::send))
        .route("/interests/{id}", get(pages::interests::show))
        .route("/interests/{id}/thread", post(pages::interests::write))
        .route("/interests/{id}/{step}", post(pages::interests::step))
        .route(
            "/moderation/listings/{kind}/{reference}",
            post(pages::moderation::decide_listing),
        )
        .fallback(not_found)
        .layer(from_fn_with_state(app.clone(), pages::render_errors));
    let api = Router::new()
        .route("/api/v1/organizations/{reference}", get(api::organization))
        .route(
            "/api/v1/organizations/{reference}/listings",
            get(api::organization_listings),
        )
        .route("/api/v1/listings/{side}/{reference}", get(api::listing))
        .route(
            "/api/v1/listings/{side}/{reference}/matches",
            get(api::listing_matches),
        )
        .route("/api/v1/search", get(api::search))
        .route(
            "/api/v1/interests",
            get(api::interests::list).post(api::interests::send),
        )
        .route("/api/v1/interests/{id}", get(api::interests::show))
        .route(
            "/api/v1/interests/{id}/messages",
            get(api::interests::messages).post(api::interests::write),
        )
        .route(
            "/api/v1/interests/{id}/details",
            get(api::interests::details),
        )
        .route(
            "/api/v1/interests/{id}/releases",
            get(api::interests::releases),
        )
        .route("/api/v1/interests/{id}/{step}", post(api::interests::step))
        .route(
            "/api/v1/events",
            get(api::events::list).post(api::events::create),
        )
        .route("/api/v1/events/{reference}", get(api::events::show))
        .route(
            "/api/v1/events/{reference}/registration",
            put(api::events::register),
        )
        .route(
            "/api/v1/events/{reference}/participants",
            get(api::events::participants),
        )
        .route(
            "/api/v1/events/{reference}/requests",
            get(api::events::requests).post(api::events::request),
        )
        .route(
            "/api/v1/events/{reference}/requests/{id}/{step}",
            post(api::events::answer),
        )
        .route(
            "/api/v1/events/{reference}/agenda",
            get(api::events::agenda),
        )
        .route(
            "/api/v1/events/{reference}/schedule",
            post(api::events::schedule),
        )
        .route("/api/openapi.json", get(api::openapi))
        .route(
            "/api/{*rest}",
            get(api::unknown).post(api::unknown).put(api::unknown),
        )
        .layer(from_fn_with_state(app.clone(), api::render_errors));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_text))
        .route("/static/style.css", get(pages::stylesheet))
        .merge(api)
        .merge(pages)
        .layer(from_fn_with_state(app.clone(), session::layer))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(from_fn_with_state(app.clone(), metrics::record))
        .layer(from_fn(security_headers))
        .layer(TraceLayer::new_for_http())
        .with_state(app)
}

async fn not_found() -> AppError {
    AppError::NotFound
}

/// Answers when the store answers: a load balancer takes a node out that cannot reach it.
async fn healthz(State(app): State<App>) -> Response {
    match app.store().counts().await {
        Ok(_) => "ok\n".into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: store unreachable");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "store unreachable\n",
            )
                .into_response()
        }
    }
}

async fn metrics_text(State(app): State<App>) -> Result<Response, AppError> {
    let counts = app.store().counts().await?;
    let text = app.metrics().render(&[
        (
            "techbridge_organizations",
            "Organizations in the store.",
            counts.organizations,
        ),
        (
            "techbridge_offers",
            "Offers in the store, in every status.",
            counts.offers,
        ),
        (
            "techbridge_needs",
            "Needs in the store, in every status.",
            counts.needs,
        ),
    ]);
    Ok((
        [(
            CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        text,
    )
        .into_response())
}

/// Headers every response carries: no framing by other sites, no guessing of content types,
/// no referrer leaking listing addresses to other sites, scripts and styles from here only.
async fn security_headers(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'",
        ),
    ] {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    response
}
