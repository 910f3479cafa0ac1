//! `techbridge reindex`: rebuild the search index from the store.

use std::io::Write;
use std::process::ExitCode;

use crate::settings::{Settings, now};

pub(crate) async fn run(settings: &Settings) -> anyhow::Result<ExitCode> {
    let matcher = settings.open_matcher()?;
    let store = settings.open_store().await?;
    let indexed = matcher.rebuild(&store, now()).await;
    store.close().await;
    writeln!(
        std::io::stdout(),
        "search index rebuilt: {} listings",
        indexed?
    )?;
    Ok(ExitCode::SUCCESS)
}
