//! The storage contract: every test here runs unchanged on SQLite and on PostgreSQL, each on
//! a database of its own.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test that meets the unexpected should stop loudly"
)]

mod contract {
    mod accounts;
    mod changes;
    mod events;
    pub(crate) mod harness;
    mod interchange;
    mod interests;
    mod listings;
    mod organizations;
}
