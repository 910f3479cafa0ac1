//! Signing in and out, registering an organization with its first admin, and a member's home
//! page.

use askama::Template;
use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use techbridge_domain::taxonomy::OrganizationType;
use techbridge_domain::{
    Country, Email, Line, Organization, Ref, Role, Text, Verification, Website,
};
use techbridge_store::NewAccount;

use crate::auth::forms::Form;
use crate::auth::session::{SESSION_COOKIE, SESSION_LENGTH, set_cookie};
use crate::auth::{fingerprint, password, secret};
use crate::context::Ctx;
use crate::error::AppError;
use crate::matches::best_matches;
use crate::pages::search::Choice;
use crate::pages::views::{ListingCard, country_name, network_countries, organization_href};
use crate::pages::{Chrome, render, see_other};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    chrome: Chrome<'a>,
    email: String,
    next: String,
    problem: Option<String>,
    /// A notice after registering, resetting the password or joining by invitation.
    notice: Option<String>,
}

/// Where to go after signing in: a path on this site only, never another site.
fn local_path(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_owned()
    } else {
        "/home".to_owned()
    }
}

pub(crate) async fn login_form(ctx: Ctx) -> Result<Response, AppError> {
    let next = ctx
        .query
        .iter()
        .find(|(k, _)| k == "next")
        .map(|(_, v)| local_path(v))
        .unwrap_or_else(|| "/home".to_owned());
    let page = LoginPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("login-title")),
        email: String::new(),
        next,
        problem: None,
        notice: ctx.query.iter().find_map(|(k, _)| match k.as_str() {
            "registered" => Some(ctx.tr().t("login-registered")),
            "reset" => Some(ctx.tr().t("login-reset-done")),
            "joined" => Some(ctx.tr().t("login-joined")),
            _ => None,
        }),
    };
    render(&page)
}

pub(crate) async fn login(
    ctx: Ctx,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    form: Form,
) -> Result<Response, AppError> {
    let app = &ctx.app;
    let now = app.now();
    let typed = form.text("email");
    let next = local_path(&form.text("next"));
    let keys = vec![
        format!("email:{}", typed.to_lowercase()),
        format!("ip:{}", peer.ip()),
    ];
    let fail = |ctx: &Ctx, status: StatusCode, key: &str| -> Result<Response, AppError> {
        let page = LoginPage {
            chrome: Chrome::new(ctx, ctx.tr().t("login-title")),
            email: typed.clone(),
            next: next.clone(),
            problem: Some(ctx.tr().t(key)),
            notice: None,
        };
        let mut response = render(&page)?;
        *response.status_mut() = status;
        Ok(response)
    };
    if !app.throttle().allows(&keys, now) {
        return fail(
            &ctx,
            StatusCode::TOO_MANY_REQUESTS,
            "error-too-many-attempts",
        );
    }
    let user = match Email::parse(&typed) {
        Ok(email) => app.store().user_by_email(&email).await?,
        Err(_) => None,
    };
    let matched = match &user {
        Some(user) => password::verify(&form.raw("password"), &user.password_hash).await,
        None => {
            // The same work whether or not the account exists, so timing tells nothing.
            password::verify(&form.raw("password"), password::decoy()).await;
            false
        }
    };
    let Some(user) = user.filter(|_| matched) else {
        app.throttle().failed(&keys, now);
        return fail(&ctx, StatusCode::UNAUTHORIZED, "login-failed");
    };
    app.throttle().succeeded(&keys[..1]);
    let session = secret(app);
    app.store()
        .create_session(&fingerprint(&session), user.id, now, now + SESSION_LENGTH)
        .await?;
    tracing::info!(user = user.id, "signed in");
    let mut response = see_other(&next);
    let cookie = set_cookie(
        app,
        SESSION_COOKIE,
        &session,
        SESSION_LENGTH.as_secs(),
        "Lax",
    );
    response.headers_mut().append(SET_COOKIE, cookie);
    Ok(response)
}

