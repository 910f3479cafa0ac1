//! Persistence for techbridge: SQLite embedded by default, PostgreSQL for more than one
//! machine, behind one query layer. Every write appends to the change log in the same
//! transaction, so followers (the search index) never miss one.

mod accounts;
mod alerts;
mod api_tokens;
mod changes;
mod embeddings;
mod error;
mod events;
pub mod interchange;
mod interests;
mod listings;
mod meeting_requests;
mod open;
mod organizations;
mod outbox;
mod rows;
pub mod scratch;
mod sessions;

pub use accounts::{NewAccount, StoredUser};
pub use alerts::SavedSearch;
pub use api_tokens::ApiToken;
pub use changes::{Change, Entity};
pub use embeddings::StoredEmbedding;
pub use error::StoreError;
pub use events::{BranchVenue, NewEvent, Participant, Registration, StoredEvent, StoredSlot};
pub use interests::{Disclosed, Disclosure, InterestNote, StoredInterest};
pub use listings::StoredListing;
pub use meeting_requests::{Feedback, MeetingRequest, NewMeetingRequest, Placement};
pub use open::{Engine, Store, default_sqlite_url};
pub use organizations::StoredOrganization;
pub use outbox::{Mail, QueuedMail};
pub use sessions::{OneTimeToken, TokenPurpose};

/// What a save did: the store answers idempotent writes with `Unchanged` and logs no change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

/// How many records of each kind the store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub organizations: i64,
    pub offers: i64,
    pub needs: i64,
}
