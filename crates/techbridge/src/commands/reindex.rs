//! `techbridge reindex`: rebuild the search index from the store.

use std::io::Write;
use std::process::ExitCode;

use techbridge_search::Matcher;

use crate::settings::Settings;

pub(crate) async fn run(settings: &Settings) -> anyhow::Result<ExitCode> {
    let store = settings.open_store().await?;
    let matcher = Matcher::open(&settings.data_dir)?;
    let indexed = matcher.rebuild(&store).await;
    store.close().await;
    writeln!(
        std::io::stdout(),
        "search index rebuilt: {} listings",
        indexed?
    )?;
    Ok(ExitCode::SUCCESS)
}
