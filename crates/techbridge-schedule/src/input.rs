//! The input file (contracts.md section 3, plus the optional `locked`, `branch_tables` and
//! `venue` fields) and its checks: every problem found in one pass, each naming the item it is
//! about.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use jiff::Timestamp;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::event::{Event, Lock, Meeting, Participant, Slot, at_venue};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleInput {
    pub slots: Vec<SlotInput>,
    pub participants: Vec<ParticipantInput>,
    pub meetings: Vec<MeetingInput>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotInput {
    pub id: String,
    /// RFC 3339 with an offset.
    pub start: String,
    pub end: String,
    /// Signed so that a negative count gets an error naming the slot, not a parser message.
    pub tables: i64,
    /// An extension of the contract: tables in this slot at branch venues, by venue name;
    /// `tables` is the main venue's.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub branch_tables: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParticipantInput {
    pub r#ref: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unavailable: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_meetings: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingInput {
    pub r#ref: String,
    pub participants: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
    /// An extension of the contract: the branch venue where this on-site meeting sits (one of
    /// the slots' `branch_tables`); without it, the main venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// An extension of the contract: the organizer fixed this meeting here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<LockInput>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockInput {
    pub slot: String,
    /// On site only; without it the scheduler picks a free table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<i64>,
}

/// One problem with the input: `item` names where (`meetings[3] (m0004)`), `reason` says what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub item: String,
    pub reason: String,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.reason)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{} problem(s) in the input", .0.len())]
    Invalid(Vec<Fault>),
}

/// Highest priority accepted: sums of priorities then fit easily in 64 bits.
const MAX_PRIORITY: i64 = 1_000_000;

/// Parses and checks an input file's text.
///
/// # Errors
/// `Json` when the text is not JSON at all, `Invalid` with every problem found otherwise.
pub fn parse(text: &str) -> Result<Event, InputError> {
    let value: Value = serde_json::from_str(text)?;
    let mut faults = Vec::new();
    let (input, positions) = typed_items(value, &mut faults);
    let event = input.check_into(&positions, &mut faults);
    match event {
        Some(event) if faults.is_empty() => Ok(event),
        _ => Err(InputError::Invalid(faults)),
    }
}

impl ScheduleInput {
    /// Checks an input built in code (or read elsewhere) and indexes it.
    ///
    /// # Errors
    /// Every problem found.
    pub fn into_event(self) -> Result<Event, InputError> {
        let mut faults = Vec::new();
        match self.check_into(&Positions::default(), &mut faults) {
            Some(event) if faults.is_empty() => Ok(event),
            _ => Err(InputError::Invalid(faults)),
        }
    }

    /// Fixes meeting `meeting` (a ref) in `slot`, at `table` if given: for a re-run that keeps
    /// what was already announced. Returns false when there is no such meeting.
    pub fn lock(&mut self, meeting: &str, slot: &str, table: Option<u32>) -> bool {
        let Some(m) = self.meetings.iter_mut().find(|m| m.r#ref == meeting) else {
            return false;
        };
        m.locked = Some(LockInput {
            slot: slot.to_owned(),
            table: table.map(i64::from),
        });
        true
    }

