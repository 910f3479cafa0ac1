//! What one-time links do: choosing a new password after "forgot password", and joining an
//! organization by invitation. The link carries a random value; the store keeps its
//! fingerprint, the link works once and for a limited time, and the e-mail is queued in the
//! same transaction as the token.

use askama::Template;
use axum::extract::{ConnectInfo, Path};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::SignedDuration;
use techbridge_domain::{Email, Line, Ref};
use techbridge_store::{Mail, NewAccount, OneTimeToken, StoreError, TokenPurpose};

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::auth::{fingerprint, password, secret};
use crate::context::{Ctx, RefPath};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::pages::{Chrome, render, see_other};

/// A password-reset link works this long.
const RESET_VALID: SignedDuration = SignedDuration::from_hours(1);
/// An invitation works this long.
const INVITATION_VALID: SignedDuration = SignedDuration::from_hours(24 * 7);

#[derive(Template)]
#[template(path = "forgot.html")]
struct ForgotPage<'a> {
    chrome: Chrome<'a>,
    sent: bool,
}

pub(crate) async fn forgot_form(ctx: Ctx) -> Result<Response, AppError> {
    render(&ForgotPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("reset-title")),
        sent: false,
    })
}

/// Queues a reset link when the address has an account, and answers the same either way, so
/// the page tells nobody which addresses have accounts.
pub(crate) async fn forgot(
    ctx: Ctx,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    form: Form,
) -> Result<Response, AppError> {
    let app = &ctx.app;
    let now = app.now();
    let typed = form.text("email");
    let keys = vec![
        format!("reset:{}", typed.to_lowercase()),
        format!("reset-ip:{}", peer.ip()),
    ];
    if !app.throttle().allows(&keys, now) {
        return Err(AppError::TooManyAttempts);
    }
    app.throttle().failed(&keys, now);
    if let Ok(email) = Email::parse(&typed)
        && let Some(user) = app.store().user_by_email(&email).await?
    {
        let value = secret(app);
        let locale = user
            .locale
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or(ctx.locale);
        let tr = app.catalogues().tr(locale);
        let link = format!("{}/password/reset/{value}", app.public_url());
        let mail = Mail {
            recipient: email.clone(),
            subject: tr.t("mail-reset-subject"),
            body: tr.t1("mail-reset-body", "link", link),
        };
        let token = OneTimeToken {
            purpose: TokenPurpose::Reset,
            email,
            expires_at: now + RESET_VALID,
        };
        app.store()
            .create_token(&fingerprint(&value), &token, &mail, now)
            .await?;
    }
    render(&ForgotPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("reset-title")),
        sent: true,
    })
}

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetPage<'a> {
    chrome: Chrome<'a>,
    action: String,
    problem: Option<String>,
}

fn token_value(raw: &str) -> Result<String, AppError> {
    if raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(raw.to_owned())
    } else {
        Err(AppError::NotFound)
    }
}

pub(crate) async fn reset_form(ctx: Ctx, Path(value): Path<String>) -> Result<Response, AppError> {
    let value = token_value(&value)?;
    render(&ResetPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("reset-title")),
        action: format!("/password/reset/{value}"),
        problem: None,
    })
}

pub(crate) async fn reset(
    ctx: Ctx,
    Path(value): Path<String>,
    form: Form,
) -> Result<Response, AppError> {
    let value = token_value(&value)?;
    let new_password = form.raw("password");
    if let Err(e) = password::check_new(&new_password) {
        let mut response = render(&ResetPage {
            chrome: Chrome::new(&ctx, ctx.tr().t("reset-title")),
            action: format!("/password/reset/{value}"),
            problem: Some(format!(
                "{}: {}",
                ctx.tr().t("register-password"),
                e.detail().unwrap_or_default().replace("password: ", "")
            )),
        })?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    }
    let now = ctx.app.now();
    let token = ctx
        .app
        .store()
        .take_token(&fingerprint(&value), now)
        .await?
        .filter(|t| t.purpose == TokenPurpose::Reset)
        .ok_or_else(|| AppError::Refused(ctx.tr().t("token-expired")))?;
    let user = ctx
        .app
        .store()
        .user_by_email(&token.email)
        .await?
        .ok_or(AppError::NotFound)?;
    let hash = password::hash(&ctx.app, &new_password).await?;
    ctx.app.store().set_password(user.id, &hash, now).await?;
    tracing::info!(user = user.id, "password reset");
    Ok(see_other("/login?reset=1"))
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage<'a> {
    chrome: Chrome<'a>,
    organization: String,
    action: String,
    people: Vec<(String, String, String)>,
    invited: Option<String>,
}

