//! The rules of a brokerage event that need the whole event: whether two participants can meet
//! at all, the schedule of the accepted requests (made by `techbridge-schedule`, locked
//! meetings kept), and each participant's agenda as an iCalendar file.

use std::collections::HashMap;
use std::fmt::Write;

use jiff::Timestamp;
use techbridge_domain::{Attendance, RequestStatus, VenueName};
use techbridge_schedule::input::{MeetingInput, ParticipantInput, SlotInput};
use techbridge_schedule::{InputError, Options, ScheduleInput, schedule};
use techbridge_store::{Mail, MeetingRequest, Participant, Placement, StoredEvent};

use crate::App;
use crate::error::AppError;
use crate::i18n::Locale;

/// Whether the two can both attend at least one slot of the event.
pub(crate) fn share_a_free_slot(event: &StoredEvent, a: &Participant, b: &Participant) -> bool {
    event.slots.iter().any(|slot| {
        !a.registration.unavailable.contains(&slot.id)
            && !b.registration.unavailable.contains(&slot.id)
    })
}

/// Whether the two speak a language in common (by primary subtag: `zh-Hans` and `zh` meet).
pub(crate) fn share_a_language(a: &Participant, b: &Participant) -> bool {
    a.registration.languages.iter().any(|x| {
        b.registration
            .languages
            .iter()
            .any(|y| x.primary() == y.primary())
    })
}

/// Interpreters of the event who speak a language of each side, and can attend a slot both can.
pub(crate) fn interpreters_for<'a>(
    event: &StoredEvent,
    participants: &'a [Participant],
    a: &Participant,
    b: &Participant,
) -> Vec<&'a Participant> {
    participants
        .iter()
        .filter(|p| p.registration.interpreter && p.id != a.id && p.id != b.id)
        .filter(|p| share_a_language(p, a) && share_a_language(p, b))
        .filter(|p| {
            event.slots.iter().any(|slot| {
                [a, b, *p]
                    .iter()
                    .all(|x| !x.registration.unavailable.contains(&slot.id))
            })
        })
        .collect()
}

/// Where a meeting takes place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place {
    Online,
    /// At a table of the main venue (`None`) or of a branch venue.
    OnSite(Option<VenueName>),
}

/// A meeting is on site when all its people are on site at one venue, and online otherwise:
/// when any of them takes part online, or they sit at different venues.
pub(crate) fn place(request: &MeetingRequest, participants: &[Participant]) -> Place {
    let people: Vec<&Participant> = request
        .people()
        .iter()
        .filter_map(|id| participants.iter().find(|p| p.id == *id))
        .collect();
    let sides: Vec<Attendance> = people.iter().map(|p| p.registration.attendance).collect();
    let Some(first) = people.first() else {
        return Place::Online;
    };
    let venue = &first.registration.venue;
    if Attendance::of_meeting(&sides) == Attendance::Online
        || people.iter().any(|p| p.registration.venue != *venue)
    {
        Place::Online
    } else {
        Place::OnSite(venue.clone())
    }
}

/// Why a locked meeting can no longer stay where it is, after registrations changed: someone
/// cannot attend its slot, it became online but holds a table, it became on site without one,
/// its table is at a venue its people no longer sit at, or someone has more locked meetings
/// than they now want.
fn broken_lock(
    request: &MeetingRequest,
    requests: &[MeetingRequest],
    participants: &[Participant],
) -> Option<&'static str> {
    let Some(slot) = request.slot else {
        return Some("not scheduled");
    };
    for id in request.people() {
        let Some(p) = participants.iter().find(|p| p.id == id) else {
            return Some("a participant left");
        };
        if p.registration.unavailable.contains(&slot) {
            return Some("a participant cannot attend its slot");
        }
        let locked = requests
            .iter()
            .filter(|r| r.locked && r.status == RequestStatus::Accepted && r.people().contains(&id))
            .count();
        if p.registration
            .max_meetings
            .is_some_and(|cap| locked > cap as usize)
        {
            return Some("a participant wants fewer meetings");
        }
    }
    match place(request, participants) {
        Place::Online if request.table.is_some() => Some("the meeting became online"),
        Place::OnSite(_) if request.table.is_none() => Some("the meeting is now on site"),
        Place::OnSite(venue) if venue != request.venue => {
            Some("the meeting moved to another venue")
        }
        _ => None,
    }
}

/// What a run of the scheduler achieved.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ScheduleRun {
    pub(crate) scheduled: usize,
    pub(crate) unscheduled: usize,
    pub(crate) objective: u64,
    pub(crate) upper_bound: u64,
}

