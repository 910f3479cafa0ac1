//! Brokerage events as members see them: the list of events, and an event's page: its slots in the venue's time, registration (attendance, languages,
//! slots one cannot attend, a cap, the listings one brings), the marketplace of participants
//! with "you should meet" suggestions from the matching engine, and meeting requests sent and
//! received with their answers.

use std::collections::HashSet;

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use jiff::Timestamp;
use techbridge_domain::{Attendance, CONTENT_LANGUAGES, Language, Ref, RequestStatus, Side, Zone};
use techbridge_store::{MeetingRequest, StoredEvent};

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::brokerage::{share_a_free_slot, share_a_language};
use crate::context::Ctx;
use crate::error::AppError;
use crate::interests::own_organizations;
use crate::matches::best_matches;
use crate::meetings::{self, Answer, RegistrationInput, own_participation, today_at};
use crate::pages::agenda::venue_of;
use crate::pages::listing::is_public;
use crate::pages::views::{country_name, language_name, listing_href};
use crate::pages::{Chrome, render, see_other};

/// `09:00` in `zone`.
pub(crate) fn clock(at: Timestamp, zone: &Zone) -> String {
    at.to_zoned(zone.time_zone().clone())
        .strftime("%H:%M")
        .to_string()
}

/// A slot as a page names it: the day and the time in `zone` (a venue's).
pub(crate) fn slot_label(ctx: &Ctx, zone: &Zone, start: Timestamp, end: Timestamp) -> String {
    let day = start.to_zoned(zone.time_zone().clone()).date();
    format!(
        "{} {}–{}",
        ctx.tr().date(day),
        clock(start, zone),
        clock(end, zone)
    )
}

/// The event at `reference`, or "not found".
pub(crate) async fn find(ctx: &Ctx, reference: &str) -> Result<StoredEvent, AppError> {
    let reference = Ref::parse(reference).map_err(|_| AppError::NotFound)?;
    ctx.app
        .store()
        .event(&reference)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Debug)]
struct EventRow {
    href: String,
    name: String,
    venue: String,
    when: String,
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage<'a> {
    chrome: Chrome<'a>,
    events: Vec<EventRow>,
    may_organize: bool,
}

pub(crate) async fn list(ctx: Ctx) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let events = ctx
        .app
        .store()
        .events()
        .await?
        .into_iter()
        .map(|e| {
            let zone = e.event.zone.time_zone().clone();
            let day = |at: Timestamp| tr.date(at.to_zoned(zone.clone()).date());
            let when = match (e.slots.first(), e.slots.last()) {
                (Some(first), Some(last)) if day(first.time.start) != day(last.time.start) => {
                    format!("{} – {}", day(first.time.start), day(last.time.start))
                }
                (Some(first), _) => day(first.time.start),
                _ => String::new(),
            };
            EventRow {
                href: format!("/events/{}", e.event.reference),
                name: e.event.name.as_str().to_owned(),
                venue: e.event.venue.as_str().to_owned(),
                when,
            }
        })
        .collect();
    render(&EventsPage {
        chrome: Chrome::new(&ctx, tr.t("events-title")),
        events,
        may_organize: ctx.may(&Action::OrganizeEvents),
    })
}

#[derive(Debug)]
struct SlotChoice {
    id: i64,
    label: String,
    unavailable: bool,
}

#[derive(Debug)]
struct Choice {
    value: String,
    label: String,
    chosen: bool,
}

#[derive(Debug)]
struct Card {
    id: i64,
    name: String,
    organization: String,
    country: String,
    attendance: String,
    languages: String,
    interpreter: bool,
    listings: Vec<(String, String)>,
    suggested: bool,
    /// Why no request can be sent, when none can.
    blocked: Option<String>,
    /// A note on the request: no shared language.
    note: Option<String>,
}

