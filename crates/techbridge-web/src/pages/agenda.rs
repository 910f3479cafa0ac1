//! A participant's agenda: their scheduled meetings in time order, each at the venue's time and
//! at their own, with the table or the online room, as a page and as an iCalendar file; and
//! the feedback each side gives once the meeting has begun.

use askama::Template;
use axum::extract::Path;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use techbridge_domain::{FeedbackComment, MeetingOutcome, RequestStatus, VenueName, Zone};
use techbridge_store::{MeetingRequest, Participant, StoredEvent};

use crate::auth::forms::Form;
use crate::brokerage::{AgendaEntry, ics};
use crate::context::Ctx;
use crate::error::AppError;
use crate::meetings::own_participation;
use crate::pages::events::{clock, find, slot_label};
use crate::pages::{Chrome, render, see_other};

/// The online room of a meeting, when the event names where its rooms are.
pub(crate) fn room(event: &StoredEvent, request: &MeetingRequest) -> Option<String> {
    event.event.rooms_url.as_ref().map(|base| {
        format!(
            "{base}/techbridge-{}-{}",
            event.event.reference, request.room_key
        )
    })
}

/// Where a meeting with a table sits, and that venue's time zone: a branch venue's, or the
/// main venue's (also for an online meeting, which is told at the main venue's time).
pub(crate) fn venue_of<'a>(
    event: &'a StoredEvent,
    request: &MeetingRequest,
) -> (&'a VenueName, &'a Zone) {
    match request.venue.as_ref().and_then(|v| event.event.branch(v)) {
        Some(branch) if request.table.is_some() => (&branch.name, &branch.zone),
        _ => (&event.event.venue, &event.event.zone),
    }
}

/// The scheduled meetings of `me`, in time order, with their slot.
pub(crate) fn scheduled<'a>(
    event: &'a StoredEvent,
    requests: &'a [MeetingRequest],
    me: &Participant,
) -> Vec<(&'a MeetingRequest, &'a techbridge_store::StoredSlot)> {
    let mut meetings: Vec<_> = requests
        .iter()
        .filter(|r| r.status == RequestStatus::Accepted && r.people().contains(&me.id))
        .filter_map(|r| {
            let slot = event.slots.iter().find(|s| Some(s.id) == r.slot)?;
            Some((r, slot))
        })
        .collect();
    meetings.sort_by_key(|(_, slot)| slot.time.start);
    meetings
}

/// Whether `me` is one of the two sides of the meeting (not its interpreter).
fn is_side(request: &MeetingRequest, me: &Participant) -> bool {
    request.requester == me.id || request.invitee == me.id
}

/// The other people of a meeting, by name.
fn others(request: &MeetingRequest, me: &Participant, participants: &[Participant]) -> String {
    request
        .people()
        .iter()
        .filter(|id| **id != me.id)
        .filter_map(|id| participants.iter().find(|p| p.id == *id))
        .map(|p| p.name.as_str().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug)]
struct Item {
    id: i64,
    at_venue: String,
    at_home: Option<String>,
    with: String,
    place: String,
    room: Option<String>,
    may_give_feedback: bool,
    outcomes: Vec<(String, String, bool)>,
    comment: String,
}

#[derive(Template)]
#[template(path = "agenda.html")]
struct AgendaPage<'a> {
    chrome: Chrome<'a>,
    reference: String,
    name: String,
    items: Vec<Item>,
}