/// Schedules every accepted request of `event` into slots and tables, keeping locked meetings
/// where they are, and saves the result with an e-mail to everyone whose meetings moved, in
/// one transaction. Locks that no longer hold are released first. Refused when the event
/// changes meanwhile.
pub(crate) async fn make_schedule(app: &App, event: &StoredEvent) -> Result<ScheduleRun, AppError> {
    let store = app.store();
    let participants = store.participants(event.id).await?;
    let requests = store.meeting_requests(event.id).await?;
    for request in requests.iter().filter(|r| r.locked) {
        if let Some(why) = broken_lock(request, &requests, &participants) {
            tracing::info!(request = request.id, why, "lock released");
            store.set_locked(request.id, false).await?;
        }
    }
    // Everything the schedule is made from is read after the event's version.
    let event = store
        .event(&event.event.reference)
        .await?
        .ok_or(AppError::NotFound)?;
    let participants = store.participants(event.id).await?;
    let accepted: Vec<MeetingRequest> = store
        .meeting_requests(event.id)
        .await?
        .into_iter()
        .filter(|r| r.status == RequestStatus::Accepted)
        .collect();
    let names: HashMap<String, String> = participants
        .iter()
        .map(|p| (format!("p{}", p.id), p.name.as_str().to_owned()))
        .collect();
    let mut input = ScheduleInput {
        slots: event
            .slots
            .iter()
            .map(|slot| SlotInput {
                id: format!("s{}", slot.id),
                start: slot.time.start.to_string(),
                end: slot.time.end.to_string(),
                tables: i64::from(event.event.tables),
                branch_tables: event
                    .event
                    .branches
                    .iter()
                    .map(|b| (b.name.as_str().to_owned(), i64::from(b.tables)))
                    .collect(),
            })
            .collect(),
        participants: participants
            .iter()
            .map(|p| ParticipantInput {
                r#ref: format!("p{}", p.id),
                unavailable: p
                    .registration
                    .unavailable
                    .iter()
                    .map(|s| format!("s{s}"))
                    .collect(),
                max_meetings: p.registration.max_meetings.map(i64::from),
            })
            .collect(),
        meetings: accepted
            .iter()
            .map(|r| {
                let place = place(r, &participants);
                MeetingInput {
                    r#ref: format!("m{}", r.id),
                    participants: r.people().iter().map(|p| format!("p{p}")).collect(),
                    priority: Some(i64::from(r.priority)),
                    online: place == Place::Online,
                    venue: match place {
                        Place::OnSite(Some(venue)) => Some(venue.as_str().to_owned()),
                        _ => None,
                    },
                    locked: None,
                }
            })
            .collect(),
    };
    for r in accepted.iter().filter(|r| r.locked) {
        if let Some(slot) = r.slot {
            input.lock(&format!("m{}", r.id), &format!("s{slot}"), r.table);
        }
    }
    let checked = input.into_event().map_err(|e| match e {
        InputError::Invalid(faults) => AppError::Refused(named(
            &faults
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            &names,
        )),
        InputError::Json(e) => AppError::Refused(e.to_string()),
    })?;
    let (checked, plan) = tokio::task::spawn_blocking(move || {
        let plan = schedule(&checked, &Options::default());
        (checked, plan)
    })
    .await
    .map_err(|_| AppError::Internal)?;
    let mut placements = Vec::with_capacity(accepted.len());
    let mut moved: Vec<i64> = Vec::new();
    for (index, request) in accepted.iter().enumerate() {
        let placement = match plan.assignments[index] {
            Some(at) => Placement::At {
                slot: slot_id(&checked, at.slot),
                table: at.table,
                venue: match (at.table, place(request, &participants)) {
                    (Some(_), Place::OnSite(venue)) => venue,
                    _ => None,
                },
            },
            None => Placement::Out {
                reason: named(plan.reasons[index].as_deref().unwrap_or_default(), &names),
            },
        };
        let now_at = match &placement {
            Placement::At { slot, table, venue } => (Some(*slot), *table, venue.clone()),
            Placement::Out { .. } => (None, None, None),
        };
        if !request.locked && now_at != (request.slot, request.table, request.venue.clone()) {
            moved.extend(request.people());
        }
        placements.push((request.id, placement));
    }
    moved.sort_unstable();
    moved.dedup();
    let mut mails = Vec::new();
    let link = format!(
        "{}/events/{}/agenda",
        app.public_url(),
        event.event.reference
    );
    for id in moved {
        let Some(p) = participants.iter().find(|p| p.id == id) else {
            continue;
        };
        let Some(person) = store.user(p.user_id).await? else {
            continue;
        };
        let locale = person
            .locale
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or(Locale::En);
        let tr = app.catalogues().tr(locale);
        mails.push(Mail {
            recipient: person.user.email,
            subject: tr.t1("mail-agenda-subject", "event", event.event.name.as_str()),
            body: tr.t1("mail-agenda-body", "link", link.as_str()),
        });
    }
    store
        .save_schedule(event.id, event.version, &placements, &mails, app.now())
        .await?;
    Ok(ScheduleRun {
        scheduled: plan.scheduled(),
        unscheduled: accepted.len() - plan.scheduled(),
        objective: plan.objective,
        upper_bound: plan.upper_bound,
    })
}

