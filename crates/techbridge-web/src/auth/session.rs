//! Sessions and the form token. A signed-in person holds a random session value in an HttpOnly
//! cookie; the store keeps its fingerprint. Every visitor also holds a random form token in a
//! cookie of its own, which every form repeats in a hidden field: a page on another site can
//! make the browser send the cookie but cannot read it to repeat it (double-submit), and the
//! session cookie is `SameSite=Lax` besides.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::{AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::middleware::Next;
use axum::response::Response;
use jiff::SignedDuration;
use techbridge_store::StoredUser;

use crate::App;
use crate::auth::{fingerprint, secret};

pub(crate) const SESSION_COOKIE: &str = "tb_session";
pub(crate) const FORM_COOKIE: &str = "tb_form";
/// A session lasts this long from sign-in.
pub(crate) const SESSION_LENGTH: SignedDuration = SignedDuration::from_hours(24 * 14);

/// Who is asking, as the session layer found out: put in the request for extractors.
#[derive(Debug, Clone)]
pub(crate) struct Visitor {
    pub(crate) user: Option<Arc<StoredUser>>,
    /// The session value, to end it on sign-out.
    pub(crate) session: Option<String>,
    /// The form token every form of this visitor carries.
    pub(crate) form_token: String,
    /// An API request presented a token that opens nothing: it is refused, not served as
    /// anonymous, so an integration learns at once that its token was stopped.
    pub(crate) rejected_token: bool,
}

/// The value of cookie `name` in a `Cookie` header.
pub(crate) fn cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then_some(value)
    })
}

/// A `Set-Cookie` value: HttpOnly, whole site, `Secure` when the platform is served over
/// HTTPS. `max_age` 0 deletes.
pub(crate) fn set_cookie(
    app: &App,
    name: &str,
    value: &str,
    max_age: i64,
    same_site: &str,
) -> HeaderValue {
    let secure = if app.secure_cookies() { "; Secure" } else { "" };
    let text = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite={same_site}; Max-Age={max_age}{secure}"
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Finds the visitor's session and form token before the handler runs; gives a new visitor a
/// form token. The API is the exception: it reads an API token from `Authorization` and
/// ignores cookies, so no other site can make a browser act through it.
pub(crate) async fn layer(State(app): State<App>, mut request: Request, next: Next) -> Response {
    if request.uri().path().starts_with("/api/") {
        let authorization = request
            .headers()
            .get(AUTHORIZATION)
            .map(|h| h.to_str().unwrap_or_default().to_owned());
        let visitor = api_visitor(&app, authorization).await;
        request.extensions_mut().insert(visitor);
        return next.run(request).await;
    }
    let cookies = request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join("; ");
    let session = cookie(&cookies, SESSION_COOKIE)
        .filter(|v| is_token(v))
        .map(str::to_owned);
    let user = match &session {
        Some(value) => match app
            .store()
            .session_user(&fingerprint(value), app.now())
            .await
        {
            Ok(user) => user.map(Arc::new),
            Err(e) => {
                tracing::error!(error = %e, "cannot read the session");
                None
            }
        },
        None => None,
    };
    let known_token = cookie(&cookies, FORM_COOKIE)
        .filter(|v| is_token(v))
        .map(str::to_owned);
    let form_token = known_token.clone().unwrap_or_else(|| secret(&app));
    request.extensions_mut().insert(Visitor {
        user,
        session,
        form_token: form_token.clone(),
        rejected_token: false,
    });
    let mut response = next.run(request).await;
    if known_token.is_none() {
        // Strict: the token never travels with a request another site starts.
        let cookie = set_cookie(&app, FORM_COOKIE, &form_token, 60 * 60 * 24 * 365, "Strict");
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// The person an API request's `Authorization: Bearer` token acts for.
async fn api_visitor(app: &App, authorization: Option<String>) -> Visitor {
    let mut visitor = Visitor {
        user: None,
        session: None,
        form_token: String::new(),
        rejected_token: false,
    };
    let Some(header) = authorization else {
        return visitor;
    };
    let token = header
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|t| t.len() <= 128);
    visitor.user = match token {
        Some(token) => match app
            .store()
            .api_token_user(&fingerprint(token), app.now())
            .await
        {
            Ok(user) => user.map(Arc::new),
            Err(e) => {
                tracing::error!(error = %e, "cannot read the API token");
                None
            }
        },
        None => None,
    };
    visitor.rejected_token = visitor.user.is_none();
    visitor
}
