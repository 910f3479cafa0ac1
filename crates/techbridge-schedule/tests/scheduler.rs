//! The scheduler through its public interface: input checks, validity on random events,
//! optimality on small ones, locks and reasons.

#![expect(
    clippy::unwrap_used,
    reason = "a test that meets the unexpected should stop loudly"
)]

mod scheduler {
    mod exact;
    pub(crate) mod generate;
    mod input;
    mod locks;
    mod properties;
    mod reasons;
    mod venues;
}
