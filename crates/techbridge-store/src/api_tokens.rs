//! Tokens for integrations: each acts for the person who made it, with that person's roles,
//! until revoked. Looked up by the SHA-256 of the value; the value itself is never stored.

use jiff::Timestamp;

use crate::accounts::{StoredUser, find_user};
use crate::rows::{decode_timestamp, timestamp_text};
use crate::{Store, StoreError};

/// A token as its owner sees it in the list: never the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

type Row = (i64, String, String, Option<String>, Option<String>);

fn from_row(row: Row) -> Result<ApiToken, StoreError> {
    let (id, name, created_at, last_used_at, revoked_at) = row;
    let what = format!("API token {id}");
    let at = |field: &str, text: Option<String>| {
        text.map(|t| decode_timestamp(&what, field, &t)).transpose()
    };
    Ok(ApiToken {
        id,
        name,
        created_at: decode_timestamp(&what, "created_at", &created_at)?,
        last_used_at: at("last_used_at", last_used_at)?,
        revoked_at: at("revoked_at", revoked_at)?,
    })
}

impl Store {
    pub async fn create_api_token(
        &self,
        user_id: i64,
        name: &str,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user_id)
        .bind(name)
        .bind(token_hash)
        .bind(timestamp_text(now))
        .fetch_one(&self.pool)
        .await?)
    }

    /// A person's tokens, newest first, revoked ones included.
    pub async fn api_tokens_of(&self, user_id: i64) -> Result<Vec<ApiToken>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens \
             WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(from_row).collect()
    }

    /// The person a token acts for, when it exists and is not revoked; notes its use.
    pub async fn api_token_user(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<StoredUser>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let user_id: Option<i64> = sqlx::query_scalar(
            "UPDATE api_tokens SET last_used_at = $1 \
             WHERE token_hash = $2 AND revoked_at IS NULL RETURNING user_id",
        )
        .bind(timestamp_text(now))
        .bind(token_hash)
        .fetch_optional(&mut *conn)
        .await?;
        match user_id {
            Some(id) => find_user(&mut conn, id).await,
            None => Ok(None),
        }
    }

    /// Revokes a token of `user_id`; false when they have no such token still valid.
    pub async fn revoke_api_token(
        &self,
        id: i64,
        user_id: i64,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let revoked = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 \
             WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(timestamp_text(now))
        .bind(id)
        .bind(user_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(revoked == 1)
    }
}
