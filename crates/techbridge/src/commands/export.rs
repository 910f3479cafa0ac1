//! `techbridge export`: the whole store as an interchange file on standard output.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use crate::settings::Settings;

pub(crate) async fn run(settings: &Settings) -> anyhow::Result<ExitCode> {
    let store = settings.open_store().await?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = store.export(&mut out).await;
    store.close().await;
    let counts = result?;
    out.flush()?;
    writeln!(
        std::io::stderr(),
        "exported {} organizations, {} offers, {} needs",
        counts.organizations,
        counts.offers,
        counts.needs
    )?;
    Ok(ExitCode::SUCCESS)
}
