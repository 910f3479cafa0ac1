//! The moderation queue of a national contact point (their country) or an operator (every
//! country): organizations waiting for verification, verified or rejected with one button.

use askama::Template;
use axum::response::Response;
use techbridge_domain::{Role, Verification};

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::context::{Ctx, RefPath};
use crate::error::AppError;
use crate::pages::views::{country_name, organization_href};
use crate::pages::{Chrome, render, see_other};

#[derive(Debug)]
struct Waiting {
    reference: String,
    name: String,
    href: String,
    country: String,
    kind: String,
    website: Option<String>,
    registered: String,
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct ModerationPage<'a> {
    chrome: Chrome<'a>,
    organizations: Vec<Waiting>,
}

pub(crate) async fn queue(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require(&Action::SeeModerationQueue)?;
    let user = ctx.signed_in()?;
    let store = ctx.app.store();
    let mut waiting = Vec::new();
    if user.user.roles.contains(&Role::Operator) {
        waiting = store.organizations_in(Verification::Pending, None).await?;
    } else {
        for role in &user.user.roles {
            if let Role::NationalContactPoint { country } = role {
                waiting.extend(
                    store
                        .organizations_in(Verification::Pending, Some(*country))
                        .await?,
                );
            }
        }
    }
    let tr = ctx.tr();
    let organizations = waiting
        .iter()
        .map(|stored| {
            let o = &stored.organization;
            Waiting {
                reference: o.reference.to_string(),
                name: o.name.as_str().to_owned(),
                href: organization_href(o.reference.as_str()),
                country: country_name(&tr, o.country),
                kind: tr.t(&format!("organization-type-{}", o.kind.slug())),
                website: o.website.as_ref().map(|w| w.as_str().to_owned()),
                registered: tr.date(stored.created_at.to_zoned(jiff::tz::TimeZone::UTC).date()),
            }
        })
        .collect();
    render(&ModerationPage {
        chrome: Chrome::new(&ctx, tr.t("moderation-title")),
        organizations,
    })
}

/// Verifies or rejects one organization; only for its country's contact point or an operator.
pub(crate) async fn decide(
    ctx: Ctx,
    RefPath(reference): RefPath,
    form: Form,
) -> Result<Response, AppError> {
    let store = ctx.app.store();
    let organization = store
        .organization(&reference)
        .await?
        .ok_or(AppError::NotFound)?;
    ctx.require(&Action::Moderate(organization.organization.country))?;
    let verification = match form.text("decision").as_str() {
        "verify" => Verification::Verified,
        "reject" => Verification::Rejected,
        other => {
            return Err(AppError::invalid(
                "decision",
                format!("\"{other}\" is neither verify nor reject"),
            ));
        }
    };
    store
        .set_verification(&reference, verification, ctx.app.now())
        .await?;
    tracing::info!(organization = %reference, decision = verification.slug(), "organization moderated");
    Ok(see_other("/moderation"))
}
