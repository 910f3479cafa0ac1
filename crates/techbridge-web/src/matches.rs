//! The best matches of each listing, with the listings themselves, kept between page views.
//! Matching a listing costs a few milliseconds and reading its matches from the store twenty
//! queries; a listing page is read far more often than the network changes, so both are kept
//! until the matcher applies a change from the store, which empties the cache.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use techbridge_domain::{Ref, Side};
use techbridge_search::{Match, Ranking};
use techbridge_store::{StoredListing, StoredOrganization};

use crate::App;
use crate::error::AppError;

/// Listings whose matches are kept; beyond it the cache starts again empty, which bounds its
/// memory whatever is crawled.
const CAPACITY: usize = 20_000;

/// How many matches are computed and kept per listing; pages and the API show up to this.
pub(crate) const KEPT: usize = 20;

/// A match with the matched listing and its organization, as pages show it.
#[derive(Debug)]
pub(crate) struct Found {
    pub(crate) found: Match,
    pub(crate) listing: StoredListing,
    pub(crate) owner: Option<StoredOrganization>,
}

/// A listing's matches, shared between the cache and the pages reading them.
pub(crate) type Matched = Arc<Vec<Found>>;

#[derive(Debug, Default)]
pub(crate) struct MatchCache {
    entries: Mutex<HashMap<(Side, Ref), Matched>>,
}

impl MatchCache {
    pub(crate) fn clear(&self) {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    fn get(&self, key: &(Side, Ref)) -> Option<Matched> {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    fn put(&self, key: (Side, Ref), matches: Matched) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        entries.insert(key, matches);
    }
}

/// The best published listings of the other side for `side`/`reference` (at most `KEPT`),
/// with each listing and its organization.
pub(crate) async fn best_matches(
    app: &App,
    side: Side,
    reference: &Ref,
) -> Result<Matched, AppError> {
    let key = (side, reference.clone());
    if let Some(found) = app.match_cache().get(&key) {
        return Ok(found);
    }
    let store = app.store();
    let matches = app
        .matcher()
        .matches(store, side, reference, KEPT, app.today(), Ranking::Hybrid)
        .await?;
    let mut found = Vec::with_capacity(matches.len());
    for m in matches {
        if let Some(listing) = store.listing(m.side, &m.reference).await? {
            let owner = store.organization(&listing.listing.organization).await?;
            found.push(Found {
                found: m,
                listing,
                owner,
            });
        }
    }
    let found = Arc::new(found);
    app.match_cache().put(key, Arc::clone(&found));
    Ok(found)
}