async fn people_page(
    ctx: &Ctx,
    reference: &Ref,
    invited: Option<String>,
) -> Result<Response, AppError> {
    ctx.require(&Action::AdministerOrganization(reference.clone()))?;
    let store = ctx.app.store();
    let organization = store
        .organization(reference)
        .await?
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    let people = store
        .people_of(reference)
        .await?
        .into_iter()
        .map(|p| {
            let role = if p.user.administers(reference) {
                tr.t("role-admin")
            } else {
                tr.t("role-member")
            };
            (
                p.user.name.as_str().to_owned(),
                p.user.email.to_string(),
                role,
            )
        })
        .collect();
    render(&PeoplePage {
        chrome: Chrome::new(ctx, tr.t("people-title")),
        organization: organization.organization.name.as_str().to_owned(),
        action: format!("/organizations/{reference}/people"),
        people,
        invited,
    })
}

pub(crate) async fn people(ctx: Ctx, RefPath(reference): RefPath) -> Result<Response, AppError> {
    people_page(&ctx, &reference, None).await
}

/// An admin invites a colleague: a link by e-mail, in the admin's language, good for a week.
pub(crate) async fn invite(
    ctx: Ctx,
    RefPath(reference): RefPath,
    form: Form,
) -> Result<Response, AppError> {
    ctx.require(&Action::AdministerOrganization(reference.clone()))?;
    let email = Email::parse(&form.text("email")).map_err(|e| AppError::invalid("email", e))?;
    let admin = match form.text("role").as_str() {
        "admin" => true,
        "member" => false,
        other => {
            return Err(AppError::invalid(
                "role",
                format!("\"{other}\" is neither admin nor member"),
            ));
        }
    };
    let app = &ctx.app;
    let organization = app
        .store()
        .organization(&reference)
        .await?
        .ok_or(AppError::NotFound)?;
    let inviter = ctx.signed_in()?;
    let value = secret(app);
    let tr = ctx.tr();
    let link = format!("{}/invitations/{value}", app.public_url());
    let mail = Mail {
        recipient: email.clone(),
        subject: tr.t1(
            "mail-invite-subject",
            "organization",
            organization.organization.name.as_str(),
        ),
        body: tr.with(
            "mail-invite-body",
            &[
                ("person", inviter.user.name.as_str().into()),
                (
                    "organization",
                    organization.organization.name.as_str().into(),
                ),
                ("link", link.into()),
            ],
        ),
    };
    let now = app.now();
    let token = OneTimeToken {
        purpose: TokenPurpose::Invite {
            organization: reference.clone(),
            admin,
        },
        email: email.clone(),
        expires_at: now + INVITATION_VALID,
    };
    app.store()
        .create_token(&fingerprint(&value), &token, &mail, now)
        .await?;
    tracing::info!(organization = %reference, "invitation sent");
    people_page(
        &ctx,
        &reference,
        Some(tr.t1("people-invited", "email", email.as_str())),
    )
    .await
}

#[derive(Template)]
#[template(path = "join.html")]
struct JoinPage<'a> {
    chrome: Chrome<'a>,
    action: String,
    problems: Vec<String>,
    name: String,
}

pub(crate) async fn join_form(ctx: Ctx, Path(value): Path<String>) -> Result<Response, AppError> {
    let value = token_value(&value)?;
    render(&JoinPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("join-title")),
        action: format!("/invitations/{value}"),
        problems: Vec::new(),
        name: String::new(),
    })
}

/// Accepting an invitation: a new account in the organization, or the role added to the
/// account the address already has.
pub(crate) async fn join(
    ctx: Ctx,
    Path(value): Path<String>,
    form: Form,
) -> Result<Response, AppError> {
    let value = token_value(&value)?;
    let tr = ctx.tr();
    let mut problems = Vec::new();
    let name = Line::<200>::parse(&form.text("name"))
        .map_err(|e| problems.push(format!("{}: {e}", tr.t("register-your-name"))))
        .ok();
    let new_password = form.raw("password");
    if let Err(e) = password::check_new(&new_password) {
        problems.push(format!(
            "{}: {}",
            tr.t("register-password"),
            e.detail().unwrap_or_default().replace("password: ", "")
        ));
    }
    let Some(name) = name.filter(|_| problems.is_empty()) else {
        let mut response = render(&JoinPage {
            chrome: Chrome::new(&ctx, tr.t("join-title")),
            action: format!("/invitations/{value}"),
            problems,
            name: form.text("name"),
        })?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    };
    let now = ctx.app.now();
    let store = ctx.app.store();
    let token = store
        .take_token(&fingerprint(&value), now)
        .await?
        .ok_or_else(|| AppError::Refused(tr.t("token-expired")))?;
    let role = token.role().ok_or(AppError::NotFound)?;
    match store.user_by_email(&token.email).await? {
        Some(existing) => store.grant_role(existing.id, &role).await?,
        None => {
            let account = NewAccount {
                email: token.email.clone(),
                name,
                password_hash: password::hash(&ctx.app, &new_password).await?,
                locale: Some(ctx.locale.code().to_owned()),
            };
            match store.create_user(&account, &[role], now).await {
                Ok(_) => {}
                Err(StoreError::Refused(why)) => return Err(AppError::Refused(why)),
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(see_other("/login?joined=1"))
}
