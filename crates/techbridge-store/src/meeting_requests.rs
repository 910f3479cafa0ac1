//! Meeting requests at a brokerage event and what becomes of them: sent and answered, placed
//! by the schedule (written in one transaction, locked meetings untouched), marked held or
//! no-show, and the feedback each side gives. Every write to an event's requests goes through
//! `touch`, so an event's writes happen one after another and a stale schedule is refused.

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::AnyConnection;
use techbridge_domain::{
    Attended, FeedbackComment, MeetingMessage, MeetingOutcome, RequestStatus, VenueName,
};

use crate::events::touch;
use crate::outbox::{self, Mail};
use crate::rows::{decode, decode_opt, decode_timestamp, timestamp_text};
use crate::{Store, StoreError};

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
    /// The branch venue of the table (`None` at the main venue, or without a table).
    pub venue: Option<VenueName>,
    /// Kept in place when the schedule is made again.
    pub locked: bool,
    /// Why the last schedule left an accepted request out.
    pub unscheduled_reason: Option<String>,
    pub attended: Option<Attended>,
    /// The random part of the meeting's online room address.
    pub room_key: String,
}

impl MeetingRequest {
    /// The participants who sit in the meeting: the two sides and the interpreter, if any.
    pub fn people(&self) -> Vec<i64> {
        let mut people = vec![self.requester, self.invitee];
        people.extend(self.interpreter);
        people
    }
}

/// A meeting request as a participant sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeetingRequest {
    pub requester: i64,
    pub invitee: i64,
    pub message: MeetingMessage,
    /// 1 and up: how much the meeting matters to the requester.
    pub priority: u32,
    /// A random value that makes the online room's address unguessable.
    pub room_key: String,
}

/// Where the schedule puts one accepted request: a slot and a table (at a branch venue, or at
/// the main one when `venue` is `None`) or online without one, or out with a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    At {
        slot: i64,
        table: Option<u32>,
        venue: Option<VenueName>,
    },
    Out {
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub request_id: i64,
    pub participant_id: i64,
    pub outcome: MeetingOutcome,
    pub comment: Option<FeedbackComment>,
    pub given_at: Timestamp,
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
    String,
    Option<String>,
);

macro_rules! select_requests {
    ($condition:literal) => {
        concat!(
            "SELECT id, event_id, requester, invitee, message, priority, status, sent_at, \
             interpreter, slot_id, table_number, locked, unscheduled_reason, attended, room_key, \
             venue \
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
        room_key,
        venue,
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
        venue: decode_opt(&what, "venue", venue, VenueName::parse)?,
        locked: locked != 0,
        unscheduled_reason,
        attended: decode_opt(&what, "attended", attended, Attended::parse)?,
        room_key,
    })
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
    /// Sends a meeting request, queuing `mails` with it; refused while another request between
    /// the two is open.
    pub async fn request_meeting(
        &self,
        event_id: i64,
        request: &NewMeetingRequest,
        mails: &[Mail],
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let (requester, invitee) = (request.requester, request.invitee);
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
             status, sent_at, locked, room_key) \
             VALUES ($1, $2, $3, $4, $5, 'requested', $6, 0, $7) RETURNING id",
        )
        .bind(event_id)
        .bind(requester)
        .bind(invitee)
        .bind(request.message.as_str())
        .bind(i64::from(request.priority))
        .bind(timestamp_text(now))
        .bind(request.room_key.as_str())
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
             venue = CASE WHEN $4 = 1 THEN NULL ELSE venue END, \
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
        // The event first, as every writer of its requests takes it: no two wait on each other.
        touch(&mut tx, event_id).await?;
        let expired = sqlx::query(
            "UPDATE meeting_requests SET status = 'expired' WHERE status = 'requested' \
             AND event_id = $1 AND event_id IN (SELECT id FROM events WHERE requests_close < $2)",
        )
        .bind(event_id)
        .bind(today.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
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
             table_number = NULL, venue = NULL, unscheduled_reason = NULL, attended = NULL \
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
            let (slot, table, venue, reason) = match placement {
                Placement::At { slot, table, venue } => (
                    Some(*slot),
                    table.map(i64::from),
                    venue.as_ref().map(VenueName::as_str),
                    None,
                ),
                Placement::Out { reason } => (None, None, None, Some(reason.as_str())),
            };
            sqlx::query(
                "UPDATE meeting_requests SET \
                 attended = CASE WHEN slot_id = $1 AND table_number IS NOT DISTINCT FROM $2 \
                 AND venue IS NOT DISTINCT FROM $6 THEN attended ELSE NULL END, \
                 slot_id = $1, table_number = $2, unscheduled_reason = $3, venue = $6 \
                 WHERE id = $4 AND event_id = $5 AND status = 'accepted' AND locked = 0",
            )
            .bind(slot)
            .bind(table)
            .bind(reason)
            .bind(id)
            .bind(event_id)
            .bind(venue)
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
