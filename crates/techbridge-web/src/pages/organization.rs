//! An organization's public page: who it is, where, and its published offers and needs.

use askama::Template;
use axum::response::Response;
use techbridge_domain::{Lifecycle, Verification};

use crate::context::{Ctx, RefPath};
use crate::error::AppError;
use crate::pages::views::{ListingCard, country_name};
use crate::pages::{Chrome, render};

#[derive(Template)]
#[template(path = "organization.html")]
struct OrganizationPage<'a> {
    chrome: Chrome<'a>,
    name: String,
    kind: String,
    place: String,
    website: Option<String>,
    description: Option<String>,
    verified: bool,
    listings: Vec<ListingCard>,
}

pub(crate) async fn show(ctx: Ctx, RefPath(reference): RefPath) -> Result<Response, AppError> {
    let store = ctx.app.store();
    let stored = store
        .organization(&reference)
        .await?
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    let mut listings = Vec::new();
    for (side, listing) in store.listings_of(&reference).await? {
        if let Some(listing) = store.listing(side, &listing).await?
            && matches!(listing.lifecycle, Lifecycle::Published { .. })
        {
            listings.push(ListingCard::new(&tr, &listing, Some(&stored), None));
        }
    }
    let organization = &stored.organization;
    let country = country_name(&tr, organization.country);
    let page = OrganizationPage {
        chrome: Chrome::new(&ctx, organization.name.as_str().to_owned()),
        name: organization.name.as_str().to_owned(),
        kind: tr.t(&format!("organization-type-{}", organization.kind.slug())),
        place: match &organization.city {
            Some(city) => format!("{}, {country}", city.as_str()),
            None => country,
        },
        website: organization.website.as_ref().map(|w| w.as_str().to_owned()),
        description: organization
            .description
            .as_ref()
            .map(|d| d.as_str().to_owned()),
        verified: organization.verification == Verification::Verified,
        listings,
    };
    render(&page)
}
