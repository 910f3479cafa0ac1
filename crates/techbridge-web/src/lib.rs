//! The techbridge web platform: server-rendered pages for members and operators, the JSON API
//! for integrations, and the interface in the network's ten languages. Handlers are thin: they
//! read the request, ask the store or the matching engine, and fill a typed view.

mod alerts;
mod api;
mod auth;
mod brokerage;
mod context;
mod demo;
mod error;
pub mod i18n;
mod interests;
mod listing_form;
mod mail;
mod matches;
mod meetings;
mod metrics;
mod pages;
mod routes;
mod search_form;
mod serve;
mod state;

pub use alerts::run_daily_work;
pub use demo::{DEMO_PASSWORD, demo_accounts, demo_event};
pub use error::AppError;
pub use mail::{MailSettingsError, Mailer, deliver_mail};
pub use routes::router;
pub use serve::{serve, shutdown_signal};
pub use state::{App, Clock, Options, Random};
