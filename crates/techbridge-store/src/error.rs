//! Store errors: what the caller did wrong apart from what went wrong underneath.

use techbridge_domain::{InterestError, TransitionError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "unsupported database URL scheme \"{0}\": use sqlite://PATH or postgres://HOST/DATABASE"
    )]
    UnsupportedUrl(String),
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{kind} \"{reference}\" does not exist")]
    NotFound {
        kind: &'static str,
        reference: String,
    },
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error(transparent)]
    Interest(#[from] InterestError),
    #[error(transparent)]
    Request(#[from] techbridge_domain::RequestError),
    /// A step the rules of the network do not allow, saying which rule.
    #[error("{0}")]
    Refused(String),
    #[error("stored {what} is not valid: {reason}")]
    Corrupt { what: String, reason: String },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}
