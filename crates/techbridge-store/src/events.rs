//! Brokerage events: an event and its slots, and its participants with their availability,
//! languages and listings (their meeting requests are `meeting_requests`). The rules that need
//! the whole event (a common free slot, the schedule itself) are the web layer's; here every
//! write is one transaction.

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::AnyConnection;
use techbridge_domain::{
    Attendance, EventName, Language, PersonName, Ref, Side, SlotTime, VenueName, Zone,
};

use crate::rows::{
    decode, decode_date, decode_list, decode_opt, decode_timestamp, encode_list, timestamp_text,
};
use crate::{Store, StoreError};

/// An event as an organizer creates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub reference: Ref,
    pub name: EventName,
    pub venue: VenueName,
    pub zone: Zone,
    /// Tables per slot at the venue.
    pub tables: u32,
    /// The last day people may register.
    pub registration_closes: Date,
    /// The last day requests may be sent and answered; unanswered ones expire after it.
    pub requests_close: Date,
    /// Where online meetings take place (`https://meet.example.org`); each meeting's room is
    /// this address followed by the event's ref and the meeting's number.
    pub rooms_url: Option<String>,
    pub slots: Vec<SlotTime>,
    /// Branch venues in other places, each with its own time zone and tables; names unique
    /// within the event and other than the main venue's.
    pub branches: Vec<BranchVenue>,
}

/// A branch venue of an event: its name, time zone and tables per slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchVenue {
    pub name: VenueName,
    pub zone: Zone,
    pub tables: u32,
}

impl NewEvent {
    /// The branch venue called `name`.
    #[must_use]
    pub fn branch(&self, name: &VenueName) -> Option<&BranchVenue> {
        self.branches.iter().find(|b| b.name == *name)
    }

    /// A branch venue named like the main venue or like an earlier branch, if any: venues are
    /// told apart by name.
    #[must_use]
    pub fn venue_named_twice<'a>(
        main: &VenueName,
        branches: &'a [BranchVenue],
    ) -> Option<&'a VenueName> {
        branches.iter().enumerate().find_map(|(k, branch)| {
            (branch.name == *main || branches[..k].iter().any(|b| b.name == branch.name))
                .then_some(&branch.name)
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredSlot {
    pub id: i64,
    pub time: SlotTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: i64,
    /// Grows with every change to the event's participants and requests.
    pub version: i64,
    pub event: NewEvent,
    /// In time order.
    pub slots: Vec<StoredSlot>,
}

/// What a person says when registering for an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub organization: Ref,
    pub attendance: Attendance,
    /// On site at a branch venue (by name); `None` at the main venue or online.
    pub venue: Option<VenueName>,
    /// The participant's own time zone, for their agenda.
    pub zone: Zone,
    pub languages: Vec<Language>,
    /// Slot ids the participant cannot attend.
    pub unavailable: Vec<i64>,
    pub max_meetings: Option<u32>,
    pub interpreter: bool,
    /// The listings the participant brings.
    pub listings: Vec<(Side, Ref)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub event_id: i64,
    pub user_id: i64,
    pub name: PersonName,
    pub registration: Registration,
    pub checked_in_at: Option<Timestamp>,
}

type EventRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
);

fn event_from_row(
    row: EventRow,
    slots: Vec<StoredSlot>,
    branches: Vec<BranchVenue>,
) -> Result<StoredEvent, StoreError> {
    let (
        id,
        version,
        reference,
        name,
        venue,
        zone,
        tables,
        registration_closes,
        requests_close,
        rooms_url,
    ) = row;
    let what = format!("event {reference}");
    let date = |field: &str, raw: String| -> Result<Date, StoreError> {
        decode_date(&what, field, Some(raw))?
            .ok_or_else(|| crate::rows::corrupt(&what, field, "missing"))
    };
    Ok(StoredEvent {
        id,
        version,
        event: NewEvent {
            reference: decode(&what, "ref", &reference, Ref::parse)?,
            name: decode(&what, "name", &name, EventName::parse)?,
            venue: decode(&what, "venue", &venue, VenueName::parse)?,
            zone: decode(&what, "time_zone", &zone, Zone::parse)?,
            tables: u32::try_from(tables).map_err(|e| crate::rows::corrupt(&what, "tables", e))?,
            registration_closes: date("registration_closes", registration_closes)?,
            requests_close: date("requests_close", requests_close)?,
            rooms_url,
            slots: slots.iter().map(|s| s.time).collect(),
            branches,
        },
        slots,
    })
}

macro_rules! select_events {
    ($condition:literal) => {
        concat!(
            "SELECT id, version, ref, name, venue, time_zone, tables, registration_closes, requests_close, \
             rooms_url FROM events ",
            $condition
        )
    };
}

type ParticipantRow = (
    i64,
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
    i64,
    String,
    Option<String>,
    Option<String>,
);