pub(crate) async fn show(ctx: Ctx, Path(reference): Path<String>) -> Result<Response, AppError> {
    ctx.signed_in()?;
    let event = find(&ctx, &reference).await?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(&ctx, &participants).ok_or(AppError::NotFound)?;
    let requests = store.meeting_requests(event.id).await?;
    let feedback = store.feedback(event.id).await?;
    let tr = ctx.tr();
    let now = ctx.app.now();
    let home = &me.registration.zone;
    let items = scheduled(&event, &requests, me)
        .into_iter()
        .map(|(request, slot)| {
            let mine = feedback
                .iter()
                .find(|f| f.request_id == request.id && f.participant_id == me.id);
            let (venue, zone) = venue_of(&event, request);
            Item {
                id: request.id,
                at_venue: slot_label(&ctx, zone, slot.time.start, slot.time.end),
                at_home: (home.as_str() != zone.as_str()).then(|| {
                    tr.with(
                        "agenda-your-time",
                        &[
                            (
                                "time",
                                format!(
                                    "{}–{}",
                                    clock(slot.time.start, home),
                                    clock(slot.time.end, home)
                                )
                                .into(),
                            ),
                            ("zone", home.to_string().into()),
                        ],
                    )
                }),
                with: others(request, me, &participants),
                place: match request.table {
                    Some(table) => tr.with(
                        "agenda-table",
                        &[
                            ("venue", venue.as_str().into()),
                            ("table", table.to_string().into()),
                        ],
                    ),
                    None => tr.t("agenda-online"),
                },
                room: request
                    .table
                    .is_none()
                    .then(|| room(&event, request))
                    .flatten(),
                // The two sides say how it went; an interpreter has no outcome of their own.
                may_give_feedback: slot.time.start <= now && is_side(request, me),
                outcomes: MeetingOutcome::ALL
                    .into_iter()
                    .map(|o| {
                        (
                            o.slug().to_owned(),
                            tr.t(&format!("outcome-{}", o.slug())),
                            mine.is_some_and(|f| f.outcome == o),
                        )
                    })
                    .collect(),
                comment: mine
                    .and_then(|f| f.comment.as_ref())
                    .map(|c| c.as_str().to_owned())
                    .unwrap_or_default(),
            }
        })
        .collect();
    render(&AgendaPage {
        chrome: Chrome::new(
            &ctx,
            tr.t1("agenda-title", "event", event.event.name.as_str()),
        ),
        reference: event.event.reference.to_string(),
        name: event.event.name.as_str().to_owned(),
        items,
    })
}

/// The agenda as an iCalendar file to import into any calendar.
pub(crate) async fn calendar(ctx: Ctx, reference: &str) -> Result<Response, AppError> {
    ctx.signed_in()?;
    let event = find(&ctx, reference).await?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(&ctx, &participants).ok_or(AppError::NotFound)?;
    let requests = store.meeting_requests(event.id).await?;
    let tr = ctx.tr();
    let entries: Vec<AgendaEntry> = scheduled(&event, &requests, me)
        .into_iter()
        .map(|(request, slot)| {
            let with = others(request, me, &participants);
            let (venue, _) = venue_of(&event, request);
            let (location, link) = match request.table {
                Some(table) => (
                    tr.with(
                        "agenda-table",
                        &[
                            ("venue", venue.as_str().into()),
                            ("table", table.to_string().into()),
                        ],
                    ),
                    None,
                ),
                None => (tr.t("agenda-online"), room(&event, request)),
            };
            // The request's message is between the two sides, not for the interpreter.
            let mut description = if is_side(request, me) {
                request.message.as_str().to_owned()
            } else {
                String::new()
            };
            if let Some(link) = &link {
                description = format!("{link}\n\n{description}");
            }
            AgendaEntry {
                id: request.id,
                start: slot.time.start,
                end: slot.time.end,
                summary: tr.t1("agenda-meeting-with", "name", with),
                location: link.unwrap_or(location),
                description,
            }
        })
        .collect();
    let host = ctx
        .app
        .public_url()
        .split_once("://")
        .map_or("techbridge", |(_, rest)| {
            rest.split(['/', ':']).next().unwrap_or("techbridge")
        })
        .to_owned();
    let body = ics(
        event.event.name.as_str(),
        &host,
        ctx.app.now(),
        event.version,
        &entries,
    );
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.ics\"", event.event.reference),
            ),
        ],
        body,
    )
        .into_response())
}

/// One side's feedback after a meeting has begun.
pub(crate) async fn feedback(
    ctx: Ctx,
    Path((reference, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, AppError> {
    ctx.signed_in()?;
    let event = find(&ctx, &reference).await?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(&ctx, &participants).ok_or(AppError::NotFound)?;
    let requests = store.meeting_requests(event.id).await?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let (request, slot) = scheduled(&event, &requests, me)
        .into_iter()
        .find(|(r, _)| r.id == id)
        .ok_or(AppError::NotFound)?;
    if !is_side(request, me) {
        return Err(AppError::Forbidden);
    }
    if slot.time.start > ctx.app.now() {
        return Err(AppError::Refused(ctx.tr().t("agenda-feedback-too-early")));
    }
    let outcome = MeetingOutcome::parse(&form.text("outcome"))
        .map_err(|e| AppError::invalid("outcome", e))?;
    let comment = match form.text("comment") {
        c if c.is_empty() => None,
        c => Some(FeedbackComment::parse(&c).map_err(|e| AppError::invalid("comment", e))?),
    };
    store
        .give_feedback(request.id, me.id, outcome, comment.as_ref(), ctx.app.now())
        .await?;
    Ok(see_other(&format!(
        "/events/{}/agenda",
        event.event.reference
    )))
}
