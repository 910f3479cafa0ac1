//! Expressions of interest through the API, for an integration acting with a person's API
//! token: the same rules as the pages (`crate::interests`), the same records.

use axum::Json;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use techbridge_domain::{Interest, Ref};
use techbridge_store::StoredInterest;
use utoipa::ToSchema;

use crate::api::JsonBody;
use crate::context::Ctx;
use crate::error::AppError;
use crate::interests::{self, Step};

/// An expression of interest as both organizations see it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct InterestBody {
    id: i64,
    /// offer or need: the side of the listing.
    side: String,
    /// The listing's ref.
    listing: String,
    /// The organization that owns the listing and answers.
    owner: String,
    /// The interested organization.
    organization: String,
    message: String,
    /// RFC 3339.
    sent_at: String,
    /// sent, accepted, declined, expired or withdrawn.
    status: String,
    /// While sent: the last day the owner may answer.
    answer_by: Option<String>,
    /// When declined, the owner's reason if they gave one.
    decline_reason: Option<String>,
    /// Once the interested side agreed to the non-disclosure terms: who, and when.
    terms_agreed_by: Option<String>,
    terms_agreed_at: Option<String>,
    /// Whether the confidential details can be read now (by the interested side).
    details_available: bool,
}

impl From<&StoredInterest> for InterestBody {
    fn from(stored: &StoredInterest) -> Self {
        let (answer_by, decline_reason, terms) = match &stored.interest {
            Interest::Sent { answer_by } | Interest::Expired { answer_by } => {
                (Some(answer_by.to_string()), None, None)
            }
            Interest::Declined { reason, .. } => {
                (None, reason.as_ref().map(|r| r.as_str().to_owned()), None)
            }
            Interest::Accepted { terms, .. } => (None, None, terms.clone()),
            Interest::Withdrawn => (None, None, None),
        };
        Self {
            id: stored.id,
            side: stored.side.slug().to_owned(),
            listing: stored.listing.to_string(),
            owner: stored.owner.to_string(),
            organization: stored.organization.to_string(),
            message: stored.message.as_str().to_owned(),
            sent_at: stored.sent_at.to_string(),
            status: stored.interest.status().slug().to_owned(),
            answer_by,
            decline_reason,
            terms_agreed_by: terms.as_ref().map(|t| t.agreed_by.to_string()),
            terms_agreed_at: terms.as_ref().map(|t| t.agreed_at.to_string()),
            details_available: stored.interest.discloses(),
        }
    }
}

/// The expressions of interest of the organizations the token's person acts for.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct InterestsBody {
    /// Sent by those organizations.
    sent: Vec<InterestBody>,
    /// Received on their listings.
    received: Vec<InterestBody>,
}

/// What sending an expression of interest takes.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewInterest {
    /// offer or need.
    side: String,
    /// The published listing's ref.
    listing: String,
    /// The organization sending it: one the token's person acts for.
    organization: String,
    /// Who you are and what you would like to discuss (up to 4,000 characters).
    message: String,
}

/// A step's details: a decline may give a reason; agreeing needs `agree: true`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct StepBody {
    reason: Option<String>,
    agree: Option<bool>,
}

/// A message of the conversation.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub(crate) struct MessageBody {
    message: String,
}

/// One message of the conversation as read.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NoteBody {
    organization: String,
    author: String,
    message: String,
    sent_at: String,
}

/// The confidential details as released to the interested side.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DetailsBody {
    /// None when the listing has no confidential part.
    details: Option<String>,
    /// The version released: it grows each time the owner changes the details.
    version: i64,
}

/// One release of the details, for the owner.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ReleaseBody {
    released_to: String,
    released_at: String,
    version: i64,
}

