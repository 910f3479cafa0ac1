//! Coordinate descent on a smoothed dual. The plain dual is piecewise linear, and descent on it
//! stops at corners where no single price can move. Replacing each meeting's `max(0, max_s r)`
//! by the soft maximum `τ·ln(1 + Σ_s exp(r/τ))` makes it smooth and strictly convex along each
//! price, so descent keeps moving; as τ shrinks, the prices approach ones that are good for the
//! plain dual. Only the plain dual is ever reported, so smoothing cannot make a bound invalid.

use super::Relaxation;

/// Newton or bisection steps when solving for one price.
const SOLVER_STEPS: u32 = 30;

impl Relaxation<'_> {
    /// `τ·ln(extra + Σ exp(r/τ))` over the free slots of `m` other than `except`, computed
    /// without overflow; `extra` is 1 to count leaving the meeting out, 0 not to.
    fn soft_max(&self, m: usize, except: Option<usize>, extra: f64, tau: f64) -> f64 {
        let slots = &self.event.meetings[m].free_slots;
        let values = slots
            .iter()
            .filter(|&&s| Some(s) != except)
            .map(|&s| self.reduced(m, s));
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

    /// One round of exact minimisation of the smoothed dual, price by price.
    pub(super) fn soft_descend(&mut self, tau: f64) {
        let event = self.event;
        let n = self.slot_count;
        let mut gains = Vec::new();
        for p in 0..event.participants.len() {
            let Some(cap) = self.cap[p] else { continue };
            gains.clear();
            for &m in &event.meetings_of[p] {
                gains.push(self.soft_max(m, None, 0.0, tau) + self.mu[p]);
            }
            self.mu[p] = price(&gains, cap, tau, self.mu[p]);
        }
        for p in 0..event.participants.len() {
            for s in 0..n {
                if !event.participants[p].available[s] {
                    continue;
                }
                // One meeting alone can never overbook a seat: its price stays 0.
                let competing = event.meetings_of[p]
                    .iter()
                    .filter(|&&m| event.meetings[m].free_slots.contains(&s))
                    .count();
                if competing < 2 {
                    self.lambda[p * n + s] = 0.0;
                    continue;
                }
                gains.clear();
                for &m in &event.meetings_of[p] {
                    if event.meetings[m].free_slots.contains(&s) {
                        let here = self.reduced(m, s) + self.lambda[p * n + s];
                        gains.push(here - self.soft_max(m, Some(s), 1.0, tau));
                    }
                }
                self.lambda[p * n + s] = price(&gains, 1.0, tau, self.lambda[p * n + s]);
            }
        }
        for s in 0..n {
            let Some(tables) = self.tables[s] else {
                continue;
            };
            gains.clear();
            for &m in &self.on_site_in[s] {
                let here = self.reduced(m, s) + self.nu[s];
                gains.push(here - self.soft_max(m, Some(s), 1.0, tau));
            }
            self.nu[s] = price(&gains, tables, tau, self.nu[s]);
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
