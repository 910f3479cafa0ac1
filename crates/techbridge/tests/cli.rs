//! The `techbridge` command line, driven as a user drives it, on SQLite and on PostgreSQL.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test that meets the unexpected should stop loudly"
)]

mod cli {
    mod demo;
    mod docs;
    mod errors;
    pub(crate) mod harness;
    mod import_export;
    mod matching;
    mod schedule;
}
