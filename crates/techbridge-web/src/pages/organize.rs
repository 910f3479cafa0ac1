//! An event as its organizer runs it: figures (participants by country, requests, acceptance,
//! meetings scheduled and held, feedback), interpreters for meetings whose sides share no
//! language, the scheduler run with its distance from the best possible, the printable table
//! plan per slot with locks, check-in, and held or no-show marks.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use techbridge_domain::{Attended, MeetingOutcome, RequestStatus, VenueName, Zone};
use techbridge_store::{MeetingRequest, Participant, StoredEvent};

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::brokerage::{interpreters_for, make_schedule, share_a_language};
use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::events::{find, slot_label};
use crate::pages::views::country_name;
use crate::pages::{Chrome, render, see_other};

#[derive(Debug)]
struct Seat {
    id: i64,
    table: String,
    people: String,
    locked: bool,
    attended: String,
}

#[derive(Debug)]
struct SlotPlan {
    label: String,
    seats: Vec<Seat>,
}

#[derive(Debug)]
struct NeedsInterpreter {
    id: i64,
    people: String,
    current: Option<i64>,
    choices: Vec<(i64, String)>,
}

#[derive(Debug)]
struct Attendee {
    id: i64,
    name: String,
    organization: String,
    checked_in: bool,
}

#[derive(Template)]
#[template(path = "organize.html")]
struct OrganizePage<'a> {
    chrome: Chrome<'a>,
    reference: String,
    name: String,
    figures: Vec<(String, String)>,
    by_country: Vec<(String, usize)>,
    outcomes: Vec<(String, usize)>,
    interpreters: Vec<NeedsInterpreter>,
    plan: Vec<SlotPlan>,
    unscheduled: Vec<(String, String)>,
    attendees: Vec<Attendee>,
    /// The last run of the scheduler, when the page follows one.
    result: Option<String>,
}

fn names(request: &MeetingRequest, participants: &[Participant]) -> String {
    request
        .people()
        .iter()
        .filter_map(|id| participants.iter().find(|p| p.id == *id))
        .map(|p| p.name.as_str().to_owned())
        .collect::<Vec<_>>()
        .join(" · ")
}

async fn organized(ctx: &Ctx, reference: &str) -> Result<StoredEvent, AppError> {
    ctx.require(&Action::OrganizeEvents)?;
    find(ctx, reference).await
}