pub(crate) async fn logout(ctx: Ctx, _form: Form) -> Result<Response, AppError> {
    if let Some(session) = &ctx.session {
        ctx.app.store().end_session(&fingerprint(session)).await?;
    }
    let mut response = see_other("/");
    response.headers_mut().append(
        SET_COOKIE,
        set_cookie(&ctx.app, SESSION_COOKIE, "", 0, "Lax"),
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage<'a> {
    chrome: Chrome<'a>,
    values: RegisterValues,
    countries: Vec<Choice>,
    kinds: Vec<Choice>,
    problems: Vec<String>,
}

#[derive(Debug, Default)]
struct RegisterValues {
    organization: String,
    city: String,
    website: String,
    name: String,
    email: String,
}

fn register_page<'a>(
    ctx: &'a Ctx,
    values: RegisterValues,
    country: &str,
    kind: &str,
    problems: Vec<String>,
) -> RegisterPage<'a> {
    let tr = ctx.tr();
    RegisterPage {
        chrome: Chrome::new(ctx, tr.t("register-title")),
        countries: network_countries()
            .map(|c| Choice {
                value: c.code().to_owned(),
                label: country_name(&tr, c),
                chosen: c.code() == country,
            })
            .collect(),
        kinds: OrganizationType::ALL
            .iter()
            .map(|t| Choice {
                value: t.slug().to_owned(),
                label: tr.t(&format!("organization-type-{}", t.slug())),
                chosen: t.slug() == kind,
            })
            .collect(),
        values,
        problems,
    }
}

pub(crate) async fn register_form(ctx: Ctx) -> Result<Response, AppError> {
    render(&register_page(
        &ctx,
        RegisterValues::default(),
        "",
        "",
        Vec::new(),
    ))
}

