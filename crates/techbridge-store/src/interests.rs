//! Expressions of interest and the releases of confidential details that follow them. Every
//! step is one transaction that reads the current state, lets the domain decide, and writes
//! the result: a refused step changes nothing.

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use techbridge_domain::{
    Confidential, Email, Interest, InterestError, InterestMessage, InterestStatus, Ref, Side,
    TermsAgreement, Text,
};

use crate::rows::{decode, decode_opt, decode_timestamp, timestamp_text};
use crate::{Store, StoreError};

/// An expression of interest as stored, with the listing it is about and both organizations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredInterest {
    pub id: i64,
    pub side: Side,
    pub listing: Ref,
    /// The organization that owns the listing and answers.
    pub owner: Ref,
    /// The interested organization.
    pub organization: Ref,
    pub message: InterestMessage,
    pub sent_at: Timestamp,
    pub interest: Interest,
}

/// One release of a listing's confidential details: to whom, when, which version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosure {
    pub interest_id: i64,
    pub organization: Ref,
    pub confidential_version: i64,
    pub released_to: Email,
    pub released_at: Timestamp,
}

/// The confidential details as released: the text (none if the listing has none) and its
/// version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosed {
    pub details: Option<Confidential>,
    pub version: i64,
}

macro_rules! select_interests {
    ($condition:literal) => {
        concat!(
            "SELECT e.id, l.kind, l.ref AS listing_ref, o.ref AS owner_ref, \
             i.ref AS organization_ref, e.message, e.status, e.sent_at, e.answer_by, \
             e.answered_on, e.decline_reason, e.terms_agreed_by, e.terms_agreed_at \
             FROM expressions_of_interest e \
             JOIN listings l ON l.id = e.listing_id \
             JOIN organizations o ON o.id = l.organization_id \
             JOIN organizations i ON i.id = e.organization_id ",
            $condition
        )
    };
}

fn from_row(row: &AnyRow) -> Result<StoredInterest, StoreError> {
    const WHAT: &str = "expression of interest";
    let text = |field: &str| row.try_get::<String, _>(field);
    let optional = |field: &str| row.try_get::<Option<String>, _>(field);
    let date = |raw: &str, field: &str| {
        raw.parse::<Date>()
            .map_err(|e| crate::rows::corrupt(WHAT, field, e))
    };
    let timestamp = |raw: &str, field: &str| {
        raw.parse::<Timestamp>()
            .map_err(|e| crate::rows::corrupt(WHAT, field, e))
    };
    let answer_by = date(&text("answer_by")?, "answer_by")?;
    let answered_on = optional("answered_on")?
        .map(|d| date(&d, "answered_on"))
        .transpose()?;
    let answered =
        || answered_on.ok_or_else(|| crate::rows::corrupt(WHAT, "answered_on", "missing"));
    let interest = match decode(WHAT, "status", &text("status")?, InterestStatus::parse)? {
        InterestStatus::Sent => Interest::Sent { answer_by },
        InterestStatus::Expired => Interest::Expired { answer_by },
        InterestStatus::Withdrawn => Interest::Withdrawn,
        InterestStatus::Declined => Interest::Declined {
            declined_on: answered()?,
            reason: decode_opt(
                WHAT,
                "decline_reason",
                optional("decline_reason")?,
                Text::parse,
            )?,
        },
        InterestStatus::Accepted => Interest::Accepted {
            accepted_on: answered()?,
            terms: match (optional("terms_agreed_by")?, optional("terms_agreed_at")?) {
                (Some(by), Some(at)) => Some(TermsAgreement {
                    agreed_by: decode(WHAT, "terms_agreed_by", &by, Email::parse)?,
                    agreed_at: timestamp(&at, "terms_agreed_at")?,
                }),
                _ => None,
            },
        },
    };
    Ok(StoredInterest {
        id: row.try_get("id")?,
        side: decode(WHAT, "kind", &text("kind")?, Side::parse)?,
        listing: decode(WHAT, "listing", &text("listing_ref")?, Ref::parse)?,
        owner: decode(WHAT, "owner", &text("owner_ref")?, Ref::parse)?,
        organization: decode(WHAT, "organization", &text("organization_ref")?, Ref::parse)?,
        message: decode(WHAT, "message", &text("message")?, Text::parse)?,
        sent_at: timestamp(&text("sent_at")?, "sent_at")?,
        interest,
    })
}

