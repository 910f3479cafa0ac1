//! Table numbers, given last: a locked table stays, every other on-site meeting takes the
//! lowest free number at its venue in its slot, in input order.

use super::state::{NONE, State};

/// Per meeting: its table (`None` online or unscheduled).
pub(crate) fn assign(state: &State<'_>) -> Vec<Option<u32>> {
    let event = state.event;
    let mut tables = vec![None; event.meetings.len()];
    // Per slot × venue (`Event::cell`): which table numbers are taken.
    let mut taken: Vec<Vec<bool>> = event
        .cell_tables()
        .into_iter()
        .map(|count| vec![false; count as usize + 1])
        .collect();
    for (m, meeting) in event.meetings.iter().enumerate() {
        if let Some(lock) = meeting.lock
            && let Some(t) = lock.table
        {
            taken[event.cell(m, lock.slot)][t as usize] = true;
            tables[m] = Some(t);
        }
    }
    let mut next = vec![1usize; taken.len()];
    for (m, meeting) in event.meetings.iter().enumerate() {
        let s = state.slot_of[m];
        if s == NONE || meeting.online || tables[m].is_some() {
            continue;
        }
        let cell = event.cell(m, s);
        let free = &mut taken[cell];
        while next[cell] < free.len() && free[next[cell]] {
            next[cell] += 1;
        }
        // The search never puts more on-site meetings at a venue than it has tables.
        if next[cell] < free.len() {
            free[next[cell]] = true;
            tables[m] = u32::try_from(next[cell]).ok();
        }
    }
    tables
}
