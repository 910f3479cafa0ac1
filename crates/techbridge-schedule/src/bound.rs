//! An upper bound on the best possible objective, by Lagrangian relaxation.
//!
//! The constraints "a participant sits in at most one meeting per slot" (multiplier `λ[p,s]`),
//! "at most `max_meetings` meetings" (`μ[p]`) and "at most `tables` on-site meetings per slot
//! and venue" (`ν[s,v]`) are moved into the objective with non-negative prices. What is left,
//! "each meeting in at most one of its free slots", splits by meeting:
//!
//! ```text
//! L(λ, μ, ν) = Σ λ[p,s] + Σ μ[p]·cap[p] + Σ ν[s,v]·tables[s,v]
//!            + Σ_m max(0, max over free slots s of  w[m] − Σ_{p in m} (λ[p,s] + μ[p]) − ν[s,v(m)]·[m on site])
//! ```
//!
//! For any schedule x obeying every constraint, each price multiplies a non-negative slack, so
//! `L ≥ Σ w·x`: every non-negative price vector gives a valid bound, however far from optimal
//! the prices are. The search for low prices (smoothed coordinate descent, plain descent,
//! subgradient steps) only decides how tight the bound is; the lowest L seen is kept. The best
//! possible is the bound of the linear-programming relaxation. Objectives are integers, so the
//! bound is rounded down.
//!
//! A locked meeting keeps only its own slot as a free slot: every schedule the organizer allows
//! obeys that, so the bound stays valid and gets tighter.

mod smooth;

use crate::event::Event;

/// Temperatures of the smoothed descent, from coarse to fine, in units of priority.
const TEMPERATURES: [f64; 4] = [1.0, 0.2, 0.04, 0.01];
/// Rounds of smoothed descent at each temperature.
const SMOOTH_CYCLES: u32 = 6;

/// Rounds of exact minimisation price by price, stopped early once a round gains nothing.
const DESCENT_CYCLES: u32 = 10;

/// Where Polyak's step aims, as a share of the best bound so far.
const POLYAK_TARGET: f64 = 0.995;

/// Steps without a better bound before the step size halves.
const PATIENCE: u32 = 40;

/// The smallest bound found: smoothed descent from coarse to fine, plain descent, then
/// `steps` subgradient steps. Needs no schedule, so it can run beside the search.
#[must_use]
pub fn upper_bound(event: &Event, steps: u32) -> u64 {
    let mut relaxation = Relaxation::new(event);
    let mut best = relaxation.total_priority();
    for tau in TEMPERATURES {
        for _ in 0..SMOOTH_CYCLES {
            relaxation.soft_descend(tau);
            best = best.min(relaxation.evaluate());
        }
    }
    // Exact minimisation along each price never raises L; it stops where no single price can
    // move, which is where subgradient steps, moving all prices at once, take over.
    for _ in 0..DESCENT_CYCLES {
        relaxation.descend();
        let value = relaxation.evaluate();
        let gained = value < best - 1e-3;
        best = best.min(value);
        if !gained {
            break;
        }
    }
    let mut theta = 1.0;
    let mut since_best = 0;
    for _ in 0..steps {
        let value = relaxation.evaluate();
        if value < best - 1e-9 {
            best = value;
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= PATIENCE {
                theta /= 2.0;
                since_best = 0;
            }
        }
        // Polyak's step toward a value a little under the best bound so far.
        relaxation.step(theta * (value - POLYAK_TARGET * best).max(1e-3));
    }
    floor(best)
}

/// Rounds down, with room for floating-point error on the safe side.
fn floor(value: f64) -> u64 {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a non-negative sum of priorities far below 2^52"
    )]
    let down = (value + 1e-6).floor().max(0.0) as u64;
    down
}

struct Relaxation<'e> {
    event: &'e Event,
    slot_count: usize,
    lambda: Vec<f64>,
    mu: Vec<f64>,
    nu: Vec<f64>,
    /// Caps and table counts (per `Event::cell`) as far as they can bind (`None`: they cannot,
    /// the price stays 0).
    cap: Vec<Option<f64>>,
    tables: Vec<Option<f64>>,
    /// Per slot × venue (`Event::cell`): the on-site meetings that could take one of its tables.
    on_site_in: Vec<Vec<usize>>,
    /// The subgradient at the last evaluation: slack of each relaxed constraint.
    g_lambda: Vec<f64>,
    g_mu: Vec<f64>,
    g_nu: Vec<f64>,
}