async fn find(conn: &mut AnyConnection, id: i64) -> Result<Option<StoredInterest>, StoreError> {
    sqlx::query(select_interests!("WHERE e.id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

fn not_found(id: i64) -> StoreError {
    StoreError::NotFound {
        kind: "expression of interest",
        reference: id.to_string(),
    }
}

/// Writes the state's columns; `answer_by` and the message never change after sending.
async fn set_state(
    conn: &mut AnyConnection,
    id: i64,
    interest: &Interest,
    now: Timestamp,
) -> Result<(), StoreError> {
    let (answered_on, reason, terms) = match interest {
        Interest::Accepted { accepted_on, terms } => (Some(*accepted_on), None, terms.as_ref()),
        Interest::Declined {
            declined_on,
            reason,
        } => (Some(*declined_on), reason.as_ref(), None),
        Interest::Sent { .. } | Interest::Expired { .. } | Interest::Withdrawn => {
            (None, None, None)
        }
    };
    sqlx::query(
        "UPDATE expressions_of_interest SET status = $1, answered_on = COALESCE($2, answered_on), \
         decline_reason = $3, terms_agreed_by = $4, terms_agreed_at = $5, updated_at = $6 \
         WHERE id = $7",
    )
    .bind(interest.status().slug())
    .bind(answered_on.map(|d| d.to_string()))
    .bind(reason.map(|r| r.as_str().to_owned()))
    .bind(terms.map(|t| t.agreed_by.as_str().to_owned()))
    .bind(terms.map(|t| timestamp_text(t.agreed_at)))
    .bind(timestamp_text(now))
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// The organization `from` expresses interest in a published listing of another
    /// organization. One open expression (sent or accepted) per organization and listing.
    pub async fn send_interest(
        &self,
        side: Side,
        listing: &Ref,
        from: &Ref,
        message: &InterestMessage,
        today: Date,
        now: Timestamp,
    ) -> Result<StoredInterest, StoreError> {
        let mut tx = self.begin_write().await?;
        let target: Option<(i64, String, i64)> = sqlx::query_as(
            "SELECT id, status, organization_id FROM listings WHERE kind = $1 AND ref = $2",
        )
        .bind(side.slug())
        .bind(listing.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let (listing_id, status, owner_id) = target.ok_or_else(|| StoreError::NotFound {
            kind: side.slug(),
            reference: listing.to_string(),
        })?;
        let organization_id = crate::listings::organization_id(&mut tx, from)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                kind: "organization",
                reference: from.to_string(),
            })?;
        if status != "published" {
            return Err(StoreError::Refused(format!(
                "{side} \"{listing}\" is not published; interest can only be expressed in published listings"
            )));
        }
        if organization_id == owner_id {
            return Err(StoreError::Refused(format!(
                "\"{from}\" owns {side} \"{listing}\"; an organization cannot express interest in its own listing"
            )));
        }
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM expressions_of_interest WHERE listing_id = $1 \
             AND organization_id = $2 AND status IN ('sent', 'accepted')",
        )
        .bind(listing_id)
        .bind(organization_id)
        .fetch_one(&mut *tx)
        .await?;
        if open > 0 {
            return Err(StoreError::Refused(format!(
                "\"{from}\" already has an open expression of interest in {side} \"{listing}\""
            )));
        }
        let Interest::Sent { answer_by } = Interest::sent(today) else {
            return Err(StoreError::Refused(
                "a new expression of interest is not sent".into(),
            ));
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO expressions_of_interest (listing_id, organization_id, message, status, \
             sent_at, answer_by, updated_at) VALUES ($1, $2, $3, 'sent', $4, $5, $4) RETURNING id",
        )
        .bind(listing_id)
        .bind(organization_id)
        .bind(message.as_str())
        .bind(timestamp_text(now))
        .bind(answer_by.to_string())
        .fetch_one(&mut *tx)
        .await?;
        let stored = find(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
        tx.commit().await?;
        Ok(stored)
    }

    pub async fn interest(&self, id: i64) -> Result<Option<StoredInterest>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        find(&mut conn, id).await
    }

    /// Every expression of interest in one listing, oldest first: what its owner answers.
    pub async fn interests_in(
        &self,
        side: Side,
        listing: &Ref,
    ) -> Result<Vec<StoredInterest>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query(select_interests!(
            "WHERE l.kind = $1 AND l.ref = $2 ORDER BY e.id"
        ))
        .bind(side.slug())
        .bind(listing.as_str())
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
    }

    /// Every expression of interest an organization sent, oldest first.
    pub async fn interests_from(
        &self,
        organization: &Ref,
    ) -> Result<Vec<StoredInterest>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query(select_interests!("WHERE i.ref = $1 ORDER BY e.id"))
            .bind(organization.as_str())
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(from_row)
            .collect()
    }

    /// Moves an expression of interest on (accept, decline, withdraw, agree to the terms):
    /// `step` decides from the current state; a refused step changes nothing.
    pub async fn transition_interest(
        &self,
        id: i64,
        now: Timestamp,
        step: impl FnOnce(&Interest) -> Result<Interest, InterestError>,
    ) -> Result<StoredInterest, StoreError> {
        let mut tx = self.begin_write().await?;
        let current = find(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
        let next = step(&current.interest)?;
        set_state(&mut tx, id, &next, now).await?;
        tx.commit().await?;
        Ok(StoredInterest {
            interest: next,
            ..current
        })
    }

    /// Releases the listing's current confidential details to `to`, of the interested
    /// organization, and records the release in the same transaction. Refused unless the
    /// owner accepted and the terms were agreed.
    pub async fn disclose(
        &self,
        id: i64,
        to: &Email,
        now: Timestamp,
    ) -> Result<Disclosed, StoreError> {
        let mut tx = self.begin_write().await?;
        let current = find(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
        if !current.interest.discloses() {
            return Err(StoreError::Refused(format!(
                "the confidential details of {} \"{}\" are released only after the owner accepts \
                 the expression of interest and the non-disclosure terms are agreed",
                current.side, current.listing
            )));
        }
        let row: Option<(Option<String>, i64)> = sqlx::query_as(
            "SELECT c.details, c.version FROM expressions_of_interest e \
             JOIN listing_confidential c ON c.listing_id = e.listing_id WHERE e.id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let (details, version) = row.unwrap_or((None, 0));
        sqlx::query(
            "INSERT INTO disclosures (interest_id, confidential_version, released_to, released_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(version)
        .bind(to.as_str())
        .bind(timestamp_text(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Disclosed {
            details: decode_opt("listing", "confidential", details, Text::parse)?,
            version,
        })
    }

    /// Every release of a listing's confidential details, oldest first: what its owner sees.
    pub async fn disclosures_of(
        &self,
        side: Side,
        listing: &Ref,
    ) -> Result<Vec<Disclosure>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let rows = sqlx::query(
            "SELECT d.interest_id, i.ref AS organization_ref, d.confidential_version, \
             d.released_to, d.released_at FROM disclosures d \
             JOIN expressions_of_interest e ON e.id = d.interest_id \
             JOIN listings l ON l.id = e.listing_id \
             JOIN organizations i ON i.id = e.organization_id \
             WHERE l.kind = $1 AND l.ref = $2 ORDER BY d.id",
        )
        .bind(side.slug())
        .bind(listing.as_str())
        .fetch_all(&mut *conn)
        .await?;
        rows.iter()
            .map(|row| {
                let text = |field: &str| row.try_get::<String, _>(field);
                Ok(Disclosure {
                    interest_id: row.try_get("interest_id")?,
                    organization: decode(
                        "disclosure",
                        "organization",
                        &text("organization_ref")?,
                        Ref::parse,
                    )?,
                    confidential_version: row.try_get("confidential_version")?,
                    released_to: decode(
                        "disclosure",
                        "released_to",
                        &text("released_to")?,
                        Email::parse,
                    )?,
                    released_at: text("released_at")?
                        .parse()
                        .map_err(|e| crate::rows::corrupt("disclosure", "released_at", e))?,
                })
            })
            .collect()
    }

    /// Expires every expression of interest still unanswered after its answer date; returns
    /// how many. Run daily.
    pub async fn expire_interests(&self, today: Date, now: Timestamp) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        let due: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM expressions_of_interest WHERE status = 'sent' AND answer_by < $1 \
             ORDER BY id",
        )
        .bind(today.to_string())
        .fetch_all(&mut *tx)
        .await?;
        for id in &due {
            let current = find(&mut tx, *id).await?.ok_or_else(|| not_found(*id))?;
            let next = current.interest.expire(today)?;
            set_state(&mut tx, *id, &next, now).await?;
        }
        tx.commit().await?;
        Ok(due.len())
    }
}

/// One message of the conversation about an expression of interest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestNote {
    pub organization: Ref,
    pub author: Email,
    pub body: InterestMessage,
    pub sent_at: Timestamp,
}

