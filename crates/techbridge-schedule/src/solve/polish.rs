//! Passes that keep the objective and improve the schedule for people: meetings spread over
//! participants (a swap of equal value toward the less served), then fewer idle slots between
//! a participant's meetings. Each accepted step strictly lowers a measure, so each pass ends.

use super::state::{NONE, State};

const PASSES: usize = 4;

/// Swaps a scheduled meeting for an unscheduled one of the same priority when that lowers the
/// sum of squared meeting counts: the meeting goes to people who have fewer.
pub(crate) fn spread(state: &mut State<'_>) {
    let event = state.event;
    let mut blockers = Vec::new();
    for _ in 0..PASSES {
        let mut changed = false;
        for m in 0..event.meetings.len() {
            if state.is_placed(m) {
                continue;
            }
            let meeting = &event.meetings[m];
            for &s in &meeting.free_slots {
                state.blockers(m, s, &mut blockers);
                let candidates: Vec<usize> = match blockers.as_slice() {
                    [b] => vec![*b],
                    [] if state.tables_full(m, s) => state.in_slot[s]
                        .iter()
                        .copied()
                        .filter(|&b| state.share_tables(m, b))
                        .collect(),
                    _ => Vec::new(),
                };
                let swap = candidates.into_iter().find(|&b| {
                    !state.is_locked(b)
                        && event.meetings[b].priority == meeting.priority
                        && squares_drop(state, b, m) > 0
                });
                let Some(b) = swap else { continue };
                let mark = state.log.len();
                state.remove(b);
                if state.fits(m, s) {
                    state.place(m, s);
                    changed = true;
                    break;
                }
                state.undo_to(mark);
            }
        }
        state.log.clear();
        if !changed {
            break;
        }
    }
}

/// How much the sum of squared loads drops if `out` leaves the schedule and `into` joins it.
fn squares_drop(state: &State<'_>, out: usize, into: usize) -> i64 {
    let event = state.event;
    let mut load: Vec<(usize, i64)> = Vec::new();
    let mut delta = |p: usize, d: i64| match load.iter_mut().find(|(q, _)| *q == p) {
        Some((_, l)) => *l += d,
        None => load.push((p, d)),
    };
    for &p in &event.meetings[out].participants {
        delta(p, -1);
    }
    for &p in &event.meetings[into].participants {
        delta(p, 1);
    }
    load.iter()
        .map(|&(p, d)| {
            let l = i64::from(state.load[p]);
            l * l - (l + d) * (l + d)
        })
        .sum()
}

/// Moves single meetings to free slots where their participants wait less in between.
pub(crate) fn close_gaps(state: &mut State<'_>) {
    let event = state.event;
    for _ in 0..PASSES {
        let mut changed = false;
        for m in 0..event.meetings.len() {
            let from = state.slot_of[m];
            if from == NONE || state.is_locked(m) {
                continue;
            }
            let participants = &event.meetings[m].participants;
            let idle_now: u32 = participants.iter().map(|&p| state.idle(p)).sum();
            state.remove(m);
            let mut best = (idle_now, from);
            for &s in &event.meetings[m].free_slots {
                if s == from || !state.fits(m, s) {
                    continue;
                }
                state.place(m, s);
                let idle: u32 = participants.iter().map(|&p| state.idle(p)).sum();
                state.remove(m);
                if idle < best.0 {
                    best = (idle, s);
                }
            }
            state.place(m, best.1);
            changed |= best.1 != from;
            state.log.clear();
        }
        if !changed {
            break;
        }
    }
}
