//! Brokerage events: an event and its slots, participants with their availability, meeting
//! requests between them, the schedule the scheduler made of the accepted ones, and what each
//! side said after its meeting. The rules that need the whole event (a common free slot, the
//! schedule itself) are the web layer's; here every write is one transaction.

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::AnyConnection;
use techbridge_domain::{
    Attendance, Attended, EventName, FeedbackComment, Language, MeetingMessage, MeetingOutcome,
    PersonName, Ref, RequestStatus, Side, SlotTime, VenueName, Zone,
};

use crate::outbox::{self, Mail};
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRequest {
    pub id: i64,
    pub event_id: i64,
    pub requester: i64,
    pub invitee: i64,
    pub message: MeetingMessage,
    pub priority: u32,
    pub status: RequestStatus,
    pub sent_at: Timestamp,
    pub interpreter: Option<i64>,
    /// Where the schedule placed an accepted request: the slot, and the table when on site.
    pub slot: Option<i64>,
    pub table: Option<u32>,
    /// Kept in place when the schedule is made again.
    pub locked: bool,
    /// Why the last schedule left an accepted request out.
    pub unscheduled_reason: Option<String>,
    pub attended: Option<Attended>,
}

impl MeetingRequest {
    /// The participants who sit in the meeting: the two sides and the interpreter, if any.
    pub fn people(&self) -> Vec<i64> {
        let mut people = vec![self.requester, self.invitee];
        people.extend(self.interpreter);
        people
    }
}

