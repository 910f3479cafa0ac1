//! The public page of an offer or a need: its teaser, classification, organization, and its
//! best matches on the other side with the reasons behind each.

use askama::Template;
use axum::response::Response;
use techbridge_domain::{Lifecycle, Ref, Side};

use crate::context::{Ctx, RefPath};
use crate::error::AppError;
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
    let mut matches = Vec::new();
    for found in best_matches(&ctx.app, side, &reference, SHOWN_MATCHES).await? {
        if let Some(other) = store.listing(found.side, &found.reference).await? {
            let owner = store.organization(&other.listing.organization).await?;
            matches.push(ListingCard::new(&tr, &other, owner.as_ref(), Some(&found)));
        }
    }
    let page = ListingPage {
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