macro_rules! select_participants {
    ($condition:literal) => {
        concat!(
            "SELECT p.id, p.event_id, p.user_id, u.name, p.organization, p.attendance, \
             p.time_zone, p.languages, p.unavailable, p.max_meetings, p.interpreter, p.listings, \
             p.checked_in_at, p.venue FROM event_participants p JOIN users u ON u.id = p.user_id ",
            $condition
        )
    };
}

fn listing_key(raw: &str) -> Result<(Side, Ref), techbridge_domain::ParseError> {
    let (side, reference) = raw
        .split_once('/')
        .ok_or_else(|| techbridge_domain::ParseError::new(format!("\"{raw}\" is not side/ref")))?;
    Ok((Side::parse(side)?, Ref::parse(reference)?))
}

fn participant_from_row(row: ParticipantRow) -> Result<Participant, StoreError> {
    let (
        id,
        event_id,
        user_id,
        name,
        organization,
        attendance,
        zone,
        languages,
        unavailable,
        max_meetings,
        interpreter,
        listings,
        checked_in_at,
        venue,
    ) = row;
    let what = format!("participant {id}");
    let unavailable: Vec<i64> = serde_json::from_str(&unavailable)
        .map_err(|e| crate::rows::corrupt(&what, "unavailable", e))?;
    Ok(Participant {
        id,
        event_id,
        user_id,
        name: decode(&what, "name", &name, PersonName::parse)?,
        registration: Registration {
            organization: decode(&what, "organization", &organization, Ref::parse)?,
            attendance: decode(&what, "attendance", &attendance, Attendance::parse)?,
            venue: decode_opt(&what, "venue", venue, VenueName::parse)?,
            zone: decode(&what, "time_zone", &zone, Zone::parse)?,
            languages: decode_list(&what, "languages", &languages, Language::parse)?,
            unavailable,
            max_meetings: max_meetings
                .map(u32::try_from)
                .transpose()
                .map_err(|e| crate::rows::corrupt(&what, "max_meetings", e))?,
            interpreter: interpreter != 0,
            listings: decode_list(&what, "listings", &listings, listing_key)?,
        },
        checked_in_at: checked_in_at
            .map(|t| decode_timestamp(&what, "checked_in_at", &t))
            .transpose()?,
    })
}

async fn slots_of(conn: &mut AnyConnection, event_id: i64) -> Result<Vec<StoredSlot>, StoreError> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT id, starts_at, ends_at FROM event_slots WHERE event_id = $1 ORDER BY starts_at, id",
    )
    .bind(event_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, start, end)| {
            let what = format!("slot {id}");
            Ok(StoredSlot {
                id,
                time: SlotTime {
                    start: decode_timestamp(&what, "starts_at", &start)?,
                    end: decode_timestamp(&what, "ends_at", &end)?,
                },
            })
        })
        .collect()
}

async fn branches_of(
    conn: &mut AnyConnection,
    event_id: i64,
) -> Result<Vec<BranchVenue>, StoreError> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT name, time_zone, tables FROM event_venues WHERE event_id = $1 ORDER BY position",
    )
    .bind(event_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(name, zone, tables)| {
            let what = format!("venue {name} of event {event_id}");
            Ok(BranchVenue {
                name: decode(&what, "name", &name, VenueName::parse)?,
                zone: decode(&what, "time_zone", &zone, Zone::parse)?,
                tables: u32::try_from(tables)
                    .map_err(|e| crate::rows::corrupt(&what, "tables", e))?,
            })
        })
        .collect()
}

/// Marks a change to the event. On PostgreSQL the row lock this takes holds back the event's
/// other writers until commit, so checks made after it stay true (SQLite's immediate
/// transactions already write one at a time).
pub(crate) async fn touch(conn: &mut AnyConnection, event_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE events SET version = version + 1 WHERE id = $1")
        .bind(event_id)
        .execute(conn)
        .await?;
    Ok(())
}

