//! Coordinate descent on a smoothed dual. The plain dual is piecewise linear, and descent on it
//! stops at corners where no single price can move. Replacing each meeting's `max(0, max_s r)`
//! by the soft maximum `τ·ln(1 + Σ_s exp(r/τ))` makes it smooth and strictly convex along each
//! price, so descent keeps moving; as τ shrinks, the prices approach ones that are good for the
//! plain dual. Only the plain dual is ever reported, so smoothing cannot make a bound invalid.

use super::Relaxation;

/// Newton or bisection steps when solving for one price.
const SOLVER_STEPS: u32 = 30;

/// Every meeting's reduced value in each of its free slots, kept up to date as prices move,
/// so that a soft maximum costs one pass over a short array.
struct Reduced {
    /// Meeting `m`'s values are `value[start[m]..start[m + 1]]`, in the order of its free slots.
    start: Vec<usize>,
    value: Vec<f64>,
    /// Per meeting × slot: the slot's place among the meeting's free slots.
    place: Vec<Option<usize>>,
    slot_count: usize,
}

impl Reduced {
    fn new(relaxation: &Relaxation<'_>) -> Self {
        let event = relaxation.event;
        let n = relaxation.slot_count;
        let mut start = Vec::with_capacity(event.meetings.len() + 1);
        let mut value = Vec::new();
        let mut place = vec![None; event.meetings.len() * n];
        for (m, meeting) in event.meetings.iter().enumerate() {
            start.push(value.len());
            for &s in &meeting.free_slots {
                place[m * n + s] = Some(value.len());
                value.push(relaxation.reduced(m, s));
            }
        }
        start.push(value.len());
        Self {
            start,
            value,
            place,
            slot_count: n,
        }
    }

    fn at(&self, m: usize, s: usize) -> Option<usize> {
        self.place[m * self.slot_count + s]
    }

    fn shift(&mut self, m: usize, by: f64) {
        for v in &mut self.value[self.start[m]..self.start[m + 1]] {
            *v += by;
        }
    }

    /// `τ·ln(extra + Σ exp(r/τ))` over meeting `m`'s free slots other than the one at index
    /// `except`, without overflow; `extra` is 1 to count leaving the meeting out, 0 not to.
    fn soft_max(&self, m: usize, except: Option<usize>, extra: f64, tau: f64) -> f64 {
        let (from, to) = (self.start[m], self.start[m + 1]);
        let values = (from..to)
            .filter(|&i| Some(i) != except)
            .map(|i| self.value[i]);
        let top = values
            .clone()
            .fold(if extra > 0.0 { 0.0 } else { f64::NEG_INFINITY }, f64::max);
        if top == f64::NEG_INFINITY {
            return top;
        }
        let sum: f64 =
            values.map(|r| ((r - top) / tau).exp()).sum::<f64>() + extra * (-top / tau).exp();
        top + tau * sum.ln()
    }
}

impl Relaxation<'_> {
    /// One round of exact minimisation of the smoothed dual, price by price.
    pub(super) fn soft_descend(&mut self, tau: f64) {
        let event = self.event;
        let n = self.slot_count;
        let mut reduced = Reduced::new(self);
        let mut gains = Vec::new();
        let mut places = Vec::new();
        for p in 0..event.participants.len() {
            let Some(cap) = self.cap[p] else { continue };
            gains.clear();
            for &m in &event.meetings_of[p] {
                gains.push(reduced.soft_max(m, None, 0.0, tau) + self.mu[p]);
            }
            let new = price(&gains, cap, tau, self.mu[p]);
            let change = new - self.mu[p];
            self.mu[p] = new;
            for &m in &event.meetings_of[p] {
                reduced.shift(m, -change);
            }
        }
        for p in 0..event.participants.len() {
            for s in 0..n {
                if !event.participants[p].available[s] {
                    continue;
                }
                places.clear();
                places.extend(
                    event.meetings_of[p]
                        .iter()
                        .filter_map(|&m| reduced.at(m, s).map(|i| (m, i))),
                );
                let old = self.lambda[p * n + s];
                // One meeting alone can never overbook a seat: its price is 0.
                let new = if places.len() < 2 {
                    0.0
                } else {
                    gains.clear();
                    for &(m, i) in &places {
                        let here = reduced.value[i] + old;
                        gains.push(here - reduced.soft_max(m, Some(i), 1.0, tau));
                    }
                    price(&gains, 1.0, tau, old)
                };
                self.lambda[p * n + s] = new;
                for &(_, i) in &places {
                    reduced.value[i] -= new - old;
                }
            }
        }
        let venues = event.venues.len();
        for cell in 0..self.nu.len() {
            let Some(tables) = self.tables[cell] else {
                continue;
            };
            let s = cell / venues;
            gains.clear();
            places.clear();
            places.extend(
                self.on_site_in[cell]
                    .iter()
                    .filter_map(|&m| reduced.at(m, s).map(|i| (m, i))),
            );
            let old = self.nu[cell];
            for &(m, i) in &places {
                let here = reduced.value[i] + old;
                gains.push(here - reduced.soft_max(m, Some(i), 1.0, tau));
            }
            let new = price(&gains, tables, tau, old);
            self.nu[cell] = new;
            for &(_, i) in &places {
                reduced.value[i] -= new - old;
            }
        }
    }
}

/// The price x ≥ 0 at which the meetings of a constraint use, softly, no more than its
/// capacity: `Σ σ((gain − x)/τ) = capacity`, or 0 when they use less even for free. Newton's
/// method from the previous price (prices move little between rounds), kept inside a bracket
/// that bisection narrows whenever a Newton step would leave it.
fn price(gains: &[f64], capacity: f64, tau: f64, previous: f64) -> f64 {
    // Use beyond capacity, and its derivative in x.
    let excess = |x: f64| -> (f64, f64) {
        let mut used = 0.0;
        let mut slope = 0.0;
        for &g in gains {
            let y = logistic((g - x) / tau);
            used += y;
            slope -= y * (1.0 - y) / tau;
        }
        (used - capacity, slope)
    };
    if excess(0.0).0 <= 0.0 {
        return 0.0;
    }
    let top = gains.iter().copied().fold(0.0, f64::max);
    let (mut low, mut high) = (0.0, top + 50.0 * tau);
    let mut x = previous.clamp(low, high);
    for _ in 0..SOLVER_STEPS {
        let (f, slope) = excess(x);
        if f > 0.0 {
            low = x;
        } else {
            high = x;
        }
        if f.abs() < 1e-7 || high - low < 1e-7 {
            break;
        }
        let newton = if slope < 0.0 { x - f / slope } else { f64::NAN };
        x = if newton > low && newton < high {
            newton
        } else {
            (low + high) / 2.0
        };
    }
    x
}

fn logistic(y: f64) -> f64 {
    if y >= 0.0 {
        1.0 / (1.0 + (-y).exp())
    } else {
        let e = y.exp();
        e / (1.0 + e)
    }
}
