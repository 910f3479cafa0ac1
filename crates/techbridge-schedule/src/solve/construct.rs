//! The first schedule: locked meetings where the organizer put them, then the others by value,
//! the hardest to place first, each in the slot the remaining requests need least.

use super::state::State;

pub(crate) fn place_locked(state: &mut State<'_>) {
    let event = state.event;
    for (m, meeting) in event.meetings.iter().enumerate() {
        if let Some(lock) = meeting.lock {
            // Input checks made locked meetings consistent with each other, so this never
            // overbooks anyone.
            state.place(m, lock.slot);
        }
    }
    state.log.clear();
}

/// Highest priority first; among equals, fewest free slots first, then the meetings of the
/// least requested people, so that a quiet participant's one meeting is not crowded out by a
/// popular participant's tenth.
pub(crate) fn greedy(state: &mut State<'_>) {
    let event = state.event;
    let slot_count = event.slots.len();
    let requests: Vec<usize> = event.meetings_of.iter().map(Vec::len).collect();
    let mut order: Vec<usize> = (0..event.meetings.len())
        .filter(|&m| !state.is_placed(m))
        .collect();
    order.sort_by_key(|&m| {
        let meeting = &event.meetings[m];
        let demand: usize = meeting.participants.iter().map(|&p| requests[p]).sum();
        (
            std::cmp::Reverse(meeting.priority),
            meeting.free_slots.len(),
            demand,
            m,
        )
    });

    // How many meetings still to place could use each participant's seat in each slot, and
    // each slot's tables: a meeting goes where it takes the least from the others.
    let mut seat_demand = vec![0u32; event.participants.len() * slot_count];
    let mut table_demand = vec![0u32; slot_count * event.venues.len()];
    for &m in &order {
        let meeting = &event.meetings[m];
        for &s in &meeting.free_slots {
            for &p in &meeting.participants {
                seat_demand[p * slot_count + s] += 1;
            }
            if !meeting.online {
                table_demand[event.cell(m, s)] += 1;
            }
        }
    }

    for &m in &order {
        let meeting = &event.meetings[m];
        for &s in &meeting.free_slots {
            for &p in &meeting.participants {
                seat_demand[p * slot_count + s] -= 1;
            }
            if !meeting.online {
                table_demand[event.cell(m, s)] -= 1;
            }
        }
        let best = meeting
            .free_slots
            .iter()
            .copied()
            .filter(|&s| state.fits(m, s))
            .min_by_key(|&s| {
                let seats: u64 = meeting
                    .participants
                    .iter()
                    .map(|&p| u64::from(seat_demand[p * slot_count + s]))
                    .sum();
                let tables = if meeting.online {
                    0
                } else {
                    let left = state.tables_left(m, s);
                    // Demand per free table, scaled to compare with whole seats.
                    u64::from(table_demand[event.cell(m, s)]) * 4 / u64::from(left.max(1))
                };
                (seats + tables, event.slots[s].rank)
            });
        if let Some(s) = best {
            state.place(m, s);
        }
    }
    state.log.clear();
}

/// Places every unplaced meeting that fits somewhere as the schedule stands.
pub(crate) fn fill(state: &mut State<'_>) {
    let event = state.event;
    for (m, meeting) in event.meetings.iter().enumerate() {
        if state.is_placed(m) {
            continue;
        }
        if let Some(&s) = meeting.free_slots.iter().find(|&&s| state.fits(m, s)) {
            state.place(m, s);
        }
    }
    state.log.clear();
}
