//! The moderation queue of a national contact point (their country) or an operator (every
//! country): organizations waiting for verification, verified or rejected with one button.

use askama::Template;
use axum::response::Response;
use techbridge_domain::quality::hints;
use techbridge_domain::{Country, ListingStatus, RejectionReason, Role, Verification};

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::context::{Ctx, MyListingPath, RefPath};
use crate::error::AppError;
use crate::pages::views::{ListingCard, country_name, organization_href};
use crate::pages::{Chrome, render, see_other};

#[derive(Debug)]
struct Waiting {
    reference: String,
    name: String,
    href: String,
    country: String,
    kind: String,
    website: Option<String>,
    registered: String,
}

/// A listing waiting for approval.
#[derive(Debug)]
struct Submitted {
    card: ListingCard,
    action: String,
    hints: Vec<String>,
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct ModerationPage<'a> {
    chrome: Chrome<'a>,
    organizations: Vec<Waiting>,
    listings: Vec<Submitted>,
}

pub(crate) async fn queue(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require(&Action::SeeModerationQueue)?;
    let user = ctx.signed_in()?;
    let store = ctx.app.store();
    // An operator's queue holds every country; a contact point's, their own.
    let countries: Vec<Option<Country>> = if user.user.roles.contains(&Role::Operator) {
        vec![None]
    } else {
        user.user
            .roles
            .iter()
            .filter_map(|r| match r {
                Role::NationalContactPoint { country } => Some(Some(*country)),
                _ => None,
            })
            .collect()
    };
    let mut waiting = Vec::new();
    let mut submitted = Vec::new();
    for country in countries {
        waiting.extend(
            store
                .organizations_in(Verification::Pending, country)
                .await?,
        );
        submitted.extend(store.listings_in(ListingStatus::Submitted, country).await?);
    }
    let tr = ctx.tr();
    let mut listings = Vec::new();
    for stored in &submitted {
        let owner = store.organization(&stored.listing.organization).await?;
        let side = stored.listing.kind.side();
        listings.push(Submitted {
            card: ListingCard::new(&tr, stored, owner.as_ref(), None),
            action: format!(
                "/moderation/listings/{}s/{}",
                side.slug(),
                stored.listing.reference
            ),
            hints: hints(&stored.listing)
                .into_iter()
                .map(|h| tr.t(&format!("quality-{}", h.slug())))
                .collect(),
        });
    }
    let organizations = waiting
        .iter()
        .map(|stored| {
            let o = &stored.organization;
            Waiting {
                reference: o.reference.to_string(),
                name: o.name.as_str().to_owned(),
                href: organization_href(o.reference.as_str()),
                country: country_name(&tr, o.country),
                kind: tr.t(&format!("organization-type-{}", o.kind.slug())),
                website: o.website.as_ref().map(|w| w.as_str().to_owned()),
                registered: tr.date(stored.created_at.to_zoned(jiff::tz::TimeZone::UTC).date()),
            }
        })
        .collect();
    render(&ModerationPage {
        chrome: Chrome::new(&ctx, tr.t("moderation-title")),
        organizations,
        listings,
    })
}

/// Verifies or rejects one organization; only for its country's contact point or an operator.
pub(crate) async fn decide(
    ctx: Ctx,
    RefPath(reference): RefPath,
    form: Form,
) -> Result<Response, AppError> {
    let store = ctx.app.store();
    let organization = store
        .organization(&reference)
        .await?
        .ok_or(AppError::NotFound)?;
    ctx.require(&Action::Moderate(organization.organization.country))?;
    let verification = match form.text("decision").as_str() {
        "verify" => Verification::Verified,
        "reject" => Verification::Rejected,
        other => {
            return Err(AppError::invalid(
                "decision",
                format!("\"{other}\" is neither verify nor reject"),
            ));
        }
    };
    store
        .set_verification(&reference, verification, ctx.app.now())
        .await?;
    tracing::info!(organization = %reference, decision = verification.slug(), "organization moderated");
    Ok(see_other("/moderation"))
}

/// Approves (publishes) or rejects, with a reason the author sees, a submitted listing; only
/// for the contact point of its organization's country or an operator, and only once the
/// organization is verified.
pub(crate) async fn decide_listing(
    ctx: Ctx,
    path: MyListingPath,
    form: Form,
) -> Result<Response, AppError> {
    let store = ctx.app.store();
    let stored = store
        .listing(path.side, &path.reference)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = store
        .organization(&stored.listing.organization)
        .await?
        .ok_or(AppError::NotFound)?;
    ctx.require(&Action::Moderate(owner.organization.country))?;
    let today = ctx.app.today();
    let decision = form.text("decision");
    let reason = match decision.as_str() {
        "approve" => {
            if owner.organization.verification != Verification::Verified {
                return Err(AppError::Refused(
                    ctx.tr().t("moderation-organization-not-verified"),
                ));
            }
            None
        }
        "reject" => Some(
            RejectionReason::parse(&form.text("reason"))
                .map_err(|e| AppError::invalid("reason", e))?,
        ),
        other => {
            return Err(AppError::invalid(
                "decision",
                format!("\"{other}\" is neither approve nor reject"),
            ));
        }
    };
    store
        .transition_listing(
            path.side,
            &path.reference,
            ctx.app.now(),
            |lifecycle| match reason {
                None => lifecycle.publish(today),
                Some(reason) => lifecycle.reject(reason),
            },
        )
        .await?;
    tracing::info!(listing = %path.reference, decision = %decision, "listing moderated");
    Ok(see_other("/moderation"))
}