#[derive(Debug)]
struct RequestRow {
    id: i64,
    other: String,
    message: String,
    status: String,
    place: Option<String>,
    may_answer: bool,
    may_cancel: bool,
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage<'a> {
    chrome: Chrome<'a>,
    reference: String,
    name: String,
    venue: String,
    zone: String,
    tables: String,
    /// Branch venues, each as a line: name, time zone, tables.
    branches: Vec<String>,
    registration_closes: String,
    requests_close: String,
    slots: Vec<SlotChoice>,
    signed_in: bool,
    registered: bool,
    may_register: bool,
    may_request: bool,
    may_organize: bool,
    organizations: Vec<Choice>,
    attendance: Vec<Choice>,
    /// Where to sit when on site; empty when the event has no branch venues.
    venues: Vec<Choice>,
    languages: Vec<Choice>,
    listings: Vec<Choice>,
    own_zone: String,
    max_meetings: String,
    interpreter: bool,
    participants: Vec<Card>,
    received: Vec<RequestRow>,
    sent: Vec<RequestRow>,
}

/// The listings of the person's organizations that are public, as `side/ref` choices.
async fn own_listings(ctx: &Ctx, chosen: &[(Side, Ref)]) -> Result<Vec<Choice>, AppError> {
    let store = ctx.app.store();
    let mut choices = Vec::new();
    for organization in own_organizations(ctx) {
        for (side, reference) in store.listings_of(&organization).await? {
            if let Some(listing) = store.listing(side, &reference).await?
                && is_public(&listing.lifecycle)
            {
                choices.push(Choice {
                    value: format!("{}/{reference}", side.slug()),
                    label: listing.listing.title.as_str().to_owned(),
                    chosen: chosen.iter().any(|(s, r)| *s == side && *r == reference),
                });
            }
        }
    }
    Ok(choices)
}

/// Where an accepted request stands in the schedule, in words.
fn place(ctx: &Ctx, event: &StoredEvent, request: &MeetingRequest) -> Option<String> {
    let tr = ctx.tr();
    if request.status != RequestStatus::Accepted {
        return None;
    }
    Some(
        match request
            .slot
            .and_then(|id| event.slots.iter().find(|s| s.id == id))
        {
            Some(slot) => {
                let (venue, zone) = venue_of(event, request);
                let when = slot_label(ctx, zone, slot.time.start, slot.time.end);
                match request.table {
                    Some(table) if request.venue.is_some() => tr.with(
                        "event-meeting-at-venue-table",
                        &[
                            ("when", when.into()),
                            ("table", table.to_string().into()),
                            ("venue", venue.as_str().into()),
                        ],
                    ),
                    Some(table) => tr.with(
                        "event-meeting-at-table",
                        &[("when", when.into()), ("table", table.to_string().into())],
                    ),
                    None => tr.t1("event-meeting-online", "when", when),
                }
            }
            None => match &request.unscheduled_reason {
                Some(reason) => tr.t1("event-meeting-unscheduled", "reason", reason.as_str()),
                None => tr.t("event-meeting-not-yet"),
            },
        },
    )
}

/// `/events/REF` is the event's page, `/events/REF.ics` the person's agenda as a calendar file.
pub(crate) async fn show_or_calendar(
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    match reference.strip_suffix(".ics") {
        Some(reference) => crate::pages::agenda::calendar(ctx, reference).await,
        None => show(ctx, &reference).await,
    }
}

