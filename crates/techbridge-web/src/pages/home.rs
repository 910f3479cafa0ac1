//! The front page: what the network is, a search box, and the newest published listings.

use askama::Template;
use axum::response::Response;
use techbridge_search::Search;

use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::views::ListingCard;
use crate::pages::{Chrome, render};

/// Newest listings on the front page.
const NEWEST: usize = 12;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    chrome: Chrome<'a>,
    newest: Vec<ListingCard>,
}

pub(crate) async fn show(ctx: Ctx) -> Result<Response, AppError> {
    let store = ctx.app.store();
    let tr = ctx.tr();
    let mut newest = Vec::new();
    for hit in ctx
        .app
        .matcher()
        .search(&Search::default(), 0, NEWEST)
        .await?
    {
        if let Some(listing) = store.listing(hit.side, &hit.reference).await? {
            let owner = store.organization(&listing.listing.organization).await?;
            newest.push(ListingCard::new(&tr, &listing, owner.as_ref(), None));
        }
    }
    let page = HomePage {
        chrome: Chrome::new(&ctx, tr.t("home-title")),
        newest,
    };
    render(&page)
}
