//! Reading a submitted form: the body as name/value pairs, accepted only with the visitor's
//! form token. Every form handler takes `Form`, so no form can be written without the check.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};

use crate::App;
use crate::auth::same_secret;
use crate::auth::session::Visitor;
use crate::error::AppError;

/// Largest form body accepted.
pub(crate) const MAX_BODY: usize = 256 * 1024;

/// A submitted form whose token matched.
#[derive(Debug)]
pub(crate) struct Form(pub(crate) Vec<(String, String)>);

impl Form {
    /// The trimmed value of the first field `name`; empty when absent.
    pub(crate) fn text(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    }

    /// The value of field `name` as typed (passwords keep their spaces).
    pub(crate) fn raw(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

impl FromRequest<App> for Form {
    type Rejection = AppError;

    async fn from_request(request: Request, app: &App) -> Result<Self, Self::Rejection> {
        let expected = request
            .extensions()
            .get::<Visitor>()
            .map(|v| v.form_token.clone())
            .ok_or(AppError::CsrfRejected)?;
        let body = Bytes::from_request(request, app)
            .await
            .map_err(|_| AppError::invalid("form", format!("larger than {MAX_BODY} bytes")))?;
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let sent = pairs
            .iter()
            .find(|(k, _)| k == "form_token")
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        if !same_secret(sent, &expected) {
            return Err(AppError::CsrfRejected);
        }
        Ok(Self(pairs))
    }
}