async fn show(ctx: Ctx, reference: &str) -> Result<Response, AppError> {
    let event = find(&ctx, reference).await?;
    let store = ctx.app.store();
    let tr = ctx.tr();
    let today = today_at(&ctx.app, &event);
    let participants = store.participants(event.id).await?;
    let me = own_participation(&ctx, &participants);
    let registration = me.map(|p| &p.registration);
    let signed_in = ctx.user.is_some();
    let own = own_organizations(&ctx);
    let may_register = signed_in && !own.is_empty() && today <= event.event.registration_closes;
    let may_request = me.is_some() && today <= event.event.requests_close;

    let slots = event
        .slots
        .iter()
        .map(|slot| SlotChoice {
            id: slot.id,
            label: slot_label(&ctx, &event.event.zone, slot.time.start, slot.time.end),
            unavailable: registration.is_some_and(|r| r.unavailable.contains(&slot.id)),
        })
        .collect();
    let organizations = own
        .iter()
        .map(|o| Choice {
            value: o.to_string(),
            label: o.to_string(),
            chosen: registration.is_some_and(|r| r.organization == *o),
        })
        .collect::<Vec<_>>();
    let mut organizations = organizations;
    for choice in &mut organizations {
        if let Ok(reference) = Ref::parse(&choice.value)
            && let Some(o) = store.organization(&reference).await?
        {
            choice.label = o.organization.name.as_str().to_owned();
        }
    }
    let attendance = Attendance::ALL
        .into_iter()
        .map(|a| Choice {
            value: a.slug().to_owned(),
            label: tr.t(&format!("attendance-{}", a.slug())),
            chosen: registration.map_or(a == Attendance::OnSite, |r| r.attendance == a),
        })
        .collect();
    let venues = if event.event.branches.is_empty() {
        Vec::new()
    } else {
        let chosen = registration.and_then(|r| r.venue.as_ref());
        std::iter::once(Choice {
            value: String::new(),
            label: event.event.venue.as_str().to_owned(),
            chosen: chosen.is_none(),
        })
        .chain(event.event.branches.iter().map(|b| Choice {
            value: b.name.as_str().to_owned(),
            label: b.name.as_str().to_owned(),
            chosen: chosen == Some(&b.name),
        }))
        .collect()
    };
    let languages = CONTENT_LANGUAGES
        .iter()
        .filter_map(|code| Language::parse(code).ok())
        .map(|language| Choice {
            value: language.as_str().to_owned(),
            label: language_name(&tr, &language),
            chosen: registration.is_some_and(|r| r.languages.contains(&language)),
        })
        .collect();
    let listings = if signed_in {
        own_listings(&ctx, registration.map_or(&[][..], |r| &r.listings)).await?
    } else {
        Vec::new()
    };

    // "You should meet": participants who bring a listing among the best matches of one of
    // the listings the person brings.
    let mut suggested: HashSet<(Side, Ref)> = HashSet::new();
    if let Some(me) = me {
        for (side, reference) in &me.registration.listings {
            if let Ok(found) = best_matches(&ctx.app, *side, reference).await {
                for m in found.iter().take(10) {
                    suggested.insert((m.found.side, m.found.reference.clone()));
                }
            }
        }
    }

    // Participants are shown to those who take part and to organizers: names are personal.
    let may_organize = ctx.may(&Action::OrganizeEvents);
    let mut cards = Vec::new();
    if me.is_some() || may_organize {
        for p in &participants {
            if me.is_some_and(|m| m.id == p.id) {
                continue;
            }
            let org = store.organization(&p.registration.organization).await?;
            let mut listings = Vec::new();
            for (side, reference) in &p.registration.listings {
                if let Some(l) = store.listing(*side, reference).await?
                    && is_public(&l.lifecycle)
                {
                    listings.push((
                        listing_href(*side, reference.as_str()),
                        l.listing.title.as_str().to_owned(),
                    ));
                }
            }
            let blocked = me.and_then(|m| {
                (!share_a_free_slot(&event, m, p))
                    .then(|| tr.t1("event-no-common-slot", "name", p.name.as_str()))
            });
            let note = me
                .and_then(|m| (!share_a_language(m, p)).then(|| tr.t("event-no-common-language")));
            cards.push(Card {
                id: p.id,
                name: p.name.as_str().to_owned(),
                organization: org.as_ref().map_or_else(
                    || p.registration.organization.to_string(),
                    |o| o.organization.name.as_str().to_owned(),
                ),
                country: org
                    .as_ref()
                    .map(|o| country_name(&tr, o.organization.country))
                    .unwrap_or_default(),
                attendance: match &p.registration.venue {
                    Some(venue) => format!(
                        "{} · {venue}",
                        tr.t(&format!("attendance-{}", p.registration.attendance.slug()))
                    ),
                    None => tr.t(&format!("attendance-{}", p.registration.attendance.slug())),
                },
                languages: p
                    .registration
                    .languages
                    .iter()
                    .map(|l| language_name(&tr, l))
                    .collect::<Vec<_>>()
                    .join(", "),
                interpreter: p.registration.interpreter,
                listings,
                suggested: p
                    .registration
                    .listings
                    .iter()
                    .any(|key| suggested.contains(key)),
                blocked,
                note,
            });
        }
        cards.sort_by_key(|c| !c.suggested);
    }

    let (mut received, mut sent) = (Vec::new(), Vec::new());
    if let Some(me) = me {
        let name_of = |id: i64| {
            participants
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.name.as_str().to_owned())
                .unwrap_or_default()
        };
        for request in store.meeting_requests(event.id).await? {
            let open = today <= event.event.requests_close;
            let row = |other: i64, may_answer: bool, may_cancel: bool| RequestRow {
                id: request.id,
                other: name_of(other),
                message: request.message.as_str().to_owned(),
                status: tr.t(&format!("request-status-{}", request.status.slug())),
                place: place(&ctx, &event, &request),
                may_answer,
                may_cancel,
            };
            let waiting = request.status == RequestStatus::Requested && open;
            if request.invitee == me.id {
                // A waiting request is declined, not cancelled; a fixed or held meeting stays.
                let may_cancel = request.status == RequestStatus::Accepted
                    && !request.locked
                    && request.attended.is_none();
                received.push(row(request.requester, waiting, may_cancel));
            } else if request.requester == me.id {
                let may_cancel =
                    request.status.is_open() && !request.locked && request.attended.is_none();
                sent.push(row(request.invitee, false, may_cancel));
            }
        }
    }

    render(&EventPage {
        chrome: Chrome::new(&ctx, event.event.name.as_str().to_owned()),
        reference: event.event.reference.to_string(),
        name: event.event.name.as_str().to_owned(),
        venue: event.event.venue.as_str().to_owned(),
        zone: event.event.zone.to_string(),
        tables: tr.number(u64::from(event.event.tables)),
        branches: event
            .event
            .branches
            .iter()
            .map(|b| {
                tr.with(
                    "event-branch-line",
                    &[
                        ("venue", b.name.as_str().into()),
                        ("zone", b.zone.to_string().into()),
                        ("tables", tr.number(u64::from(b.tables)).into()),
                    ],
                )
            })
            .collect(),
        registration_closes: tr.date(event.event.registration_closes),
        requests_close: tr.date(event.event.requests_close),
        slots,
        signed_in,
        registered: me.is_some(),
        may_register,
        may_request,
        may_organize,
        organizations,
        attendance,
        venues,
        languages,
        listings,
        own_zone: registration.map_or_else(|| event.event.zone.to_string(), |r| r.zone.to_string()),
        max_meetings: registration
            .and_then(|r| r.max_meetings)
            .map(|m| m.to_string())
            .unwrap_or_default(),
        interpreter: registration.is_some_and(|r| r.interpreter),
        participants: cards,
        received,
        sent,
    })
}

