//! Every rule of the contract checked on a finished schedule, independently of how it was
//! made: what the tests and the benchmark trust instead of the solver.

use std::collections::HashSet;

use crate::event::{Event, at_venue};
use crate::solve::Schedule;

/// Each broken rule, in words; empty when the schedule is valid.
#[must_use]
pub fn violations(event: &Event, schedule: &Schedule) -> Vec<String> {
    let mut found = Vec::new();
    if schedule.assignments.len() != event.meetings.len()
        || schedule.reasons.len() != event.meetings.len()
    {
        found.push("not one placement and one reason slot per meeting".to_owned());
        return found;
    }
    let mut seats = HashSet::new();
    let mut tables = HashSet::new();
    let mut on_site = vec![0u32; event.slots.len() * event.venues.len()];
    let mut load = vec![0u32; event.participants.len()];
    let mut objective = 0u64;
    for (m, meeting) in event.meetings.iter().enumerate() {
        let name = &meeting.r#ref;
        let Some(placement) = schedule.assignments[m] else {
            if schedule.reasons[m].as_deref().is_none_or(str::is_empty) {
                found.push(format!("{name} is unscheduled without a reason"));
            }
            if meeting.lock.is_some() {
                found.push(format!("{name} is locked but unscheduled"));
            }
            continue;
        };
        if schedule.reasons[m].is_some() {
            found.push(format!("{name} is scheduled and has a reason"));
        }
        let s = placement.slot;
        let Some(slot) = event.slots.get(s) else {
            found.push(format!("{name} is in slot index {s}, out of range"));
            continue;
        };
        objective += u64::from(meeting.priority);
        for &p in &meeting.participants {
            let who = &event.participants[p];
            if !who.available[s] {
                found.push(format!("{name}: {} cannot attend {}", who.r#ref, slot.id));
            }
            if !seats.insert((p, s)) {
                found.push(format!(
                    "{name}: {} is double-booked in {}",
                    who.r#ref, slot.id
                ));
            }
            load[p] += 1;
        }
        match (meeting.online, placement.table) {
            (true, Some(t)) => found.push(format!("{name} is online but has table {t}")),
            (false, None) => found.push(format!("{name} is on site without a table")),
            (false, Some(t)) => {
                let (venue, count) = (meeting.venue, slot.tables[meeting.venue]);
                let at = at_venue(&event.venues[venue]);
                on_site[event.cell(m, s)] += 1;
                if !(1..=count).contains(&t) {
                    found.push(format!("{name}: table {t}{at} is not in 1..={count}"));
                }
                if !tables.insert((s, venue, t)) {
                    found.push(format!(
                        "{name}: table {t}{at} in {} is taken twice",
                        slot.id
                    ));
                }
            }
            (true, None) => {}
        }
        if let Some(lock) = meeting.lock
            && (lock.slot != s || lock.table.is_some_and(|t| placement.table != Some(t)))
        {
            found.push(format!("{name} moved from where it was locked"));
        }
    }
    for (s, slot) in event.slots.iter().enumerate() {
        for (v, &count) in slot.tables.iter().enumerate() {
            let held = on_site[s * event.venues.len() + v];
            if held > count {
                let at = at_venue(&event.venues[v]);
                found.push(format!("{}{at} holds {held} on-site meetings", slot.id));
            }
        }
    }
    for (p, who) in event.participants.iter().enumerate() {
        if load[p] > who.cap() {
            found.push(format!(
                "{} has {} meetings, over the cap",
                who.r#ref, load[p]
            ));
        }
    }
    if objective != schedule.objective {
        found.push(format!(
            "objective {} but the scheduled meetings sum to {objective}",
            schedule.objective
        ));
    }
    if schedule.upper_bound < schedule.objective {
        found.push(format!(
            "upper bound {} below the objective {}",
            schedule.upper_bound, schedule.objective
        ));
    }
    found
}
