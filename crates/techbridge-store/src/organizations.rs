//! Organizations: saving by ref, reading back.

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use techbridge_domain::taxonomy::OrganizationType;
use techbridge_domain::{Country, Line, Organization, Ref, Text, Verification, Website};

use crate::changes::{self, Entity};
use crate::rows::{decode, decode_opt, decode_timestamp, timestamp_text};
use crate::{Engine, Outcome, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredOrganization {
    pub id: i64,
    pub organization: Organization,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The organization query with a condition appended, kept a literal for the driver.
macro_rules! select_organizations {
    ($condition:literal) => {
        concat!(
            "SELECT id, ref, name, country, type, city, website, description, verification, \
             created_at, updated_at FROM organizations ",
            $condition
        )
    };
}

fn from_row(row: &AnyRow) -> Result<StoredOrganization, StoreError> {
    let reference: String = row.try_get("ref")?;
    let what = format!("organization \"{reference}\"");
    let w = what.as_str();
    Ok(StoredOrganization {
        id: row.try_get("id")?,
        organization: Organization {
            reference: decode(w, "ref", &reference, Ref::parse)?,
            name: decode(w, "name", &row.try_get::<String, _>("name")?, Line::parse)?,
            country: decode(
                w,
                "country",
                &row.try_get::<String, _>("country")?,
                Country::parse,
            )?,
            kind: decode(
                w,
                "type",
                &row.try_get::<String, _>("type")?,
                OrganizationType::parse,
            )?,
            city: decode_opt(w, "city", row.try_get("city")?, Line::parse)?,
            website: decode_opt(w, "website", row.try_get("website")?, Website::parse)?,
            description: decode_opt(w, "description", row.try_get("description")?, Text::parse)?,
            verification: decode(
                w,
                "verification",
                &row.try_get::<String, _>("verification")?,
                Verification::parse,
            )?,
        },
        created_at: decode_timestamp(w, "created_at", &row.try_get::<String, _>("created_at")?)?,
        updated_at: decode_timestamp(w, "updated_at", &row.try_get::<String, _>("updated_at")?)?,
    })
}

pub(crate) async fn find(
    conn: &mut AnyConnection,
    reference: &Ref,
) -> Result<Option<StoredOrganization>, StoreError> {
    sqlx::query(select_organizations!("WHERE ref = $1"))
        .bind(reference.as_str())
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Inserts or updates by ref; logs a change only when something changed.
pub(crate) async fn save(
    conn: &mut AnyConnection,
    engine: Engine,
    organization: &Organization,
    now: Timestamp,
) -> Result<(i64, Outcome), StoreError> {
    let previous = find(conn, &organization.reference).await?;
    if let Some(previous) = &previous
        && previous.organization == *organization
    {
        return Ok((previous.id, Outcome::Unchanged));
    }
    let o = organization;
    let now_text = timestamp_text(now);
    let query = match &previous {
        None => sqlx::query(
            "INSERT INTO organizations (name, country, type, city, website, description, verification, updated_at, ref, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        ),
        Some(_) => sqlx::query(
            "UPDATE organizations SET name = $1, country = $2, type = $3, city = $4, website = $5, \
             description = $6, verification = $7, updated_at = $8 WHERE ref = $9 RETURNING id",
        ),
    };
    let mut query = query
        .bind(o.name.as_str())
        .bind(o.country.code())
        .bind(o.kind.slug())
        .bind(o.city.as_ref().map(Line::as_str))
        .bind(o.website.as_ref().map(Website::as_str))
        .bind(o.description.as_ref().map(Text::as_str))
        .bind(o.verification.slug())
        .bind(now_text.clone())
        .bind(o.reference.as_str());
    if previous.is_none() {
        query = query.bind(now_text);
    }
    let id: i64 = query.fetch_one(&mut *conn).await?.try_get("id")?;
    changes::append(conn, engine, Entity::Organization, &o.reference, now).await?;
    let outcome = if previous.is_some() {
        Outcome::Updated
    } else {
        Outcome::Created
    };
    Ok((id, outcome))
}

/// Up to `limit` organizations with ids after `after_id`, in id order.
pub(crate) async fn page(
    conn: &mut AnyConnection,
    after_id: i64,
    limit: i64,
) -> Result<Vec<StoredOrganization>, StoreError> {
    sqlx::query(select_organizations!("WHERE id > $1 ORDER BY id LIMIT $2"))
        .bind(after_id)
        .bind(limit)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// Organizations in `verification`, of one country or of all, in id order.
pub(crate) async fn in_state(
    conn: &mut AnyConnection,
    verification: Verification,
    country: Option<Country>,
) -> Result<Vec<StoredOrganization>, StoreError> {
    let rows = match country {
        Some(country) => {
            sqlx::query(select_organizations!(
                "WHERE verification = $1 AND country = $2 ORDER BY id"
            ))
            .bind(verification.slug())
            .bind(country.code())
            .fetch_all(conn)
            .await?
        }
        None => {
            sqlx::query(select_organizations!("WHERE verification = $1 ORDER BY id"))
                .bind(verification.slug())
                .fetch_all(conn)
                .await?
        }
    };
    rows.iter().map(from_row).collect()
}

impl Store {
    pub async fn organization(
        &self,
        reference: &Ref,
    ) -> Result<Option<StoredOrganization>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        find(&mut conn, reference).await
    }

    /// Creates or updates an organization by its ref.
    pub async fn save_organization(
        &self,
        organization: &Organization,
        now: Timestamp,
    ) -> Result<Outcome, StoreError> {
        let mut tx = self.begin_write().await?;
        let (_, outcome) = save(&mut tx, self.engine, organization, now).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Every organization, in the order they were first stored.
    pub async fn organizations(&self) -> Result<Vec<StoredOrganization>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        page(&mut conn, 0, i64::MAX).await
    }
}
