//! Sign-in sessions and one-time tokens (password resets, invitations). Both are looked up by
//! the SHA-256 of a random value the person holds; the value itself is never stored.

use jiff::Timestamp;
use techbridge_domain::{Email, Ref, Role};

use crate::accounts::{StoredUser, find_user};
use crate::outbox::{Mail, queue};
use crate::rows::{decode, decode_opt, decode_timestamp, timestamp_text};
use crate::{Store, StoreError};

/// What a one-time token is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Choosing a new password for the account of `email`.
    Reset,
    /// Creating an account for `email` in an organization, as admin or member.
    Invite { organization: Ref, admin: bool },
}

/// A one-time token as stored, before or after use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneTimeToken {
    pub purpose: TokenPurpose,
    pub email: Email,
    pub expires_at: Timestamp,
}

impl OneTimeToken {
    /// The role an invitation grants.
    pub fn role(&self) -> Option<Role> {
        match &self.purpose {
            TokenPurpose::Invite {
                organization,
                admin: true,
            } => Some(Role::OrganizationAdmin {
                organization: organization.clone(),
            }),
            TokenPurpose::Invite {
                organization,
                admin: false,
            } => Some(Role::Member {
                organization: organization.clone(),
            }),
            TokenPurpose::Reset => None,
        }
    }
}

/// purpose, email, organization ref, role, expiry.
type TokenRow = (String, String, Option<String>, Option<String>, String);

impl Store {
    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(timestamp_text(now))
        .bind(timestamp_text(expires_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The account a session belongs to, if the session exists and has not expired.
    pub async fn session_user(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<StoredUser>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let user_id: Option<i64> = sqlx::query_scalar(
            "SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(timestamp_text(now))
        .fetch_optional(&mut *conn)
        .await?;
        match user_id {
            Some(id) => find_user(&mut conn, id).await,
            None => Ok(None),
        }
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removes expired sessions and tokens; returns how many. Run daily.
    pub async fn forget_expired(&self, now: Timestamp) -> Result<u64, StoreError> {
        let now = timestamp_text(now);
        let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now.clone())
            .execute(&self.pool)
            .await?
            .rows_affected();
        let tokens = sqlx::query("DELETE FROM one_time_tokens WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(sessions + tokens)
    }

    /// Stores a one-time token and queues the e-mail that carries it, in one transaction: a
    /// token nobody was told of is never left behind, nor a message with a dead link.
    pub async fn create_token(
        &self,
        token_hash: &str,
        token: &OneTimeToken,
        mail: &Mail,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let (purpose, organization_id, role) = match &token.purpose {
            TokenPurpose::Reset => ("reset", None, None),
            TokenPurpose::Invite {
                organization,
                admin,
            } => (
                "invite",
                Some(
                    crate::listings::organization_id(&mut tx, organization)
                        .await?
                        .ok_or_else(|| StoreError::NotFound {
                            kind: "organization",
                            reference: organization.to_string(),
                        })?,
                ),
                Some(if *admin { "admin" } else { "member" }),
            ),
        };
        sqlx::query(
            "INSERT INTO one_time_tokens (token_hash, purpose, email, organization_id, role, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(token_hash)
        .bind(purpose)
        .bind(token.email.as_str())
        .bind(organization_id)
        .bind(role)
        .bind(timestamp_text(now))
        .bind(timestamp_text(token.expires_at))
        .execute(&mut *tx)
        .await?;
        queue(&mut tx, mail, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The token, if it exists, is unused and has not expired; it is marked used in the same
    /// step, so it works once.
    pub async fn take_token(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<OneTimeToken>, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<TokenRow> = sqlx::query_as(
            "SELECT t.purpose, t.email, o.ref, t.role, t.expires_at FROM one_time_tokens t \
             LEFT JOIN organizations o ON o.id = t.organization_id \
             WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2",
        )
        .bind(token_hash)
        .bind(timestamp_text(now))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((purpose, email, organization, role, expires_at)) = row else {
            return Ok(None);
        };
        sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2")
            .bind(timestamp_text(now))
            .bind(token_hash)
            .execute(&mut *tx)
            .await?;
        let what = "one-time token";
        let purpose = match purpose.as_str() {
            "reset" => TokenPurpose::Reset,
            "invite" => TokenPurpose::Invite {
                organization: decode_opt(what, "organization", organization, Ref::parse)?
                    .ok_or_else(|| crate::rows::corrupt(what, "organization", "missing"))?,
                admin: role.as_deref() == Some("admin"),
            },
            other => return Err(crate::rows::corrupt(what, "purpose", other)),
        };
        let token = OneTimeToken {
            purpose,
            email: decode(what, "email", &email, Email::parse)?,
            expires_at: decode_timestamp(what, "expires_at", &expires_at)?,
        };
        tx.commit().await?;
        Ok(Some(token))
    }
}
