//! `techbridge demo`: the example network (or a synthetic one of any size) in the store.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use techbridge_store::interchange::Source;

use crate::commands::import::summary;
use crate::settings::{Settings, now};
use crate::synthetic;

/// The hand-written example network shipped with the platform.
pub(crate) const EXAMPLE_NETWORK: &str = include_str!("../../../../examples/network.jsonl");

/// Judged need → offer pairs on the example network: the matching development set.
pub(crate) const EXAMPLE_JUDGMENTS: &str =
    include_str!("../../../../examples/network.judgments.jsonl");

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Generate this many synthetic records (organizations, offers and needs) instead of
    /// loading the example network; for benchmarks.
    #[arg(long, value_name = "RECORDS")]
    synthetic: Option<usize>,
    /// Seed of the synthetic generator: the same seed gives the same network.
    #[arg(long, default_value_t = 42, requires = "synthetic")]
    seed: u64,
    /// Write the synthetic network to FILE instead of loading it.
    #[arg(long, value_name = "FILE", requires = "synthetic")]
    output: Option<PathBuf>,
}

pub(crate) async fn run(settings: &Settings, args: &Args) -> anyhow::Result<ExitCode> {
    let mut stdout = std::io::stdout();
    if let (Some(records), Some(output)) = (args.synthetic, &args.output) {
        write_synthetic(output, records, args.seed)?;
        writeln!(
            stdout,
            "wrote {records} synthetic records to {}",
            output.display()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    // The example network is indexed, embeddings and all, so that the first match is quick;
    // a synthetic one is for measuring the store and is left to `reindex`.
    let matcher = match args.synthetic {
        None => Some(settings.open_matcher()?),
        Some(_) => None,
    };
    let store = settings.open_store().await?;
    let report = match args.synthetic {
        Some(records) => {
            let file = tempfile::Builder::new()
                .prefix("synthetic-")
                .suffix(".jsonl")
                .tempfile_in(&settings.data_dir)?;
            write_synthetic(file.path(), records, args.seed)?;
            store.import(Source::File(file.path()), now()).await
        }
        None => {
            store
                .import(Source::Bytes(EXAMPLE_NETWORK.as_bytes()), now())
                .await
        }
    };
    let indexed = match (&report, &matcher) {
        (Ok(_), Some(matcher)) => matcher.follow(&store, now()).await.map(|_| ()),
        _ => Ok(()),
    };
    store.close().await;
    indexed?;
    let what = if args.synthetic.is_some() {
        "synthetic network"
    } else {
        "example network"
    };
    writeln!(
        stdout,
        "{what} loaded into {}: {}",
        settings.data_dir.display(),
        summary(&report?)
    )?;
    Ok(ExitCode::SUCCESS)
}

fn write_synthetic(path: &std::path::Path, records: usize, seed: u64) -> anyhow::Result<()> {
    let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut out = BufWriter::new(file);
    synthetic::write(&mut out, records, seed)?;
    out.flush()?;
    Ok(())
}
