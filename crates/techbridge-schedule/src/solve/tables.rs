//! Table numbers, given last: a locked table stays, every other on-site meeting takes the
//! lowest free number in its slot, in input order.

use super::state::{NONE, State};

/// Per meeting: its table (`None` online or unscheduled).
pub(crate) fn assign(state: &State<'_>) -> Vec<Option<u32>> {
    let event = state.event;
    let mut tables = vec![None; event.meetings.len()];
    let mut taken: Vec<Vec<bool>> = event
        .slots
        .iter()
        .map(|slot| vec![false; slot.tables as usize + 1])
        .collect();
    for (m, meeting) in event.meetings.iter().enumerate() {
        if let Some(lock) = meeting.lock
            && let Some(t) = lock.table
        {
            taken[lock.slot][t as usize] = true;
            tables[m] = Some(t);
        }
    }
    let mut next = vec![1usize; event.slots.len()];
    for (m, meeting) in event.meetings.iter().enumerate() {
        let s = state.slot_of[m];
        if s == NONE || meeting.online || tables[m].is_some() {
            continue;
        }
        let free = &mut taken[s];
        while next[s] < free.len() && free[next[s]] {
            next[s] += 1;
        }
        // The search never puts more on-site meetings in a slot than it has tables.
        if next[s] < free.len() {
            free[next[s]] = true;
            tables[m] = u32::try_from(next[s]).ok();
        }
    }
    tables
}
