//! E-mail the platform sends, queued in the database in the transaction of the action that
//! causes it. A sender (SMTP) delivers and marks each; without one, messages stay here for an
//! operator to read.

use jiff::Timestamp;
use sqlx::AnyConnection;
use techbridge_domain::Email;

use crate::rows::{decode, decode_timestamp, timestamp_text};
use crate::{Store, StoreError};

/// A message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub recipient: Email,
    pub subject: String,
    pub body: String,
}

/// A queued message and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedMail {
    pub id: i64,
    pub mail: Mail,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub attempts: i64,
    pub last_error: Option<String>,
}

pub(crate) async fn queue(
    conn: &mut AnyConnection,
    mail: &Mail,
    now: Timestamp,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO outbox (recipient, subject, body, created_at, attempts) \
         VALUES ($1, $2, $3, $4, 0) RETURNING id",
    )
    .bind(mail.recipient.as_str())
    .bind(mail.subject.as_str())
    .bind(mail.body.as_str())
    .bind(timestamp_text(now))
    .fetch_one(conn)
    .await?)
}

type Row = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    Option<String>,
);

fn from_row(row: Row) -> Result<QueuedMail, StoreError> {
    let (id, recipient, subject, body, created_at, sent_at, attempts, last_error) = row;
    let what = format!("outgoing mail {id}");
    Ok(QueuedMail {
        id,
        mail: Mail {
            recipient: decode(&what, "recipient", &recipient, Email::parse)?,
            subject,
            body,
        },
        created_at: decode_timestamp(&what, "created_at", &created_at)?,
        sent_at: sent_at
            .map(|s| decode_timestamp(&what, "sent_at", &s))
            .transpose()?,
        attempts,
        last_error,
    })
}

impl Store {
    pub async fn queue_mail(&self, mail: &Mail, now: Timestamp) -> Result<i64, StoreError> {
        let mut conn = self.pool.acquire().await?;
        queue(&mut conn, mail, now).await
    }

    /// The newest `limit` messages, sent or not, newest first: what an operator reads.
    pub async fn outbox(&self, limit: i64) -> Result<Vec<QueuedMail>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at, sent_at, attempts, last_error \
             FROM outbox ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(from_row).collect()
    }

    /// Claims up to `limit` messages not yet sent, oldest first, that have failed fewer than
    /// `max_attempts` times and are due at `now`: each is kept from other senders until
    /// `until`, so two servers never hand the same message to the SMTP server.
    pub async fn claim_mail(
        &self,
        max_attempts: i64,
        limit: i64,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        // The due condition stands in the outer WHERE too: PostgreSQL re-checks it on a row
        // another sender claimed meanwhile, which then drops out.
        let mut rows: Vec<Row> = sqlx::query_as(
            "UPDATE outbox SET next_attempt_at = $4 \
             WHERE id IN (SELECT id FROM outbox \
                 WHERE sent_at IS NULL AND attempts < $1 \
                 AND (next_attempt_at IS NULL OR next_attempt_at <= $3) \
                 ORDER BY id LIMIT $2) \
             AND sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= $3) \
             RETURNING id, recipient, subject, body, created_at, sent_at, attempts, last_error",
        )
        .bind(max_attempts)
        .bind(limit)
        .bind(timestamp_text(now))
        .bind(timestamp_text(until))
        .fetch_all(&self.pool)
        .await?;
        rows.sort_by_key(|row| row.0);
        rows.into_iter().map(from_row).collect()
    }

    pub async fn mark_mail_sent(&self, id: i64, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1 WHERE id = $2")
            .bind(timestamp_text(now))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records a refused delivery; the message is due again at `retry_at`.
    pub async fn mark_mail_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 \
             WHERE id = $3",
        )
        .bind(error)
        .bind(timestamp_text(retry_at))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
