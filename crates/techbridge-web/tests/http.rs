//! The platform through HTTP: a real server on a free port, a fresh store per test (SQLite
//! and PostgreSQL), the installed embedding model, and a plain HTTP client.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test that meets the unexpected should stop loudly"
)]

mod http {
    mod accounts;
    mod alerts;
    mod api;
    mod api_interests;
    mod browser;
    mod event_venues;
    mod events;
    pub(crate) mod harness;
    mod i18n;
    mod interests;
    mod links;
    mod listings;
    mod mail;
    mod pages;
    mod serving;
}
