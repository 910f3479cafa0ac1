//! Expressions of interest and the release of confidential details, as both organizations see
//! them: sending one from a listing's page, the owner's answer, the interested side's agreement
//! to the non-disclosure terms, then the details, with every release recorded and shown to
//! the owner.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use techbridge_domain::{Interest, Ref, TermsAgreement};
use techbridge_store::StoredInterest;

use crate::auth::forms::Form;
use crate::context::Ctx;
use crate::error::AppError;
use crate::interests::{self, Step};
use crate::pages::views::{listing_href, side_label};
use crate::pages::{Chrome, render, see_other};

/// Sends an expression of interest in a published listing, for the person's organization.
pub(crate) async fn send(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    let sent = interests::send(
        &ctx,
        &form.text("side"),
        &form.text("listing"),
        &form.text("organization"),
        &form.text("message"),
    )
    .await?;
    Ok(see_other(&format!("/interests/{}", sent.id)))
}

/// One expression of interest in a list.
#[derive(Debug)]
struct Row {
    href: String,
    listing: String,
    other: String,
    status: String,
    sent: String,
}

#[derive(Template)]
#[template(path = "interests.html")]
struct InterestsPage<'a> {
    chrome: Chrome<'a>,
    received: Vec<Row>,
    sent: Vec<Row>,
}

async fn row(ctx: &Ctx, interest: &StoredInterest, other: &Ref) -> Result<Row, AppError> {
    let tr = ctx.tr();
    let store = ctx.app.store();
    let title = store
        .listing(interest.side, &interest.listing)
        .await?
        .map(|l| l.listing.title.as_str().to_owned())
        .unwrap_or_else(|| interest.listing.to_string());
    let other = store
        .organization(other)
        .await?
        .map(|o| o.organization.name.as_str().to_owned())
        .unwrap_or_else(|| other.to_string());
    Ok(Row {
        href: format!("/interests/{}", interest.id),
        listing: title,
        other,
        status: tr.t(&format!(
            "interest-status-{}",
            interest.interest.status().slug()
        )),
        sent: tr.date(interest.sent_at.to_zoned(jiff::tz::TimeZone::UTC).date()),
    })
}

pub(crate) async fn list(ctx: Ctx) -> Result<Response, AppError> {
    ctx.signed_in()?;
    let store = ctx.app.store();
    let (mut received, mut sent) = (Vec::new(), Vec::new());
    for organization in interests::own_organizations(&ctx) {
        for interest in store.interests_from(&organization).await? {
            sent.push(row(&ctx, &interest, &interest.owner).await?);
        }
        for (side, listing) in store.listings_of(&organization).await? {
            for interest in store.interests_in(side, &listing).await? {
                received.push(row(&ctx, &interest, &interest.organization).await?);
            }
        }
    }
    render(&InterestsPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("interests-title")),
        received,
        sent,
    })
}

#[derive(Template)]
#[template(path = "interest.html")]
struct InterestPage<'a> {
    chrome: Chrome<'a>,
    id: i64,
    listing_title: String,
    listing_href: String,
    side: String,
    from: String,
    to: String,
    message: String,
    status: String,
    explanation: String,
    decline_reason: Option<String>,
    /// The owner's side may answer.
    may_answer: bool,
    /// The interested side may withdraw.
    may_withdraw: bool,
    /// The interested side may agree to the terms now.
    may_agree: bool,
    /// Agreed: who, when.
    agreement: Option<String>,
    /// The confidential details, for the interested side once released.
    details: Option<String>,
    details_version: Option<i64>,
    /// Every release, for the owner's side.
    releases: Vec<String>,
    is_owner: bool,
    /// The conversation: who (organization and person), when, what.
    thread: Vec<(String, String, String)>,
    /// Whether the conversation is open.
    may_write: bool,
}

async fn organization_name(ctx: &Ctx, reference: &Ref) -> Result<String, AppError> {
    Ok(ctx.app.store().organization(reference).await?.map_or_else(
        || reference.to_string(),
        |o| o.organization.name.as_str().to_owned(),
    ))
}

