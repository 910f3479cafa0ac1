//! The change log: one row per write, appended in the writing transaction. The search index
//! follows it; an integration can too.

use jiff::Timestamp;
use sqlx::{AnyConnection, Row};
use techbridge_domain::{ParseError, Ref};

use crate::rows::{decode, decode_timestamp, timestamp_text};
use crate::{Engine, Store, StoreError};

/// What kind of record a change touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    Organization,
    Offer,
    Need,
}

impl Entity {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Offer => "offer",
            Self::Need => "need",
        }
    }

    fn parse(raw: &str) -> Result<Self, ParseError> {
        match raw {
            "organization" => Ok(Self::Organization),
            "offer" => Ok(Self::Offer),
            "need" => Ok(Self::Need),
            _ => Err(ParseError::new(format!("unknown entity \"{raw}\""))),
        }
    }
}

/// One write: the record it touched is read back by its ref for the current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub entity: Entity,
    pub reference: Ref,
    pub at: Timestamp,
}

/// Appends one change. On PostgreSQL, sequence numbers are handed out at insert but become
/// visible at commit, so two concurrent writers could commit 8 before 7 and a follower that has
/// read 8 would never see 7. A transaction-scoped advisory lock makes writers that log changes
/// commit one after another, so the order of sequence numbers is the order of commits.
pub(crate) async fn append(
    conn: &mut AnyConnection,
    engine: Engine,
    entity: Entity,
    reference: &Ref,
    at: Timestamp,
) -> Result<(), StoreError> {
    let sql = match engine {
        Engine::Sqlite => "INSERT INTO changes (entity, ref, at) VALUES ($1, $2, $3)",
        Engine::Postgres => {
            "INSERT INTO changes (entity, ref, at) \
             SELECT $1, $2, $3 FROM (SELECT pg_advisory_xact_lock(7170656)) AS change_log_lock"
        }
    };
    sqlx::query(sql)
        .bind(entity.slug())
        .bind(reference.as_str())
        .bind(timestamp_text(at))
        .execute(conn)
        .await?;
    Ok(())
}

impl Store {
    /// Changes after `after` (a sequence number already applied; 0 for all), oldest first.
    pub async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, entity, ref, at FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let seq: i64 = row.try_get("seq")?;
                let what = format!("change {seq}");
                Ok(Change {
                    seq,
                    entity: decode(
                        &what,
                        "entity",
                        &row.try_get::<String, _>("entity")?,
                        Entity::parse,
                    )?,
                    reference: decode(&what, "ref", &row.try_get::<String, _>("ref")?, Ref::parse)?,
                    at: decode_timestamp(&what, "at", &row.try_get::<String, _>("at")?)?,
                })
            })
            .collect()
    }

    /// The sequence number of the latest change, 0 when there is none.
    pub async fn last_change(&self) -> Result<i64, StoreError> {
        let seq: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM changes")
            .fetch_one(&self.pool)
            .await?;
        Ok(seq.unwrap_or(0))
    }
}
