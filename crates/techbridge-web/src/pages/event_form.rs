//! The operator's form that creates a brokerage event: name, venue and its time zone, the
//! days and the sessions of each day cut into slots, tables, branch venues with their own time
//! zones and tables, the registration and request deadlines, and where online meetings take
//! place. Every bad field is named.

use askama::Template;
use axum::response::Response;
use jiff::civil::Date;
use techbridge_domain::{EventName, MAX_TABLES, Ref, Session, Timetable, VenueName, Zone};
use techbridge_store::{BranchVenue, NewEvent};

use crate::auth::forms::Form;
use crate::auth::permissions::Action;
use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::{Chrome, render, see_other};

#[derive(Template)]
#[template(path = "event_form.html")]
struct EventForm<'a> {
    chrome: Chrome<'a>,
    problems: Vec<String>,
    values: Vec<(String, String)>,
}

impl EventForm<'_> {
    fn value(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

pub(crate) async fn new_form(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require(&Action::OrganizeEvents)?;
    render(&EventForm {
        chrome: Chrome::new(&ctx, ctx.tr().t("event-new-title")),
        problems: Vec::new(),
        values: vec![
            ("time_zone".to_owned(), "Asia/Shanghai".to_owned()),
            ("sessions".to_owned(), "09:00-12:00, 14:00-17:00".to_owned()),
            ("slot_minutes".to_owned(), "30".to_owned()),
            ("tables".to_owned(), "20".to_owned()),
        ],
    })
}

/// The problems of a form, each with its field.
struct Problems(Vec<(String, String)>);

impl Problems {
    /// The value, or `None` with the problem kept.
    fn take<T>(&mut self, field: &str, result: Result<T, String>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(reason) => {
                self.0.push((field.to_owned(), reason));
                None
            }
        }
    }
}

/// An event as sent, in words: the page's form and the API's body both give one.
pub(crate) struct EventInput {
    /// Field and value, named as the form's fields are (`days` and `sessions` separated by
    /// commas).
    pub(crate) fields: Vec<(String, String)>,
    /// Each branch venue, or why its line could not be read.
    pub(crate) branches: Vec<Result<BranchInput, String>>,
}

pub(crate) struct BranchInput {
    pub(crate) name: String,
    pub(crate) time_zone: String,
    pub(crate) tables: String,
}

impl EventInput {
    /// The form's fields; branch venues one a line, `name; time zone; tables`. Names may hold
    /// commas ("Jakarta, Indonesia"), so the parts are parted by semicolons.
    fn from_form(form: &Form) -> Self {
        let branches = form
            .text("branches")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| {
                let parts: Vec<&str> = line.split([';', '；']).map(str::trim).collect();
                match parts.as_slice() {
                    [name, zone, tables] => Ok(BranchInput {
                        name: (*name).to_owned(),
                        time_zone: (*zone).to_owned(),
                        tables: (*tables).to_owned(),
                    }),
                    _ => Err(format!(
                        "\"{line}\" is not \"name; time zone; tables\", as in \"Jakarta; Asia/Jakarta; 6\""
                    )),
                }
            })
            .collect();
        Self {
            fields: form.0.clone(),
            branches,
        }
    }

    fn text(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    }
}

/// Most branch venues an event may have.
const MAX_BRANCHES: usize = 20;

