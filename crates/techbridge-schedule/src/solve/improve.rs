//! Local search for value: each unscheduled meeting tries to get in by moving the meetings in
//! its way to other slots, a few levels deep (an ejection chain), or, failing that, by pushing
//! out meetings worth less than itself. Every accepted step raises the objective, so the search
//! ends; rounds and a per-attempt step budget bound the work without reading the clock.

use super::state::State;

/// Levels of moves behind one insertion: the meeting, the meetings it displaces, theirs.
const DEPTH: u32 = 3;
/// Slot tries per insertion attempt, across all levels.
const BUDGET: u32 = 100;
/// A slot with more meetings than this in the way is not worth clearing.
const MAX_BLOCKERS: usize = 2;

pub(crate) fn search(state: &mut State<'_>, rounds: u32, rng: &mut fastrand::Rng) {
    let event = state.event;
    for _ in 0..rounds {
        let mut waiting: Vec<usize> = (0..event.meetings.len())
            .filter(|&m| !state.is_placed(m))
            .collect();
        rng.shuffle(&mut waiting);
        waiting.sort_by_key(|&m| std::cmp::Reverse(event.meetings[m].priority));
        let before = state.objective;
        for &m in &waiting {
            if state.is_placed(m) {
                continue;
            }
            let mut search = Search {
                budget: BUDGET,
                moving: Vec::new(),
                rng,
            };
            if !search.relocate(state, m, DEPTH) {
                search.budget = BUDGET;
                search.eject(state, m);
            }
            state.log.clear();
        }
        if state.objective == before {
            break;
        }
    }
}

struct Search<'r> {
    budget: u32,
    /// Meetings placed along the current chain: not to be displaced again by it.
    moving: Vec<usize>,
    rng: &'r mut fastrand::Rng,
}

impl Search<'_> {
    /// Places unplaced `m`, moving other meetings up to `depth` levels; on failure leaves the
    /// schedule as it was.
    fn relocate(&mut self, state: &mut State<'_>, m: usize, depth: u32) -> bool {
        let event = state.event;
        let meeting = &event.meetings[m];
        if let Some(&s) = meeting.free_slots.iter().find(|&&s| state.fits(m, s)) {
            state.place(m, s);
            return true;
        }
        // Moving others never frees a participant's cap.
        if depth == 0 || meeting.participants.iter().any(|&p| state.at_cap(p)) {
            return false;
        }
        let slots = &meeting.free_slots;
        let start = self.rng.usize(..slots.len().max(1));
        let mut blockers = Vec::new();
        for k in 0..slots.len() {
            let s = slots[(start + k) % slots.len()];
            if self.budget == 0 {
                return false;
            }
            self.budget -= 1;
            state.blockers(m, s, &mut blockers);
            if blockers.len() > MAX_BLOCKERS
                || blockers
                    .iter()
                    .any(|&b| state.is_locked(b) || self.moving.contains(&b))
            {
                continue;
            }
            let mark = state.log.len();
            for &b in &blockers {
                state.remove(b);
            }
            if state.tables_full(m, s) {
                match self.table_victim(state, m, s) {
                    Some(v) => {
                        state.remove(v);
                        blockers.push(v);
                    }
                    None => {
                        state.undo_to(mark);
                        continue;
                    }
                }
            }
            state.place(m, s);
            self.moving.push(m);
            let moved = blockers
                .clone()
                .into_iter()
                .all(|b| self.relocate(state, b, depth - 1));
            self.moving.pop();
            if moved {
                return true;
            }
            state.undo_to(mark);
        }
        false
    }

    /// A meeting of slot `s` that may give up its table to `m`: at `m`'s venue, one this chain
    /// has not placed, not locked, with the most other slots to go to.
    fn table_victim(&self, state: &State<'_>, m: usize, s: usize) -> Option<usize> {
        let event = state.event;
        state.in_slot[s]
            .iter()
            .copied()
            .filter(|&v| {
                state.share_tables(m, v) && !state.is_locked(v) && !self.moving.contains(&v)
            })
            .max_by_key(|&v| (event.meetings[v].free_slots.len(), std::cmp::Reverse(v)))
    }

    /// Places unplaced `m` by taking out whatever is in its way in one of its slots (the
    /// meetings of its participants there, a table, a seat under a cap), moving what can move
    /// and dropping the rest, if that raises the objective. Returns whether it did.
    fn eject(&mut self, state: &mut State<'_>, m: usize) -> bool {
        let event = state.event;
        let meeting = &event.meetings[m];
        let before = state.objective;
        let mut out = Vec::new();
        for &s in &meeting.free_slots {
            let mark = state.log.len();
            state.blockers(m, s, &mut out);
            if out.iter().any(|&b| state.is_locked(b)) {
                continue;
            }
            for &b in &out {
                state.remove(b);
            }
            for &p in &meeting.participants {
                if state.at_cap(p)
                    && let Some(v) = cheapest_unlocked(state, p)
                {
                    state.remove(v);
                    out.push(v);
                }
            }
            if state.tables_full(m, s)
                && let Some(v) = state.in_slot[s]
                    .iter()
                    .copied()
                    .filter(|&v| state.share_tables(m, v) && !state.is_locked(v))
                    .min_by_key(|&v| (event.meetings[v].priority, v))
            {
                state.remove(v);
                out.push(v);
            }
            // Worth it when enough of what is pushed out finds another slot.
            if state.fits(m, s) {
                state.place(m, s);
                self.moving.push(m);
                for &v in &out {
                    self.relocate(state, v, DEPTH - 1);
                }
                self.moving.pop();
                if state.objective > before {
                    return true;
                }
            }
            state.undo_to(mark);
        }
        false
    }
}