impl<'e> Relaxation<'e> {
    fn new(event: &'e Event) -> Self {
        let slot_count = event.slots.len();
        let people = event.participants.len();
        let cap = event
            .participants
            .iter()
            .enumerate()
            .map(|(p, who)| {
                let could = event.meetings_of[p]
                    .iter()
                    .filter(|&&m| !event.meetings[m].free_slots.is_empty())
                    .count();
                let cap = who.cap() as usize;
                (cap < could).then_some(cap as f64)
            })
            .collect();
        let cell_tables = event.cell_tables();
        let cells = cell_tables.len();
        let mut on_site_in = vec![Vec::new(); cells];
        for (m, meeting) in event.meetings.iter().enumerate() {
            if !meeting.online {
                for &s in &meeting.free_slots {
                    on_site_in[event.cell(m, s)].push(m);
                }
            }
        }
        let tables = cell_tables
            .iter()
            .zip(&on_site_in)
            .map(|(&count, could)| ((count as usize) < could.len()).then_some(f64::from(count)))
            .collect();
        Self {
            event,
            slot_count,
            lambda: vec![0.0; people * slot_count],
            mu: vec![0.0; people],
            nu: vec![0.0; cells],
            cap,
            tables,
            on_site_in,
            g_lambda: vec![0.0; people * slot_count],
            g_mu: vec![0.0; people],
            g_nu: vec![0.0; cells],
        }
    }

    fn total_priority(&self) -> f64 {
        self.event
            .meetings
            .iter()
            .filter(|m| !m.free_slots.is_empty())
            .map(|m| f64::from(m.priority))
            .sum()
    }

    /// w[m] less the prices meeting `m` pays in slot `s`.
    fn reduced(&self, m: usize, s: usize) -> f64 {
        let meeting = &self.event.meetings[m];
        let n = self.slot_count;
        let mut r = f64::from(meeting.priority);
        for &p in &meeting.participants {
            r -= self.lambda[p * n + s] + self.mu[p];
        }
        if !meeting.online {
            r -= self.nu[self.event.cell(m, s)];
        }
        r
    }

    /// The best reduced value of `m` over its free slots other than `except`, and not below 0
    /// (leaving the meeting out is always possible).
    fn best_elsewhere(&self, m: usize, except: Option<usize>) -> f64 {
        self.event.meetings[m]
            .free_slots
            .iter()
            .filter(|&&s| Some(s) != except)
            .map(|&s| self.reduced(m, s))
            .fold(0.0, f64::max)
    }