pub(crate) async fn show(ctx: Ctx, Path(reference): Path<String>) -> Result<Response, AppError> {
    let event = organized(&ctx, &reference).await?;
    let store = ctx.app.store();
    let tr = ctx.tr();
    let participants = store.participants(event.id).await?;
    let requests = store.meeting_requests(event.id).await?;
    let feedback = store.feedback(event.id).await?;

    let mut by_country: BTreeMap<String, usize> = BTreeMap::new();
    let mut attendees = Vec::new();
    for p in &participants {
        let org = store.organization(&p.registration.organization).await?;
        let country = org
            .as_ref()
            .map(|o| country_name(&tr, o.organization.country))
            .unwrap_or_default();
        *by_country.entry(country).or_default() += 1;
        attendees.push(Attendee {
            id: p.id,
            name: p.name.as_str().to_owned(),
            organization: org.map_or_else(
                || p.registration.organization.to_string(),
                |o| o.organization.name.as_str().to_owned(),
            ),
            checked_in: p.checked_in_at.is_some(),
        });
    }
    let count = |status: RequestStatus| requests.iter().filter(|r| r.status == status).count();
    let answered = count(RequestStatus::Accepted) + count(RequestStatus::Declined);
    let scheduled = requests
        .iter()
        .filter(|r| r.status == RequestStatus::Accepted && r.slot.is_some())
        .count();
    let held = requests
        .iter()
        .filter(|r| r.attended == Some(Attended::Held))
        .count();
    let no_show = requests
        .iter()
        .filter(|r| r.attended == Some(Attended::NoShow))
        .count();
    let rate = (count(RequestStatus::Accepted) * 100)
        .checked_div(answered)
        .map_or_else(|| "–".to_owned(), |rate| format!("{rate}%"));
    let number = |n: usize| tr.number(n as u64);
    let figures = vec![
        (tr.t("organize-participants"), number(participants.len())),
        (tr.t("organize-requests"), number(requests.len())),
        (tr.t("organize-acceptance"), rate),
        (tr.t("organize-scheduled"), number(scheduled)),
        (tr.t("organize-held"), number(held)),
        (tr.t("organize-no-show"), number(no_show)),
    ];
    let outcomes = MeetingOutcome::ALL
        .into_iter()
        .map(|o| {
            (
                tr.t(&format!("outcome-{}", o.slug())),
                feedback.iter().filter(|f| f.outcome == o).count(),
            )
        })
        .collect();

    let find_participant = |id: i64| participants.iter().find(|p| p.id == id);
    let interpreters = requests
        .iter()
        .filter(|r| r.status == RequestStatus::Accepted)
        .filter_map(|r| {
            let (a, b) = (find_participant(r.requester)?, find_participant(r.invitee)?);
            (!share_a_language(a, b)).then(|| NeedsInterpreter {
                id: r.id,
                people: names(r, &participants),
                current: r.interpreter,
                choices: interpreters_for(&event, &participants, a, b)
                    .into_iter()
                    .map(|p| (p.id, p.name.as_str().to_owned()))
                    .collect(),
            })
        })
        .collect();

    // One printable plan per venue and slot, each at the venue's own time; online meetings
    // after the venues, at the main venue's time. `None` stands for online.
    let mut places: Vec<Option<(Option<&VenueName>, &VenueName, &Zone)>> =
        vec![Some((None, &event.event.venue, &event.event.zone))];
    places.extend(
        event
            .event
            .branches
            .iter()
            .map(|b| Some((Some(&b.name), &b.name, &b.zone))),
    );
    places.push(None);
    let mut plan = Vec::new();
    for place in places {
        let (heading, zone) = match place {
            Some((_, name, zone)) => (name.as_str().to_owned(), zone),
            None => (tr.t("agenda-online"), &event.event.zone),
        };
        let here = |r: &MeetingRequest| match place {
            Some((venue, _, _)) => r.table.is_some() && r.venue.as_ref() == venue,
            None => r.table.is_none(),
        };
        for slot in &event.slots {
            let mut seats: Vec<Seat> = requests
                .iter()
                .filter(|r| r.status == RequestStatus::Accepted && r.slot == Some(slot.id))
                .filter(|r| here(r))
                .map(|r| Seat {
                    id: r.id,
                    table: r
                        .table
                        .map_or_else(|| tr.t("agenda-online"), |t| t.to_string()),
                    people: names(r, &participants),
                    locked: r.locked,
                    attended: r
                        .attended
                        .map(|a| tr.t(&format!("attended-{}", a.slug())))
                        .unwrap_or_default(),
                })
                .collect();
            if seats.is_empty() {
                continue;
            }
            seats.sort_by_key(|s| s.table.parse::<u32>().unwrap_or(u32::MAX));
            let when = slot_label(&ctx, zone, slot.time.start, slot.time.end);
            plan.push(SlotPlan {
                label: tr.with(
                    "organize-plan-heading",
                    &[("venue", heading.clone().into()), ("slot", when.into())],
                ),
                seats,
            });
        }
    }
    let unscheduled = requests
        .iter()
        .filter(|r| r.status == RequestStatus::Accepted && r.slot.is_none())
        .map(|r| {
            (
                names(r, &participants),
                r.unscheduled_reason
                    .clone()
                    .unwrap_or_else(|| tr.t("event-meeting-not-yet")),
            )
        })
        .collect();

    render(&OrganizePage {
        chrome: Chrome::new(
            &ctx,
            tr.t1("organize-title", "event", event.event.name.as_str()),
        ),
        reference: event.event.reference.to_string(),
        name: event.event.name.as_str().to_owned(),
        figures,
        by_country: by_country.into_iter().collect(),
        outcomes,
        interpreters,
        plan,
        unscheduled,
        attendees,
        result: last_run(&ctx),
    })
}

