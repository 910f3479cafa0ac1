//! Accounts for trying the platform on the example network: one person in each role, all with
//! the same published password, and a brokerage event a month ahead where two of them take
//! part. Only `techbridge serve --demo` creates them.

use jiff::ToSpan;
use techbridge_domain::{
    Attendance, Country, Email, EventName, Language, Lifecycle, Line, Ref, Role, Session,
    Timetable, VenueName, Zone,
};
use techbridge_store::{BranchVenue, NewAccount, NewEvent, Registration, StoreError};

use crate::App;
use crate::auth::password;
use crate::error::AppError;

/// The password of every demo account. It is printed at start-up: never use `--demo` on a
/// platform open to the public.
pub const DEMO_PASSWORD: &str = "techbridge-demo";

/// Who the demo accounts are: e-mail, name, role.
fn people() -> Result<Vec<(&'static str, &'static str, Role)>, AppError> {
    let country = |code| Country::parse(code).map_err(|_| AppError::Internal);
    let organization = |r| Ref::parse(r).map_err(|_| AppError::Internal);
    Ok(vec![
        (
            "operator@demo.techbridge.example",
            "Network Operator",
            Role::Operator,
        ),
        (
            "ncp.vn@demo.techbridge.example",
            "Nguyễn Thị Lan (contact point, Viet Nam)",
            Role::NationalContactPoint {
                country: country("VN")?,
            },
        ),
        (
            "ncp.cn@demo.techbridge.example",
            "王磊 (contact point, China)",
            Role::NationalContactPoint {
                country: country("CN")?,
            },
        ),
        (
            "admin.vn@demo.techbridge.example",
            "Trần Văn Minh",
            Role::OrganizationAdmin {
                organization: organization("org-vn-cuulong")?,
            },
        ),
        (
            "member.cn@demo.techbridge.example",
            "李静",
            Role::Member {
                organization: organization("org-cn-xmaqua")?,
            },
        ),
    ])
}

/// Creates the demo accounts that do not exist yet (an organization missing from the store
/// skips its account); returns every demo account's e-mail and role.
pub async fn demo_accounts(app: &App) -> Result<Vec<(String, String)>, AppError> {
    let hash = password::hash(app, DEMO_PASSWORD).await?;
    let mut created = Vec::new();
    for (email, name, role) in people()? {
        let email = Email::parse(email).map_err(|_| AppError::Internal)?;
        let described = match &role {
            Role::Operator => "operator".to_owned(),
            Role::NationalContactPoint { country } => {
                format!("national contact point, {}", country.code())
            }
            Role::OrganizationAdmin { organization } => format!("admin of {organization}"),
            Role::Member { organization } => format!("member of {organization}"),
            Role::Reviewer => "reviewer".to_owned(),
        };
        if app.store().user_by_email(&email).await?.is_none() {
            let account = NewAccount {
                email: email.clone(),
                name: Line::parse(name).map_err(|_| AppError::Internal)?,
                password_hash: hash.clone(),
                locale: None,
            };
            match app.store().create_user(&account, &[role], app.now()).await {
                Ok(_) => {}
                Err(StoreError::NotFound { .. }) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        created.push((email.to_string(), described));
    }
    Ok(created)
}

/// The ref of the demo brokerage event.
const DEMO_EVENT: &str = "demo-matchmaking";

/// A brokerage event a month ahead, open for registration, with the demo admin and member
/// registered and bringing their organizations' published listings; what exists already is
/// left as it is. Returns the event's address.
pub async fn demo_event(app: &App) -> Result<String, AppError> {
    let internal = |_| AppError::Internal;
    let reference = Ref::parse(DEMO_EVENT).map_err(internal)?;
    let path = format!("/events/{DEMO_EVENT}");
    let store = app.store();
    let zone = Zone::parse("Asia/Shanghai").map_err(internal)?;
    let today = app.today();
    let first = today.saturating_add(30.days());
    let timetable = Timetable {
        days: vec![first, first.saturating_add(1.days())],
        sessions: vec![
            Session::parse("09:00-12:00").map_err(internal)?,
            Session::parse("14:00-17:00").map_err(internal)?,
        ],
        slot_minutes: 30,
    };
    let event = NewEvent {
        reference,
        name: EventName::parse("China-ASEAN Technology Matchmaking (demo)").map_err(internal)?,
        venue: VenueName::parse("Nanning International Convention and Exhibition Center")
            .map_err(internal)?,
        tables: 30,
        registration_closes: today.saturating_add(20.days()),
        requests_close: today.saturating_add(25.days()),
        rooms_url: None,
        slots: timetable.slots(&zone).map_err(internal)?,
        zone,
        branches: vec![BranchVenue {
            name: VenueName::parse("Ho Chi Minh City Hi-Tech Park (branch)").map_err(internal)?,
            zone: Zone::parse("Asia/Ho_Chi_Minh").map_err(internal)?,
            tables: 10,
        }],
    };
    // A start that stopped half-way left the event: the missing registrations are made again.
    let id = match store.event(&event.reference).await? {
        Some(existing) => existing.id,
        None => store.create_event(&event, app.now()).await?,
    };
    let registered: Vec<i64> = store
        .participants(id)
        .await?
        .iter()
        .map(|p| p.user_id)
        .collect();
    let people = [
        (
            "admin.vn@demo.techbridge.example",
            "org-vn-cuulong",
            "Asia/Ho_Chi_Minh",
            "vi",
        ),
        (
            "member.cn@demo.techbridge.example",
            "org-cn-xmaqua",
            "Asia/Shanghai",
            "zh",
        ),
    ];
    for (email, organization, zone, language) in people {
        let (Some(user), Ok(organization)) = (
            store
                .user_by_email(&Email::parse(email).map_err(internal)?)
                .await?,
            Ref::parse(organization),
        ) else {
            continue;
        };
        if registered.contains(&user.id) {
            continue;
        }
        let mut listings = Vec::new();
        for (side, listing) in store.listings_of(&organization).await? {
            if let Some(stored) = store.listing(side, &listing).await?
                && matches!(stored.lifecycle, Lifecycle::Published { .. })
                && listings.len() < 3
            {
                listings.push((side, listing));
            }
        }
        let registration = Registration {
            organization,
            attendance: Attendance::OnSite,
            venue: None,
            zone: Zone::parse(zone).map_err(internal)?,
            languages: vec![
                Language::parse(language).map_err(internal)?,
                Language::parse("en").map_err(internal)?,
            ],
            unavailable: Vec::new(),
            max_meetings: None,
            interpreter: false,
            listings,
        };
        store
            .register_participant(id, user.id, &registration, app.now())
            .await?;
    }
    Ok(path)
}
