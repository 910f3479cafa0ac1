//! Meeting requests at a brokerage event as the platform's rules allow them, shared by the pages
//! and the API: who may ask whom (participants with a free slot in common), who answers (the
//! invitee, within the request window of the venue's calendar), who may cancel (either side,
//! until the organizer fixed the meeting or it took place), and the e-mail that tells the other
//! side, queued with the change.

use jiff::civil::Date;
use techbridge_domain::{
    Attendance, Language, MeetingMessage, Ref, RequestStatus, Side, VenueName, Zone,
};
use techbridge_store::{
    Mail, MeetingRequest, NewMeetingRequest, Participant, Registration, StoreError, StoredEvent,
};

use crate::App;
use crate::auth::permissions::Action;
use crate::auth::secret;
use crate::brokerage::share_a_free_slot;
use crate::context::Ctx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::pages::listing::is_public;

/// Highest priority a requester can give a meeting.
pub(crate) const MAX_PRIORITY: u32 = 3;
/// Hex characters of randomness in an online room's address: 64 bits.
const ROOM_KEY_CHARS: usize = 16;

/// The day it is at the event's venue: deadlines are days of the venue's calendar.
pub(crate) fn today_at(app: &App, event: &StoredEvent) -> Date {
    app.now()
        .to_zoned(event.event.zone.time_zone().clone())
        .date()
}

/// The signed-in person's registration for an event, if any.
pub(crate) fn own_participation<'a>(
    ctx: &Ctx,
    participants: &'a [Participant],
) -> Option<&'a Participant> {
    let user = ctx.user.as_deref()?;
    participants.iter().find(|p| p.user_id == user.id)
}

/// A step on a meeting request, named as in the addresses that take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    Accept,
    Decline,
    Cancel,
}

impl Answer {
    pub(crate) fn parse(raw: &str) -> Option<Self> {
        match raw {
            "accept" => Some(Self::Accept),
            "decline" => Some(Self::Decline),
            "cancel" => Some(Self::Cancel),
            _ => None,
        }
    }
}

/// An e-mail to participant `to`, in their own interface language.
async fn mail_to(
    app: &App,
    to: &Participant,
    subject: (&str, &str, &str),
    body: (&str, &str),
) -> Result<Option<Mail>, AppError> {
    let Some(person) = app.store().user(to.user_id).await? else {
        return Ok(None);
    };
    let locale = person
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or(Locale::En);
    let tr = app.catalogues().tr(locale);
    let (key, name, event) = subject;
    Ok(Some(Mail {
        recipient: person.user.email,
        subject: tr.with(key, &[("name", name.into()), ("event", event.into())]),
        body: tr.t1(body.0, "link", body.1),
    }))
}

fn event_link(app: &App, event: &StoredEvent) -> String {
    format!("{}/events/{}", app.public_url(), event.event.reference)
}

/// A registration as sent, in words: the page's form and the API's body both give one.
#[derive(Debug, Clone, Default)]
pub(crate) struct RegistrationInput {
    pub(crate) organization: String,
    pub(crate) attendance: String,
    /// On site: a branch venue's name, or empty for the main venue.
    pub(crate) venue: String,
    pub(crate) time_zone: String,
    pub(crate) languages: Vec<String>,
    /// Slot ids.
    pub(crate) unavailable: Vec<String>,
    /// Empty for no limit.
    pub(crate) max_meetings: String,
    pub(crate) interpreter: bool,
    /// `side/ref` of published listings of the organization.
    pub(crate) listings: Vec<String>,
}

