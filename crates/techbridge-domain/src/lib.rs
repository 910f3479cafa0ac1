//! The types and rules of technology transfer in the network: organizations, technology
//! offers and needs, the taxonomy they are classified by, their lifecycle, the people who act
//! on them, and the interchange records other systems exchange with us.
//!
//! Every type here is built by parsing at the edge, so a value that exists is a valid one.
//! Nothing here reads the clock or knows about storage or HTTP.

mod country;
mod event;
pub mod interchange;
mod interest;
mod language;
mod lifecycle;
mod listing;
mod organization;
pub mod quality;
mod reference;
pub mod taxonomy;
mod text;
mod user;

pub use country::{ASEAN, Country, PLUS_THREE, RCEP_OTHERS};
pub use event::{
    Attendance, Attended, EventName, FeedbackComment, MAX_SLOT_MINUTES, MAX_SLOTS, MAX_TABLES,
    MIN_SLOT_MINUTES, MeetingMessage, MeetingOutcome, RequestError, RequestStatus, Session,
    SlotTime, Timetable, VenueName, Zone,
};
pub use interest::{
    ANSWER_DAYS, DeclineReason, Interest, InterestError, InterestMessage, InterestStatus,
    TermsAgreement,
};
pub use language::{CONTENT_LANGUAGES, Language};
pub use lifecycle::{
    DEFAULT_VALIDITY_MONTHS, Lifecycle, LifecycleSpec, ListingStatus, RejectionReason,
    TransitionError,
};
pub use listing::{
    Confidential, Description, Keyword, Listing, ListingKind, NeedTerms, Side, Summary, Title,
    UsdAmount,
};
pub use organization::{Organization, OrganizationName, Verification, Website};
pub use reference::Ref;
pub use text::{Line, Text};
pub use user::{Email, PersonName, Role, User};

/// Why a value could not be parsed into a domain type: one sentence, in English, naming the
/// offending value so the person who wrote it can find it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ParseError(String);

impl ParseError {
    pub fn new(reason: impl Into<String>) -> Self {
        Self(reason.into())
    }

    pub fn reason(&self) -> &str {
        &self.0
    }
}
