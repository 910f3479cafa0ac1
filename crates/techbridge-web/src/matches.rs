//! The best matches of each listing, kept between page views. Matching a listing costs a few
//! milliseconds; a listing page is read far more often than the network changes, so results
//! are kept until the matcher applies a change from the store, which empties the cache.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use techbridge_domain::{Ref, Side};
use techbridge_search::{Match, Ranking};

use crate::App;
use crate::error::AppError;

/// Listings whose matches are kept; beyond it the cache starts again empty, which bounds its
/// memory whatever is crawled.
const CAPACITY: usize = 20_000;

/// How many matches are computed and kept per listing; pages and the API show up to this.
pub(crate) const KEPT: usize = 20;

#[derive(Debug, Default)]
pub(crate) struct MatchCache {
    entries: Mutex<HashMap<(Side, Ref), Vec<Match>>>,
}

impl MatchCache {
    pub(crate) fn clear(&self) {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    fn get(&self, key: &(Side, Ref)) -> Option<Vec<Match>> {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    fn put(&self, key: (Side, Ref), matches: Vec<Match>) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        entries.insert(key, matches);
    }
}

/// The best published listings of the other side for `side`/`reference`, at most `limit`.
pub(crate) async fn best_matches(
    app: &App,
    side: Side,
    reference: &Ref,
    limit: usize,
) -> Result<Vec<Match>, AppError> {
    let key = (side, reference.clone());
    let mut matches = match app.match_cache().get(&key) {
        Some(matches) => matches,
        None => {
            let matches = app
                .matcher()
                .matches(
                    app.store(),
                    side,
                    reference,
                    KEPT,
                    app.today(),
                    Ranking::Hybrid,
                )
                .await?;
            app.match_cache().put(key, matches.clone());
            matches
        }
    };
    matches.truncate(limit);
    Ok(matches)
}
