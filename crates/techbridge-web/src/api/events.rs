//! Brokerage events through the API: events and their slots for anyone; registration, meeting
//! requests and the agenda for a participant's token; the schedule for an organizer's. The
//! rules are the pages' own (`crate::meetings`, `crate::brokerage`).

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use techbridge_store::{MeetingRequest, Participant, StoredEvent};
use utoipa::ToSchema;

use crate::api::JsonBody;
use crate::auth::permissions::Action;
use crate::brokerage::make_schedule;
use crate::context::Ctx;
use crate::error::AppError;
use crate::meetings::{self, Answer, RegistrationInput, own_participation};
use crate::pages::agenda::{room, scheduled, venue_of};
use crate::pages::event_form::{BranchInput, EventInput, read_event};
use crate::pages::events::find;
use crate::pages::listing::is_public;

/// A meeting slot; times are RFC 3339 in UTC.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SlotBody {
    id: i64,
    start: String,
    end: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct EventBody {
    r#ref: String,
    name: String,
    venue: String,
    /// IANA time zone of the venue.
    time_zone: String,
    /// Tables per slot at the venue.
    tables: u32,
    /// Branch venues in other places, each with its own time zone and tables.
    branches: Vec<BranchBody>,
    registration_closes: String,
    requests_close: String,
    slots: Vec<SlotBody>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct BranchBody {
    name: String,
    /// IANA time zone of the branch venue.
    time_zone: String,
    /// Tables per slot at the branch venue.
    tables: u32,
}

impl From<&StoredEvent> for EventBody {
    fn from(e: &StoredEvent) -> Self {
        Self {
            r#ref: e.event.reference.to_string(),
            name: e.event.name.as_str().to_owned(),
            venue: e.event.venue.as_str().to_owned(),
            time_zone: e.event.zone.to_string(),
            tables: e.event.tables,
            branches: e
                .event
                .branches
                .iter()
                .map(|b| BranchBody {
                    name: b.name.as_str().to_owned(),
                    time_zone: b.zone.to_string(),
                    tables: b.tables,
                })
                .collect(),
            registration_closes: e.event.registration_closes.to_string(),
            requests_close: e.event.requests_close.to_string(),
            slots: e
                .slots
                .iter()
                .map(|s| SlotBody {
                    id: s.id,
                    start: s.time.start.to_string(),
                    end: s.time.end.to_string(),
                })
                .collect(),
        }
    }
}

/// A registration, as sent.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegistrationBody {
    /// The ref of the organization the person represents.
    organization: String,
    /// on_site or online.
    attendance: String,
    /// On site at a branch venue: its name; absent or the main venue's name for the main venue.
    #[serde(default)]
    venue: Option<String>,
    /// The participant's IANA time zone.
    time_zone: String,
    /// BCP 47 tags of the languages the person can meet in.
    languages: Vec<String>,
    /// Ids of slots the person cannot attend.
    #[serde(default)]
    unavailable: Vec<i64>,
    #[serde(default)]
    max_meetings: Option<u32>,
    #[serde(default)]
    interpreter: bool,
    /// `offer/REF` or `need/REF` of the organization's published listings.
    #[serde(default)]
    listings: Vec<String>,
}

/// A participant as other participants see them.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ParticipantBody {
    id: i64,
    name: String,
    organization: String,
    attendance: String,
    /// On site at a branch venue: its name.
    venue: Option<String>,
    languages: Vec<String>,
    interpreter: bool,
    listings: Vec<String>,
}

