//! Finding the offers that answer a need, and the needs an offer answers, across the
//! network's languages: text analysis per script, a full-text index that follows the store's
//! change log, and ranking with reasons a person can check.

pub mod analysis;
mod compatibility;
pub mod embedding;
mod error;
pub mod evaluation;
mod follow;
mod index;
mod matching;
mod reason;
mod search;
mod vectors;

pub use error::SearchError;
pub use matching::{Match, Matcher, Ranking};
pub use reason::Reason;
pub use search::Search;