/// The store id of the scheduler's slot `index` (its input id is `s` and the store id).
fn slot_id(checked: &techbridge_schedule::Event, index: usize) -> i64 {
    checked.slots[index]
        .id
        .trim_start_matches('s')
        .parse()
        .unwrap_or_default()
}

/// A scheduler reason with participants' names for their refs (`p17` → `Lan Nguyen`).
fn named(reason: &str, names: &HashMap<String, String>) -> String {
    reason
        .split(' ')
        .map(|word| {
            let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
            match names.get(bare) {
                Some(name) => word.replacen(bare, name, 1),
                None => word.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One meeting as an agenda lists it.
#[derive(Debug, Clone)]
pub(crate) struct AgendaEntry {
    pub(crate) id: i64,
    pub(crate) start: Timestamp,
    pub(crate) end: Timestamp,
    pub(crate) summary: String,
    pub(crate) location: String,
    pub(crate) description: String,
}

/// An iCalendar file (RFC 5545) of `entries`. Times are written in UTC, which every calendar
/// shows in its reader's own time zone, so no time zone definitions are needed. `sequence`
/// must grow whenever a meeting may have moved (the event's version does), so that calendars
/// importing the file again take the new times.
pub(crate) fn ics(
    calendar_name: &str,
    host: &str,
    now: Timestamp,
    sequence: i64,
    entries: &[AgendaEntry],
) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&mut out, &text);
    line("BEGIN:VCALENDAR".to_owned());
    line("VERSION:2.0".to_owned());
    line("PRODID:-//techbridge//brokerage agenda//EN".to_owned());
    line("CALSCALE:GREGORIAN".to_owned());
    line("METHOD:PUBLISH".to_owned());
    line(format!("X-WR-CALNAME:{}", escape(calendar_name)));
    for entry in entries {
        line("BEGIN:VEVENT".to_owned());
        line(format!("UID:meeting-{}@{host}", entry.id));
        line(format!("DTSTAMP:{}", utc(now)));
        line(format!("SEQUENCE:{sequence}"));
        line(format!("DTSTART:{}", utc(entry.start)));
        line(format!("DTEND:{}", utc(entry.end)));
        line(format!("SUMMARY:{}", escape(&entry.summary)));
        line(format!("LOCATION:{}", escape(&entry.location)));
        line(format!("DESCRIPTION:{}", escape(&entry.description)));
        line("END:VEVENT".to_owned());
    }
    line("END:VCALENDAR".to_owned());
    out
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Text values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded so that no line exceeds 75 octets, never inside a
/// character (RFC 5545 3.1).
fn fold(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = out.write_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_a_character() {
        let entry = AgendaEntry {
            id: 7,
            start: "2026-09-16T02:00:00Z".parse().unwrap(),
            end: "2026-09-16T02:30:00Z".parse().unwrap(),
            summary: "对虾白斑综合征病毒LAMP快速检测试剂盒, Cửu Long; ".repeat(4),
            location: "Nanning, table 3".to_owned(),
            description: "line one\nline two".to_owned(),
        };
        let text = ics("agenda", "localhost", entry.start, 7, &[entry]);
        assert!(text.contains("SEQUENCE:7\r\n"));
        assert!(text.lines().all(|l| l.trim_end_matches('\r').len() <= 75));
        assert!(text.contains("DTSTART:20260916T020000Z\r\n"));
        assert!(text.contains("LOCATION:Nanning\\, table 3\r\n"));
        assert!(text.contains("DESCRIPTION:line one\\nline two\r\n"));
        // Unfolding gives back the escaped summary whole.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:对虾白斑综合征病毒LAMP快速检测试剂盒\\, Cửu Long\\; "));
    }

    #[test]
    fn reasons_name_people() {
        let names = HashMap::from([
            ("p1".to_owned(), "Lan".to_owned()),
            ("p2".to_owned(), "Wei".to_owned()),
        ]);
        assert_eq!(
            named("p1 has no free slot in common with p2.", &names),
            "Lan has no free slot in common with Wei."
        );
    }
}
