//! The public page of an offer or a need: its teaser, classification, organization, and its
//! best matches on the other side with the reasons behind each.

use askama::Template;
use axum::response::Response;
use techbridge_domain::{Lifecycle, Ref, Side};

use crate::context::{Ctx, RefPath};
use crate::error::AppError;
use crate::interests::own_organizations;
use crate::matches::best_matches;
use crate::pages::views::{ListingCard, ListingView};
use crate::pages::{Chrome, render};

/// Matches shown on a listing's page.
const SHOWN_MATCHES: usize = 10;

#[derive(Template)]
#[template(path = "listing.html")]
struct ListingPage<'a> {
    chrome: Chrome<'a>,
    listing: ListingView,
    side: &'static str,
    reference: String,
    /// Organizations the visitor may express interest for (never the owner).
    interest_from: Vec<(String, String)>,
    signed_in: bool,
    published: bool,
    matches_heading: String,
    matches: Vec<ListingCard>,
}

pub(crate) async fn offer(ctx: Ctx, RefPath(reference): RefPath) -> Result<Response, AppError> {
    show(ctx, Side::Offer, reference).await
}

pub(crate) async fn need(ctx: Ctx, RefPath(reference): RefPath) -> Result<Response, AppError> {
    show(ctx, Side::Need, reference).await
}

async fn show(ctx: Ctx, side: Side, reference: Ref) -> Result<Response, AppError> {
    let store = ctx.app.store();
    let stored = store
        .listing(side, &reference)
        .await?
        .filter(|s| is_public(&s.lifecycle))
        .ok_or(AppError::NotFound)?;
    let organization = store.organization(&stored.listing.organization).await?;
    let tr = ctx.tr();
    let matches = best_matches(&ctx.app, side, &reference)
        .await?
        .iter()
        .take(SHOWN_MATCHES)
        .map(|f| ListingCard::new(&tr, &f.listing, f.owner.as_ref(), Some(&f.found)))
        .collect();
    let published = matches!(stored.lifecycle, Lifecycle::Published { .. });
    let mut interest_from = Vec::new();
    if published {
        for organization in own_organizations(&ctx) {
            if organization != stored.listing.organization
                && let Some(own) = store.organization(&organization).await?
            {
                interest_from.push((
                    organization.to_string(),
                    own.organization.name.as_str().to_owned(),
                ));
            }
        }
    }
    let page = ListingPage {
        side: side.slug(),
        reference: reference.to_string(),
        interest_from,
        signed_in: ctx.user.is_some(),
        published,
        chrome: Chrome::new(&ctx, stored.listing.title.as_str().to_owned()),
        listing: ListingView::new(&tr, &stored, organization.as_ref()),
        matches_heading: tr.t(match side {
            Side::Offer => "listing-matching-needs",
            Side::Need => "listing-matching-offers",
        }),
        matches,
    };
    render(&page)
}

/// Only published listings have a public page; an expired one stays readable (links to it
/// keep working) and says so.
pub(crate) fn is_public(lifecycle: &Lifecycle) -> bool {
    matches!(
        lifecycle,
        Lifecycle::Published { .. } | Lifecycle::Expired { .. }
    )
}
