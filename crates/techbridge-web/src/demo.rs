//! Accounts for trying the platform on the example network: one person in each role, all with
//! the same published password. Only `techbridge serve --demo` creates them.

use techbridge_domain::{Country, Email, Line, Ref, Role};
use techbridge_store::{NewAccount, StoreError};

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