/// Every value of field `name`, trimmed, empty ones left out.
fn all(form: &Form, name: &str) -> Vec<String> {
    form.0
        .iter()
        .filter(|(k, v)| k == name && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_owned())
        .collect()
}

pub(crate) async fn register(
    ctx: Ctx,
    Path(reference): Path<String>,
    form: Form,
) -> Result<Response, AppError> {
    let event = find(&ctx, &reference).await?;
    let input = RegistrationInput {
        organization: form.text("organization"),
        attendance: form.text("attendance"),
        venue: form.text("venue"),
        time_zone: form.text("time_zone"),
        languages: all(&form, "languages"),
        unavailable: all(&form, "unavailable"),
        max_meetings: form.text("max_meetings"),
        interpreter: form.text("interpreter") == "yes",
        listings: all(&form, "listings"),
    };
    meetings::register(&ctx, &event, &input).await?;
    Ok(see_other(&format!("/events/{}", event.event.reference)))
}

pub(crate) async fn request(
    ctx: Ctx,
    Path(reference): Path<String>,
    form: Form,
) -> Result<Response, AppError> {
    let event = find(&ctx, &reference).await?;
    let invitee = form
        .text("invitee")
        .parse::<i64>()
        .map_err(|_| AppError::invalid("invitee", "not a participant of this event"))?;
    let priority = form.text("priority").parse::<u32>().unwrap_or(0);
    meetings::send(&ctx, &event, invitee, &form.text("message"), priority).await?;
    Ok(see_other(&format!(
        "/events/{}#requests",
        event.event.reference
    )))
}

/// Accept, decline or cancel a meeting request.
pub(crate) async fn answer(
    ctx: Ctx,
    Path((reference, id, step)): Path<(String, String, String)>,
    _form: Form,
) -> Result<Response, AppError> {
    let event = find(&ctx, &reference).await?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let answer = Answer::parse(&step).ok_or(AppError::NotFound)?;
    meetings::answer(&ctx, &event, id, answer).await?;
    Ok(see_other(&format!(
        "/events/{}#requests",
        event.event.reference
    )))
}