/// The placed, unlocked meeting of participant `p` worth least.
fn cheapest_unlocked(state: &State<'_>, p: usize) -> Option<usize> {
    state.event.meetings_of[p]
        .iter()
        .copied()
        .filter(|&v| state.is_placed(v) && !state.is_locked(v))
        .min_by_key(|&v| (state.event.meetings[v].priority, v))
}

/// Levels of moves when filling in after a ruin: shallow, as it runs many times.
const RECREATE_DEPTH: u32 = 1;
const RECREATE_BUDGET: u32 = 60;

/// Large-neighbourhood search: take out the meetings of one participant who has requests left
/// unscheduled, then put back, best first, everything that touches the people freed; keep the
/// result unless it is worth less. Keeping equal results lets the schedule drift across
/// plateaus of equal value, where single insertions are stuck.
pub(crate) fn ruin_and_recreate(state: &mut State<'_>, iterations: u32, rng: &mut fastrand::Rng) {
    let event = state.event;
    let mut people = Vec::new();
    let mut candidates = Vec::new();
    for _ in 0..iterations {
        let waiting: Vec<usize> = (0..event.meetings.len())
            .filter(|&m| !state.is_placed(m))
            .collect();
        if waiting.is_empty() {
            return;
        }
        let seed_meeting = waiting[rng.usize(..waiting.len())];
        let before = state.objective;
        state.log.clear();
        people.clear();
        candidates.clear();
        people.extend(event.meetings[seed_meeting].participants.iter().copied());
        for &p in &event.meetings[seed_meeting].participants {
            for &m in &event.meetings_of[p] {
                if state.is_placed(m) && !state.is_locked(m) {
                    state.remove(m);
                    for &q in &event.meetings[m].participants {
                        if !people.contains(&q) {
                            people.push(q);
                        }
                    }
                }
            }
        }
        for &p in &people {
            for &m in &event.meetings_of[p] {
                if !state.is_placed(m) && !candidates.contains(&m) {
                    candidates.push(m);
                }
            }
        }
        rng.shuffle(&mut candidates);
        candidates.sort_by_key(|&m| std::cmp::Reverse(event.meetings[m].priority));
        for &m in &candidates {
            if !state.is_placed(m) {
                let mut search = Search {
                    budget: RECREATE_BUDGET,
                    moving: Vec::new(),
                    rng,
                };
                search.relocate(state, m, RECREATE_DEPTH);
            }
        }
        if state.objective < before {
            state.undo_to(0);
        }
        state.log.clear();
    }
}