/// Registers the signed-in person for `event`, or changes their registration, while
/// registration is open; every bad field is named.
pub(crate) async fn register(
    ctx: &Ctx,
    event: &StoredEvent,
    input: &RegistrationInput,
) -> Result<i64, AppError> {
    let user = ctx.signed_in()?;
    if today_at(&ctx.app, event) > event.event.registration_closes {
        return Err(AppError::Refused(ctx.tr().t("event-registration-closed")));
    }
    let organization =
        Ref::parse(&input.organization).map_err(|e| AppError::invalid("organization", e))?;
    ctx.require(&Action::ActFor(organization.clone()))?;
    let attendance =
        Attendance::parse(&input.attendance).map_err(|e| AppError::invalid("attendance", e))?;
    let venue = match input.venue.trim() {
        "" => None,
        raw if raw == event.event.venue.as_str() => None,
        raw => Some(
            VenueName::parse(raw)
                .ok()
                .filter(|name| event.event.branch(name).is_some())
                .ok_or_else(|| {
                    AppError::invalid("venue", format!("\"{raw}\" is not a venue of this event"))
                })?,
        ),
    };
    // Only those on site sit at a venue.
    let venue = venue.filter(|_| attendance == Attendance::OnSite);
    let zone = Zone::parse(&input.time_zone).map_err(|e| AppError::invalid("time_zone", e))?;
    let mut languages = Vec::new();
    for raw in &input.languages {
        let language = Language::parse(raw).map_err(|e| AppError::invalid("languages", e))?;
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    if languages.is_empty() {
        return Err(AppError::invalid(
            "languages",
            ctx.tr().t("event-choose-a-language"),
        ));
    }
    let mut unavailable = Vec::new();
    for raw in &input.unavailable {
        let id = raw
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| event.slots.iter().any(|s| s.id == *id))
            .ok_or_else(|| {
                AppError::invalid(
                    "unavailable",
                    format!("\"{raw}\" is not a slot of this event"),
                )
            })?;
        if !unavailable.contains(&id) {
            unavailable.push(id);
        }
    }
    if unavailable.len() == event.slots.len() {
        return Err(AppError::invalid(
            "unavailable",
            ctx.tr().t("event-no-slot-left"),
        ));
    }
    let slots = u32::try_from(event.slots.len()).unwrap_or(u32::MAX);
    let max_meetings = match input.max_meetings.trim() {
        "" => None,
        raw => Some(
            raw.parse::<u32>()
                .ok()
                .filter(|m| (1..=slots).contains(m))
                .ok_or_else(|| {
                    AppError::invalid(
                        "max_meetings",
                        format!("\"{raw}\" is not a number from 1 to {slots}"),
                    )
                })?,
        ),
    };
    let mut listings = Vec::new();
    for raw in &input.listings {
        let not_ours = || {
            AppError::invalid(
                "listings",
                format!("\"{raw}\" is not a published listing of {organization}"),
            )
        };
        let (side, reference) = raw.split_once('/').ok_or_else(not_ours)?;
        let side = Side::parse(side).map_err(|_| not_ours())?;
        let reference = Ref::parse(reference).map_err(|_| not_ours())?;
        let listing = ctx
            .app
            .store()
            .listing(side, &reference)
            .await?
            .ok_or_else(not_ours)?;
        if listing.listing.organization != organization || !is_public(&listing.lifecycle) {
            return Err(not_ours());
        }
        if !listings.contains(&(side, reference.clone())) {
            listings.push((side, reference));
        }
    }
    let registration = Registration {
        organization,
        attendance,
        venue,
        zone,
        languages,
        unavailable,
        max_meetings,
        interpreter: input.interpreter,
        listings,
    };
    Ok(ctx
        .app
        .store()
        .register_participant(event.id, user.id, &registration, ctx.app.now())
        .await?)
}

