//! What a page needs to know about the request before it renders: the interface language and
//! the address, so the language menu can link to the same page in another language.

use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;

use std::sync::Arc;

use techbridge_domain::User;
use techbridge_store::StoredUser;

use crate::App;
use crate::auth::permissions::{Action, allowed, require};
use crate::auth::session::Visitor;
use crate::error::AppError;
use crate::i18n::{Locale, Tr, negotiate};

/// The request as pages see it.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub(crate) app: App,
    pub(crate) locale: Locale,
    /// The path and query without `lang`, to build the language menu's links.
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    /// The signed-in person, if any.
    pub(crate) user: Option<Arc<StoredUser>>,
    pub(crate) session: Option<String>,
    /// Repeated in every form this page shows.
    pub(crate) form_token: String,
}

impl Ctx {
    pub(crate) fn tr(&self) -> Tr<'_> {
        self.app.catalogues().tr(self.locale)
    }

    /// The signed-in person as the domain knows them.
    pub(crate) fn person(&self) -> Option<&User> {
        self.user.as_deref().map(|u| &u.user)
    }

    /// `Ok` when the visitor may do `action` (see `auth::permissions`).
    pub(crate) fn require(&self, action: &Action) -> Result<(), AppError> {
        require(self.person(), action)
    }

    pub(crate) fn may(&self, action: &Action) -> bool {
        allowed(self.person(), action)
    }

    /// The signed-in person, or "sign in first".
    pub(crate) fn signed_in(&self) -> Result<&StoredUser, AppError> {
        self.user.as_deref().ok_or(AppError::SignInRequired)
    }
}

impl FromRequestParts<App> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let query: Vec<(String, String)> = parts
            .uri
            .query()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        let asked = query
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        let accept = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let visitor = parts.extensions.get::<Visitor>().cloned();
        let user = visitor.as_ref().and_then(|v| v.user.clone());
        let setting = user
            .as_ref()
            .and_then(|u| u.locale.as_deref())
            .and_then(Locale::parse);
        let locale = negotiate(setting, asked, accept);
        Ok(Self {
            app: app.clone(),
            locale,
            path: parts.uri.path().to_owned(),
            query: query.into_iter().filter(|(k, _)| k != "lang").collect(),
            user,
            session: visitor.as_ref().and_then(|v| v.session.clone()),
            form_token: visitor.map(|v| v.form_token).unwrap_or_default(),
        })
    }
}

/// The values an address's pattern captured, in order. An address that does not decode (bad
/// percent-encoding, not UTF-8) names nothing: "not found".
async fn segments(parts: &mut Parts, app: &App) -> Result<Vec<String>, AppError> {
    axum::extract::Path::<Vec<String>>::from_request_parts(parts, app)
        .await
        .map(|axum::extract::Path(segments)| segments)
        .map_err(|_| AppError::NotFound)
}

/// The last segment of the address as a ref. A segment that is no ref (bad encoding, too
/// long, stray characters) names nothing, so it is "not found" like any unknown ref.
#[derive(Debug)]
pub(crate) struct RefPath(pub(crate) techbridge_domain::Ref);

impl FromRequestParts<App> for RefPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let segments = segments(parts, app).await?;
        segments
            .last()
            .and_then(|raw| techbridge_domain::Ref::parse(raw).ok())
            .map(Self)
            .ok_or(AppError::NotFound)
    }
}

/// A listing's address in the API, `{side}/{reference}`: a side that is neither offer nor need
/// is a mistake worth naming; a ref that cannot exist is simply not found.
#[derive(Debug)]
pub(crate) struct ListingPath(
    pub(crate) techbridge_domain::Side,
    pub(crate) techbridge_domain::Ref,
);

impl FromRequestParts<App> for ListingPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let segments = segments(parts, app).await?;
        let [side, reference] = segments.as_slice() else {
            return Err(AppError::NotFound);
        };
        let side =
            techbridge_domain::Side::parse(side).map_err(|e| AppError::invalid("side", e))?;
        let reference = techbridge_domain::Ref::parse(reference).map_err(|_| AppError::NotFound)?;
        Ok(Self(side, reference))
    }
}

/// A listing's private address, `/my/{offers|needs}/{reference}[/{step}]`.
#[derive(Debug)]
pub(crate) struct MyListingPath {
    pub(crate) side: techbridge_domain::Side,
    pub(crate) reference: techbridge_domain::Ref,
    pub(crate) step: Option<String>,
}

impl FromRequestParts<App> for MyListingPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let segments = segments(parts, app).await?;
        let (kind, reference, step) = match segments.as_slice() {
            [kind, reference] => (kind, reference, None),
            [kind, reference, step] => (kind, reference, Some(step.clone())),
            _ => return Err(AppError::NotFound),
        };
        Ok(Self {
            side: crate::pages::editor::side_segment(kind)?,
            reference: techbridge_domain::Ref::parse(reference).map_err(|_| AppError::NotFound)?,
            step,
        })
    }
}