impl Store {
    /// Adds a message from `organization` (one of the two sides) to the conversation of an
    /// open expression of interest (sent or accepted); refused once it is closed.
    pub async fn post_interest_message(
        &self,
        id: i64,
        organization: &Ref,
        author: &Email,
        body: &InterestMessage,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let interest = find(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
        if *organization != interest.owner && *organization != interest.organization {
            return Err(StoreError::Refused(format!(
                "\"{organization}\" is neither side of expression of interest {id}"
            )));
        }
        if !matches!(
            interest.interest,
            Interest::Sent { .. } | Interest::Accepted { .. }
        ) {
            return Err(StoreError::Refused(format!(
                "expression of interest {id} is {}; its conversation is closed",
                interest.interest.status().slug()
            )));
        }
        let organization_id = crate::listings::organization_id(&mut tx, organization)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                kind: "organization",
                reference: organization.to_string(),
            })?;
        sqlx::query(
            "INSERT INTO interest_messages (interest_id, organization_id, author, body, sent_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(organization_id)
        .bind(author.as_str())
        .bind(body.as_str())
        .bind(timestamp_text(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The conversation of an expression of interest, oldest first.
    pub async fn interest_messages(&self, id: i64) -> Result<Vec<InterestNote>, StoreError> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT o.ref, m.author, m.body, m.sent_at FROM interest_messages m \
             JOIN organizations o ON o.id = m.organization_id WHERE m.interest_id = $1 ORDER BY m.id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let what = format!("message of expression of interest {id}");
        rows.into_iter()
            .map(|(organization, author, body, sent_at)| {
                Ok(InterestNote {
                    organization: decode(&what, "organization", &organization, Ref::parse)?,
                    author: decode(&what, "author", &author, Email::parse)?,
                    body: decode(&what, "body", &body, Text::parse)?,
                    sent_at: decode_timestamp(&what, "sent_at", &sent_at)?,
                })
            })
            .collect()
    }
}
