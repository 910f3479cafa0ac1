//! `techbridge migrate`: create and bring the schema up to date, then say where it stands.

use std::io::Write;
use std::process::ExitCode;

use crate::settings::Settings;

pub(crate) async fn run(settings: &Settings) -> anyhow::Result<ExitCode> {
    let store = settings.open_store().await?;
    let migrations = store.migrate().await?;
    let counts = store.counts().await?;
    store.close().await;
    writeln!(
        std::io::stdout(),
        "database is up to date ({migrations} migration(s), {:?}): {} organizations, {} offers, {} needs",
        store.engine(),
        counts.organizations,
        counts.offers,
        counts.needs
    )?;
    Ok(ExitCode::SUCCESS)
}