    /// One round of coordinate descent: each price in turn set to the value that minimises L
    /// with all other prices fixed. L is convex and piecewise linear in each price, and its
    /// minimiser is an order statistic of what the constraint's meetings gain from it: a cap
    /// of c is priced at the (c+1)-th largest gain, a seat at the second largest, a venue's
    /// slot with t tables at the (t+1)-th largest.
    fn descend(&mut self) {
        let event = self.event;
        let n = self.slot_count;
        let mut gains = Vec::new();
        for p in 0..event.participants.len() {
            let Some(cap) = self.cap[p] else { continue };
            gains.clear();
            for &m in &event.meetings_of[p] {
                gains.push(self.best_elsewhere(m, None) + self.mu[p]);
            }
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a cap"
            )]
            let k = cap as usize;
            self.mu[p] = order_statistic(&mut gains, k);
        }
        for p in 0..event.participants.len() {
            for s in 0..n {
                if !event.participants[p].available[s] {
                    continue;
                }
                gains.clear();
                for &m in &event.meetings_of[p] {
                    if event.meetings[m].free_slots.contains(&s) {
                        let here = self.reduced(m, s) + self.lambda[p * n + s];
                        gains.push(here - self.best_elsewhere(m, Some(s)));
                    }
                }
                self.lambda[p * n + s] = order_statistic(&mut gains, 1);
            }
        }
        let venues = event.venues.len();
        for cell in 0..self.nu.len() {
            let Some(tables) = self.tables[cell] else {
                continue;
            };
            let s = cell / venues;
            gains.clear();
            for &m in &self.on_site_in[cell] {
                let here = self.reduced(m, s) + self.nu[cell];
                gains.push(here - self.best_elsewhere(m, Some(s)));
            }
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a table count"
            )]
            let k = tables as usize;
            self.nu[cell] = order_statistic(&mut gains, k);
        }
    }

    /// L at the current prices; leaves the subgradient in `g_*`.
    fn evaluate(&mut self) -> f64 {
        let event = self.event;
        let n = self.slot_count;
        self.g_lambda.fill(1.0);
        for (g, cap) in self.g_mu.iter_mut().zip(&self.cap) {
            *g = cap.unwrap_or(0.0);
        }
        for (g, tables) in self.g_nu.iter_mut().zip(&self.tables) {
            *g = tables.unwrap_or(0.0);
        }
        let mut value: f64 = self.lambda.iter().sum::<f64>()
            + self
                .mu
                .iter()
                .zip(&self.cap)
                .map(|(mu, cap)| mu * cap.unwrap_or(0.0))
                .sum::<f64>()
            + self
                .nu
                .iter()
                .zip(&self.tables)
                .map(|(nu, t)| nu * t.unwrap_or(0.0))
                .sum::<f64>();
        for (m, meeting) in event.meetings.iter().enumerate() {
            let base = f64::from(meeting.priority)
                - meeting
                    .participants
                    .iter()
                    .map(|&p| self.mu[p])
                    .sum::<f64>();
            let mut best = (0.0, usize::MAX);
            for &s in &meeting.free_slots {
                let mut reduced = base
                    - meeting
                        .participants
                        .iter()
                        .map(|&p| self.lambda[p * n + s])
                        .sum::<f64>();
                if !meeting.online {
                    reduced -= self.nu[event.cell(m, s)];
                }
                if reduced > best.0 {
                    best = (reduced, s);
                }
            }
            let (reduced, s) = best;
            if s == usize::MAX {
                continue;
            }
            value += reduced;
            for &p in &meeting.participants {
                self.g_lambda[p * n + s] -= 1.0;
                self.g_mu[p] -= 1.0;
            }
            if !meeting.online {
                self.g_nu[event.cell(m, s)] -= 1.0;
            }
        }
        value
    }

    /// Moves the prices against the subgradient, by `gap / |g|²` (Polyak's step).
    fn step(&mut self, gap: f64) {
        // A price at zero with slack to spare cannot move: left out of the norm, it would
        // only shorten the steps of the prices that can.
        let moving = |price: f64, g: f64| if price <= 0.0 && g > 0.0 { 0.0 } else { g * g };
        let mut norm: f64 = self
            .lambda
            .iter()
            .zip(&self.g_lambda)
            .map(|(&price, &g)| moving(price, g))
            .sum();
        for ((&price, &g), cap) in self.mu.iter().zip(&self.g_mu).zip(&self.cap) {
            if cap.is_some() {
                norm += moving(price, g);
            }
        }
        for ((&price, &g), t) in self.nu.iter().zip(&self.g_nu).zip(&self.tables) {
            if t.is_some() {
                norm += moving(price, g);
            }
        }
        if norm <= 0.0 {
            return;
        }
        let t = gap / norm;
        for (price, g) in self.lambda.iter_mut().zip(&self.g_lambda) {
            *price = (*price - t * g).max(0.0);
        }
        for ((price, g), cap) in self.mu.iter_mut().zip(&self.g_mu).zip(&self.cap) {
            if cap.is_some() {
                *price = (*price - t * g).max(0.0);
            }
        }
        for ((price, g), tables) in self.nu.iter_mut().zip(&self.g_nu).zip(&self.tables) {
            if tables.is_some() {
                *price = (*price - t * g).max(0.0);
            }
        }
    }
}

/// A minimiser of `λ·k + Σ max(0, gain − λ)` over λ ≥ 0: any value between the (k+1)-th and
/// the k-th largest gain. The middle of that interval leaves room on both sides, which keeps
/// the descent from locking into a corner of the dual where no single price can move.
fn order_statistic(values: &mut [f64], k: usize) -> f64 {
    if values.len() <= k {
        return 0.0;
    }
    values.sort_unstable_by(|a, b| b.total_cmp(a));
    values[k].max(0.0)
}
