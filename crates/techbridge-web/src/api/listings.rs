//! Published offers and needs, and the best matches of each.

use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use techbridge_domain::{Lifecycle, ListingKind, Ref, Side};
use techbridge_search::Match;
use techbridge_store::StoredListing;
use utoipa::{IntoParams, ToSchema};

use crate::App;
use crate::context::ListingPath;
use crate::error::AppError;
use crate::matches::{KEPT, best_matches};
use crate::pages::listing::is_public;

/// A listing's public part: never its confidential details.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ListingBody {
    /// offer or need.
    side: String,
    #[serde(rename = "ref")]
    reference: String,
    /// The owning organization's ref.
    organization: String,
    /// BCP 47 tag of the language it is written in.
    language: String,
    title: String,
    summary: String,
    description: Option<String>,
    sectors: Vec<String>,
    trl: Option<u8>,
    ip_status: Option<String>,
    cooperation: Vec<String>,
    target_countries: Vec<String>,
    keywords: Vec<String>,
    /// Needs only: YYYY-MM-DD.
    deadline: Option<String>,
    /// Needs only.
    budget_usd: Option<u64>,
    /// published or expired.
    status: String,
    published_on: Option<String>,
    expires_on: Option<String>,
}

impl From<&StoredListing> for ListingBody {
    fn from(stored: &StoredListing) -> Self {
        let l = &stored.listing;
        let (deadline, budget_usd) = match &l.kind {
            ListingKind::Need(terms) => (
                terms.deadline.map(|d| d.to_string()),
                terms.budget.map(|b| b.dollars()),
            ),
            ListingKind::Offer => (None, None),
        };
        let (published_on, expires_on) = match &stored.lifecycle {
            Lifecycle::Published {
                published_on,
                expires_on,
            }
            | Lifecycle::Expired {
                published_on,
                expires_on,
            } => (Some(published_on.to_string()), Some(expires_on.to_string())),
            _ => (None, None),
        };
        Self {
            side: l.kind.slug().to_owned(),
            reference: l.reference.to_string(),
            organization: l.organization.to_string(),
            language: l.language.as_str().to_owned(),
            title: l.title.as_str().to_owned(),
            summary: l.summary.as_str().to_owned(),
            description: l.description.as_ref().map(|d| d.as_str().to_owned()),
            sectors: l.sectors.iter().map(|s| s.slug().to_owned()).collect(),
            trl: l.trl.map(|t| t.level()),
            ip_status: l.ip_status.map(|s| s.slug().to_owned()),
            cooperation: l.cooperation.iter().map(|c| c.slug().to_owned()).collect(),
            target_countries: l
                .target_countries
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
            keywords: l.keywords.iter().map(|k| k.as_str().to_owned()).collect(),
            deadline,
            budget_usd,
            status: stored.lifecycle.status().slug().to_owned(),
            published_on,
            expires_on,
        }
    }
}

/// A listing found by matching or searching, with its score in [0, 1] and the reasons, in
/// English as the command line gives them.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MatchBody {
    side: String,
    #[serde(rename = "ref")]
    reference: String,
    language: Option<String>,
    score: f32,
    reasons: Vec<String>,
}

impl From<&Match> for MatchBody {
    fn from(found: &Match) -> Self {
        Self {
            side: found.side.slug().to_owned(),
            reference: found.reference.to_string(),
            language: found.language.as_ref().map(|l| l.as_str().to_owned()),
            score: found.score,
            reasons: found.reasons.iter().map(ToString::to_string).collect(),
        }
    }
}

pub(crate) async fn public_listing(
    app: &App,
    side: Side,
    reference: &Ref,
) -> Result<StoredListing, AppError> {
    app.store()
        .listing(side, reference)
        .await?
        .filter(|s| is_public(&s.lifecycle))
        .ok_or(AppError::NotFound)
}

/// One published (or expired) offer or need.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{side}/{reference}",
    params(
        ("side" = String, Path, description = "offer or need"),
        ("reference" = String, Path, description = "The listing's ref"),
    ),
    responses(
        (status = 200, body = ListingBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    tag = "listings"
)]
pub(crate) async fn listing(
    State(app): State<App>,
    ListingPath(side, reference): ListingPath,
) -> Result<Json<ListingBody>, AppError> {
    let stored = public_listing(&app, side, &reference).await?;
    Ok(Json(ListingBody::from(&stored)))
}

#[derive(Debug, Deserialize, IntoParams)]
pub(crate) struct MatchesQuery {
    /// How many, 1 to 20 (default 10).
    limit: Option<String>,
}

/// The best published listings of the other side for a listing, best first.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{side}/{reference}/matches",
    params(
        ("side" = String, Path, description = "offer or need"),
        ("reference" = String, Path, description = "The listing's ref"),
        MatchesQuery,
    ),
    responses(
        (status = 200, body = Vec<MatchBody>),
        (status = 404, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    tag = "listings"
)]
pub(crate) async fn listing_matches(
    State(app): State<App>,
    ListingPath(side, reference): ListingPath,
    Query(query): Query<MatchesQuery>,
) -> Result<Json<Vec<MatchBody>>, AppError> {
    let limit = match query.limit.as_deref() {
        None => 10,
        Some(raw) => raw
            .parse::<usize>()
            .ok()
            .filter(|l| (1..=KEPT).contains(l))
            .ok_or_else(|| {
                AppError::invalid(
                    "limit",
                    format!("\"{raw}\" is not a number from 1 to {KEPT}"),
                )
            })?,
    };
    let stored = public_listing(&app, side, &reference).await?;
    let matches = best_matches(&app, side, &stored.listing.reference).await?;
    Ok(Json(
        matches
            .iter()
            .take(limit)
            .map(|f| MatchBody::from(&f.found))
            .collect(),
    ))
}
