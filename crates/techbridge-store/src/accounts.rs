//! Accounts: people, the roles they hold, organizations registering with their first admin,
//! and verification by a national contact point. Passwords arrive hashed; the store never sees
//! one in the clear.

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use techbridge_domain::{
    Country, Email, Line, Organization, PersonName, Ref, Role, User, Verification,
};

use crate::rows::{decode, decode_opt, timestamp_text};
use crate::{Store, StoreError, StoredOrganization, organizations};

/// An account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredUser {
    pub id: i64,
    pub user: User,
    /// A PHC string (`$argon2id$...`).
    pub password_hash: String,
    /// The interface language the person chose, if any.
    pub locale: Option<String>,
}

/// An account about to be created.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: Email,
    pub name: PersonName,
    pub password_hash: String,
    pub locale: Option<String>,
}

fn role_columns(role: &Role) -> (&'static str, Option<&str>, Option<&Ref>) {
    match role {
        Role::Operator => ("operator", None, None),
        Role::NationalContactPoint { country } => ("contact_point", Some(country.code()), None),
        Role::OrganizationAdmin { organization } => ("admin", None, Some(organization)),
        Role::Member { organization } => ("member", None, Some(organization)),
        Role::Reviewer => ("reviewer", None, None),
    }
}

async fn roles_of(conn: &mut AnyConnection, user_id: i64) -> Result<Vec<Role>, StoreError> {
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT r.role, r.country, o.ref FROM user_roles r \
         LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.user_id = $1 ORDER BY r.id",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    let what = format!("roles of user {user_id}");
    rows.into_iter()
        .map(|(role, country, organization)| {
            let organization = || {
                decode_opt(&what, "organization", organization.clone(), Ref::parse)?
                    .ok_or_else(|| crate::rows::corrupt(&what, "organization", "missing"))
            };
            Ok(match role.as_str() {
                "operator" => Role::Operator,
                "reviewer" => Role::Reviewer,
                "contact_point" => Role::NationalContactPoint {
                    country: decode_opt(&what, "country", country, Country::parse)?
                        .ok_or_else(|| crate::rows::corrupt(&what, "country", "missing"))?,
                },
                "admin" => Role::OrganizationAdmin {
                    organization: organization()?,
                },
                "member" => Role::Member {
                    organization: organization()?,
                },
                other => return Err(crate::rows::corrupt(&what, "role", other)),
            })
        })
        .collect()
}

async fn user_from_row(conn: &mut AnyConnection, row: &AnyRow) -> Result<StoredUser, StoreError> {
    let id: i64 = row.try_get("id")?;
    let what = format!("user {id}");
    let roles = roles_of(conn, id).await?;
    Ok(StoredUser {
        id,
        user: User {
            email: decode(
                &what,
                "email",
                &row.try_get::<String, _>("email")?,
                Email::parse,
            )?,
            name: decode(
                &what,
                "name",
                &row.try_get::<String, _>("name")?,
                Line::parse,
            )?,
            roles,
        },
        password_hash: row.try_get("password_hash")?,
        locale: row.try_get("locale")?,
    })
}