/// "Scheduled 40 of 42 meetings: 97% of the best possible", from the address the scheduler
/// run redirected to.
fn last_run(ctx: &Ctx) -> Option<String> {
    let value = |name: &str| {
        ctx.query
            .iter()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.parse::<u64>().ok())
    };
    let (scheduled, of, objective, bound) = (
        value("scheduled")?,
        value("of")?,
        value("objective")?,
        value("bound")?,
    );
    // A bound of nothing means there was nothing to schedule: all of it was.
    let share = (objective * 100).checked_div(bound).unwrap_or(100);
    let tr = ctx.tr();
    Some(tr.with(
        "organize-result",
        &[
            ("scheduled", tr.number(scheduled).into()),
            ("of", tr.number(of).into()),
            ("share", share.to_string().into()),
        ],
    ))
}

/// Makes the schedule again (locked meetings stay); everyone whose meetings moved is told.
pub(crate) async fn schedule(
    ctx: Ctx,
    Path(reference): Path<String>,
    _form: Form,
) -> Result<Response, AppError> {
    let event = organized(&ctx, &reference).await?;
    let run = make_schedule(&ctx.app, &event).await?;
    tracing::info!(
        event = %event.event.reference,
        scheduled = run.scheduled,
        unscheduled = run.unscheduled,
        objective = run.objective,
        upper_bound = run.upper_bound,
        "schedule made"
    );
    Ok(see_other(&format!(
        "/events/{}/organize?scheduled={}&of={}&objective={}&bound={}",
        event.event.reference,
        run.scheduled,
        run.scheduled + run.unscheduled,
        run.objective,
        run.upper_bound
    )))
}

/// Lock, unlock, mark held or no-show, or attach an interpreter to one meeting.
pub(crate) async fn meeting(
    ctx: Ctx,
    Path((reference, id, step)): Path<(String, String, String)>,
    form: Form,
) -> Result<Response, AppError> {
    let event = organized(&ctx, &reference).await?;
    let store = ctx.app.store();
    let request = match id.parse::<i64>() {
        Ok(id) => store.meeting_request(id).await?,
        Err(_) => None,
    }
    .filter(|r| r.event_id == event.id)
    .ok_or(AppError::NotFound)?;
    match step.as_str() {
        "lock" | "unlock" => {
            if !store.set_locked(request.id, step == "lock").await? {
                return Err(AppError::Refused(ctx.tr().t("organize-lock-unscheduled")));
            }
        }
        "held" | "no_show" => {
            let started = request
                .slot
                .and_then(|id| event.slots.iter().find(|s| s.id == id))
                .is_some_and(|slot| slot.time.start <= ctx.app.now());
            if !started {
                return Err(AppError::Refused(ctx.tr().t("organize-not-started")));
            }
            let attended = Attended::parse(&step).map_err(|e| AppError::invalid("step", e))?;
            store.mark_attended(request.id, attended).await?;
        }
        "interpreter" => {
            let participants = store.participants(event.id).await?;
            let chosen = match form.text("interpreter") {
                raw if raw.is_empty() => None,
                raw => {
                    let (a, b) = (
                        participants.iter().find(|p| p.id == request.requester),
                        participants.iter().find(|p| p.id == request.invitee),
                    );
                    let (Some(a), Some(b)) = (a, b) else {
                        return Err(AppError::NotFound);
                    };
                    let fits = interpreters_for(&event, &participants, a, b);
                    Some(
                        raw.parse::<i64>()
                            .ok()
                            .filter(|id| fits.iter().any(|p| p.id == *id))
                            .ok_or_else(|| {
                                AppError::invalid(
                                    "interpreter",
                                    "not an interpreter of this event who speaks both languages",
                                )
                            })?,
                    )
                }
            };
            if !store.set_interpreter(request.id, chosen).await? {
                return Err(AppError::Refused(ctx.tr().t("organize-not-accepted")));
            }
        }
        _ => return Err(AppError::NotFound),
    }
    Ok(see_other(&format!(
        "/events/{}/organize",
        event.event.reference
    )))
}

pub(crate) async fn check_in(
    ctx: Ctx,
    Path((reference, id)): Path<(String, String)>,
    _form: Form,
) -> Result<Response, AppError> {
    let event = organized(&ctx, &reference).await?;
    let store = ctx.app.store();
    let participant = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !store
        .participants(event.id)
        .await?
        .iter()
        .any(|p| p.id == participant)
    {
        return Err(AppError::NotFound);
    }
    store.check_in(participant, ctx.app.now()).await?;
    Ok(see_other(&format!(
        "/events/{}/organize#attendees",
        event.event.reference
    )))
}
