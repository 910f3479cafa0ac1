//! `techbridge import FILE`: all of the file or none of it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use techbridge_store::interchange::{ImportError, ImportReport, Source, Tally};

use crate::settings::{Settings, now};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Interchange file (JSON Lines, UTF-8).
    file: PathBuf,
}

pub(crate) async fn run(settings: &Settings, args: &Args) -> anyhow::Result<ExitCode> {
    let store = settings.open_store().await?;
    let shown = args.file.display();
    let result = store.import(Source::File(&args.file), now()).await;
    store.close().await;
    match result {
        Ok(report) => {
            writeln!(std::io::stdout(), "imported {shown}: {}", summary(&report))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Invalid(problems)) => {
            let mut err = std::io::stderr().lock();
            for p in &problems {
                writeln!(err, "{shown}:{}: {}: {}", p.line, p.field, p.reason)?;
            }
            let lines = {
                let mut lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
                lines.dedup();
                lines.len()
            };
            writeln!(
                err,
                "error: {lines} bad line(s) in {shown}; nothing was imported"
            )?;
            Ok(ExitCode::FAILURE)
        }
        Err(ImportError::Read(e)) => anyhow::bail!("cannot read {shown}: {e}"),
        Err(e) => Err(e.into()),
    }
}

pub(crate) fn summary(report: &ImportReport) -> String {
    let part = |name: &str, t: &Tally| {
        format!(
            "{} {name} ({} new, {} updated, {} unchanged)",
            t.total(),
            t.created,
            t.updated,
            t.unchanged
        )
    };
    format!(
        "{}, {}, {}",
        part("organizations", &report.organizations),
        part("offers", &report.offers),
        part("needs", &report.needs)
    )
}
