//! `techbridge bench schedule`: the meeting scheduler on seeded synthetic events. For each:
//! the objective against the upper bound, against the exact optimum where it can be proved
//! (small events), first-come assignment's objective for comparison, and the median time of
//! a whole run (search and bound).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use techbridge_schedule::synthetic::{self, Shape};
use techbridge_schedule::{Event, Options, exact, first_come, schedule, verify};

#[derive(Debug, clap::Args)]
pub(crate) struct ScheduleArgs {
    /// Event sizes, in participants (12 to 20 slots, about 4.2 meeting requests each).
    #[arg(long, value_delimiter = ',', default_values_t = [100, 300, 600, 1200])]
    participants: Vec<usize>,
    /// Timed runs per event; the median is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Branch venues besides the main one, each with its own tables; a fifth of the
    /// participants sit at them, and meetings across venues are online.
    #[arg(long, default_value_t = 0)]
    branch_venues: usize,
    /// Also write each event's input file into this directory, to check with another solver.
    #[arg(long, value_name = "DIR")]
    write_events: Option<PathBuf>,
}

/// Small events on which branch and bound can prove the optimum: participants, slots, meetings.
const SMALL: [(usize, usize, usize); 3] = [(12, 5, 18), (20, 6, 30), (24, 8, 40)];
/// Branch-and-bound nodes before giving up on proving an optimum.
const NODE_LIMIT: u64 = 20_000_000;

pub(crate) fn run(args: &ScheduleArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout();
    writeln!(
        out,
        "| participants | slots | meetings | scheduled | objective | upper bound | objective / bound | optimum | objective / optimum | first come / bound | seconds (median of {}) |",
        args.runs
    )?;
    writeln!(
        out,
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )?;
    let small = SMALL.iter().map(|&(participants, slots, meetings)| Shape {
        participants,
        slots,
        meetings,
        table_share: 1.0,
        branch_venues: 0,
    });
    let realistic = args
        .participants
        .iter()
        .map(|&n| Shape::for_participants(n));
    for mut shape in small.chain(realistic) {
        shape.branch_venues = args.branch_venues;
        let file = synthetic::event(&shape, args.seed);
        if let Some(dir) = &args.write_events {
            std::fs::create_dir_all(dir)?;
            let path = dir.join(format!("event-{}.json", shape.participants));
            std::fs::write(&path, serde_json::to_vec(&file)?)?;
        }
        let event = file
            .into_event()
            .map_err(|e| anyhow::anyhow!("the synthetic event is invalid: {e}"))?;
        writeln!(out, "{}", measure(&event, &shape, args)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn measure(event: &Event, shape: &Shape, args: &ScheduleArgs) -> anyhow::Result<String> {
    let options = Options {
        seed: args.seed,
        ..Options::default()
    };
    let mut seconds = Vec::with_capacity(args.runs);
    let mut result = None;
    for _ in 0..args.runs.max(1) {
        let started = Instant::now();
        let run = schedule(event, &options);
        seconds.push(started.elapsed().as_secs_f64());
        result = Some(run);
    }
    let Some(result) = result else {
        anyhow::bail!("no run");
    };
    let broken = verify::violations(event, &result);
    if !broken.is_empty() {
        anyhow::bail!("invalid schedule: {}", broken.join("; "));
    }
    seconds.sort_by(f64::total_cmp);
    let median = seconds[seconds.len() / 2];

    let optimum = if result.objective == result.upper_bound {
        Some(result.objective)
    } else if shape.participants <= 30 {
        exact::optimum(event, result.objective, NODE_LIMIT)
    } else {
        None
    };
    let ratio = |a: u64, b: u64| {
        #[expect(
            clippy::cast_precision_loss,
            reason = "a percentage for people to read"
        )]
        let r = 100.0 * a as f64 / b.max(1) as f64;
        format!("{r:.2}%")
    };
    let (optimum, to_optimum) = optimum.map_or_else(
        || ("not proved".to_owned(), "".to_owned()),
        |o| (o.to_string(), ratio(result.objective, o)),
    );
    Ok(format!(
        "| {} | {} | {} | {} | {} | {} | {} | {optimum} | {to_optimum} | {} | {median:.3} |",
        shape.participants,
        event.slots.len(),
        event.meetings.len(),
        result.scheduled(),
        result.objective,
        result.upper_bound,
        ratio(result.objective, result.upper_bound),
        ratio(first_come(event), result.upper_bound),
    ))
}
