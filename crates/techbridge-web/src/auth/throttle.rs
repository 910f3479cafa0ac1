//! The brake on guessing passwords: after `LIMIT` failed sign-ins within `WINDOW` for one
//! e-mail address, or from one network address, further attempts are refused until the oldest
//! failure leaves the window. Kept in memory: each node brakes on its own, and a restart
//! forgets, which costs an attacker nothing they could not get by waiting.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use jiff::{SignedDuration, Timestamp};

pub(crate) const LIMIT: usize = 5;
pub(crate) const WINDOW: SignedDuration = SignedDuration::from_mins(15);
/// Keys remembered at most; beyond it the oldest are dropped.
const CAPACITY: usize = 100_000;

#[derive(Debug, Default)]
pub(crate) struct Throttle {
    failures: Mutex<HashMap<String, Vec<Timestamp>>>,
}

impl Throttle {
    /// Whether an attempt for every one of `keys` may go ahead now.
    pub(crate) fn allows(&self, keys: &[String], now: Timestamp) -> bool {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        keys.iter().all(|key| match failures.get_mut(key) {
            Some(times) => {
                times.retain(|t| now.duration_since(*t) < WINDOW);
                times.len() < LIMIT
            }
            None => true,
        })
    }

    pub(crate) fn failed(&self, keys: &[String], now: Timestamp) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        if failures.len() >= CAPACITY {
            failures.retain(|_, times| times.iter().any(|t| now.duration_since(*t) < WINDOW));
        }
        for key in keys {
            failures.entry(key.clone()).or_default().push(now);
        }
    }

    pub(crate) fn succeeded(&self, keys: &[String]) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        for key in keys {
            failures.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_brake_until_the_window_passes() {
        let throttle = Throttle::default();
        let keys = vec!["email:a@b.co".to_owned()];
        let start = Timestamp::from_second(1_800_000_000).unwrap();
        for i in 0..LIMIT {
            assert!(throttle.allows(&keys, start), "attempt {i}");
            throttle.failed(&keys, start);
        }
        assert!(!throttle.allows(&keys, start));
        assert!(!throttle.allows(&keys, start + SignedDuration::from_mins(14)));
        assert!(throttle.allows(&keys, start + SignedDuration::from_mins(15)));
        throttle.failed(&keys, start);
        throttle.succeeded(&keys);
        assert!(throttle.allows(&keys, start));
    }
}
