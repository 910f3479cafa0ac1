//! Writing listings: a new offer or need, editing a draft or a rejected one, the private page
//! of a listing (its state, the moderator's reason, hints on its profile, the confidential
//! part), and the steps of its lifecycle: submit, withdraw, renew.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use techbridge_domain::quality::hints;
use techbridge_domain::taxonomy::{Cooperation, IpStatus, Sector};
use techbridge_domain::{CONTENT_LANGUAGES, Lifecycle, Ref, Role, Side, Verification};
use techbridge_store::StoredListing;

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::auth::secret;
use crate::context::{Ctx, MyListingPath};
use crate::error::AppError;
use crate::listing_form::ListingValues;
use crate::pages::search::Choice;
use crate::pages::views::{ListingView, country_name, network_countries, side_label};
use crate::pages::{Chrome, render, see_other};

/// The address of a listing's private page.
pub(crate) fn private_href(side: Side, reference: &str) -> String {
    format!("/my/{}s/{reference}", side.slug())
}

#[derive(Template)]
#[template(path = "listing_form.html")]
struct ListingFormPage<'a> {
    chrome: Chrome<'a>,
    action: String,
    is_need: bool,
    values: ListingValues,
    languages: Vec<Choice>,
    sectors: Vec<Choice>,
    levels: Vec<Choice>,
    ip_statuses: Vec<Choice>,
    cooperation: Vec<Choice>,
    countries: Vec<Choice>,
    problems: Vec<String>,
}

fn form_page<'a>(
    ctx: &'a Ctx,
    title: String,
    action: String,
    side: Side,
    values: ListingValues,
    problems: Vec<String>,
) -> ListingFormPage<'a> {
    let tr = ctx.tr();
    let choices = |all: Vec<(String, String)>, chosen: &[String]| -> Vec<Choice> {
        all.into_iter()
            .map(|(value, label)| Choice {
                chosen: chosen.contains(&value),
                value,
                label,
            })
            .collect()
    };
    ListingFormPage {
        chrome: Chrome::new(ctx, title),
        action,
        is_need: side == Side::Need,
        languages: choices(
            CONTENT_LANGUAGES
                .iter()
                .map(|c| ((*c).to_owned(), tr.t(&format!("language-{c}"))))
                .collect(),
            std::slice::from_ref(&values.language),
        ),
        sectors: choices(
            Sector::ALL
                .iter()
                .map(|s| (s.slug().to_owned(), tr.t(&format!("sector-{}", s.slug()))))
                .collect(),
            &values.sectors,
        ),
        levels: choices(
            (1..=9)
                .map(|l| (l.to_string(), format!("{l}: {}", tr.t(&format!("trl-{l}")))))
                .collect(),
            std::slice::from_ref(&values.trl),
        ),
        ip_statuses: choices(
            IpStatus::ALL
                .iter()
                .map(|s| (s.slug().to_owned(), tr.t(&format!("ip-{}", s.slug()))))
                .collect(),
            std::slice::from_ref(&values.ip_status),
        ),
        cooperation: choices(
            Cooperation::ALL
                .iter()
                .map(|c| {
                    (
                        c.slug().to_owned(),
                        tr.t(&format!("cooperation-{}", c.slug())),
                    )
                })
                .collect(),
            &values.cooperation,
        ),
        countries: choices(
            network_countries()
                .map(|c| (c.code().to_owned(), country_name(&tr, c)))
                .collect(),
            &values.target_countries,
        ),
        values,
        problems,
    }
}

/// The organization a new listing is written for: the one named, or the person's first.
fn organization_for(ctx: &Ctx) -> Result<Ref, AppError> {
    let user = ctx.signed_in()?;
    let named = ctx
        .query
        .iter()
        .find(|(k, _)| k == "organization")
        .and_then(|(_, v)| Ref::parse(v).ok());
    let own = user.user.roles.iter().find_map(|r| match r {
        Role::OrganizationAdmin { organization } | Role::Member { organization } => {
            Some(organization.clone())
        }
        _ => None,
    });
    let organization = named.or(own).ok_or(AppError::Forbidden)?;
    ctx.require(&Action::ActFor(organization.clone()))?;
    Ok(organization)
}

fn side_of(ctx: &Ctx) -> Result<Side, AppError> {
    let raw = ctx
        .query
        .iter()
        .find(|(k, _)| k == "side")
        .map_or("offer", |(_, v)| v.as_str());
    Side::parse(raw).map_err(|e| AppError::invalid("side", e))
}

