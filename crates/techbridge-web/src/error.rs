//! The one error type of the web layer. Each error has a stable code, which is also the
//! translation key of its message (`error-<code>`), and an HTTP status. Handlers return it; a
//! layer turns it into an HTML page in the reader's language or into JSON, so a handler never
//! decides how an error looks, and internal details never reach a response.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use techbridge_search::SearchError;
use techbridge_store::StoreError;

/// Every error a request can end in. The table of codes lives in `code` and `status`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Input that does not parse or breaks a rule; `detail` says which field and why, in the
    /// words of the domain's validation.
    #[error("invalid input: {detail}")]
    Invalid { field: String, detail: String },
    #[error("sign in first")]
    SignInRequired,
    /// An API token that is unknown, malformed or stopped.
    #[error("invalid API token")]
    InvalidToken,
    #[error("not allowed")]
    Forbidden,
    #[error("the form expired or came from another site")]
    CsrfRejected,
    #[error("too many attempts")]
    TooManyAttempts,
    #[error("refused: {0}")]
    Refused(String),
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// The stable code integrations see and the catalogue key of the message people see.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not-found",
            Self::Invalid { .. } => "invalid-input",
            Self::SignInRequired => "sign-in-required",
            Self::InvalidToken => "invalid-token",
            Self::Forbidden => "forbidden",
            Self::CsrfRejected => "csrf-rejected",
            Self::TooManyAttempts => "too-many-attempts",
            Self::Refused(_) => "refused",
            Self::Internal => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::SignInRequired | Self::InvalidToken => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::CsrfRejected => StatusCode::FORBIDDEN,
            Self::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            Self::Refused(_) => StatusCode::CONFLICT,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn invalid(field: &str, detail: impl ToString) -> Self {
        Self::Invalid {
            field: field.to_owned(),
            detail: detail.to_string(),
        }
    }

    /// What may be shown beyond the translated message: the field and the validation's words,
    /// or the rule that refused. Never anything about the internals.
    pub fn detail(&self) -> Option<String> {
        match self {
            Self::Invalid { field, detail } => Some(format!("{field}: {detail}")),
            Self::Refused(why) => Some(why.clone()),
            _ => None,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Refused(why) => Self::Refused(why),
            StoreError::Interest(e) => Self::Refused(e.to_string()),
            StoreError::Request(e) => Self::Refused(e.to_string()),
            StoreError::Transition(e) => Self::Refused(e.to_string()),
            StoreError::NotFound { .. } => Self::NotFound,
            other => {
                tracing::error!(error = %other, "store failed");
                Self::Internal
            }
        }
    }
}

impl From<SearchError> for AppError {
    fn from(error: SearchError) -> Self {
        match error {
            SearchError::UnknownListing { .. } => Self::NotFound,
            other => {
                tracing::error!(error = %other, "search failed");
                Self::Internal
            }
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        tracing::error!(error = %error, "page failed to render");
        Self::Internal
    }
}

/// The response carries the error itself; the page and API layers render it.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}