/// Reads an event as sent; every problem is named with its field.
pub(crate) fn read_event(input: &EventInput) -> Result<NewEvent, Vec<(String, String)>> {
    let mut problems = Problems(Vec::new());
    let text = |name: &str| input.text(name);
    // Event refs go into addresses as they are: letters, digits, '-' and '_' only.
    let reference = problems.take(
        "ref",
        Ref::parse(&text("ref"))
            .map_err(|e| e.to_string())
            .and_then(|r| {
                if r.as_str()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    Ok(r)
                } else {
                    Err(format!(
                        "\"{r}\" may hold only letters, digits, '-' and '_'"
                    ))
                }
            }),
    );
    let name = problems.take(
        "name",
        EventName::parse(&text("name")).map_err(|e| e.to_string()),
    );
    let venue = problems.take(
        "venue",
        VenueName::parse(&text("venue")).map_err(|e| e.to_string()),
    );
    let zone = problems.take(
        "time_zone",
        Zone::parse(&text("time_zone")).map_err(|e| e.to_string()),
    );
    let date = |raw: &str| {
        raw.trim()
            .parse::<Date>()
            .map_err(|_| format!("\"{}\" is not a date as YYYY-MM-DD", raw.trim()))
    };
    let days = problems.take(
        "days",
        text("days")
            .split([',', '，', '、', ' ', '\n'])
            .filter(|d| !d.trim().is_empty())
            .map(date)
            .collect::<Result<Vec<Date>, String>>(),
    );
    let sessions = problems.take(
        "sessions",
        text("sessions")
            .split([',', '，', '、', '\n'])
            .filter(|s| !s.trim().is_empty())
            .map(|s| Session::parse(s).map_err(|e| e.to_string()))
            .collect::<Result<Vec<Session>, String>>(),
    );
    let slot_minutes = problems.take(
        "slot_minutes",
        text("slot_minutes")
            .parse::<i64>()
            .map_err(|_| format!("\"{}\" is not a number of minutes", text("slot_minutes"))),
    );
    let tables = problems.take("tables", table_count(&text("tables")));
    let branches = problems.take("branches", branch_venues(&input.branches));
    if let (Some(venue), Some(branches)) = (&venue, &branches)
        && let Some(name) = NewEvent::venue_named_twice(venue, branches)
    {
        problems.take::<()>(
            "branches",
            Err(format!("the venue \"{name}\" is named twice")),
        );
    }
    let registration_closes =
        problems.take("registration_closes", date(&text("registration_closes")));
    let requests_close = problems.take("requests_close", date(&text("requests_close")));
    let rooms_url = match text("rooms_url") {
        url if url.is_empty() => Some(None),
        url if url.split_once("://").is_some_and(|(scheme, rest)| {
            matches!(scheme, "http" | "https")
                && rest.split('/').next().is_some_and(|host| !host.is_empty())
        }) && url.len() <= 500
            && !url.contains(char::is_whitespace) =>
        {
            Some(Some(url.trim_end_matches('/').to_owned()))
        }
        url => problems.take(
            "rooms_url",
            Err(format!("\"{url}\" is not an http or https address")),
        ),
    };
    let slots = match (&days, &sessions, slot_minutes, &zone) {
        (Some(days), Some(sessions), Some(slot_minutes), Some(zone)) => problems.take(
            "sessions",
            Timetable {
                days: days.clone(),
                sessions: sessions.clone(),
                slot_minutes,
            }
            .slots(zone)
            .map_err(|e| e.to_string()),
        ),
        _ => None,
    };
    if let (Some(registration), Some(requests)) = (registration_closes, requests_close)
        && requests < registration
    {
        problems.take::<()>(
            "requests_close",
            Err("requests cannot close before registration does".to_owned()),
        );
    }
    // Meetings are asked for and answered before the event, so that it can be scheduled.
    if let (Some(requests), Some(days)) = (requests_close, &days)
        && let Some(first) = days.iter().min()
        && requests >= *first
    {
        problems.take::<()>(
            "requests_close",
            Err(format!("requests must close before the first day, {first}")),
        );
    }
    match (
        reference,
        name,
        venue,
        zone,
        tables,
        registration_closes,
        requests_close,
        rooms_url,
        slots,
        branches,
    ) {
        (
            Some(reference),
            Some(name),
            Some(venue),
            Some(zone),
            Some(tables),
            Some(registration_closes),
            Some(requests_close),
            Some(rooms_url),
            Some(slots),
            Some(branches),
        ) if problems.0.is_empty() => Ok(NewEvent {
            reference,
            name,
            venue,
            zone,
            tables,
            registration_closes,
            requests_close,
            rooms_url,
            slots,
            branches,
        }),
        _ => Err(problems.0),
    }
}

fn table_count(raw: &str) -> Result<u32, String> {
    raw.trim()
        .parse::<u32>()
        .ok()
        .filter(|t| *t <= MAX_TABLES)
        .ok_or_else(|| format!("\"{raw}\" is not a number of tables from 0 to {MAX_TABLES}"))
}

/// The branch venues, each checked; the first problem is named with its line.
fn branch_venues(branches: &[Result<BranchInput, String>]) -> Result<Vec<BranchVenue>, String> {
    if branches.len() > MAX_BRANCHES {
        return Err(format!("at most {MAX_BRANCHES} branch venues"));
    }
    branches
        .iter()
        .map(|branch| {
            let branch = branch.as_ref().map_err(Clone::clone)?;
            let line = format!("{}; {}; {}", branch.name, branch.time_zone, branch.tables);
            let at = |e: String| format!("\"{line}\": {e}");
            Ok(BranchVenue {
                name: VenueName::parse(&branch.name).map_err(|e| at(e.to_string()))?,
                zone: Zone::parse(&branch.time_zone).map_err(|e| at(e.to_string()))?,
                tables: table_count(&branch.tables).map_err(at)?,
            })
        })
        .collect()
}

pub(crate) async fn create(ctx: Ctx, form: Form) -> Result<Response, AppError> {
    ctx.require(&Action::OrganizeEvents)?;
    let event = match read_event(&EventInput::from_form(&form)) {
        Ok(event) => event,
        Err(problems) => {
            let view = EventForm {
                chrome: Chrome::new(&ctx, ctx.tr().t("event-new-title")),
                problems: problems
                    .into_iter()
                    .map(|(field, reason)| format!("{field}: {reason}"))
                    .collect(),
                values: form.0.clone(),
            };
            let mut response = render(&view)?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(response);
        }
    };
    ctx.app.store().create_event(&event, ctx.app.now()).await?;
    tracing::info!(event = %event.reference, slots = event.slots.len(), "brokerage event created");
    Ok(see_other(&format!("/events/{}", event.reference)))
}