pub(crate) async fn show(ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let (interest, is_owner) = interests::visible(&ctx, id).await?;
    let tr = ctx.tr();
    let store = ctx.app.store();
    let listing = store.listing(interest.side, &interest.listing).await?;
    let from = organization_name(&ctx, &interest.organization).await?;
    let to = organization_name(&ctx, &interest.owner).await?;
    let status = interest.interest.status();
    let explanation = match &interest.interest {
        Interest::Sent { answer_by } => tr.t1(
            if is_owner {
                "interest-explain-sent-owner"
            } else {
                "interest-explain-sent"
            },
            "date",
            tr.date(*answer_by),
        ),
        Interest::Accepted { terms: None, .. } => tr.t(if is_owner {
            "interest-explain-accepted-owner"
        } else {
            "interest-explain-accepted"
        }),
        Interest::Accepted { terms: Some(_), .. } => tr.t("interest-explain-agreed"),
        Interest::Declined { .. } => tr.t("interest-explain-declined"),
        Interest::Expired { .. } => tr.t("interest-explain-expired"),
        Interest::Withdrawn => tr.t("interest-explain-withdrawn"),
    };
    let agreement = match &interest.interest {
        Interest::Accepted {
            terms:
                Some(TermsAgreement {
                    agreed_by,
                    agreed_at,
                }),
            ..
        } => Some(
            tr.with(
                "interest-agreed-by",
                &[
                    ("person", agreed_by.to_string().into()),
                    (
                        "date",
                        tr.date(agreed_at.to_zoned(jiff::tz::TimeZone::UTC).date())
                            .into(),
                    ),
                ],
            ),
        ),
        _ => None,
    };
    // Opening the details is a release: it is recorded, with the version released.
    let (details, details_version) = if !is_owner && interest.interest.discloses() {
        let disclosed = interests::release(&ctx, &interest).await?;
        (
            Some(
                disclosed
                    .details
                    .map(|d| d.as_str().to_owned())
                    .unwrap_or_else(|| tr.t("editor-no-confidential")),
            ),
            Some(disclosed.version),
        )
    } else {
        (None, None)
    };
    let releases = if is_owner {
        store
            .disclosures_of(interest.side, &interest.listing)
            .await?
            .into_iter()
            .filter(|d| d.interest_id == interest.id)
            .map(|d| {
                tr.with(
                    "interest-release",
                    &[
                        ("person", d.released_to.to_string().into()),
                        (
                            "date",
                            d.released_at
                                .strftime("%Y-%m-%d %H:%M UTC")
                                .to_string()
                                .into(),
                        ),
                        ("version", d.confidential_version.into()),
                    ],
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut thread = Vec::new();
    for note in store.interest_messages(interest.id).await? {
        thread.push((
            format!(
                "{} · {}",
                organization_name(&ctx, &note.organization).await?,
                note.author
            ),
            note.sent_at.strftime("%Y-%m-%d %H:%M UTC").to_string(),
            note.body.as_str().to_owned(),
        ));
    }
    let page = InterestPage {
        thread,
        may_write: matches!(
            interest.interest,
            Interest::Sent { .. } | Interest::Accepted { .. }
        ),
        chrome: Chrome::new(&ctx, tr.t("interest-title")),
        id: interest.id,
        listing_title: listing
            .as_ref()
            .map(|l| l.listing.title.as_str().to_owned())
            .unwrap_or_else(|| interest.listing.to_string()),
        listing_href: listing_href(interest.side, interest.listing.as_str()),
        side: side_label(&tr, interest.side),
        from,
        to,
        message: interest.message.as_str().to_owned(),
        status: tr.t(&format!("interest-status-{}", status.slug())),
        explanation,
        decline_reason: match &interest.interest {
            Interest::Declined {
                reason: Some(reason),
                ..
            } => Some(reason.as_str().to_owned()),
            _ => None,
        },
        may_answer: is_owner && matches!(interest.interest, Interest::Sent { .. }),
        may_withdraw: !is_owner && matches!(interest.interest, Interest::Sent { .. }),
        may_agree: !is_owner && matches!(interest.interest, Interest::Accepted { terms: None, .. }),
        agreement,
        details,
        details_version,
        releases,
        is_owner,
    };
    render(&page)
}

/// Accept, decline, withdraw, or agree to the terms: the step named in the address, by the
/// side it belongs to.
pub(crate) async fn step(
    ctx: Ctx,
    Path((id, step)): Path<(String, String)>,
    form: Form,
) -> Result<Response, AppError> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let step = Step::parse(&step).ok_or(AppError::NotFound)?;
    interests::take_step(
        &ctx,
        id,
        step,
        &form.text("reason"),
        form.text("agree") == "yes",
    )
    .await?;
    Ok(see_other(&format!("/interests/{id}")))
}

/// Adds a message to the conversation, from the side the person acts for.
pub(crate) async fn write(
    ctx: Ctx,
    Path(id): Path<String>,
    form: Form,
) -> Result<Response, AppError> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    interests::write(&ctx, id, &form.text("message")).await?;
    Ok(see_other(&format!("/interests/{id}#thread")))
}