/// Where the schedule puts one accepted request: a slot and table, or out with a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    At { slot: i64, table: Option<u32> },
    Out { reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub request_id: i64,
    pub participant_id: i64,
    pub outcome: MeetingOutcome,
    pub comment: Option<FeedbackComment>,
    pub given_at: Timestamp,
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

fn event_from_row(row: EventRow, slots: Vec<StoredSlot>) -> Result<StoredEvent, StoreError> {
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
);

macro_rules! select_participants {
    ($condition:literal) => {
        concat!(
            "SELECT p.id, p.event_id, p.user_id, u.name, p.organization, p.attendance, \
             p.time_zone, p.languages, p.unavailable, p.max_meetings, p.interpreter, p.listings, \
             p.checked_in_at FROM event_participants p JOIN users u ON u.id = p.user_id ",
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

type RequestRow = (
    i64,
    i64,
    i64,
    i64,
    String,
    i64,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
    Option<String>,
    Option<String>,
);

macro_rules! select_requests {
    ($condition:literal) => {
        concat!(
            "SELECT id, event_id, requester, invitee, message, priority, status, sent_at, \
             interpreter, slot_id, table_number, locked, unscheduled_reason, attended \
             FROM meeting_requests ",
            $condition
        )
    };
}

fn request_from_row(row: RequestRow) -> Result<MeetingRequest, StoreError> {
    let (
        id,
        event_id,
        requester,
        invitee,
        message,
        priority,
        status,
        sent_at,
        interpreter,
        slot,
        table,
        locked,
        unscheduled_reason,
        attended,
    ) = row;
    let what = format!("meeting request {id}");
    let small =
        |field: &str, n: i64| u32::try_from(n).map_err(|e| crate::rows::corrupt(&what, field, e));
    Ok(MeetingRequest {
        id,
        event_id,
        requester,
        invitee,
        message: decode(&what, "message", &message, MeetingMessage::parse)?,
        priority: small("priority", priority)?,
        status: decode(&what, "status", &status, RequestStatus::parse)?,
        sent_at: decode_timestamp(&what, "sent_at", &sent_at)?,
        interpreter,
        slot,
        table: table.map(|t| small("table_number", t)).transpose()?,
        locked: locked != 0,
        unscheduled_reason,
        attended: decode_opt(&what, "attended", attended, Attended::parse)?,
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

async fn request_in(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<MeetingRequest>, StoreError> {
    let row: Option<RequestRow> = sqlx::query_as(select_requests!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.map(request_from_row).transpose()
}

/// Marks a change to the event. On PostgreSQL the row lock this takes holds back the event's
/// other writers until commit, so checks made after it stay true (SQLite's immediate
/// transactions already write one at a time).
async fn touch(conn: &mut AnyConnection, event_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE events SET version = version + 1 WHERE id = $1")
        .bind(event_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Meetings `participant` has accepted or had accepted, other than `except`.
async fn accepted_of(
    conn: &mut AnyConnection,
    participant: i64,
    except: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM meeting_requests WHERE status = 'accepted' AND id <> $2 \
         AND (requester = $1 OR invitee = $1 OR interpreter = $1)",
    )
    .bind(participant)
    .bind(except)
    .fetch_one(conn)
    .await?)
}

impl Store {
    /// Creates an event with its slots; refused when its ref is taken.
    pub async fn create_event(&self, event: &NewEvent, now: Timestamp) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM events WHERE ref = $1")
            .bind(event.reference.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Refused(format!(
                "an event with the ref \"{}\" exists already",
                event.reference
            )));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO events (ref, name, venue, time_zone, tables, registration_closes, \
             requests_close, rooms_url, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             RETURNING id",
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
        .fetch_one(&mut *tx)
        .await?;
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
            events.push(event_from_row(row, slots)?);
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
                event_from_row(row, slots).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Registers `user_id` for an event, or changes their registration (availability,
    /// attendance, listings); returns the participant's id.
    pub async fn register_participant(
        &self,
        event_id: i64,
        user_id: i64,
        registration: &Registration,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        touch(&mut tx, event_id).await?;
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
                     interpreter = $7, listings = $8 WHERE id = $9",
                    )
                    .bind(registration.organization.as_str())
                    .bind(registration.attendance.slug())
                    .bind(registration.zone.as_str())
                    .bind(languages)
                    .bind(unavailable)
                    .bind(registration.max_meetings.map(i64::from))
                    .bind(i64::from(registration.interpreter))
                    .bind(listings)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO event_participants (event_id, user_id, organization, attendance, \
                     time_zone, languages, unavailable, max_meetings, interpreter, listings, \
                     registered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                     RETURNING id",
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

    /// Sends a meeting request, queuing `mails` with it; refused while another request between
    /// the two is open.
    #[expect(
        clippy::too_many_arguments,
        reason = "one request and what comes with it"
    )]
    pub async fn request_meeting(
        &self,
        event_id: i64,
        requester: i64,
        invitee: i64,
        message: &MeetingMessage,
        priority: u32,
        mails: &[Mail],
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        if requester == invitee {
            return Err(StoreError::Refused(
                "a participant cannot request a meeting with themselves".to_owned(),
            ));
        }
        let mut tx = self.begin_write().await?;
        touch(&mut tx, event_id).await?;
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM meeting_requests WHERE event_id = $1 \
             AND ((requester = $2 AND invitee = $3) OR (requester = $3 AND invitee = $2)) \
             AND status IN ('requested', 'accepted')",
        )
        .bind(event_id)
        .bind(requester)
        .bind(invitee)
        .fetch_optional(&mut *tx)
        .await?;
        if open.is_some() {
            return Err(StoreError::Refused(
                "there is already an open meeting request between the two".to_owned(),
            ));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO meeting_requests (event_id, requester, invitee, message, priority, \
             status, sent_at, locked) VALUES ($1, $2, $3, $4, $5, 'requested', $6, 0) RETURNING id",
        )
        .bind(event_id)
        .bind(requester)
        .bind(invitee)
        .bind(message.as_str())
        .bind(i64::from(priority))
        .bind(timestamp_text(now))
        .fetch_one(&mut *tx)
        .await?;
        for mail in mails {
            outbox::queue(&mut tx, mail, now).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    pub async fn meeting_request(&self, id: i64) -> Result<Option<MeetingRequest>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        request_in(&mut conn, id).await
    }

    /// An event's requests, oldest first.
    pub async fn meeting_requests(&self, event_id: i64) -> Result<Vec<MeetingRequest>, StoreError> {
        let rows: Vec<RequestRow> =
            sqlx::query_as(select_requests!("WHERE event_id = $1 ORDER BY id"))
                .bind(event_id)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter().map(request_from_row).collect()
    }

    /// Moves a request by `step`, which sees the request as it stands inside the transaction
    /// and may refuse; `mails` are queued with the change. Accepting never takes a participant over their cap; a cancelled request
    /// leaves the schedule.
    pub async fn transition_request(
        &self,
        id: i64,
        now: Timestamp,
        mails: &[Mail],
        step: impl FnOnce(&MeetingRequest) -> Result<RequestStatus, StoreError>,
    ) -> Result<MeetingRequest, StoreError> {
        let missing = || StoreError::NotFound {
            kind: "meeting request",
            reference: id.to_string(),
        };
        let mut tx = self.begin_write().await?;
        let event_id = request_in(&mut tx, id).await?.ok_or_else(missing)?.event_id;
        touch(&mut tx, event_id).await?;
        // Read again under the event's lock: what the step checks cannot change before commit.
        let request = request_in(&mut tx, id).await?.ok_or_else(missing)?;
        let next = step(&request)?;
        if next == RequestStatus::Accepted {
            for person in request.people() {
                let cap: Option<i64> =
                    sqlx::query_scalar("SELECT max_meetings FROM event_participants WHERE id = $1")
                        .bind(person)
                        .fetch_one(&mut *tx)
                        .await?;
                if let Some(cap) = cap
                    && accepted_of(&mut tx, person, id).await? >= cap
                {
                    return Err(StoreError::Refused(format!(
                        "participant {person} has accepted the {cap} meetings they wanted"
                    )));
                }
            }
        }
        let answered = matches!(next, RequestStatus::Accepted | RequestStatus::Declined);
        let leaves = next == RequestStatus::Cancelled;
        sqlx::query(
            "UPDATE meeting_requests SET status = $1, \
             answered_at = CASE WHEN $2 = 1 THEN $3 ELSE answered_at END, \
             slot_id = CASE WHEN $4 = 1 THEN NULL ELSE slot_id END, \
             table_number = CASE WHEN $4 = 1 THEN NULL ELSE table_number END, \
             locked = CASE WHEN $4 = 1 THEN 0 ELSE locked END WHERE id = $5",
        )
        .bind(next.slug())
        .bind(i64::from(answered))
        .bind(timestamp_text(now))
        .bind(i64::from(leaves))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        for mail in mails {
            outbox::queue(&mut tx, mail, now).await?;
        }
        let moved = request_in(&mut tx, id).await?;
        tx.commit().await?;
        moved.ok_or_else(missing)
    }

    /// Expires the unanswered requests of event `event_id` when its answer window closed
    /// before `today` (the day at the venue); returns how many.
    pub async fn expire_meeting_requests(
        &self,
        event_id: i64,
        today: Date,
    ) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        let expired = sqlx::query(
            "UPDATE meeting_requests SET status = 'expired' WHERE status = 'requested' \
             AND event_id = $1 AND event_id IN (SELECT id FROM events WHERE requests_close < $2)",
        )
        .bind(event_id)
        .bind(today.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if expired > 0 {
            touch(&mut tx, event_id).await?;
        }
        tx.commit().await?;
        Ok(expired)
    }

    /// Attaches (or with `None` removes) an interpreter to an accepted request. The meeting
    /// leaves its slot: the schedule must be made again to seat everyone. False when the
    /// request is not accepted.
    pub async fn set_interpreter(
        &self,
        request_id: i64,
        interpreter: Option<i64>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(request) = request_in(&mut tx, request_id).await? else {
            return Ok(false);
        };
        touch(&mut tx, request.event_id).await?;
        let changed = sqlx::query(
            "UPDATE meeting_requests SET interpreter = $1, locked = 0, slot_id = NULL, \
             table_number = NULL, unscheduled_reason = NULL, attended = NULL \
             WHERE id = $2 AND status = 'accepted'",
        )
        .bind(interpreter)
        .bind(request_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(changed == 1)
    }

    /// Writes a schedule made from the event at `version`: each accepted, unlocked request
    /// gets its placement, and `mails` are queued, in one transaction. Locked requests are left
    /// as they are; a meeting that moves loses its held or no-show mark. Refused, writing
    /// nothing, when the event changed since `version`.
    pub async fn save_schedule(
        &self,
        event_id: i64,
        version: i64,
        placements: &[(i64, Placement)],
        mails: &[Mail],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let current =
            sqlx::query("UPDATE events SET version = version + 1 WHERE id = $1 AND version = $2")
                .bind(event_id)
                .bind(version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if current == 0 {
            return Err(StoreError::Refused(
                "the event changed while the schedule was being made; make it again".to_owned(),
            ));
        }
        for (id, placement) in placements {
            let (slot, table, reason) = match placement {
                Placement::At { slot, table } => (Some(*slot), table.map(i64::from), None),
                Placement::Out { reason } => (None, None, Some(reason.as_str())),
            };
            sqlx::query(
                "UPDATE meeting_requests SET \
                 attended = CASE WHEN slot_id = $1 THEN attended ELSE NULL END, \
                 slot_id = $1, table_number = $2, unscheduled_reason = $3 \
                 WHERE id = $4 AND event_id = $5 AND status = 'accepted' AND locked = 0",
            )
            .bind(slot)
            .bind(table)
            .bind(reason)
            .bind(id)
            .bind(event_id)
            .execute(&mut *tx)
            .await?;
        }
        for mail in mails {
            outbox::queue(&mut tx, mail, now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Locks a scheduled meeting in place, or frees it for the next schedule.
    pub async fn set_locked(&self, request_id: i64, locked: bool) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(request) = request_in(&mut tx, request_id).await? else {
            return Ok(false);
        };
        touch(&mut tx, request.event_id).await?;
        let changed = sqlx::query(
            "UPDATE meeting_requests SET locked = $1 \
             WHERE id = $2 AND status = 'accepted' AND slot_id IS NOT NULL",
        )
        .bind(i64::from(locked))
        .bind(request_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(changed == 1)
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

    /// Marks whether a scheduled meeting took place.
    pub async fn mark_attended(
        &self,
        request_id: i64,
        attended: Attended,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE meeting_requests SET attended = $1 WHERE id = $2 AND slot_id IS NOT NULL",
        )
        .bind(attended.slug())
        .bind(request_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// One side's feedback on a meeting; given again, it replaces the earlier one.
    pub async fn give_feedback(
        &self,
        request_id: i64,
        participant_id: i64,
        outcome: MeetingOutcome,
        comment: Option<&FeedbackComment>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM meeting_feedback WHERE request_id = $1 AND participant_id = $2")
            .bind(request_id)
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO meeting_feedback (request_id, participant_id, outcome, comment, given_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(request_id)
        .bind(participant_id)
        .bind(outcome.slug())
        .bind(comment.map(FeedbackComment::as_str))
        .bind(timestamp_text(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every feedback given on an event's meetings.
    pub async fn feedback(&self, event_id: i64) -> Result<Vec<Feedback>, StoreError> {
        let rows: Vec<(i64, i64, String, Option<String>, String)> = sqlx::query_as(
            "SELECT f.request_id, f.participant_id, f.outcome, f.comment, f.given_at \
             FROM meeting_feedback f JOIN meeting_requests r ON r.id = f.request_id \
             WHERE r.event_id = $1 ORDER BY f.request_id, f.participant_id",
        )
        .bind(event_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(request_id, participant_id, outcome, comment, given_at)| {
                let what = format!("feedback on meeting {request_id}");
                Ok(Feedback {
                    request_id,
                    participant_id,
                    outcome: decode(&what, "outcome", &outcome, MeetingOutcome::parse)?,
                    comment: decode_opt(&what, "comment", comment, FeedbackComment::parse)?,
                    given_at: decode_timestamp(&what, "given_at", &given_at)?,
                })
            })
            .collect()
    }
}