    fn check_into(self, at: &Positions, faults: &mut Vec<Fault>) -> Option<Event> {
        let before = faults.len();
        let venues = venues(&self.slots);
        let slots = check_slots(&self.slots, &at.slots, &venues, faults);
        let slot_index = index(self.slots.iter().map(|s| s.id.as_str()));
        let participants =
            check_participants(&self.participants, &at.participants, &slot_index, faults);
        let participant_index = index(self.participants.iter().map(|p| p.r#ref.as_str()));
        let meetings = check_meetings(
            &self.meetings,
            &at.meetings,
            &slot_index,
            &participant_index,
            (&venues, &slots),
            faults,
        );
        if faults.len() > before {
            return None;
        }
        check_locks(
            &meetings,
            &at.meetings,
            (&venues, &slots),
            &participants,
            faults,
        );
        if faults.len() > before {
            return None;
        }
        Some(Event::assemble(venues, slots, participants, meetings))
    }
}

/// The main venue (""), then every branch venue any slot has tables at, by name.
fn venues(slots: &[SlotInput]) -> Vec<String> {
    let mut branches: Vec<&String> = slots.iter().flat_map(|s| s.branch_tables.keys()).collect();
    branches.sort_unstable();
    branches.dedup();
    std::iter::once(String::new())
        .chain(branches.into_iter().cloned())
        .collect()
}

/// Where each typed item was in the file: items that do not even parse are left out of the
/// typed lists, and the others must still be named by their place in the file.
#[derive(Debug, Default)]
struct Positions {
    slots: Vec<usize>,
    participants: Vec<usize>,
    meetings: Vec<usize>,
}

/// The position in the file of the `k`-th typed item (itself, for input built in code).
fn position(at: &[usize], k: usize) -> usize {
    at.get(k).copied().unwrap_or(k)
}

/// Reads the three arrays item by item, so one bad item does not hide the others.
fn typed_items(value: Value, faults: &mut Vec<Fault>) -> (ScheduleInput, Positions) {
    let mut input = ScheduleInput::default();
    let mut at = Positions::default();
    let Value::Object(map) = value else {
        faults.push(Fault {
            item: "input".into(),
            reason: "not a JSON object with slots, participants and meetings".into(),
        });
        return (input, at);
    };
    for key in ["slots", "participants", "meetings"] {
        if !map.contains_key(key) {
            faults.push(Fault {
                item: "input".into(),
                reason: format!("missing field `{key}`"),
            });
        }
    }
    for (key, value) in map {
        match key.as_str() {
            "slots" => (input.slots, at.slots) = items(&key, value, "id", faults),
            "participants" => {
                (input.participants, at.participants) = items(&key, value, "ref", faults);
            }
            "meetings" => (input.meetings, at.meetings) = items(&key, value, "ref", faults),
            _ => faults.push(Fault {
                item: "input".into(),
                reason: format!(
                    "unknown field `{key}`, expected `slots`, `participants` or `meetings`"
                ),
            }),
        }
    }
    (input, at)
}

fn items<T: DeserializeOwned>(
    key: &str,
    value: Value,
    name_field: &str,
    faults: &mut Vec<Fault>,
) -> (Vec<T>, Vec<usize>) {
    let Value::Array(values) = value else {
        faults.push(Fault {
            item: key.to_owned(),
            reason: "not an array".into(),
        });
        return (Vec::new(), Vec::new());
    };
    let mut typed = Vec::with_capacity(values.len());
    let mut positions = Vec::with_capacity(values.len());
    for (i, value) in values.into_iter().enumerate() {
        let name = value
            .get(name_field)
            .and_then(Value::as_str)
            .map(str::to_owned);
        match serde_json::from_value::<T>(value) {
            Ok(item) => {
                typed.push(item);
                positions.push(i);
            }
            Err(e) => faults.push(Fault {
                item: item_name(key, i, name.as_deref()),
                reason: e.to_string(),
            }),
        }
    }
    (typed, positions)
}

fn item_name(kind: &str, i: usize, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("{kind}[{i}] ({name})"),
        None => format!("{kind}[{i}]"),
    }
}

/// First index of each name; duplicates are reported by the checks.
fn index<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut index = HashMap::new();
    for (i, name) in names.enumerate() {
        index.entry(name).or_insert(i);
    }
    index
}

fn check_name(
    (kind, field): (&str, &str),
    name: &str,
    k: usize,
    first: &HashMap<&str, usize>,
    at: &[usize],
) -> Option<String> {
    if name.is_empty() {
        return Some(format!("empty {field}"));
    }
    match first.get(name) {
        Some(&j) if j != k => Some(format!(
            "duplicate {field} {name}, as {kind}[{}]",
            position(at, j)
        )),
        _ => None,
    }
}

fn check_slots(
    slots: &[SlotInput],
    at: &[usize],
    venues: &[String],
    faults: &mut Vec<Fault>,
) -> Vec<Slot> {
    let first = index(slots.iter().map(|s| s.id.as_str()));
    let mut checked = Vec::with_capacity(slots.len());
    for (k, slot) in slots.iter().enumerate() {
        let mut fault = |reason: String| {
            faults.push(Fault {
                item: item_name("slots", position(at, k), Some(&slot.id)),
                reason,
            });
        };
        if let Some(reason) = check_name(("slots", "id"), &slot.id, k, &first, at) {
            fault(reason);
        }
        let start = time(&slot.start, "start", &mut fault);
        let end = time(&slot.end, "end", &mut fault);
        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            fault(format!(
                "end {} is not after start {}",
                slot.end, slot.start
            ));
        }
        let mut tables = vec![table_count(slot.tables, "", &mut fault)];
        for venue in &venues[1..] {
            let count = slot.branch_tables.get(venue).copied().unwrap_or(0);
            tables.push(table_count(count, venue, &mut fault));
        }
        if slot.branch_tables.contains_key("") {
            fault("a branch venue with an empty name in branch_tables".into());
        }
        if let (Some(start), Some(end)) = (start, end) {
            checked.push(Slot {
                id: slot.id.clone(),
                start,
                end,
                start_text: slot.start.clone(),
                end_text: slot.end.clone(),
                tables,
                rank: 0,
            });
        }
    }
    checked
}

