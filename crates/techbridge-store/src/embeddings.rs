//! Stored embeddings of listings. Derived data: writing one logs no change, because the change
//! that made it was the listing's own.

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use techbridge_domain::{Language, ListingStatus, Ref, Side};

use crate::rows::{decode, timestamp_text};
use crate::{Store, StoreError};

/// A listing's embedding as stored: the model that computed it and a fingerprint of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEmbedding {
    /// The listing's id in the store.
    pub listing_id: i64,
    pub side: Side,
    pub reference: Ref,
    /// The listing's language and status now, which decide how its vector is used.
    pub language: Language,
    pub status: ListingStatus,
    pub text_hash: String,
    pub vector: Vec<f32>,
}

fn from_row(row: &AnyRow) -> Result<StoredEmbedding, StoreError> {
    let text = |field: &str| row.try_get::<String, _>(field);
    Ok(StoredEmbedding {
        listing_id: row.try_get("id")?,
        side: decode("listing", "kind", &text("kind")?, Side::parse)?,
        reference: decode("listing", "ref", &text("ref")?, Ref::parse)?,
        language: decode("listing", "language", &text("language")?, Language::parse)?,
        status: decode("listing", "status", &text("status")?, ListingStatus::parse)?,
        text_hash: text("text_hash")?,
        vector: from_bytes(&row.try_get::<Vec<u8>, _>("vector")?),
    })
}

async fn upsert(
    conn: &mut AnyConnection,
    listing_id: i64,
    model: &str,
    text_hash: &str,
    vector: &[f32],
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO listing_embeddings (listing_id, model, text_hash, vector, updated_at) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (listing_id) DO UPDATE SET model = excluded.model, \
         text_hash = excluded.text_hash, vector = excluded.vector, updated_at = excluded.updated_at",
    )
    .bind(listing_id)
    .bind(model)
    .bind(text_hash)
    .bind(to_bytes(vector))
    .bind(timestamp_text(now))
    .execute(conn)
    .await?;
    Ok(())
}

fn to_bytes(vector: &[f32]) -> Vec<u8> {
    vector.iter().flat_map(|v| v.to_le_bytes()).collect()
}

fn from_bytes(bytes: &[u8]) -> Vec<f32> {
    bytes
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect()
}

impl Store {
    /// Saves the embedding of a listing computed by `model`; returns false when the listing
    /// does not exist (it was deleted meanwhile).
    pub async fn save_embedding(
        &self,
        side: Side,
        reference: &Ref,
        model: &str,
        text_hash: &str,
        vector: &[f32],
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let one = [(
            side,
            reference.clone(),
            text_hash.to_owned(),
            vector.to_vec(),
        )];
        Ok(self.save_embeddings(model, &one, now).await? == 1)
    }

    /// Saves many embeddings in one transaction; returns how many listings existed to take
    /// them. For bulk loads, where a transaction per embedding would cost a disk flush each.
    pub async fn save_embeddings(
        &self,
        model: &str,
        embeddings: &[(Side, Ref, String, Vec<f32>)],
        now: Timestamp,
    ) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut saved = 0;
        for (side, reference, text_hash, vector) in embeddings {
            let id: Option<i64> =
                sqlx::query_scalar("SELECT id FROM listings WHERE kind = $1 AND ref = $2")
                    .bind(side.slug())
                    .bind(reference.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(id) = id else { continue };
            upsert(&mut tx, id, model, text_hash, vector, now).await?;
            saved += 1;
        }
        tx.commit().await?;
        Ok(saved)
    }

    /// The stored embedding of one listing by `model`, if any.
    pub async fn embedding(
        &self,
        side: Side,
        reference: &Ref,
        model: &str,
    ) -> Result<Option<StoredEmbedding>, StoreError> {
        let row = sqlx::query(
            "SELECT l.id, l.kind, l.ref, l.language, l.status, e.text_hash, e.vector \
             FROM listing_embeddings e \
             JOIN listings l ON l.id = e.listing_id \
             WHERE l.kind = $1 AND l.ref = $2 AND e.model = $3",
        )
        .bind(side.slug())
        .bind(reference.as_str())
        .bind(model)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Up to `limit` embeddings by `model` of listings with ids after `after_id`, in id order,
    /// with the id to continue from.
    pub async fn embeddings_after(
        &self,
        model: &str,
        after_id: i64,
        limit: i64,
    ) -> Result<(Vec<StoredEmbedding>, i64), StoreError> {
        let rows = sqlx::query(
            "SELECT l.id, l.kind, l.ref, l.language, l.status, e.text_hash, e.vector \
             FROM listing_embeddings e JOIN listings l ON l.id = e.listing_id \
             WHERE e.model = $1 AND l.id > $2 ORDER BY l.id LIMIT $3",
        )
        .bind(model)
        .bind(after_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut last = after_id;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            last = row.try_get("id")?;
            out.push(from_row(row)?);
        }
        Ok((out, last))
    }
}
