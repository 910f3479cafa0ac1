//! `techbridge schedule --input FILE`: a brokerage event's meetings into slots and tables. Works
//! on the file alone, no store. The schedule goes to standard output (JSON per contracts.md
//! section 3, or a table with `--format text`), a one-line summary with the upper bound to
//! standard error.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use techbridge_schedule::output::{self, Output};
use techbridge_schedule::{InputError, Options, input, schedule};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The event: slots, participants and meeting requests (JSON).
    #[arg(long, value_name = "FILE")]
    input: PathBuf,
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Seeds the order in which equally good moves are tried; the same seed gives the same
    /// schedule.
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let shown = args.input.display();
    let text =
        std::fs::read_to_string(&args.input).with_context(|| format!("cannot read {shown}"))?;
    let event = match input::parse(&text) {
        Ok(event) => event,
        Err(InputError::Json(e)) => anyhow::bail!("{shown} is not valid JSON: {e}"),
        Err(InputError::Invalid(faults)) => {
            let mut err = std::io::stderr().lock();
            for fault in &faults {
                writeln!(err, "{shown}: {fault}")?;
            }
            writeln!(
                err,
                "error: {} problem(s) in {shown}; nothing was scheduled",
                faults.len()
            )?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let options = Options {
        seed: args.seed,
        ..Options::default()
    };
    let result = schedule(&event, &options);
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &Output::new(&event, &result))?;
            writeln!(out)?;
        }
        Format::Text => write!(out, "{}", output::text(&event, &result))?,
    }
    out.flush()?;
    writeln!(std::io::stderr(), "{}", output::summary(&result))?;
    Ok(ExitCode::SUCCESS)
}
