//! From a checked event to a schedule: a constructive pass, then ejection-chain local search for
//! value, then passes that keep the value and improve fairness and idle gaps; tables last.

mod construct;
mod improve;
mod polish;
pub(crate) mod state;
mod tables;

use crate::bound;
use crate::event::Event;
use crate::explain;
use state::State;

/// How hard to search. Both are counts, never time, so a run can be replayed exactly.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Seeds the order in which equally good choices are tried.
    pub seed: u64,
    /// Rounds of local search over the unscheduled meetings; more rounds never lower the value.
    pub rounds: u32,
    /// Ruin-and-recreate steps after the first local search.
    pub ruins: u32,
    /// Subgradient steps spent on the upper bound.
    pub bound_steps: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            seed: 0,
            rounds: 30,
            ruins: 2000,
            bound_steps: 300,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assignment {
    pub slot: usize,
    /// On site: the table, from 1. Online: `None`.
    pub table: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Schedule {
    /// Per meeting, in input order.
    pub assignments: Vec<Option<Assignment>>,
    /// Per meeting: why it is not scheduled (`None` when it is).
    pub reasons: Vec<Option<String>>,
    /// Sum of the priorities of the scheduled meetings.
    pub objective: u64,
    /// No schedule of this event can be worth more (see `bound`).
    pub upper_bound: u64,
}

impl Schedule {
    #[must_use]
    pub fn scheduled(&self) -> usize {
        self.assignments.iter().filter(|p| p.is_some()).count()
    }
}

/// Schedules `event`; locked meetings stay where they are.
#[must_use]
pub fn schedule(event: &Event, options: &Options) -> Schedule {
    // The bound needs no schedule: it runs on a second core while the search runs here.
    std::thread::scope(|scope| {
        let bound = scope.spawn(|| bound::upper_bound(event, options.bound_steps));
        let state = search(event, options);
        // Should the bound's thread fail, the sum of all priorities is still a true bound.
        let upper_bound = bound
            .join()
            .unwrap_or_else(|_| event.meetings.iter().map(|m| u64::from(m.priority)).sum());
        finish(&state, upper_bound)
    })
}

fn search<'e>(event: &'e Event, options: &Options) -> State<'e> {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let mut state = State::new(event);
    construct::place_locked(&mut state);
    construct::greedy(&mut state);
    improve::search(&mut state, options.rounds, &mut rng);
    improve::ruin_and_recreate(&mut state, options.ruins, &mut rng);
    improve::search(&mut state, options.rounds, &mut rng);
    polish::spread(&mut state);
    polish::close_gaps(&mut state);
    // Moves for people free seats; whatever now fits goes in, so every reason given for an
    // unscheduled meeting is true of the final schedule.
    construct::fill(&mut state);
    state
}

fn finish(state: &State<'_>, upper_bound: u64) -> Schedule {
    let event = state.event;
    let tables = tables::assign(state);
    let assignments = (0..event.meetings.len())
        .map(|m| {
            state.is_placed(m).then(|| Assignment {
                slot: state.slot_of[m],
                table: tables[m],
            })
        })
        .collect();
    let reasons = (0..event.meetings.len())
        .map(|m| (!state.is_placed(m)).then(|| explain::why_unscheduled(state, m)))
        .collect();
    Schedule {
        assignments,
        reasons,
        objective: state.objective,
        upper_bound,
    }
}

/// The baseline the benchmark compares with: meetings in input order, each in the earliest
/// slot where it fits. Returns its objective.
#[must_use]
pub fn first_come(event: &Event) -> u64 {
    let mut state = State::new(event);
    construct::place_locked(&mut state);
    for m in 0..event.meetings.len() {
        if state.is_placed(m) {
            continue;
        }
        if let Some(&s) = event.meetings[m]
            .free_slots
            .iter()
            .find(|&&s| state.fits(m, s))
        {
            state.place(m, s);
        }
    }
    state.objective
}