impl Store {
    /// Creates an event with its slots; refused when its ref is taken.
    pub async fn create_event(&self, event: &NewEvent, now: Timestamp) -> Result<i64, StoreError> {
        if let Some(name) = NewEvent::venue_named_twice(&event.venue, &event.branches) {
            return Err(StoreError::Refused(format!(
                "the venue \"{name}\" is named twice"
            )));
        }
        let mut tx = self.begin_write().await?;
        // A ref taken, even by a creation racing this one, inserts nothing.
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO events (ref, name, venue, time_zone, tables, registration_closes, \
             requests_close, rooms_url, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (ref) DO NOTHING RETURNING id",
        )
        .bind(event.reference.as_str())
        .bind(event.name.as_str())
        .bind(event.venue.as_str())
        .bind(event.zone.as_str())
        .bind(i64::from(event.tables))
        .bind(event.registration_closes.to_string())
        .bind(event.requests_close.to_string())
        .bind(event.rooms_url.as_deref())
        .bind(timestamp_text(now))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Err(StoreError::Refused(format!(
                "an event with the ref \"{}\" exists already",
                event.reference
            )));
        };
        for slot in &event.slots {
            sqlx::query(
                "INSERT INTO event_slots (event_id, starts_at, ends_at) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(timestamp_text(slot.start))
            .bind(timestamp_text(slot.end))
            .execute(&mut *tx)
            .await?;
        }
        for (position, branch) in event.branches.iter().enumerate() {
            sqlx::query(
                "INSERT INTO event_venues (event_id, position, name, time_zone, tables) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .bind(branch.name.as_str())
            .bind(branch.zone.as_str())
            .bind(i64::from(branch.tables))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Every event, in the order of their first slot.
    pub async fn events(&self) -> Result<Vec<StoredEvent>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let rows: Vec<EventRow> = sqlx::query_as(select_events!("ORDER BY id"))
            .fetch_all(&mut *conn)
            .await?;
        let mut events = Vec::with_capacity(rows.len());
        for row in rows {
            let slots = slots_of(&mut conn, row.0).await?;
            let branches = branches_of(&mut conn, row.0).await?;
            events.push(event_from_row(row, slots, branches)?);
        }
        events.sort_by_key(|e| e.slots.first().map(|s| s.time.start));
        Ok(events)
    }

    pub async fn event(&self, reference: &Ref) -> Result<Option<StoredEvent>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let row: Option<EventRow> = sqlx::query_as(select_events!("WHERE ref = $1"))
            .bind(reference.as_str())
            .fetch_optional(&mut *conn)
            .await?;
        match row {
            Some(row) => {
                let slots = slots_of(&mut conn, row.0).await?;
                let branches = branches_of(&mut conn, row.0).await?;
                event_from_row(row, slots, branches).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Registers `user_id` for an event, or changes their registration (availability,
    /// attendance, listings); returns the participant's id. The event's lock, taken first,
    /// keeps two registrations of one person from racing.
    pub async fn register_participant(
        &self,
        event_id: i64,
        user_id: i64,
        registration: &Registration,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        touch(&mut tx, event_id).await?;
        if let Some(venue) = &registration.venue {
            let known: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM event_venues WHERE event_id = $1 AND name = $2",
            )
            .bind(event_id)
            .bind(venue.as_str())
            .fetch_one(&mut *tx)
            .await?;
            if known == 0 {
                return Err(StoreError::Refused(format!(
                    "\"{venue}\" is not a venue of this event"
                )));
            }
        }
        let languages = encode_list(registration.languages.iter().map(Language::as_str));
        let unavailable =
            serde_json::to_string(&registration.unavailable).unwrap_or_else(|_| "[]".to_owned());
        let keys: Vec<String> = registration
            .listings
            .iter()
            .map(|(side, reference)| format!("{}/{reference}", side.slug()))
            .collect();
        let listings = encode_list(keys.iter().map(String::as_str));
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM event_participants WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event_id)
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
        let id =
            match existing {
                Some(id) => {
                    sqlx::query(
                        "UPDATE event_participants SET organization = $1, attendance = $2, \
                     time_zone = $3, languages = $4, unavailable = $5, max_meetings = $6, \
                     interpreter = $7, listings = $8, venue = $9 WHERE id = $10",
                    )
                    .bind(registration.organization.as_str())
                    .bind(registration.attendance.slug())
                    .bind(registration.zone.as_str())
                    .bind(languages)
                    .bind(unavailable)
                    .bind(registration.max_meetings.map(i64::from))
                    .bind(i64::from(registration.interpreter))
                    .bind(listings)
                    .bind(registration.venue.as_ref().map(VenueName::as_str))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO event_participants (event_id, user_id, organization, attendance, \
                     time_zone, languages, unavailable, max_meetings, interpreter, listings, \
                     registered_at, venue) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
                     $12) RETURNING id",
                )
                .bind(event_id)
                .bind(user_id)
                .bind(registration.organization.as_str())
                .bind(registration.attendance.slug())
                .bind(registration.zone.as_str())
                .bind(languages)
                .bind(unavailable)
                .bind(registration.max_meetings.map(i64::from))
                .bind(i64::from(registration.interpreter))
                .bind(listings)
                .bind(timestamp_text(now))
                .bind(registration.venue.as_ref().map(VenueName::as_str))
                .fetch_one(&mut *tx)
                .await?,
            };
        tx.commit().await?;
        Ok(id)
    }

    /// An event's participants in the order they registered.
    pub async fn participants(&self, event_id: i64) -> Result<Vec<Participant>, StoreError> {
        let rows: Vec<ParticipantRow> =
            sqlx::query_as(select_participants!("WHERE p.event_id = $1 ORDER BY p.id"))
                .bind(event_id)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter().map(participant_from_row).collect()
    }

    pub async fn check_in(&self, participant_id: i64, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE event_participants SET checked_in_at = COALESCE(checked_in_at, $1) \
             WHERE id = $2",
        )
        .bind(timestamp_text(now))
        .bind(participant_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
