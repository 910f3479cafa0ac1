//! Structured logs on standard error: readable lines by default, JSON objects (one per line,
//! for a log collector) with `TECHBRIDGE_LOG_FORMAT=json`. `TECHBRIDGE_LOG` filters, in the
//! `tracing` directive syntax (`info`, `techbridge_web=debug,info` ...).

use tracing_subscriber::EnvFilter;

pub(crate) fn init() {
    let filter = EnvFilter::try_from_env("TECHBRIDGE_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=warn"));
    let json = std::env::var("TECHBRIDGE_LOG_FORMAT").is_ok_and(|f| f == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
