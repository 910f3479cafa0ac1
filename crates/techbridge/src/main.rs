//! `techbridge`: the one binary of the platform. Each subcommand lives in `commands/`.

mod commands;
mod logs;
mod settings;
mod synthetic;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::settings::Settings;

#[derive(Debug, Parser)]
#[command(
    name = "techbridge",
    version,
    about = "The platform of a cross-border technology-transfer network"
)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate an interchange file and write it into the store, all or nothing.
    Import(commands::import::Args),
    /// Serve the web platform and the JSON API.
    Serve(commands::serve::Args),
    /// Write the whole store as an interchange file to standard output.
    Export,
    /// Create the data directory and bring the database schema up to date.
    Migrate,
    /// The best offers for needs, or needs for offers, with reasons.
    Match(commands::matching::Args),
    /// Rebuild the search index from the store.
    Reindex,
    /// Schedule a brokerage event's meetings into slots and tables (works on the file alone).
    Schedule(commands::schedule::Args),
    /// Load the example network (or a synthetic one) into the store.
    Demo(commands::demo::Args),
    /// Measure the platform; figures go to docs/benchmarks.md.
    #[command(subcommand)]
    Bench(commands::bench::Bench),
}

/// Failures reach the user as one line, `error: ...`, never as a panic or a backtrace.
fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal error ({info}); nothing more was written");
    }));
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => commands::serve::run(&cli.settings, &args).await,
            Command::Import(args) => commands::import::run(&cli.settings, &args).await,
            Command::Export => commands::export::run(&cli.settings).await,
            Command::Migrate => commands::migrate::run(&cli.settings).await,
            Command::Match(args) => commands::matching::run(&cli.settings, &args).await,
            Command::Reindex => commands::reindex::run(&cli.settings).await,
            Command::Schedule(args) => commands::schedule::run(&args),
            Command::Demo(args) => commands::demo::run(&cli.settings, &args).await,
            Command::Bench(bench) => commands::bench::run(&cli.settings, bench).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