impl From<&Participant> for ParticipantBody {
    fn from(p: &Participant) -> Self {
        Self {
            id: p.id,
            name: p.name.as_str().to_owned(),
            organization: p.registration.organization.to_string(),
            attendance: p.registration.attendance.slug().to_owned(),
            venue: p.registration.venue.as_ref().map(|v| v.as_str().to_owned()),
            languages: p
                .registration
                .languages
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            interpreter: p.registration.interpreter,
            listings: p
                .registration
                .listings
                .iter()
                .map(|(side, r)| format!("{}/{r}", side.slug()))
                .collect(),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewRequest {
    /// The participant id of the person asked.
    invitee: i64,
    message: String,
    /// 1 (interesting) to 3 (essential); default 1.
    #[serde(default)]
    priority: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RequestBody {
    id: i64,
    requester: i64,
    invitee: i64,
    interpreter: Option<i64>,
    message: String,
    priority: u32,
    /// requested, accepted, declined, expired or cancelled.
    status: String,
    /// Once scheduled: the slot id, and the table when on site.
    slot: Option<i64>,
    table: Option<u32>,
    /// The branch venue of the table; none at the main venue.
    venue: Option<String>,
    locked: bool,
    /// Why the last schedule left an accepted request out.
    unscheduled_reason: Option<String>,
}

impl From<&MeetingRequest> for RequestBody {
    fn from(r: &MeetingRequest) -> Self {
        Self {
            id: r.id,
            requester: r.requester,
            invitee: r.invitee,
            interpreter: r.interpreter,
            message: r.message.as_str().to_owned(),
            priority: r.priority,
            status: r.status.slug().to_owned(),
            slot: r.slot,
            table: r.table,
            venue: r.venue.as_ref().map(|v| v.as_str().to_owned()),
            locked: r.locked,
            unscheduled_reason: r.unscheduled_reason.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RequestsBody {
    sent: Vec<RequestBody>,
    received: Vec<RequestBody>,
}

/// One scheduled meeting of the participant.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AgendaBody {
    meeting: i64,
    start: String,
    end: String,
    /// Participant ids of the others in the meeting.
    with: Vec<i64>,
    /// On site: the table and its venue (the main venue or a branch); online: none, and
    /// `room` when the event has online rooms.
    table: Option<u32>,
    venue: Option<String>,
    room: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ScheduleBody {
    scheduled: usize,
    unscheduled: usize,
    /// Sum of the priorities of the scheduled meetings.
    objective: u64,
    /// No schedule of the accepted requests can be worth more.
    upper_bound: u64,
}

/// An event as an operator sends it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewEventBody {
    /// Letters, digits, '-' and '_'.
    r#ref: String,
    name: String,
    venue: String,
    /// IANA time zone of the venue.
    time_zone: String,
    /// The event's days, as YYYY-MM-DD.
    days: Vec<String>,
    /// Matchmaking sessions of each day at the venue, as "09:00-12:00".
    sessions: Vec<String>,
    /// 15 to 30.
    slot_minutes: u32,
    /// Tables per slot at the venue.
    tables: u32,
    #[serde(default)]
    branches: Vec<NewBranchBody>,
    /// The last day of registration, YYYY-MM-DD.
    registration_closes: String,
    /// The last day requests may be sent and answered, before the first day.
    requests_close: String,
    /// Where online meetings take place (http or https).
    #[serde(default)]
    rooms_url: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewBranchBody {
    name: String,
    time_zone: String,
    tables: u32,
}

/// Creates a brokerage event (operators).
#[utoipa::path(
    post,
    path = "/api/v1/events",
    request_body = NewEventBody,
    responses(
        (status = 201, body = EventBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn create(
    ctx: Ctx,
    JsonBody(body): JsonBody<NewEventBody>,
) -> Result<Response, AppError> {
    ctx.require(&Action::OrganizeEvents)?;
    let fields = [
        ("ref", body.r#ref),
        ("name", body.name),
        ("venue", body.venue),
        ("time_zone", body.time_zone),
        ("days", body.days.join(",")),
        ("sessions", body.sessions.join(",")),
        ("slot_minutes", body.slot_minutes.to_string()),
        ("tables", body.tables.to_string()),
        ("registration_closes", body.registration_closes),
        ("requests_close", body.requests_close),
        ("rooms_url", body.rooms_url.unwrap_or_default()),
    ];
    let input = EventInput {
        fields: fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        branches: body
            .branches
            .into_iter()
            .map(|b| {
                Ok(BranchInput {
                    name: b.name,
                    time_zone: b.time_zone,
                    tables: b.tables.to_string(),
                })
            })
            .collect(),
    };
    let event = read_event(&input).map_err(|problems| {
        // Every problem, the first one's field leading as in every other refusal.
        let field = problems.first().map_or("event", |(f, _)| f.as_str());
        let detail = problems
            .iter()
            .enumerate()
            .map(|(i, (f, reason))| {
                if i == 0 {
                    reason.clone()
                } else {
                    format!("{f}: {reason}")
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        AppError::invalid(field, detail)
    })?;
    ctx.app.store().create_event(&event, ctx.app.now()).await?;
    let stored = find(&ctx, event.reference.as_str()).await?;
    Ok((StatusCode::CREATED, Json(EventBody::from(&stored))).into_response())
}

/// Every brokerage event.
#[utoipa::path(get, path = "/api/v1/events", responses((status = 200, body = Vec<EventBody>)), tag = "events")]
pub(crate) async fn list(ctx: Ctx) -> Result<Json<Vec<EventBody>>, AppError> {
    let events = ctx.app.store().events().await?;
    Ok(Json(events.iter().map(EventBody::from).collect()))
}

/// One event with its slots.
#[utoipa::path(
    get,
    path = "/api/v1/events/{reference}",
    params(("reference" = String, Path, description = "The event's ref")),
    responses((status = 200, body = EventBody), (status = 404, body = crate::api::ErrorBody)),
    tag = "events"
)]
pub(crate) async fn show(
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Json<EventBody>, AppError> {
    Ok(Json(EventBody::from(&find(&ctx, &reference).await?)))
}

/// Registers the token's person, or changes their registration.
#[utoipa::path(
    put,
    path = "/api/v1/events/{reference}/registration",
    params(("reference" = String, Path, description = "The event's ref")),
    request_body = RegistrationBody,
    responses(
        (status = 200, body = ParticipantBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn register(
    ctx: Ctx,
    Path(reference): Path<String>,
    JsonBody(body): JsonBody<RegistrationBody>,
) -> Result<Json<ParticipantBody>, AppError> {
    let event = find(&ctx, &reference).await?;
    let input = RegistrationInput {
        organization: body.organization,
        attendance: body.attendance,
        venue: body.venue.unwrap_or_default(),
        time_zone: body.time_zone,
        languages: body.languages,
        unavailable: body.unavailable.iter().map(i64::to_string).collect(),
        max_meetings: body.max_meetings.map(|m| m.to_string()).unwrap_or_default(),
        interpreter: body.interpreter,
        listings: body.listings,
    };
    let id = meetings::register(&ctx, &event, &input).await?;
    let participants = ctx.app.store().participants(event.id).await?;
    let me = participants
        .iter()
        .find(|p| p.id == id)
        .ok_or(AppError::Internal)?;
    Ok(Json(ParticipantBody::from(me)))
}

/// The event's participants, for its participants and organizers.
#[utoipa::path(
    get,
    path = "/api/v1/events/{reference}/participants",
    params(("reference" = String, Path, description = "The event's ref")),
    responses(
        (status = 200, body = Vec<ParticipantBody>),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn participants(
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Json<Vec<ParticipantBody>>, AppError> {
    ctx.signed_in()?;
    let event = find(&ctx, &reference).await?;
    let participants = ctx.app.store().participants(event.id).await?;
    if own_participation(&ctx, &participants).is_none() {
        ctx.require(&Action::OrganizeEvents)?;
    }
    // Listings withdrawn or no longer public since registration are not shown, as on the page.
    let mut bodies = Vec::with_capacity(participants.len());
    for p in &participants {
        let mut body = ParticipantBody::from(p);
        body.listings.clear();
        for (side, reference) in &p.registration.listings {
            if let Some(listing) = ctx.app.store().listing(*side, reference).await?
                && is_public(&listing.lifecycle)
            {
                body.listings.push(format!("{}/{reference}", side.slug()));
            }
        }
        bodies.push(body);
    }
    Ok(Json(bodies))
}

/// The meeting requests the token's person sent and received at the event.
#[utoipa::path(
    get,
    path = "/api/v1/events/{reference}/requests",
    params(("reference" = String, Path, description = "The event's ref")),
    responses(
        (status = 200, body = RequestsBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn requests(
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Json<RequestsBody>, AppError> {
    ctx.signed_in()?;
    let event = find(&ctx, &reference).await?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(&ctx, &participants).ok_or(AppError::NotFound)?;
    let all = store.meeting_requests(event.id).await?;
    Ok(Json(RequestsBody {
        sent: all
            .iter()
            .filter(|r| r.requester == me.id)
            .map(RequestBody::from)
            .collect(),
        received: all
            .iter()
            .filter(|r| r.invitee == me.id)
            .map(RequestBody::from)
            .collect(),
    }))
}

/// Asks another participant for a meeting.
#[utoipa::path(
    post,
    path = "/api/v1/events/{reference}/requests",
    params(("reference" = String, Path, description = "The event's ref")),
    request_body = NewRequest,
    responses(
        (status = 201, body = RequestBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
        (status = 422, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn request(
    ctx: Ctx,
    Path(reference): Path<String>,
    JsonBody(body): JsonBody<NewRequest>,
) -> Result<Response, AppError> {
    let event = find(&ctx, &reference).await?;
    let id = meetings::send(
        &ctx,
        &event,
        body.invitee,
        &body.message,
        body.priority.unwrap_or(1),
    )
    .await?;
    let sent = ctx
        .app
        .store()
        .meeting_request(id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok((StatusCode::CREATED, Json(RequestBody::from(&sent))).into_response())
}

/// Accept or decline (the invitee), or cancel (either side) a meeting request.
#[utoipa::path(
    post,
    path = "/api/v1/events/{reference}/requests/{id}/{step}",
    params(
        ("reference" = String, Path, description = "The event's ref"),
        ("id" = i64, Path, description = "The request's id"),
        ("step" = String, Path, description = "accept, decline or cancel"),
    ),
    responses(
        (status = 200, body = RequestBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn answer(
    ctx: Ctx,
    Path((reference, id, step)): Path<(String, String, String)>,
) -> Result<Json<RequestBody>, AppError> {
    let event = find(&ctx, &reference).await?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let answer = Answer::parse(&step).ok_or(AppError::NotFound)?;
    let moved = meetings::answer(&ctx, &event, id, answer).await?;
    Ok(Json(RequestBody::from(&moved)))
}

/// The token's person's scheduled meetings, in time order.
#[utoipa::path(
    get,
    path = "/api/v1/events/{reference}/agenda",
    params(("reference" = String, Path, description = "The event's ref")),
    responses(
        (status = 200, body = Vec<AgendaBody>),
        (status = 401, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn agenda(
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Json<Vec<AgendaBody>>, AppError> {
    ctx.signed_in()?;
    let event = find(&ctx, &reference).await?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(&ctx, &participants).ok_or(AppError::NotFound)?;
    let requests = store.meeting_requests(event.id).await?;
    let items = scheduled(&event, &requests, me)
        .into_iter()
        .map(|(r, slot)| AgendaBody {
            meeting: r.id,
            start: slot.time.start.to_string(),
            end: slot.time.end.to_string(),
            with: r.people().into_iter().filter(|p| *p != me.id).collect(),
            table: r.table,
            venue: r.table.map(|_| venue_of(&event, r).0.as_str().to_owned()),
            room: r.table.is_none().then(|| room(&event, r)).flatten(),
        })
        .collect();
    Ok(Json(items))
}

/// Makes the schedule of the accepted requests again (organizers); locked meetings stay.
#[utoipa::path(
    post,
    path = "/api/v1/events/{reference}/schedule",
    params(("reference" = String, Path, description = "The event's ref")),
    responses(
        (status = 200, body = ScheduleBody),
        (status = 401, body = crate::api::ErrorBody),
        (status = 403, body = crate::api::ErrorBody),
        (status = 404, body = crate::api::ErrorBody),
        (status = 409, body = crate::api::ErrorBody),
    ),
    security(("token" = [])),
    tag = "events"
)]
pub(crate) async fn schedule(
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Json<ScheduleBody>, AppError> {
    ctx.require(&Action::OrganizeEvents)?;
    let event = find(&ctx, &reference).await?;
    let run = make_schedule(&ctx.app, &event).await?;
    Ok(Json(ScheduleBody {
        scheduled: run.scheduled,
        unscheduled: run.unscheduled,
        objective: run.objective,
        upper_bound: run.upper_bound,
    }))
}
