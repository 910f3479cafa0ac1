//! Why a meeting is not in the schedule, in words an organizer can act on. Each reason is
//! checked against the final schedule, so it is true of what is printed.

use crate::event::at_venue;
use crate::solve::state::{NONE, State};

pub(crate) fn why_unscheduled(state: &State<'_>, m: usize) -> String {
    let event = state.event;
    let meeting = &event.meetings[m];
    let refs: Vec<&str> = meeting
        .participants
        .iter()
        .map(|&p| event.participants[p].r#ref.as_str())
        .collect();
    let all = join(&refs);

    for &p in &meeting.participants {
        let who = &event.participants[p];
        if !who.available.iter().any(|&a| a) {
            return format!("{} cannot attend any slot", who.r#ref);
        }
    }
    let common: Vec<usize> = (0..event.slots.len())
        .filter(|&s| event.all_available(m, s))
        .collect();
    if common.is_empty() {
        return match refs.as_slice() {
            [a, b] => format!("{a} has no free slot in common with {b}"),
            _ => format!("{all} have no free slot in common"),
        };
    }
    let verb = if refs.len() == 2 { "both" } else { "all" };
    let at = at_venue(&event.venues[meeting.venue]);
    if meeting.free_slots.is_empty() {
        return format!(
            "the meeting is on site, and no slot {all} can {verb} attend has a table{at}: {}",
            slot_list(state, &common)
        );
    }
    let capped: Vec<String> = meeting
        .participants
        .iter()
        .filter(|&&p| state.at_cap(p))
        .map(|&p| {
            let who = &event.participants[p];
            format!("{} has reached max_meetings {}", who.r#ref, who.cap())
        })
        .collect();
    if !capped.is_empty() {
        return capped.join("; ");
    }

    let (mut busy, mut full) = (Vec::new(), Vec::new());
    for &s in &meeting.free_slots {
        if meeting
            .participants
            .iter()
            .any(|&p| state.seat(p, s) != NONE)
        {
            busy.push(s);
        } else {
            full.push(s);
        }
    }
    let mut parts = Vec::new();
    if !busy.is_empty() {
        let whose = if refs.len() == 1 { "" } else { "their " };
        parts.push(format!(
            "by {whose}other meetings in {}",
            slot_list(state, &busy)
        ));
    }
    if !full.is_empty() {
        parts.push(format!("by full tables{at} in {}", slot_list(state, &full)));
    }
    format!(
        "every slot {all} can {verb} attend is taken: {}",
        parts.join("; ")
    )
}

/// "a", "a and b", "a, b and c".
fn join(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Slot ids, at most five, then how many more.
fn slot_list(state: &State<'_>, slots: &[usize]) -> String {
    const SHOWN: usize = 5;
    let ids: Vec<&str> = slots
        .iter()
        .take(SHOWN)
        .map(|&s| state.event.slots[s].id.as_str())
        .collect();
    if slots.len() > SHOWN {
        format!("{} and {} more", ids.join(", "), slots.len() - SHOWN)
    } else {
        join(&ids)
    }
}
