//! Small random events with every feature: caps (0 included), slots without tables, online
//! meetings, three-person meetings, unavailability, priorities, branch venues with their own
//! tables.

use std::collections::BTreeMap;

use techbridge_schedule::input::{MeetingInput, ParticipantInput, SlotInput};
use techbridge_schedule::{Event, ScheduleInput};

pub(crate) struct Size {
    pub(crate) participants: usize,
    pub(crate) slots: usize,
    pub(crate) meetings: usize,
}

pub(crate) fn input(size: &Size, seed: u64) -> ScheduleInput {
    let mut rng = fastrand::Rng::with_seed(seed);
    // Venues draw from their own generator, so the rest of an event is the same with or
    // without them.
    let mut venue_rng = fastrand::Rng::with_seed(seed.wrapping_mul(31) + 7);
    let branches = venue_rng.usize(0..=2);
    let slots = (0..size.slots)
        .map(|s| SlotInput {
            id: format!("s{s}"),
            // Out of time order on purpose: ranks must come from the times.
            start: format!("2026-09-16T{:02}:00:00+07:00", 9 + (s * 7) % size.slots),
            end: format!("2026-09-16T{:02}:30:00+07:00", 9 + (s * 7) % size.slots),
            tables: rng.i64(0..=3),
            branch_tables: (1..=branches)
                .map(|v| (format!("v{v}"), venue_rng.i64(0..=2)))
                .collect::<BTreeMap<_, _>>(),
        })
        .collect();
    let participants = (0..size.participants)
        .map(|p| ParticipantInput {
            r#ref: format!("p{p}"),
            unavailable: (0..size.slots)
                .filter(|_| rng.f64() < 0.2)
                .map(|s| format!("s{s}"))
                .collect(),
            max_meetings: (rng.f64() < 0.4).then(|| rng.i64(0..=3)),
        })
        .collect();
    let meetings = (0..size.meetings)
        .map(|m| {
            let mut who: Vec<usize> = Vec::new();
            let count = if rng.f64() < 0.2 { 3 } else { 2 };
            while who.len() < count.min(size.participants) {
                let p = rng.usize(..size.participants);
                if !who.contains(&p) {
                    who.push(p);
                }
            }
            MeetingInput {
                r#ref: format!("m{m}"),
                participants: who.iter().map(|p| format!("p{p}")).collect(),
                priority: (rng.f64() < 0.7).then(|| rng.i64(1..=4)),
                online: rng.f64() < 0.25,
                venue: None,
                locked: None,
            }
        })
        .collect::<Vec<MeetingInput>>();
    let mut meetings = meetings;
    for meeting in meetings.iter_mut().filter(|m| !m.online) {
        let v = venue_rng.usize(0..=branches);
        meeting.venue = (v > 0).then(|| format!("v{v}"));
    }
    ScheduleInput {
        slots,
        participants,
        meetings,
    }
}

pub(crate) fn event(size: &Size, seed: u64) -> Event {
    input(size, seed).into_event().unwrap()
}
