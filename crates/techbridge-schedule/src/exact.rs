//! The exact optimum by branch and bound, for small events: what tests and the benchmark
//! measure the heuristic and the bound against.

use crate::event::Event;
use crate::solve::state::State;

/// The best objective any schedule of `event` reaches (locked meetings kept), or `None` when
/// the search needs more than `node_limit` nodes. `known` is the value of a schedule already
/// found (0 if none): branches that cannot beat it are cut.
#[must_use]
pub fn optimum(event: &Event, known: u64, node_limit: u64) -> Option<u64> {
    let mut state = State::new(event);
    for (m, meeting) in event.meetings.iter().enumerate() {
        if let Some(lock) = meeting.lock {
            state.place(m, lock.slot);
        }
    }
    let mut order: Vec<usize> = (0..event.meetings.len())
        .filter(|&m| !state.is_placed(m) && !event.meetings[m].free_slots.is_empty())
        .collect();
    order.sort_by_key(|&m| std::cmp::Reverse(event.meetings[m].priority));
    // rest[i]: what the meetings from position i on are worth together.
    let mut rest = vec![0u64; order.len() + 1];
    for i in (0..order.len()).rev() {
        rest[i] = rest[i + 1] + u64::from(event.meetings[order[i]].priority);
    }
    let mut search = Branch {
        order,
        rest,
        best: state.objective.max(known),
        nodes: 0,
        node_limit,
    };
    search.visit(&mut state, 0);
    (search.nodes <= node_limit).then_some(search.best)
}

struct Branch {
    order: Vec<usize>,
    rest: Vec<u64>,
    best: u64,
    nodes: u64,
    node_limit: u64,
}

impl Branch {
    fn visit(&mut self, state: &mut State<'_>, i: usize) {
        self.nodes += 1;
        if self.nodes > self.node_limit {
            return;
        }
        self.best = self.best.max(state.objective);
        if i == self.order.len() || state.objective + self.rest[i] <= self.best {
            return;
        }
        let m = self.order[i];
        let event = state.event;
        for &s in &event.meetings[m].free_slots {
            if state.fits(m, s) {
                state.place(m, s);
                self.visit(state, i + 1);
                state.remove(m);
            }
        }
        self.visit(state, i + 1);
        state.log.clear();
    }
}