/// A slot's table count at `venue` ("" the main venue), refused when negative or too large.
fn table_count(count: i64, venue: &str, fault: &mut impl FnMut(String)) -> u32 {
    let at = at_venue(venue);
    match u32::try_from(count) {
        Ok(tables) => tables,
        Err(_) if count < 0 => {
            fault(format!("negative table count {count}{at}"));
            0
        }
        Err(_) => {
            fault(format!("table count {count}{at} is too large"));
            0
        }
    }
}

fn time(text: &str, field: &str, fault: &mut impl FnMut(String)) -> Option<Timestamp> {
    match text.parse::<Timestamp>() {
        Ok(t) => Some(t),
        Err(e) => {
            fault(format!(
                "{field} {text:?} is not an RFC 3339 time with an offset ({e})"
            ));
            None
        }
    }
}

fn check_participants(
    participants: &[ParticipantInput],
    at: &[usize],
    slot_index: &HashMap<&str, usize>,
    faults: &mut Vec<Fault>,
) -> Vec<Participant> {
    let first = index(participants.iter().map(|p| p.r#ref.as_str()));
    let mut checked = Vec::with_capacity(participants.len());
    for (k, participant) in participants.iter().enumerate() {
        let mut fault = |reason: String| {
            faults.push(Fault {
                item: item_name("participants", position(at, k), Some(&participant.r#ref)),
                reason,
            });
        };
        let name = ("participants", "ref");
        if let Some(reason) = check_name(name, &participant.r#ref, k, &first, at) {
            fault(reason);
        }
        let mut available = vec![true; slot_index.len()];
        for id in &participant.unavailable {
            match slot_index.get(id.as_str()) {
                Some(&s) => {
                    if let Some(a) = available.get_mut(s) {
                        *a = false;
                    }
                }
                None => fault(format!("unknown slot {id} in unavailable")),
            }
        }
        let max_meetings = match participant.max_meetings {
            None => None,
            Some(n) => match u32::try_from(n) {
                Ok(n) => Some(n),
                Err(_) => {
                    fault(format!("max_meetings {n} is not a count of meetings"));
                    None
                }
            },
        };
        checked.push(Participant {
            r#ref: participant.r#ref.clone(),
            available,
            max_meetings,
        });
    }
    checked
}

fn check_meetings(
    meetings: &[MeetingInput],
    at: &[usize],
    slot_index: &HashMap<&str, usize>,
    participant_index: &HashMap<&str, usize>,
    (venues, slots): (&[String], &[Slot]),
    faults: &mut Vec<Fault>,
) -> Vec<Meeting> {
    let first = index(meetings.iter().map(|m| m.r#ref.as_str()));
    let mut checked = Vec::with_capacity(meetings.len());
    for (k, meeting) in meetings.iter().enumerate() {
        let mut fault = |reason: String| {
            faults.push(Fault {
                item: item_name("meetings", position(at, k), Some(&meeting.r#ref)),
                reason,
            });
        };
        if let Some(reason) = check_name(("meetings", "ref"), &meeting.r#ref, k, &first, at) {
            fault(reason);
        }
        if meeting.participants.len() < 2 {
            fault(format!(
                "{} participant(s); a meeting needs at least two",
                meeting.participants.len()
            ));
        }
        let mut participants = Vec::with_capacity(meeting.participants.len());
        for (k, r) in meeting.participants.iter().enumerate() {
            if meeting.participants[..k].contains(r) {
                fault(format!("participant {r} is listed twice"));
                continue;
            }
            match participant_index.get(r.as_str()) {
                None => fault(format!("unknown participant {r}")),
                Some(&p) => participants.push(p),
            }
        }
        let priority = meeting.priority.unwrap_or(1);
        if !(1..=MAX_PRIORITY).contains(&priority) {
            fault(format!(
                "priority {priority} is not a positive integer up to {MAX_PRIORITY}"
            ));
        }
        let venue = match meeting.venue.as_deref() {
            None => 0,
            Some(_) if meeting.online => {
                fault("at a venue, but the meeting is online".into());
                0
            }
            Some(name) => match venues.iter().skip(1).position(|v| v == name) {
                Some(v) => v + 1,
                None => {
                    fault(format!(
                        "unknown venue {name:?}: no slot lists it in branch_tables"
                    ));
                    0
                }
            },
        };
        let at = at_venue(&venues[venue]);
        let lock = meeting.locked.as_ref().and_then(|lock| {
            check_lock(
                lock,
                (meeting.online, venue, &at),
                slot_index,
                slots,
                &mut fault,
            )
        });
        checked.push(Meeting {
            r#ref: meeting.r#ref.clone(),
            participants,
            priority: u32::try_from(priority).unwrap_or(1),
            online: meeting.online,
            venue,
            lock,
            free_slots: Vec::new(),
        });
    }
    checked
}

fn check_lock(
    lock: &LockInput,
    (online, venue, at): (bool, usize, &str),
    slot_index: &HashMap<&str, usize>,
    slots: &[Slot],
    fault: &mut impl FnMut(String),
) -> Option<Lock> {
    let Some(&s) = slot_index.get(lock.slot.as_str()) else {
        fault(format!("locked in unknown slot {}", lock.slot));
        return None;
    };
    let tables = slots
        .get(s)
        .and_then(|slot| slot.tables.get(venue).copied())
        .unwrap_or(0);
    let table = match lock.table {
        None => None,
        Some(_) if online => {
            fault("locked at a table, but the meeting is online".into());
            return None;
        }
        Some(t) => match u32::try_from(t) {
            Ok(t) if (1..=tables).contains(&t) => Some(t),
            _ => {
                fault(format!(
                    "locked at table {t}, but {}{at} has tables 1 to {tables}",
                    lock.slot
                ));
                return None;
            }
        },
    };
    if !online && tables == 0 {
        fault(format!(
            "locked on site in {}, which has no tables{at}",
            lock.slot
        ));
        return None;
    }
    Some(Lock { slot: s, table })
}

/// Locked meetings must fit together: nobody twice in a slot, nobody in a slot they cannot
/// attend or over their cap, no table twice, no more on-site meetings than tables.
fn check_locks(
    meetings: &[Meeting],
    at: &[usize],
    (venues, slots): (&[String], &[Slot]),
    participants: &[Participant],
    faults: &mut Vec<Fault>,
) {
    let mut seat: HashMap<(usize, usize), usize> = HashMap::new();
    let mut table: HashMap<(usize, usize, u32), usize> = HashMap::new();
    let mut on_site: HashMap<(usize, usize), u32> = HashMap::new();
    let mut load = vec![0u32; participants.len()];
    for (m, meeting) in meetings.iter().enumerate() {
        let Some(lock) = meeting.lock else { continue };
        let slot = &slots[lock.slot];
        let mut fault = |reason: String| {
            faults.push(Fault {
                item: item_name("meetings", position(at, m), Some(&meeting.r#ref)),
                reason,
            });
        };
        for &p in &meeting.participants {
            let who = &participants[p];
            if !who.available[lock.slot] {
                fault(format!(
                    "locked in {}, which {} cannot attend",
                    slot.id, who.r#ref
                ));
            }
            if let Some(&other) = seat.get(&(p, lock.slot)) {
                fault(format!(
                    "locked in {}, where {} is already locked in {}",
                    slot.id, who.r#ref, meetings[other].r#ref
                ));
            } else {
                seat.insert((p, lock.slot), m);
            }
            load[p] += 1;
            if load[p] == who.cap().saturating_add(1) {
                fault(format!(
                    "locked, but {} is then locked in more than max_meetings {}",
                    who.r#ref,
                    who.cap()
                ));
            }
        }
        if !meeting.online {
            let count = on_site.entry((lock.slot, meeting.venue)).or_default();
            *count += 1;
            let tables = slot.tables[meeting.venue];
            if *count == tables + 1 {
                let at = at_venue(&venues[meeting.venue]);
                fault(format!(
                    "locked on site in {}, which has only {tables} table(s){at} for the meetings locked there",
                    slot.id
                ));
            }
        }
        if let Some(t) = lock.table {
            if let Some(&other) = table.get(&(lock.slot, meeting.venue, t)) {
                fault(format!(
                    "locked at table {t} in {}, already taken by locked {}",
                    slot.id, meetings[other].r#ref
                ));
            } else {
                table.insert((lock.slot, meeting.venue, t), m);
            }
        }
    }
}
