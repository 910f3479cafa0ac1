//! What the platform tells members without being asked: reminders before a listing expires,
//! and saved searches with a daily digest of their new results. Each alert is recorded with
//! its e-mail in one transaction, and recorded only once: two servers running the same daily
//! work send it once between them.

use jiff::Timestamp;
use jiff::civil::Date;
use techbridge_domain::{Ref, Side};

use crate::outbox::{self, Mail};
use crate::rows::{decode_date, decode_timestamp, timestamp_text};
use crate::{Store, StoreError, StoredListing, listings};

/// A search a member keeps, to be told of its new results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedSearch {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    /// The search page's query string (`q=...&sector=...`).
    pub query: String,
    pub created_at: Timestamp,
    /// The day of the last digest, if there was one.
    pub last_run_on: Option<Date>,
}

type SearchRow = (i64, i64, String, String, String, Option<String>);

fn search_from_row(row: SearchRow) -> Result<SavedSearch, StoreError> {
    let (id, user_id, name, query, created_at, last_run_on) = row;
    let what = format!("saved search {id}");
    Ok(SavedSearch {
        id,
        user_id,
        name,
        query,
        created_at: decode_timestamp(&what, "created_at", &created_at)?,
        last_run_on: decode_date(&what, "last_run_on", last_run_on)?,
    })
}

/// The saved-search query with a condition appended; a macro so that every statement stays a
/// literal.
macro_rules! select_searches {
    ($condition:literal) => {
        concat!(
            "SELECT id, user_id, name, query, created_at, last_run_on FROM saved_searches ",
            $condition
        )
    };
}

async fn listing_id(
    conn: &mut sqlx::AnyConnection,
    side: Side,
    reference: &Ref,
) -> Result<Option<i64>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM listings WHERE kind = $1 AND ref = $2")
            .bind(side.slug())
            .bind(reference.as_str())
            .fetch_optional(conn)
            .await?,
    )
}

async fn record_hits(
    conn: &mut sqlx::AnyConnection,
    search_id: i64,
    hits: &[(Side, Ref)],
) -> Result<(), StoreError> {
    for (side, reference) in hits {
        if let Some(listing) = listing_id(conn, *side, reference).await? {
            sqlx::query(
                "INSERT INTO saved_search_hits (search_id, listing_id) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(search_id)
            .bind(listing)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

impl Store {
    /// Published listings expiring on or before `through` whose owner has not been reminded of
    /// that date yet, soonest first.
    pub async fn unreminded_expiring(
        &self,
        through: Date,
    ) -> Result<Vec<StoredListing>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT l.id FROM listings l WHERE l.status = 'published' AND l.expires_on <= $1 \
             AND NOT EXISTS (SELECT 1 FROM expiry_reminders r \
                 WHERE r.listing_id = l.id AND r.expires_on = l.expires_on) \
             ORDER BY l.expires_on, l.id",
        )
        .bind(through.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut due = Vec::with_capacity(ids.len());
        let mut conn = self.pool.acquire().await?;
        for id in ids {
            if let Some(listing) = listings::by_id(&mut conn, id).await? {
                due.push(listing);
            }
        }
        Ok(due)
    }

    /// Records the reminder of `listing`'s expiry on `expires_on` and queues `mails` with it.
    /// Returns false, queuing nothing, when that reminder was already recorded.
    pub async fn record_expiry_reminder(
        &self,
        listing: &StoredListing,
        expires_on: Date,
        mails: &[Mail],
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let inserted = sqlx::query(
            "INSERT INTO expiry_reminders (listing_id, expires_on, sent_at) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(listing.id)
        .bind(expires_on.to_string())
        .bind(timestamp_text(now))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            return Ok(false);
        }
        for mail in mails {
            outbox::queue(&mut tx, mail, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Keeps a search for `user_id`. `found` are the listings it finds today: they are not
    /// new, so no digest will report them.
    pub async fn save_search(
        &self,
        user_id: i64,
        name: &str,
        query: &str,
        found: &[(Side, Ref)],
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO saved_searches (user_id, name, query, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user_id)
        .bind(name)
        .bind(query)
        .bind(timestamp_text(now))
        .fetch_one(&mut *tx)
        .await?;
        record_hits(&mut tx, id, found).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A person's saved searches, oldest first.
    pub async fn saved_searches_of(&self, user_id: i64) -> Result<Vec<SavedSearch>, StoreError> {
        let rows: Vec<SearchRow> =
            sqlx::query_as(select_searches!("WHERE user_id = $1 ORDER BY id"))
                .bind(user_id)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter().map(search_from_row).collect()
    }

    /// Saved searches whose digest has not run on `today`, in id order.
    pub async fn saved_searches_due(&self, today: Date) -> Result<Vec<SavedSearch>, StoreError> {
        let rows: Vec<SearchRow> = sqlx::query_as(select_searches!(
            "WHERE last_run_on IS NULL OR last_run_on < $1 ORDER BY id"
        ))
        .bind(today.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(search_from_row).collect()
    }

    /// Forgets a saved search of `user_id`; false when they have none with that id.
    pub async fn delete_saved_search(&self, id: i64, user_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let owned: Option<i64> =
            sqlx::query_scalar("SELECT id FROM saved_searches WHERE id = $1 AND user_id = $2")
                .bind(id)
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        if owned.is_none() {
            return Ok(false);
        }
        sqlx::query("DELETE FROM saved_search_hits WHERE search_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM saved_searches WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Of `candidates`, those saved search `id` has not reported yet, in the order given.
    pub async fn unreported(
        &self,
        id: i64,
        candidates: &[(Side, Ref)],
    ) -> Result<Vec<(Side, Ref)>, StoreError> {
        let reported: Vec<(String, String)> = sqlx::query_as(
            "SELECT l.kind, l.ref FROM saved_search_hits h JOIN listings l ON l.id = h.listing_id \
             WHERE h.search_id = $1",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(candidates
            .iter()
            .filter(|(side, reference)| {
                !reported
                    .iter()
                    .any(|(k, r)| k == side.slug() && r == reference.as_str())
            })
            .cloned()
            .collect())
    }

    /// Records that saved search `id` ran on `today`, reporting `hits`, with its digest.
    /// Returns false, recording and queuing nothing, when it already ran on `today`.
    pub async fn record_digest(
        &self,
        id: i64,
        today: Date,
        hits: &[(Side, Ref)],
        mail: Option<&Mail>,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let claimed = sqlx::query(
            "UPDATE saved_searches SET last_run_on = $1 \
             WHERE id = $2 AND (last_run_on IS NULL OR last_run_on < $1)",
        )
        .bind(today.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Ok(false);
        }
        record_hits(&mut tx, id, hits).await?;
        if let Some(mail) = mail {
            outbox::queue(&mut tx, mail, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}
