//! Technology offers and needs: saving by (side, ref) with their lifecycle, the confidential
//! details in their own table, status transitions and expiry.

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use techbridge_domain::taxonomy::{Cooperation, IpStatus, Sector, Trl};
use techbridge_domain::{
    Country, Language, Lifecycle, Line, Listing, ListingKind, ListingStatus, NeedTerms, ParseError,
    Ref, Side, Text, TransitionError, UsdAmount,
};

use crate::changes::{self, Entity};
use crate::rows::{
    corrupt, decode, decode_date, decode_list, decode_opt, decode_timestamp, encode_list,
    timestamp_text,
};
use crate::{Counts, Engine, Outcome, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredListing {
    pub id: i64,
    pub listing: Listing,
    pub lifecycle: Lifecycle,
    /// Counts changes to the confidential details; 0 when there never were any.
    pub confidential_version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The listing query with a condition appended; a macro so that every statement stays a
/// literal the database driver can trust.
macro_rules! select_listings {
    ($condition:literal) => {
        concat!("SELECT l.id, l.kind, l.ref, o.ref AS organization, l.language, l.title, \
    l.summary, l.description, l.sectors, l.trl, l.ip_status, l.cooperation, l.target_countries, \
    l.keywords, l.deadline, l.budget_usd, l.status, l.published_on, l.expires_on, \
    l.rejection_reason, l.created_at, l.updated_at, c.details AS confidential, \
    c.version AS confidential_version \
    FROM listings l JOIN organizations o ON o.id = l.organization_id \
    LEFT JOIN listing_confidential c ON c.listing_id = l.id ", $condition)
    };
}

fn entity(side: Side) -> Entity {
    match side {
        Side::Offer => Entity::Offer,
        Side::Need => Entity::Need,
    }
}

fn from_row(row: &AnyRow) -> Result<StoredListing, StoreError> {
    let reference: String = row.try_get("ref")?;
    let side = Side::parse(&row.try_get::<String, _>("kind")?)
        .map_err(|e| corrupt(&format!("listing \"{reference}\""), "kind", e))?;
    let what = format!("{side} \"{reference}\"");
    let w = what.as_str();
    let text = |field: &str| row.try_get::<String, _>(field);
    let kind = match side {
        Side::Offer => ListingKind::Offer,
        Side::Need => ListingKind::Need(NeedTerms {
            deadline: decode_date(w, "deadline", row.try_get("deadline")?)?,
            budget: row
                .try_get::<Option<i64>, _>("budget_usd")?
                .map(|n| {
                    u64::try_from(n)
                        .map_err(|_| ParseError::new("negative"))
                        .and_then(UsdAmount::new)
                        .map_err(|e| corrupt(w, "budget_usd", e))
                })
                .transpose()?,
        }),
    };
    let trl = row
        .try_get::<Option<i64>, _>("trl")?
        .map(|n| Trl::new(n).map_err(|e| corrupt(w, "trl", e)))
        .transpose()?;
    let listing = Listing {
        kind,
        reference: decode(w, "ref", &reference, Ref::parse)?,
        organization: decode(w, "organization", &text("organization")?, Ref::parse)?,
        language: decode(w, "language", &text("language")?, Language::parse)?,
        title: decode(w, "title", &text("title")?, Line::parse)?,
        summary: decode(w, "summary", &text("summary")?, Text::parse)?,
        description: decode_opt(w, "description", row.try_get("description")?, Text::parse)?,
        sectors: decode_list(w, "sectors", &text("sectors")?, Sector::parse)?,
        trl,
        ip_status: decode_opt(w, "ip_status", row.try_get("ip_status")?, IpStatus::parse)?,
        cooperation: decode_list(w, "cooperation", &text("cooperation")?, Cooperation::parse)?,
        target_countries: decode_list(
            w,
            "target_countries",
            &text("target_countries")?,
            Country::parse,
        )?,
        keywords: decode_list(w, "keywords", &text("keywords")?, Line::parse)?,
        confidential: decode_opt(w, "confidential", row.try_get("confidential")?, Text::parse)?,
    };
    Ok(StoredListing {
        id: row.try_get("id")?,
        lifecycle: lifecycle_from_row(w, row)?,
        listing,
        confidential_version: row
            .try_get::<Option<i64>, _>("confidential_version")?
            .unwrap_or(0),
        created_at: decode_timestamp(w, "created_at", &text("created_at")?)?,
        updated_at: decode_timestamp(w, "updated_at", &text("updated_at")?)?,
    })
}

fn lifecycle_from_row(what: &str, row: &AnyRow) -> Result<Lifecycle, StoreError> {
    let status = decode(
        what,
        "status",
        &row.try_get::<String, _>("status")?,
        ListingStatus::parse,
    )?;
    let published_on = decode_date(what, "published_on", row.try_get("published_on")?)?;
    let expires_on = decode_date(what, "expires_on", row.try_get("expires_on")?)?;
    let dates = || match (published_on, expires_on) {
        (Some(published_on), Some(expires_on)) => Ok((published_on, expires_on)),
        _ => Err(corrupt(
            what,
            "published_on",
            "a public listing lacks its dates",
        )),
    };
    Ok(match status {
        ListingStatus::Draft => Lifecycle::Draft,
        ListingStatus::Submitted => Lifecycle::Submitted,
        ListingStatus::Withdrawn => Lifecycle::Withdrawn,
        ListingStatus::Published => {
            let (published_on, expires_on) = dates()?;
            Lifecycle::Published {
                published_on,
                expires_on,
            }
        }
        ListingStatus::Expired => {
            let (published_on, expires_on) = dates()?;
            Lifecycle::Expired {
                published_on,
                expires_on,
            }
        }
        ListingStatus::Rejected => Lifecycle::Rejected {
            reason: decode(
                what,
                "rejection_reason",
                &row.try_get::<Option<String>, _>("rejection_reason")?
                    .unwrap_or_default(),
                Text::parse,
            )?,
        },
    })
}

/// The lifecycle as columns: status, published_on, expires_on, rejection_reason.
fn lifecycle_columns(
    lifecycle: &Lifecycle,
) -> (&'static str, Option<String>, Option<String>, Option<&str>) {
    let status = lifecycle.status().slug();
    match lifecycle {
        Lifecycle::Published {
            published_on,
            expires_on,
        }
        | Lifecycle::Expired {
            published_on,
            expires_on,
        } => (
            status,
            Some(published_on.to_string()),
            Some(expires_on.to_string()),
            None,
        ),
        Lifecycle::Rejected { reason } => (status, None, None, Some(reason.as_str())),
        _ => (status, None, None, None),
    }
}

pub(crate) async fn find(
    conn: &mut AnyConnection,
    side: Side,
    reference: &Ref,
) -> Result<Option<StoredListing>, StoreError> {
    sqlx::query(select_listings!("WHERE l.kind = $1 AND l.ref = $2"))
        .bind(side.slug())
        .bind(reference.as_str())
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

pub(crate) async fn by_id(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<StoredListing>, StoreError> {
    sqlx::query(select_listings!("WHERE l.id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Writes a listing over `previous` (what `find` returned for its side and ref), logging a
/// change only when something changed.
pub(crate) async fn save(
    conn: &mut AnyConnection,
    engine: Engine,
    previous: Option<&StoredListing>,
    listing: &Listing,
    lifecycle: &Lifecycle,
    organization_id: i64,
    now: Timestamp,
) -> Result<(i64, Outcome), StoreError> {
    if let Some(previous) = previous
        && previous.listing == *listing
        && previous.lifecycle == *lifecycle
    {
        return Ok((previous.id, Outcome::Unchanged));
    }
    let l = listing;
    let terms = match &l.kind {
        ListingKind::Need(terms) => terms.clone(),
        ListingKind::Offer => NeedTerms::default(),
    };
    let (status, published_on, expires_on, rejection_reason) = lifecycle_columns(lifecycle);
    let now_text = timestamp_text(now);
    let query = match previous {
        None => sqlx::query(
            "INSERT INTO listings (organization_id, language, title, summary, description, sectors, \
             trl, ip_status, cooperation, target_countries, keywords, deadline, budget_usd, status, \
             published_on, expires_on, rejection_reason, updated_at, kind, ref, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) \
             RETURNING id",
        ),
        Some(_) => sqlx::query(
            "UPDATE listings SET organization_id = $1, language = $2, title = $3, summary = $4, \
             description = $5, sectors = $6, trl = $7, ip_status = $8, cooperation = $9, \
             target_countries = $10, keywords = $11, deadline = $12, budget_usd = $13, status = $14, \
             published_on = $15, expires_on = $16, rejection_reason = $17, updated_at = $18 \
             WHERE kind = $19 AND ref = $20 RETURNING id",
        ),
    };
    let mut query = query
        .bind(organization_id)
        .bind(l.language.as_str())
        .bind(l.title.as_str())
        .bind(l.summary.as_str())
        .bind(l.description.as_ref().map(Text::as_str))
        .bind(encode_list(l.sectors.iter().map(|s| s.slug())))
        .bind(l.trl.map(|t| i64::from(t.level())))
        .bind(l.ip_status.map(IpStatus::slug))
        .bind(encode_list(l.cooperation.iter().map(|c| c.slug())))
        .bind(encode_list(l.target_countries.iter().map(Country::code)))
        .bind(encode_list(l.keywords.iter().map(Line::as_str)))
        .bind(terms.deadline.map(|d| d.to_string()))
        .bind(
            terms
                .budget
                .map(|b| i64::try_from(b.dollars()).unwrap_or(i64::MAX)),
        )
        .bind(status)
        .bind(published_on)
        .bind(expires_on)
        .bind(rejection_reason)
        .bind(now_text.clone())
        .bind(l.kind.slug())
        .bind(l.reference.as_str());
    if previous.is_none() {
        query = query.bind(now_text.clone());
    }
    let id: i64 = query.fetch_one(&mut *conn).await?.try_get("id")?;
    let previous_details = previous.and_then(|p| p.listing.confidential.as_ref());
    if previous_details != l.confidential.as_ref() {
        sqlx::query(
            "INSERT INTO listing_confidential (listing_id, details, version, updated_at) \
             VALUES ($1, $2, 1, $3) \
             ON CONFLICT (listing_id) DO UPDATE SET details = excluded.details, \
             version = listing_confidential.version + 1, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(l.confidential.as_ref().map(Text::as_str))
        .bind(now_text)
        .execute(&mut *conn)
        .await?;
    }
    changes::append(conn, engine, entity(l.kind.side()), &l.reference, now).await?;
    let outcome = if previous.is_some() {
        Outcome::Updated
    } else {
        Outcome::Created
    };
    Ok((id, outcome))
}

/// Up to `limit` listings with ids after `after_id`, in id order.
pub(crate) async fn page(
    conn: &mut AnyConnection,
    after_id: i64,
    limit: i64,
) -> Result<Vec<StoredListing>, StoreError> {
    sqlx::query(select_listings!("WHERE l.id > $1 ORDER BY l.id LIMIT $2"))
        .bind(after_id)
        .bind(limit)
        .fetch_all(conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub(crate) async fn organization_id(
    conn: &mut AnyConnection,
    reference: &Ref,
) -> Result<Option<i64>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM organizations WHERE ref = $1")
            .bind(reference.as_str())
            .fetch_optional(conn)
            .await?,
    )
}

impl Store {
    pub async fn listing(
        &self,
        side: Side,
        reference: &Ref,
    ) -> Result<Option<StoredListing>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        find(&mut conn, side, reference).await
    }

    /// Creates or updates a listing by its side and ref; its organization must exist.
    pub async fn save_listing(
        &self,
        listing: &Listing,
        lifecycle: &Lifecycle,
        now: Timestamp,
    ) -> Result<Outcome, StoreError> {
        let mut tx = self.begin_write().await?;
        let organization_id = organization_id(&mut tx, &listing.organization)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                kind: "organization",
                reference: listing.organization.to_string(),
            })?;
        let previous = find(&mut tx, listing.kind.side(), &listing.reference).await?;
        let (_, outcome) = save(
            &mut tx,
            self.engine,
            previous.as_ref(),
            listing,
            lifecycle,
            organization_id,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Moves a listing along its lifecycle (submit, publish, reject, renew, withdraw ...).
    /// `step` decides from the current state; a refused step changes nothing.
    pub async fn transition_listing(
        &self,
        side: Side,
        reference: &Ref,
        now: Timestamp,
        step: impl FnOnce(&Lifecycle) -> Result<Lifecycle, TransitionError>,
    ) -> Result<Lifecycle, StoreError> {
        let mut tx = self.begin_write().await?;
        let current =
            find(&mut tx, side, reference)
                .await?
                .ok_or_else(|| StoreError::NotFound {
                    kind: side.slug(),
                    reference: reference.to_string(),
                })?;
        let next = step(&current.lifecycle)?;
        set_lifecycle(&mut tx, self.engine, side, reference, &next, now).await?;
        tx.commit().await?;
        Ok(next)
    }

    /// Expires every published listing whose expiry date is `today` or earlier; returns how
    /// many. Run daily.
    pub async fn expire_due(&self, today: Date, now: Timestamp) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        let due: Vec<(String, String)> = sqlx::query_as(
            "SELECT kind, ref FROM listings WHERE status = 'published' AND expires_on <= $1 ORDER BY id",
        )
        .bind(today.to_string())
        .fetch_all(&mut *tx)
        .await?;
        for (kind, reference) in &due {
            let side = decode("listing", "kind", kind, Side::parse)?;
            let reference = decode("listing", "ref", reference, Ref::parse)?;
            let current =
                find(&mut tx, side, &reference)
                    .await?
                    .ok_or_else(|| StoreError::NotFound {
                        kind: side.slug(),
                        reference: reference.to_string(),
                    })?;
            let next = current.lifecycle.expire(today)?;
            set_lifecycle(&mut tx, self.engine, side, &reference, &next, now).await?;
        }
        tx.commit().await?;
        Ok(due.len())
    }

    /// Up to `limit` listings with ids after `after_id`, in id order: for walking every listing
    /// without holding them all.
    pub async fn listings_after(
        &self,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<StoredListing>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        page(&mut conn, after_id, limit).await
    }

    /// Listings in `status` of organizations of `country` (or of every country), oldest
    /// change first: a moderation queue.
    pub async fn listings_in(
        &self,
        status: ListingStatus,
        country: Option<Country>,
    ) -> Result<Vec<StoredListing>, StoreError> {
        let rows = match country {
            Some(country) => {
                sqlx::query(select_listings!(
                    "WHERE l.status = $1 AND o.country = $2 ORDER BY l.updated_at, l.id"
                ))
                .bind(status.slug())
                .bind(country.code())
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(select_listings!(
                    "WHERE l.status = $1 ORDER BY l.updated_at, l.id"
                ))
                .bind(status.slug())
                .fetch_all(&self.pool)
                .await?
            }
        };
        rows.iter().map(from_row).collect()
    }

    /// The side and ref of every listing of an organization.
    pub async fn listings_of(&self, organization: &Ref) -> Result<Vec<(Side, Ref)>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT l.kind, l.ref FROM listings l JOIN organizations o ON o.id = l.organization_id \
             WHERE o.ref = $1 ORDER BY l.id",
        )
        .bind(organization.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|(kind, reference)| {
                Ok((
                    decode("listing", "kind", kind, Side::parse)?,
                    decode("listing", "ref", reference, Ref::parse)?,
                ))
            })
            .collect()
    }

    pub async fn counts(&self) -> Result<Counts, StoreError> {
        let organizations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organizations")
            .fetch_one(&self.pool)
            .await?;
        let by_side: Vec<(String, i64)> =
            sqlx::query_as("SELECT kind, COUNT(*) FROM listings GROUP BY kind")
                .fetch_all(&self.pool)
                .await?;
        let count = |side: Side| {
            by_side
                .iter()
                .find(|(kind, _)| kind == side.slug())
                .map_or(0, |(_, n)| *n)
        };
        Ok(Counts {
            organizations,
            offers: count(Side::Offer),
            needs: count(Side::Need),
        })
    }
}

async fn set_lifecycle(
    conn: &mut AnyConnection,
    engine: Engine,
    side: Side,
    reference: &Ref,
    lifecycle: &Lifecycle,
    now: Timestamp,
) -> Result<(), StoreError> {
    let (status, published_on, expires_on, rejection_reason) = lifecycle_columns(lifecycle);
    sqlx::query(
        "UPDATE listings SET status = $1, published_on = $2, expires_on = $3, \
         rejection_reason = $4, updated_at = $5 WHERE kind = $6 AND ref = $7",
    )
    .bind(status)
    .bind(published_on)
    .bind(expires_on)
    .bind(rejection_reason)
    .bind(timestamp_text(now))
    .bind(side.slug())
    .bind(reference.as_str())
    .execute(&mut *conn)
    .await?;
    changes::append(conn, engine, entity(side), reference, now).await
}
