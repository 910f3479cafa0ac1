//! Seeded, realistic events for the benchmark and the tests: requests skewed toward popular
//! participants, priorities 1 to 3, caps of 4 to 10, some online meetings, some meetings with
//! an interpreter, each participant away for a block of slots, tables scarcer as events grow;
//! optionally branch venues, where a fifth of the participants sit.

use std::collections::{BTreeMap, HashSet};

use jiff::tz::Offset;
use jiff::{SignedDuration, Timestamp};

use crate::input::{MeetingInput, ParticipantInput, ScheduleInput, SlotInput};

/// The shape of a synthetic event; `for_participants` gives the benchmark's.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub participants: usize,
    pub slots: usize,
    pub meetings: usize,
    /// Tables per slot as a share of the on-site meetings per slot, at each venue.
    pub table_share: f64,
    /// Branch venues besides the main one. A meeting is on site only when all its people are
    /// at one venue; otherwise it is online.
    pub branch_venues: usize,
}

impl Shape {
    /// 100 to 1,200 participants: 12 to 20 slots, about 4.2 meetings per participant
    /// (5,000 at 1,200), tables from plentiful to binding.
    #[must_use]
    pub fn for_participants(participants: usize) -> Self {
        #[expect(clippy::cast_precision_loss, reason = "a share, not a count")]
        let size = (participants as f64 / 1200.0).min(1.0);
        Self {
            participants,
            slots: (12 + participants * 8 / 1200).min(20),
            meetings: participants * 25 / 6,
            table_share: 1.5 - 0.95 * size,
            branch_venues: 0,
        }
    }
}

/// An event of this shape; the same seed gives the same event.
#[must_use]
pub fn event(shape: &Shape, seed: u64) -> ScheduleInput {
    let mut rng = fastrand::Rng::with_seed(seed);
    let n = shape.participants.max(3);
    let slot_count = shape.slots.max(1);
    let slot_ids: Vec<String> = (1..=slot_count).map(|s| format!("s{s:02}")).collect();

    // One in 25 participants interprets; the rest request meetings.
    let interpreters: Vec<usize> = (0..n).filter(|p| p % 25 == 24).collect();
    let members: Vec<usize> = (0..n).filter(|p| p % 25 != 24).collect();
    // Popularity falls off with a random rank: a few are asked by many.
    let mut ranks: Vec<usize> = (0..members.len()).collect();
    rng.shuffle(&mut ranks);
    let mut cumulative = Vec::with_capacity(members.len());
    let mut total = 0.0;
    for &rank in &ranks {
        #[expect(clippy::cast_precision_loss, reason = "a weight")]
        let weight = 1.0 / (1.0 + rank as f64).powf(0.6);
        total += weight;
        cumulative.push(total);
    }

    let participants = (0..n)
        .map(|p| {
            let away = rng.usize(0..=slot_count / 4);
            let from = rng.usize(0..=slot_count - away);
            ParticipantInput {
                r#ref: format!("p{:04}", p + 1),
                unavailable: slot_ids[from..from + away].to_vec(),
                max_meetings: (rng.f64() < 0.8).then(|| rng.i64(4..=10)),
            }
        })
        .collect();

    let mut pairs = HashSet::new();
    let mut meetings = Vec::with_capacity(shape.meetings);
    let mut tries = 0;
    while meetings.len() < shape.meetings && tries < shape.meetings * 20 {
        tries += 1;
        let a = members[rng.usize(..members.len())];
        let pick = rng.f64() * total;
        let b = members[cumulative
            .partition_point(|&c| c < pick)
            .min(members.len() - 1)];
        if a == b || !pairs.insert((a.min(b), a.max(b))) {
            continue;
        }
        let mut who = vec![format!("p{:04}", a + 1), format!("p{:04}", b + 1)];
        let online = rng.f64() < 0.15;
        if !interpreters.is_empty() && !online && rng.f64() < 0.08 {
            let i = interpreters[rng.usize(..interpreters.len())];
            who.push(format!("p{:04}", i + 1));
        }
        let roll = rng.f64();
        let priority = if roll < 0.55 {
            1
        } else if roll < 0.85 {
            2
        } else {
            3
        };
        meetings.push(MeetingInput {
            r#ref: format!("m{:05}", meetings.len() + 1),
            participants: who,
            priority: Some(priority),
            online,
            venue: None,
            locked: None,
        });
    }
    let on_site = place_at_venues(&mut meetings, shape.branch_venues, seed);

    // Per venue, main first: tables for its share of the on-site meetings.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_precision_loss,
        reason = "a small positive table count"
    )]
    let tables: Vec<i64> = on_site
        .iter()
        .map(|&count| ((count as f64 / slot_count as f64) * shape.table_share).ceil() as i64)
        .collect();
    let start: Timestamp = "2026-09-16T02:00:00Z"
        .parse()
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let venue = Offset::constant(7);
    let slots = slot_ids
        .into_iter()
        .enumerate()
        .map(|(s, id)| {
            let begin = start + SignedDuration::from_mins(30 * s as i64);
            let end = begin + SignedDuration::from_mins(30);
            SlotInput {
                id,
                start: begin.display_with_offset(venue).to_string(),
                end: end.display_with_offset(venue).to_string(),
                tables: tables[0],
                branch_tables: (1..tables.len())
                    .map(|v| (branch_name(v), tables[v]))
                    .collect::<BTreeMap<_, _>>(),
            }
        })
        .collect();
    ScheduleInput {
        slots,
        participants,
        meetings,
    }
}

fn branch_name(v: usize) -> String {
    format!("branch-{v}")
}

/// Seats each participant at a venue (four in five at the main one) and each on-site meeting
/// at its people's venue, online when they are at different venues. Draws from its own
/// generator, so events without branches are the same as before branches existed. Returns the
/// on-site meetings per venue, main first.
fn place_at_venues(meetings: &mut [MeetingInput], branches: usize, seed: u64) -> Vec<usize> {
    let mut on_site = vec![0; branches + 1];
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x5eed_b4a2);
    let mut venue_of = std::collections::HashMap::new();
    for meeting in meetings.iter_mut().filter(|m| !m.online) {
        let venues: HashSet<usize> = meeting
            .participants
            .iter()
            .map(|who| {
                *venue_of.entry(who.clone()).or_insert_with(|| {
                    if branches == 0 || rng.f64() < 0.8 {
                        0
                    } else {
                        rng.usize(1..=branches)
                    }
                })
            })
            .collect();
        match venues.into_iter().collect::<Vec<_>>().as_slice() {
            [0] => on_site[0] += 1,
            [v] => {
                meeting.venue = Some(branch_name(*v));
                on_site[*v] += 1;
            }
            _ => meeting.online = true,
        }
    }
    on_site
}
