//! The output file (contracts.md section 3) and the human-readable forms of a schedule.

use std::fmt::Write;

use serde::Serialize;

use crate::event::{Event, at_venue};
use crate::solve::Schedule;

#[derive(Debug, Clone, Serialize)]
pub struct Output {
    pub scheduled: Vec<ScheduledMeeting>,
    pub unscheduled: Vec<UnscheduledMeeting>,
    pub objective: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScheduledMeeting {
    pub meeting: String,
    pub slot: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    /// An extension of the contract: the branch venue of an on-site meeting there (absent at
    /// the main venue and online).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnscheduledMeeting {
    pub meeting: String,
    pub reason: String,
}

impl Output {
    /// Meetings in input order in each list.
    #[must_use]
    pub fn new(event: &Event, schedule: &Schedule) -> Self {
        let mut scheduled = Vec::new();
        let mut unscheduled = Vec::new();
        for (m, meeting) in event.meetings.iter().enumerate() {
            match schedule.assignments[m] {
                Some(placement) => scheduled.push(ScheduledMeeting {
                    meeting: meeting.r#ref.clone(),
                    slot: event.slots[placement.slot].id.clone(),
                    table: placement.table,
                    venue: (!meeting.online && meeting.venue > 0)
                        .then(|| event.venues[meeting.venue].clone()),
                }),
                None => unscheduled.push(UnscheduledMeeting {
                    meeting: meeting.r#ref.clone(),
                    reason: schedule.reasons[m].clone().unwrap_or_default(),
                }),
            }
        }
        Self {
            scheduled,
            unscheduled,
            objective: schedule.objective,
        }
    }
}

/// `scheduled 4,812 of 5,000 meetings, objective 9,321, upper bound 9,340 (99.8%)`.
#[must_use]
pub fn summary(schedule: &Schedule) -> String {
    #[expect(
        clippy::cast_precision_loss,
        reason = "a percentage for people to read"
    )]
    let ratio = if schedule.upper_bound == 0 {
        100.0
    } else {
        100.0 * schedule.objective as f64 / schedule.upper_bound as f64
    };
    format!(
        "scheduled {} of {} meetings, objective {}, upper bound {} ({:.1}%)",
        thousands(schedule.scheduled() as u64),
        thousands(schedule.assignments.len() as u64),
        thousands(schedule.objective),
        thousands(schedule.upper_bound),
        // Never show 100.0% for a schedule that is not proved optimal.
        if schedule.objective < schedule.upper_bound {
            ratio.min(99.9)
        } else {
            ratio
        }
    )
}

/// The schedule as a table per slot, by start time, then the unscheduled meetings.
#[must_use]
pub fn text(event: &Event, schedule: &Schedule) -> String {
    let mut out = String::new();
    let mut slots: Vec<usize> = (0..event.slots.len()).collect();
    slots.sort_by_key(|&s| event.slots[s].rank);
    for s in slots {
        let slot = &event.slots[s];
        let mut rows: Vec<(Option<u32>, usize)> = schedule
            .assignments
            .iter()
            .enumerate()
            .filter_map(|(m, p)| p.filter(|p| p.slot == s).map(|p| (p.table, m)))
            .collect();
        // The main venue's tables in order, then each branch venue's, online meetings last.
        rows.sort_by_key(|&(table, m)| {
            let venue = if table.is_some() {
                event.meetings[m].venue
            } else {
                usize::MAX
            };
            (venue, table, m)
        });
        let _ = writeln!(
            out,
            "{} {} to {} ({} meetings)",
            slot.id,
            slot.start_text,
            slot.end_text,
            rows.len()
        );
        for (table, m) in rows {
            let meeting = &event.meetings[m];
            let at = at_venue(&event.venues[meeting.venue]);
            let place = table.map_or_else(|| "online".to_owned(), |t| format!("table {t}{at}"));
            let who: Vec<&str> = meeting
                .participants
                .iter()
                .map(|&p| event.participants[p].r#ref.as_str())
                .collect();
            let _ = writeln!(
                out,
                "  {place:<10} {:<12} {} (priority {})",
                meeting.r#ref,
                who.join(", "),
                meeting.priority
            );
        }
    }
    let unscheduled: Vec<usize> = (0..event.meetings.len())
        .filter(|&m| schedule.assignments[m].is_none())
        .collect();
    if !unscheduled.is_empty() {
        let _ = writeln!(out, "unscheduled ({})", unscheduled.len());
        for m in unscheduled {
            let _ = writeln!(
                out,
                "  {:<12} {}",
                event.meetings[m].r#ref,
                schedule.reasons[m].as_deref().unwrap_or_default()
            );
        }
    }
    out
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