pub(crate) async fn register(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let mut problems = Vec::new();
    let mut field = |key: &str, problem: String| {
        problems.push(format!("{}: {problem}", tr.t(key)));
    };
    let name = Line::<200>::parse(&form.text("organization"))
        .map_err(|e| field("register-organization-name", e.to_string()))
        .ok();
    let country = Country::parse(&form.text("country"))
        .map_err(|e| field("register-country", e.to_string()))
        .ok();
    let kind = OrganizationType::parse(&form.text("type"))
        .map_err(|e| field("register-type", e.to_string()))
        .ok();
    let city = optional(&form.text("city"), Line::<100>::parse)
        .map_err(|e| field("register-city", e.to_string()))
        .ok()
        .flatten();
    let website = optional(&form.text("website"), Website::parse)
        .map_err(|e| field("register-website", e.to_string()))
        .ok()
        .flatten();
    let person = Line::<200>::parse(&form.text("name"))
        .map_err(|e| field("register-your-name", e.to_string()))
        .ok();
    let email = Email::parse(&form.text("email"))
        .map_err(|e| field("register-email", e.to_string()))
        .ok();
    let password = form.raw("password");
    if let Err(e) = password::check_new(&password) {
        field(
            "register-password",
            e.detail().unwrap_or_default().replace("password: ", ""),
        );
    }
    let values = RegisterValues {
        organization: form.text("organization"),
        city: form.text("city"),
        website: form.text("website"),
        name: form.text("name"),
        email: form.text("email"),
    };
    let (Some(name), Some(country), Some(kind), Some(person), Some(email), true) =
        (name, country, kind, person, email, problems.is_empty())
    else {
        let mut response = render(&register_page(
            &ctx,
            values,
            &form.text("country"),
            &form.text("type"),
            problems,
        ))?;
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(response);
    };
    let reference = Ref::parse(&format!(
        "org-{}-{}",
        country.code().to_lowercase(),
        &secret(&ctx.app)[..10]
    ))
    .map_err(|_| AppError::Internal)?;
    let organization = Organization {
        reference: reference.clone(),
        name,
        country,
        kind,
        city,
        website,
        description: None::<Text<5000>>,
        verification: Verification::Pending,
    };
    let account = NewAccount {
        email,
        name: person,
        password_hash: password::hash(&ctx.app, &password).await?,
        locale: Some(ctx.locale.code().to_owned()),
    };
    let now = ctx.app.now();
    match ctx
        .app
        .store()
        .register_organization(&organization, &account, now)
        .await
    {
        Ok(_) => {}
        Err(techbridge_store::StoreError::Refused(why)) => {
            let mut response = render(&register_page(
                &ctx,
                values,
                country.code(),
                kind.slug(),
                vec![why],
            ))?;
            *response.status_mut() = StatusCode::CONFLICT;
            return Ok(response);
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!(organization = %reference, "organization registered");
    Ok(see_other("/login?registered=1"))
}

/// For each published listing of `organization`, its best matches.
async fn matches_of(
    ctx: &Ctx,
    organization: &Ref,
) -> Result<Vec<(String, Vec<ListingCard>)>, AppError> {
    let store = ctx.app.store();
    let tr = ctx.tr();
    let mut out = Vec::new();
    for (side, reference) in store.listings_of(organization).await? {
        let Some(listing) = store.listing(side, &reference).await? else {
            continue;
        };
        if !listing.lifecycle.is_public() {
            continue;
        }
        let cards: Vec<ListingCard> = best_matches(&ctx.app, side, &reference)
            .await?
            .iter()
            .take(HOME_MATCHES)
            .map(|f| ListingCard::new(&tr, &f.listing, f.owner.as_ref(), Some(&f.found)))
            .collect();
        if !cards.is_empty() {
            out.push((listing.listing.title.as_str().to_owned(), cards));
        }
    }
    Ok(out)
}

fn optional<T, E>(raw: &str, parse: impl Fn(&str) -> Result<T, E>) -> Result<Option<T>, E> {
    if raw.is_empty() {
        Ok(None)
    } else {
        parse(raw).map(Some)
    }
}

/// An organization the signed-in person belongs to, as their home page shows it.
#[derive(Debug)]
struct Membership {
    name: String,
    href: String,
    role: String,
    waiting: Option<String>,
    reference: String,
    listings: Vec<(String, String, String, String)>,
    administers: bool,
    /// The best matches of each published listing: (the listing's title, its matches).
    matches: Vec<(String, Vec<ListingCard>)>,
}

/// Matches shown per listing on a member's home page.
const HOME_MATCHES: usize = 3;

#[derive(Template)]
#[template(path = "member_home.html")]
struct MemberHome<'a> {
    chrome: Chrome<'a>,
    greeting: String,
    memberships: Vec<Membership>,
}

pub(crate) async fn home(ctx: Ctx) -> Result<Response, AppError> {
    let Some(user) = ctx.user.clone() else {
        return Ok(see_other("/login?next=/home"));
    };
    let tr = ctx.tr();
    let mut memberships = Vec::new();
    for role in &user.user.roles {
        let (organization, key) = match role {
            Role::OrganizationAdmin { organization } => (organization, "role-admin"),
            Role::Member { organization } => (organization, "role-member"),
            _ => continue,
        };
        let Some(stored) = ctx.app.store().organization(organization).await? else {
            continue;
        };
        let o = &stored.organization;
        memberships.push(Membership {
            name: o.name.as_str().to_owned(),
            href: organization_href(o.reference.as_str()),
            role: tr.t(key),
            waiting: match o.verification {
                Verification::Verified => None,
                Verification::Pending => Some(tr.t1(
                    "home-awaiting-verification",
                    "country",
                    country_name(&tr, o.country),
                )),
                Verification::Rejected => Some(tr.t("home-verification-rejected")),
            },
            reference: o.reference.to_string(),
            administers: user.user.administers(&o.reference),
            matches: matches_of(&ctx, &o.reference).await?,
            listings: crate::pages::editor::listings_of(&ctx, &o.reference).await?,
        });
    }
    let page = MemberHome {
        chrome: Chrome::new(&ctx, tr.t("home-member-title")),
        greeting: tr.t1("home-greeting", "name", user.user.name.as_str()),
        memberships,
    };
    render(&page)
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    chrome: Chrome<'a>,
    email: String,
    languages: Vec<Choice>,
    saved: bool,
}

/// The person's own settings: the interface language, whatever browser they use.
pub(crate) async fn settings(ctx: Ctx) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let chosen = user.locale.clone().unwrap_or_default();
    let languages = std::iter::once(Choice {
        value: String::new(),
        label: ctx.tr().t("account-language-browser"),
        chosen: chosen.is_empty(),
    })
    .chain(crate::i18n::Locale::ALL.into_iter().map(|l| Choice {
        value: l.code().to_owned(),
        label: l.endonym().to_owned(),
        chosen: chosen == l.code(),
    }))
    .collect();
    render(&AccountPage {
        chrome: Chrome::new(&ctx, ctx.tr().t("account-title")),
        email: user.user.email.to_string(),
        languages,
        saved: ctx.query.iter().any(|(k, _)| k == "saved"),
    })
}

pub(crate) async fn save_settings(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    let user = ctx.signed_in()?;
    let language = form.text("language");
    let locale = match language.as_str() {
        "" => None,
        code => Some(
            crate::i18n::Locale::parse(code)
                .ok_or_else(|| {
                    AppError::invalid(
                        "language",
                        format!("\"{code}\" is not an interface language"),
                    )
                })?
                .code(),
        ),
    };
    ctx.app
        .store()
        .set_locale(user.id, locale, ctx.app.now())
        .await?;
    Ok(see_other("/account?saved=1"))
}