pub(crate) async fn find_user(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<StoredUser>, StoreError> {
    let row = sqlx::query("SELECT id, email, name, password_hash, locale FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(row) => Ok(Some(user_from_row(conn, &row).await?)),
        None => Ok(None),
    }
}

async fn insert_user(
    conn: &mut AnyConnection,
    account: &NewAccount,
    now: Timestamp,
) -> Result<i64, StoreError> {
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1")
        .bind(account.email.as_str())
        .fetch_one(&mut *conn)
        .await?;
    if taken > 0 {
        return Err(StoreError::Refused(format!(
            "an account with the e-mail address {} exists already",
            account.email
        )));
    }
    let now = timestamp_text(now);
    Ok(sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, locale, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(account.email.as_str())
    .bind(account.name.as_str())
    .bind(account.password_hash.as_str())
    .bind(account.locale.as_deref())
    .bind(now)
    .fetch_one(conn)
    .await?)
}

pub(crate) async fn grant(
    conn: &mut AnyConnection,
    user_id: i64,
    role: &Role,
) -> Result<(), StoreError> {
    if roles_of(&mut *conn, user_id).await?.contains(role) {
        return Ok(());
    }
    let (slug, country, organization) = role_columns(role);
    let organization_id = match organization {
        Some(reference) => Some(
            crate::listings::organization_id(&mut *conn, reference)
                .await?
                .ok_or_else(|| StoreError::NotFound {
                    kind: "organization",
                    reference: reference.to_string(),
                })?,
        ),
        None => None,
    };
    sqlx::query(
        "INSERT INTO user_roles (user_id, role, country, organization_id) VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(slug)
    .bind(country)
    .bind(organization_id)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Creates an account holding `roles`; refused when the e-mail address has one already.
    pub async fn create_user(
        &self,
        account: &NewAccount,
        roles: &[Role],
        now: Timestamp,
    ) -> Result<StoredUser, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = insert_user(&mut tx, account, now).await?;
        for role in roles {
            grant(&mut tx, id, role).await?;
        }
        let user = find_user(&mut tx, id)
            .await?
            .ok_or_else(|| crate::rows::corrupt("user", "id", "vanished"))?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn user(&self, id: i64) -> Result<Option<StoredUser>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        find_user(&mut conn, id).await
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<StoredUser>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(email.as_str())
            .fetch_optional(&mut *conn)
            .await?;
        match id {
            Some(id) => find_user(&mut conn, id).await,
            None => Ok(None),
        }
    }

    /// Adds a role (nothing changes if the account holds it already).
    pub async fn grant_role(&self, user_id: i64, role: &Role) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        grant(&mut tx, user_id, role).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the password and ends every session of the account: whoever knew the old one
    /// is signed out everywhere.
    pub async fn set_password(
        &self,
        user_id: i64,
        password_hash: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(timestamp_text(now))
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The interface language the person chose; `None` goes back to the browser's.
    pub async fn set_locale(
        &self,
        user_id: i64,
        locale: Option<&str>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET locale = $1, updated_at = $2 WHERE id = $3")
            .bind(locale)
            .bind(timestamp_text(now))
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The people of an organization: its admins and members.
    pub async fn people_of(&self, organization: &Ref) -> Result<Vec<StoredUser>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT r.user_id FROM user_roles r JOIN organizations o \
             ON o.id = r.organization_id WHERE o.ref = $1 ORDER BY r.user_id",
        )
        .bind(organization.as_str())
        .fetch_all(&mut *conn)
        .await?;
        let mut people = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(user) = find_user(&mut conn, id).await? {
                people.push(user);
            }
        }
        Ok(people)
    }

    /// A new organization and its first user, who becomes its admin, in one transaction. The
    /// organization waits for verification whatever `organization.verification` says.
    pub async fn register_organization(
        &self,
        organization: &Organization,
        admin: &NewAccount,
        now: Timestamp,
    ) -> Result<(StoredOrganization, StoredUser), StoreError> {
        let mut tx = self.begin_write().await?;
        if organizations::find(&mut tx, &organization.reference)
            .await?
            .is_some()
        {
            return Err(StoreError::Refused(format!(
                "an organization with the ref \"{}\" exists already",
                organization.reference
            )));
        }
        let pending = Organization {
            verification: Verification::Pending,
            ..organization.clone()
        };
        organizations::save(&mut tx, self.engine, &pending, now).await?;
        let user_id = insert_user(&mut tx, admin, now).await?;
        grant(
            &mut tx,
            user_id,
            &Role::OrganizationAdmin {
                organization: organization.reference.clone(),
            },
        )
        .await?;
        let stored = organizations::find(&mut tx, &organization.reference)
            .await?
            .ok_or_else(|| crate::rows::corrupt("organization", "ref", "vanished"))?;
        let user = find_user(&mut tx, user_id)
            .await?
            .ok_or_else(|| crate::rows::corrupt("user", "id", "vanished"))?;
        tx.commit().await?;
        Ok((stored, user))
    }

    /// Verifies or rejects an organization (or returns it to pending).
    pub async fn set_verification(
        &self,
        reference: &Ref,
        verification: Verification,
        now: Timestamp,
    ) -> Result<StoredOrganization, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut stored = organizations::find(&mut tx, reference)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                kind: "organization",
                reference: reference.to_string(),
            })?;
        stored.organization.verification = verification;
        organizations::save(&mut tx, self.engine, &stored.organization, now).await?;
        let stored = organizations::find(&mut tx, reference)
            .await?
            .ok_or_else(|| crate::rows::corrupt("organization", "ref", "vanished"))?;
        tx.commit().await?;
        Ok(stored)
    }

    /// Organizations in `verification`, of `country` or of every country, oldest first.
    pub async fn organizations_in(
        &self,
        verification: Verification,
        country: Option<Country>,
    ) -> Result<Vec<StoredOrganization>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        organizations::in_state(&mut conn, verification, country).await
    }
}