fn id_of(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

/// The expressions of interest sent and received by the person's organizations.
#[utoipa::path(
    get,
    path = "/api/v1/interests",
    responses(
        (status = 200, body = InterestsBody),
        (status = 401, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn list(ctx: Ctx) -> Result<Json<InterestsBody>, AppError> {
    ctx.signed_in()?;
    let store = ctx.app.store();
    let (mut sent, mut received) = (Vec::new(), Vec::new());
    for organization in interests::own_organizations(&ctx) {
        for interest in store.interests_from(&organization).await? {
            sent.push(InterestBody::from(&interest));
        }
        for (side, listing) in store.listings_of(&organization).await? {
            for interest in store.interests_in(side, &listing).await? {
                received.push(InterestBody::from(&interest));
            }
        }
    }
    Ok(Json(InterestsBody { sent, received }))
}

/// Sends an expression of interest in a published listing.
#[utoipa::path(
    post,
    path = "/api/v1/interests",
    request_body = NewInterest,
    responses(
        (status = 201, body = InterestBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn send(
    ctx: Ctx,
    JsonBody(new): JsonBody<NewInterest>,
) -> Result<Response, AppError> {
    let sent = interests::send(
        &ctx,
        &new.side,
        &new.listing,
        &new.organization,
        &new.message,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(InterestBody::from(&sent))).into_response())
}

/// One expression of interest, for either of its organizations.
#[utoipa::path(
    get,
    path = "/api/v1/interests/{id}",
    params(("id" = i64, Path, description = "The expression of interest's id")),
    responses(
        (status = 200, body = InterestBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn show(ctx: Ctx, Path(id): Path<String>) -> Result<Json<InterestBody>, AppError> {
    let (interest, _) = interests::visible(&ctx, id_of(&id)?).await?;
    Ok(Json(InterestBody::from(&interest)))
}

/// Accept or decline (the owner), withdraw or agree to the non-disclosure terms (the
/// interested side).
#[utoipa::path(
    post,
    path = "/api/v1/interests/{id}/{step}",
    params(
        ("id" = i64, Path, description = "The expression of interest's id"),
        ("step" = String, Path, description = "accept, decline, withdraw or agree"),
    ),
    request_body = StepBody,
    responses(
        (status = 200, body = InterestBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn step(
    ctx: Ctx,
    Path((id, step)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<InterestBody>, AppError> {
    let id = id_of(&id)?;
    let step = Step::parse(&step).ok_or(AppError::NotFound)?;
    // Accepting and withdrawing need nothing more: an empty body is the same as `{}`.
    let body: StepBody = if body.iter().all(u8::is_ascii_whitespace) {
        StepBody::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| AppError::invalid("body", e))?
    };
    let moved = interests::take_step(
        &ctx,
        id,
        step,
        body.reason.as_deref().unwrap_or_default(),
        body.agree == Some(true),
    )
    .await?;
    Ok(Json(InterestBody::from(&moved)))
}

/// The conversation between the two organizations, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/interests/{id}/messages",
    params(("id" = i64, Path, description = "The expression of interest's id")),
    responses(
        (status = 200, body = Vec<NoteBody>),
        (status = 401, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn messages(
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Json<Vec<NoteBody>>, AppError> {
    let (interest, _) = interests::visible(&ctx, id_of(&id)?).await?;
    let notes = ctx.app.store().interest_messages(interest.id).await?;
    Ok(Json(
        notes
            .into_iter()
            .map(|note| NoteBody {
                organization: note.organization.to_string(),
                author: note.author.to_string(),
                message: note.body.as_str().to_owned(),
                sent_at: note.sent_at.to_string(),
            })
            .collect(),
    ))
}

/// Adds a message to the conversation while the expression of interest is open.
#[utoipa::path(
    post,
    path = "/api/v1/interests/{id}/messages",
    params(("id" = i64, Path, description = "The expression of interest's id")),
    request_body = MessageBody,
    responses(
        (status = 201),
        (status = 401, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn write(
    ctx: Ctx,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<MessageBody>,
) -> Result<StatusCode, AppError> {
    interests::write(&ctx, id_of(&id)?, &body.message).await?;
    Ok(StatusCode::CREATED)
}

/// The confidential details, for the interested side once the owner accepted and the terms
/// were agreed. Every call is a release, recorded and shown to the owner.
#[utoipa::path(
    get,
    path = "/api/v1/interests/{id}/details",
    params(("id" = i64, Path, description = "The expression of interest's id")),
    responses(
        (status = 200, body = DetailsBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn details(
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Json<DetailsBody>, AppError> {
    let (interest, is_owner) = interests::visible(&ctx, id_of(&id)?).await?;
    if is_owner {
        // The owner has the details already; a release is to the other side.
        return Err(AppError::Forbidden);
    }
    let disclosed = interests::release(&ctx, &interest).await?;
    Ok(Json(DetailsBody {
        details: disclosed.details.map(|d| d.as_str().to_owned()),
        version: disclosed.version,
    }))
}

/// Every release of the listing's details under this expression of interest, for the owner.
#[utoipa::path(
    get,
    path = "/api/v1/interests/{id}/releases",
    params(("id" = i64, Path, description = "The expression of interest's id")),
    responses(
        (status = 200, body = Vec<ReleaseBody>),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "interests"
)]
pub(crate) async fn releases(
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Json<Vec<ReleaseBody>>, AppError> {
    let (interest, is_owner) = interests::visible(&ctx, id_of(&id)?).await?;
    if !is_owner {
        return Err(AppError::Forbidden);
    }
    let listing: &Ref = &interest.listing;
    Ok(Json(
        ctx.app
            .store()
            .disclosures_of(interest.side, listing)
            .await?
            .into_iter()
            .filter(|d| d.interest_id == interest.id)
            .map(|d| ReleaseBody {
                released_to: d.released_to.to_string(),
                released_at: d.released_at.to_string(),
                version: d.confidential_version,
            })
            .collect(),
    ))
}