/// Sends a meeting request from the signed-in participant to participant `invitee`.
pub(crate) async fn send(
    ctx: &Ctx,
    event: &StoredEvent,
    invitee: i64,
    message: &str,
    priority: u32,
) -> Result<i64, AppError> {
    ctx.signed_in()?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(ctx, &participants).ok_or(AppError::Forbidden)?;
    if today_at(&ctx.app, event) > event.event.requests_close {
        return Err(AppError::Refused(ctx.tr().t("event-requests-closed")));
    }
    let other = participants
        .iter()
        .find(|p| p.id == invitee)
        .ok_or_else(|| AppError::invalid("invitee", "not a participant of this event"))?;
    if !share_a_free_slot(event, me, other) {
        return Err(AppError::Refused(ctx.tr().t1(
            "event-no-common-slot",
            "name",
            other.name.as_str(),
        )));
    }
    let message = MeetingMessage::parse(message).map_err(|e| AppError::invalid("message", e))?;
    if !(1..=MAX_PRIORITY).contains(&priority) {
        return Err(AppError::invalid(
            "priority",
            format!("a number from 1 to {MAX_PRIORITY}"),
        ));
    }
    let mail = mail_to(
        &ctx.app,
        other,
        (
            "mail-request-subject",
            me.name.as_str(),
            event.event.name.as_str(),
        ),
        ("mail-request-body", &event_link(&ctx.app, event)),
    )
    .await?;
    let request = NewMeetingRequest {
        requester: me.id,
        invitee: other.id,
        message,
        priority,
        room_key: secret(&ctx.app)[..ROOM_KEY_CHARS].to_owned(),
    };
    let id = store
        .request_meeting(event.id, &request, mail.as_slice(), ctx.app.now())
        .await?;
    tracing::info!(event = %event.event.reference, request = id, "meeting requested");
    Ok(id)
}

/// Accept or decline (the invitee) or cancel (either side) request `id` of `event`.
pub(crate) async fn answer(
    ctx: &Ctx,
    event: &StoredEvent,
    id: i64,
    answer: Answer,
) -> Result<MeetingRequest, AppError> {
    ctx.signed_in()?;
    let store = ctx.app.store();
    let participants = store.participants(event.id).await?;
    let me = own_participation(ctx, &participants).ok_or(AppError::NotFound)?;
    let request = store
        .meeting_request(id)
        .await?
        .filter(|r| r.event_id == event.id && (r.requester == me.id || r.invitee == me.id))
        .ok_or(AppError::NotFound)?;
    let is_invitee = request.invitee == me.id;
    if answer != Answer::Cancel && !is_invitee {
        return Err(AppError::Forbidden);
    }
    let today = today_at(&ctx.app, event);
    let answer_by = event.event.requests_close;
    let tr = ctx.tr();
    if answer == Answer::Accept
        && let Some(cap) = me.registration.max_meetings
    {
        let taken = store
            .meeting_requests(event.id)
            .await?
            .iter()
            .filter(|r| r.status == RequestStatus::Accepted && r.people().contains(&me.id))
            .count();
        if taken >= cap as usize {
            return Err(AppError::Refused(tr.t1(
                "event-cap-reached",
                "cap",
                cap.to_string(),
            )));
        }
    }
    let (locked, held) = (tr.t("event-meeting-locked"), tr.t("event-meeting-held"));
    let decline_instead = tr.t("event-decline-instead");
    let other = participants.iter().find(|p| {
        p.id == if is_invitee {
            request.requester
        } else {
            request.invitee
        }
    });
    let mail = match other {
        None => None,
        Some(other) => {
            let key = match answer {
                Answer::Accept => "mail-accepted-subject",
                Answer::Decline => "mail-declined-subject",
                Answer::Cancel => "mail-cancelled-subject",
            };
            mail_to(
                &ctx.app,
                other,
                (key, me.name.as_str(), event.event.name.as_str()),
                ("mail-answer-body", &event_link(&ctx.app, event)),
            )
            .await?
        }
    };
    let moved = store
        .transition_request(id, ctx.app.now(), mail.as_slice(), |r| {
            Ok(match answer {
                Answer::Accept => r.status.accept(today, answer_by)?,
                Answer::Decline => r.status.decline(today, answer_by)?,
                // Only the organizer moves a fixed meeting; a held one stays in the records;
                // an invitee who does not want a waiting request declines it.
                Answer::Cancel if r.locked => return Err(StoreError::Refused(locked)),
                Answer::Cancel if r.attended.is_some() => return Err(StoreError::Refused(held)),
                Answer::Cancel if is_invitee && r.status == RequestStatus::Requested => {
                    return Err(StoreError::Refused(decline_instead));
                }
                Answer::Cancel => r.status.cancel()?,
            })
        })
        .await?;
    tracing::info!(event = %event.event.reference, request = id, status = moved.status.slug(), "meeting request answered");
    Ok(moved)
}