fn form_title(ctx: &Ctx, side: Side) -> String {
    ctx.tr().t(match side {
        Side::Offer => "editor-new-offer",
        Side::Need => "editor-new-need",
    })
}

pub(crate) async fn new_form(ctx: Ctx) -> Result<Response, AppError> {
    let organization = organization_for(&ctx)?;
    let side = side_of(&ctx)?;
    let values = ListingValues {
        language: ctx.locale.code().to_owned(),
        ..ListingValues::default()
    };
    let action = format!(
        "/listings/new?side={}&organization={organization}",
        side.slug()
    );
    render(&form_page(
        &ctx,
        form_title(&ctx, side),
        action,
        side,
        values,
        Vec::new(),
    ))
}

/// Problems as a person reads them: the field's name in their language, then what is wrong.
fn described(ctx: &Ctx, problems: Vec<(&'static str, String)>) -> Vec<String> {
    problems
        .into_iter()
        .map(|(field, problem)| format!("{}: {problem}", ctx.tr().t(&format!("field-{field}"))))
        .collect()
}

pub(crate) async fn create(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    let organization = organization_for(&ctx)?;
    let side = side_of(&ctx)?;
    let values = ListingValues::from_form(&form);
    let owner = ctx
        .app
        .store()
        .organization(&organization)
        .await?
        .ok_or(AppError::NotFound)?;
    let reference = Ref::parse(&format!(
        "{}-{}-{}",
        side.slug(),
        owner.organization.country.code().to_lowercase(),
        &secret(&ctx.app)[..10]
    ))
    .map_err(|_| AppError::Internal)?;
    match values.parse(side, reference.clone(), organization.clone()) {
        Ok(listing) => {
            ctx.app
                .store()
                .save_listing(&listing, &Lifecycle::Draft, ctx.app.now())
                .await?;
            tracing::info!(listing = %reference, "listing drafted");
            Ok(see_other(&private_href(side, reference.as_str())))
        }
        Err(problems) => {
            let action = format!(
                "/listings/new?side={}&organization={organization}",
                side.slug()
            );
            let mut response = render(&form_page(
                &ctx,
                form_title(&ctx, side),
                action,
                side,
                values,
                described(&ctx, problems),
            ))?;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

/// A listing its organization may work on; anyone else is told it does not exist, so that
/// drafts do not even reveal that they are there.
async fn own_listing(ctx: &Ctx, side: Side, reference: &Ref) -> Result<StoredListing, AppError> {
    let stored = ctx
        .app
        .store()
        .listing(side, reference)
        .await?
        .ok_or(AppError::NotFound)?;
    if !ctx.may(&Action::ActFor(stored.listing.organization.clone())) {
        return Err(if ctx.user.is_none() {
            AppError::SignInRequired
        } else {
            AppError::NotFound
        });
    }
    Ok(stored)
}

fn editable(lifecycle: &Lifecycle) -> bool {
    matches!(lifecycle, Lifecycle::Draft | Lifecycle::Rejected { .. })
}

pub(crate) async fn edit_form(ctx: Ctx, path: MyListingPath) -> Result<Response, AppError> {
    let MyListingPath {
        side, reference, ..
    } = path;
    let stored = own_listing(&ctx, side, &reference).await?;
    if !editable(&stored.lifecycle) {
        return Err(AppError::Refused(ctx.tr().t("editor-not-editable")));
    }
    let action = format!("{}/edit", private_href(side, reference.as_str()));
    render(&form_page(
        &ctx,
        stored.listing.title.as_str().to_owned(),
        action,
        side,
        ListingValues::from_listing(&stored.listing),
        Vec::new(),
    ))
}

pub(crate) async fn edit(ctx: Ctx, path: MyListingPath, form: Form) -> Result<Response, AppError> {
    let MyListingPath {
        side, reference, ..
    } = path;
    let stored = own_listing(&ctx, side, &reference).await?;
    if !editable(&stored.lifecycle) {
        return Err(AppError::Refused(ctx.tr().t("editor-not-editable")));
    }
    let values = ListingValues::from_form(&form);
    match values.parse(side, reference.clone(), stored.listing.organization.clone()) {
        Ok(listing) => {
            ctx.app
                .store()
                .save_listing(&listing, &stored.lifecycle, ctx.app.now())
                .await?;
            Ok(see_other(&private_href(side, reference.as_str())))
        }
        Err(problems) => {
            let action = format!("{}/edit", private_href(side, reference.as_str()));
            let mut response = render(&form_page(
                &ctx,
                stored.listing.title.as_str().to_owned(),
                action,
                side,
                values,
                described(&ctx, problems),
            ))?;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "my_listing.html")]
struct MyListingPage<'a> {
    chrome: Chrome<'a>,
    listing: ListingView,
    href: String,
    status: String,
    rejection: Option<String>,
    hints: Vec<String>,
    confidential: Option<String>,
    can_edit: bool,
    can_submit: bool,
    can_withdraw: bool,
    can_renew: bool,
    public_href: Option<String>,
}

pub(crate) async fn show(ctx: Ctx, path: MyListingPath) -> Result<Response, AppError> {
    let MyListingPath {
        side, reference, ..
    } = path;
    let stored = own_listing(&ctx, side, &reference).await?;
    let organization = ctx
        .app
        .store()
        .organization(&stored.listing.organization)
        .await?;
    let tr = ctx.tr();
    let lifecycle = &stored.lifecycle;
    let page = MyListingPage {
        chrome: Chrome::new(&ctx, stored.listing.title.as_str().to_owned()),
        listing: ListingView::new(&tr, &stored, organization.as_ref()),
        href: private_href(side, reference.as_str()),
        status: tr.t(&format!("status-{}", lifecycle.status().slug())),
        rejection: match lifecycle {
            Lifecycle::Rejected { reason } => Some(reason.as_str().to_owned()),
            _ => None,
        },
        hints: if editable(lifecycle) {
            hints(&stored.listing)
                .into_iter()
                .map(|h| tr.t(&format!("quality-{}", h.slug())))
                .collect()
        } else {
            Vec::new()
        },
        confidential: stored
            .listing
            .confidential
            .as_ref()
            .map(|c| c.as_str().to_owned()),
        can_edit: editable(lifecycle),
        can_submit: lifecycle.submit().is_ok(),
        can_withdraw: lifecycle.withdraw().is_ok(),
        can_renew: lifecycle.renew(ctx.app.today()).is_ok(),
        public_href: lifecycle
            .is_public()
            .then(|| crate::pages::views::listing_href(side, reference.as_str())),
    };
    render(&page)
}

/// Submit, withdraw or renew: the step named in the address.
pub(crate) async fn step(ctx: Ctx, path: MyListingPath, _form: Form) -> Result<Response, AppError> {
    let MyListingPath {
        side,
        reference,
        step,
    } = path;
    let step = step.unwrap_or_default();
    if !matches!(step.as_str(), "submit" | "withdraw" | "renew") {
        return Err(AppError::NotFound);
    }
    let stored = own_listing(&ctx, side, &reference).await?;
    let today = ctx.app.today();
    if step == "submit" {
        let owner = ctx
            .app
            .store()
            .organization(&stored.listing.organization)
            .await?
            .ok_or(AppError::NotFound)?;
        if owner.organization.verification != Verification::Verified {
            return Err(AppError::Refused(
                ctx.tr().t("editor-organization-not-verified"),
            ));
        }
    }
    ctx.app
        .store()
        .transition_listing(side, &reference, ctx.app.now(), |lifecycle| {
            match step.as_str() {
                "submit" => lifecycle.submit(),
                "withdraw" => lifecycle.withdraw(),
                _ => lifecycle.renew(today),
            }
        })
        .await?;
    tracing::info!(listing = %reference, step = %step, "listing moved");
    Ok(see_other(&private_href(side, reference.as_str())))
}

/// The side a private address names (`offers` or `needs`).
pub(crate) fn side_segment(segment: &str) -> Result<Side, AppError> {
    match segment {
        "offers" => Ok(Side::Offer),
        "needs" => Ok(Side::Need),
        _ => Err(AppError::NotFound),
    }
}

/// The listings of an organization as its people see them, every state.
pub(crate) async fn listings_of(
    ctx: &Ctx,
    organization: &Ref,
) -> Result<Vec<(String, String, String, String)>, AppError> {
    let tr = ctx.tr();
    let store = ctx.app.store();
    let mut out = Vec::new();
    for (side, reference) in store.listings_of(organization).await? {
        if let Some(listing) = store.listing(side, &reference).await? {
            out.push((
                private_href(side, reference.as_str()),
                side_label(&tr, side),
                listing.listing.title.as_str().to_owned(),
                tr.t(&format!("status-{}", listing.lifecycle.status().slug())),
            ));
        }
    }
    Ok(out)
}
