//! What each person may do, decided in one place. Handlers name the action; this answers from
//! the roles of the domain (`Role::moderates`, `acts_for`, `administers`).

use techbridge_domain::{Country, Ref, User};

use crate::error::AppError;

/// Everything on the platform that not everybody may do.
#[derive(Debug, Clone)]
pub(crate) enum Action {
    /// Verify or reject organizations of a country, and moderate its listings.
    Moderate(Country),
    /// See the moderation queue at all (a contact point sees their country's part).
    SeeModerationQueue,
    /// Write listings and express interest on behalf of an organization, and read its drafts
    /// and its listings' confidential details.
    ActFor(Ref),
    /// Invite people to an organization and see who belongs to it.
    AdministerOrganization(Ref),
    /// Read every message the platform has sent.
    ReadOutbox,
    /// Create brokerage events, schedule their meetings, attach interpreters, check people in.
    OrganizeEvents,
}

/// Whether `user` (nobody, when signed out) may do `action`.
pub(crate) fn allowed(user: Option<&User>, action: &Action) -> bool {
    let Some(user) = user else {
        return false;
    };
    match action {
        Action::Moderate(country) => user.moderates(*country),
        Action::SeeModerationQueue => user.roles.iter().any(|r| {
            matches!(
                r,
                techbridge_domain::Role::Operator
                    | techbridge_domain::Role::NationalContactPoint { .. }
            )
        }),
        Action::ActFor(organization) => user.acts_for(organization),
        Action::AdministerOrganization(organization) => user.administers(organization),
        Action::ReadOutbox | Action::OrganizeEvents => user
            .roles
            .iter()
            .any(|r| matches!(r, techbridge_domain::Role::Operator)),
    }
}

/// `Ok` when allowed; otherwise "sign in" for nobody and "forbidden" for somebody.
pub(crate) fn require(user: Option<&User>, action: &Action) -> Result<(), AppError> {
    match (user, allowed(user, action)) {
        (_, true) => Ok(()),
        (None, false) => Err(AppError::SignInRequired),
        (Some(_), false) => Err(AppError::Forbidden),
    }
}
