//! `techbridge bench ...`: measurements anyone can rerun; docs/benchmarks.md records them.
//!
//! Each measured import runs in a child process of its own, so its peak memory is its own.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use jiff::tz::TimeZone;
use techbridge_domain::Side;
use techbridge_domain::interchange::{Record, parse_record};
use techbridge_search::embedding::{Embedder, fingerprint, listing_text};
use techbridge_search::{Matcher, Ranking, Search, evaluation};
use techbridge_store::interchange::Source;
use techbridge_store::{default_sqlite_url, scratch};

use crate::commands::demo::{EXAMPLE_JUDGMENTS, EXAMPLE_NETWORK};
use crate::settings::{Settings, now};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Bench {
    /// Import throughput (records/s) and peak memory on synthetic files, on SQLite and, with
    /// --postgres, on PostgreSQL.
    Import(ImportArgs),
    /// Match quality on judged need → offer pairs (default: the example network's): nDCG@10,
    /// recall@10, MRR and the share of results in the need's own language, per ranking.
    Quality(QualityArgs),
    /// Embedding speed: listings per second over all cores, and the latency of one short query.
    Embed,
    /// Matching at scale on a synthetic network: index build and rebuild time, match latency
    /// for stored needs, peak memory.
    Match(MatchArgs),
    /// The meeting scheduler on seeded synthetic events: objective against the upper bound
    /// (and the optimum on small events), first-come assignment for comparison, time.
    Schedule(crate::commands::bench_schedule::ScheduleArgs),
    /// One measured import into the store of the global flags (used by `bench import`).
    #[command(hide = true)]
    ImportOne { file: PathBuf },
}

#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    /// Sizes of the synthetic files, in records.
    #[arg(long, value_delimiter = ',', default_values_t = [10_000, 100_000])]
    records: Vec<usize>,
    /// A PostgreSQL server URL whose user may create databases; each run gets a fresh one.
    #[arg(long, value_name = "URL")]
    postgres: Option<String>,
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

#[derive(Debug, clap::Args)]
pub(crate) struct MatchArgs {
    /// Records in the synthetic network (2% organizations, then offers and needs 3 : 2).
    #[arg(long, default_value_t = 100_000)]
    records: usize,
    /// Needs matched for the latency figures.
    #[arg(long, default_value_t = 300)]
    queries: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

#[derive(Debug, clap::Args)]
pub(crate) struct QualityArgs {
    /// Interchange file of the network to match in.
    #[arg(long, value_name = "FILE", requires = "judgments")]
    network: Option<PathBuf>,
    /// Judged pairs, one `{"need":..,"offer":..,"grade":0-3}` per line.
    #[arg(long, value_name = "FILE", requires = "network")]
    judgments: Option<PathBuf>,
}

pub(crate) async fn run(settings: &Settings, bench: Bench) -> anyhow::Result<ExitCode> {
    match bench {
        Bench::Import(args) => import(&args).await,
        Bench::Quality(args) => quality(settings, &args).await,
        Bench::Embed => embed(settings),
        Bench::Match(args) => match_at_scale(settings, &args).await,
        Bench::Schedule(args) => crate::commands::bench_schedule::run(&args),
        Bench::ImportOne { file } => import_one(settings, &file).await,
    }
}

async fn import(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let work = tempfile::tempdir()?;
    let mut out = std::io::stdout();
    writeln!(
        out,
        "| engine | records | seconds | records/s | peak RSS (MiB) |"
    )?;
    writeln!(out, "| --- | ---: | ---: | ---: | ---: |")?;
    for &records in &args.records {
        let file = work.path().join(format!("synthetic-{records}.jsonl"));
        let mut writer = std::io::BufWriter::new(std::fs::File::create(&file)?);
        crate::synthetic::write(&mut writer, records, args.seed)?;
        writer.flush()?;
        drop(writer);

        let data_dir = work.path().join(format!("sqlite-{records}"));
        std::fs::create_dir_all(&data_dir)?;
        let url = default_sqlite_url(&data_dir);
        let run = measure(&data_dir, &url, &file)?;
        writeln!(out, "{}", run.row("SQLite", records))?;

        if let Some(server) = &args.postgres {
            let name = format!("techbridge_bench_{}_{records}", std::process::id());
            let url = scratch::create_database(server, &name).await?;
            let run = measure(&data_dir, &url, &file);
            scratch::drop_database(server, &name).await?;
            writeln!(out, "{}", run?.row("PostgreSQL", records))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

struct Run {
    seconds: f64,
    peak_rss_kib: u64,
}

impl Run {
    fn row(&self, engine: &str, records: usize) -> String {
        #[expect(clippy::cast_precision_loss, reason = "a rate for people to read")]
        let rate = records as f64 / self.seconds;
        format!(
            "| {engine} | {records} | {:.2} | {:.0} | {:.1} |",
            self.seconds,
            rate,
            self.peak_rss_kib as f64 / 1024.0
        )
    }
}

fn measure(data_dir: &Path, url: &str, file: &Path) -> anyhow::Result<Run> {
    let output = Command::new(std::env::current_exe()?)
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--database-url")
        .arg(url)
        .args(["bench", "import-one"])
        .arg(file)
        .output()?;
    if !output.status.success() {
        anyhow::bail!(
            "the measured import failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).context("the measured import printed no report")?;
    Ok(Run {
        seconds: report["seconds"].as_f64().unwrap_or(f64::NAN),
        peak_rss_kib: report["peak_rss_kib"].as_u64().unwrap_or(0),
    })
}

async fn import_one(settings: &Settings, file: &Path) -> anyhow::Result<ExitCode> {
    let store = settings.open_store().await?;
    let started = Instant::now();
    let report = store.import(Source::File(file), now()).await;
    let seconds = started.elapsed().as_secs_f64();
    store.close().await;
    report?;
    writeln!(
        std::io::stdout(),
        "{}",
        serde_json::json!({ "seconds": seconds, "peak_rss_kib": peak_rss_kib() })
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The process's peak resident memory (VmHWM), where the system reports it.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

async fn quality(settings: &Settings, args: &QualityArgs) -> anyhow::Result<ExitCode> {
    let work = tempfile::tempdir()?;
    let store = techbridge_store::Store::open(&default_sqlite_url(work.path())).await?;
    let (network, judgments) = match (&args.network, &args.judgments) {
        (Some(network), Some(judgments)) => (
            std::fs::read(network).with_context(|| format!("cannot read {}", network.display()))?,
            std::fs::read_to_string(judgments)
                .with_context(|| format!("cannot read {}", judgments.display()))?,
        ),
        _ => (
            EXAMPLE_NETWORK.as_bytes().to_vec(),
            EXAMPLE_JUDGMENTS.to_owned(),
        ),
    };
    store.import(Source::Bytes(&network), now()).await?;
    let judged =
        evaluation::parse_judgments(&judgments).map_err(|e| anyhow::anyhow!("judgments: {e}"))?;
    let matcher = Matcher::open(work.path(), Arc::new(Embedder::load(&settings.model_dir)?))?;
    matcher.follow(&store, now()).await?;
    let today = now().to_zoned(TimeZone::UTC).date();

    let mut out = std::io::stdout();
    writeln!(
        out,
        "| ranking | nDCG@10 | recall@10 | MRR | same-language share | needs |"
    )?;
    writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: |")?;
    // The last row is free-text search with each need's title typed in as the query, in the
    // need's language: what a member finds without writing a listing first.
    let title_search = None;
    for (name, ranking) in [
        ("BM25 alone", Some(Ranking::Lexical)),
        (
            "dense alone, plain",
            Some(Ranking::Semantic { debiased: false }),
        ),
        (
            "dense alone, language means removed",
            Some(Ranking::Semantic { debiased: true }),
        ),
        ("hybrid", Some(Ranking::Hybrid)),
        ("free-text search of the need's title", title_search),
    ] {
        let mut runs = Vec::with_capacity(judged.len());
        for (need, judgments) in &judged {
            let stored = store
                .listing(Side::Need, need)
                .await?
                .with_context(|| format!("judged need \"{need}\" is not in the network"))?;
            let matches = match ranking {
                Some(ranking) => {
                    matcher
                        .matches(&store, Side::Need, need, 10, today, ranking)
                        .await?
                }
                None => {
                    let search = Search {
                        text: stored.listing.title.to_string(),
                        language: Some(stored.listing.language.clone()),
                        side: Some(Side::Offer),
                        ..Search::default()
                    };
                    matcher.search(&search, 0, 10).await?
                }
            };
            let returned = evaluation::Returned {
                need_language: Some(stored.listing.language),
                offers: matches
                    .into_iter()
                    .map(|m| (m.reference, m.language))
                    .collect(),
            };
            runs.push((judgments.clone(), returned));
        }
        let m = evaluation::evaluate(&runs);
        writeln!(
            out,
            "| {name} | {:.3} | {:.3} | {:.3} | {:.2} | {} |",
            m.ndcg_at_10, m.recall_at_10, m.mrr, m.same_language_share, m.needs
        )?;
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

fn embed(settings: &Settings) -> anyhow::Result<ExitCode> {
    let embedder = Embedder::load(&settings.model_dir)?;
    let texts: Vec<String> = EXAMPLE_NETWORK
        .lines()
        .filter_map(|line| match parse_record(line) {
            Ok(Record::Listing { listing, .. }) => Some(listing_text(&listing)),
            _ => None,
        })
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let tokens: usize = texts
        .iter()
        .map(|t| embedder.token_count(t))
        .sum::<Result<usize, _>>()?;
    let started = Instant::now();
    embedder.embed_all(&texts)?;
    let seconds = started.elapsed().as_secs_f64();

    let queries = [
        "máy sấy lúa",
        "WSSV检测",
        "solar dryer for coffee",
        "ระบบน้ำหยด",
        "alat deteksi banjir",
    ];
    let mut latencies = Vec::new();
    for _ in 0..20 {
        for query in queries {
            let started = Instant::now();
            embedder.embed(query)?;
            latencies.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    latencies.sort_by(f64::total_cmp);
    let percentile = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize];
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    writeln!(
        std::io::stdout(),
        "{} listings ({} tokens, {:.0} per listing) in {seconds:.2} s on {threads} threads: \
         {:.1} listings/s\nshort query: p50 {:.1} ms, p99 {:.1} ms",
        texts.len(),
        tokens,
        tokens as f64 / texts.len() as f64,
        texts.len() as f64 / seconds,
        percentile(0.5),
        percentile(0.99)
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Embeddings of a synthetic network are synthetic too (seeded unit vectors with a shared
/// direction per language, as real ones have): computing real ones for 100,000 listings would
/// take an hour and would not change what is measured here, the cost of indexing and searching.
/// They are stored under the listings' real text fingerprints, so the matcher uses them as it
/// would use real ones.
async fn match_at_scale(settings: &Settings, args: &MatchArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout();
    let work = tempfile::tempdir()?;
    let store = techbridge_store::Store::open(&default_sqlite_url(work.path())).await?;
    let file = work.path().join("synthetic.jsonl");
    let mut writer = std::io::BufWriter::new(std::fs::File::create(&file)?);
    crate::synthetic::write(&mut writer, args.records, args.seed)?;
    writer.flush()?;
    drop(writer);
    store.import(Source::File(&file), now()).await?;

    let embedder = Arc::new(Embedder::load(&settings.model_dir)?);
    let dimension = embedder.dimension();
    let mut rng = fastrand::Rng::with_seed(args.seed);
    let mut language_directions: std::collections::HashMap<String, Vec<f32>> = Default::default();
    let (mut after, mut listings, mut needs) = (0, 0usize, Vec::new());
    loop {
        let page = store.listings_after(after, 2000).await?;
        let Some(last) = page.last().map(|l| l.id) else {
            break;
        };
        let mut batch = Vec::with_capacity(page.len());
        for stored in &page {
            let listing = &stored.listing;
            let direction = language_directions
                .entry(listing.language.primary().to_owned())
                .or_insert_with(|| (0..dimension).map(|_| rng.f32() - 0.5).collect())
                .clone();
            let mut vector: Vec<f32> = direction.iter().map(|d| d + rng.f32() - 0.5).collect();
            let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
            vector.iter_mut().for_each(|x| *x /= norm);
            let hash = fingerprint(&listing_text(listing));
            batch.push((listing.kind.side(), listing.reference.clone(), hash, vector));
            if listing.kind.side() == Side::Need && stored.lifecycle.is_public() {
                needs.push(listing.reference.clone());
            }
        }
        store
            .save_embeddings(embedder.name(), &batch, now())
            .await?;
        listings += page.len();
        after = last;
    }

    let data_dir = work.path().join("data");
    let matcher = Matcher::open(&data_dir, embedder)?;
    let started = Instant::now();
    matcher.follow(&store, now()).await?;
    let follow = started.elapsed().as_secs_f64();
    let started = Instant::now();
    matcher.rebuild(&store, now()).await?;
    let rebuild = started.elapsed().as_secs_f64();

    let today = now().to_zoned(TimeZone::UTC).date();
    let mut latencies = Vec::with_capacity(args.queries);
    for i in 0..args.queries.min(needs.len()) {
        let need = &needs[(i * 7919) % needs.len()];
        let started = Instant::now();
        matcher
            .matches(&store, Side::Need, need, 10, today, Ranking::Hybrid)
            .await?;
        latencies.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    // Free text: each need's title typed into the search box, filtered to one sector and not.
    let mut searches = Vec::with_capacity(args.queries);
    for (i, need) in needs.iter().enumerate().take(args.queries) {
        let Some(stored) = store.listing(Side::Need, need).await? else {
            continue;
        };
        let search = Search {
            text: stored.listing.title.to_string(),
            side: Some(Side::Offer),
            sectors: if i % 2 == 0 {
                stored.listing.sectors.clone()
            } else {
                Vec::new()
            },
            ..Search::default()
        };
        let started = Instant::now();
        matcher.search(&search, 0, 10).await?;
        searches.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let percentile = |latencies: &mut Vec<f64>, p: f64| {
        latencies.sort_by(f64::total_cmp);
        latencies
            .get(((latencies.len().max(1) - 1) as f64 * p).round() as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    store.close().await;
    writeln!(
        out,
        "{listings} listings ({} offers): index built from the change log in {follow:.1} s, \
         rebuilt in {rebuild:.1} s\nmatch for a stored need ({} needs): p50 {:.1} ms, p99 {:.1} ms\n\
         free-text search, a need's title, half of them filtered by sector ({} searches, the \
         text's embedding included): p50 {:.1} ms, p99 {:.1} ms\npeak memory {:.0} MiB",
        listings - needs.len(),
        latencies.len(),
        percentile(&mut latencies, 0.5),
        percentile(&mut latencies, 0.99),
        searches.len(),
        percentile(&mut searches, 0.5),
        percentile(&mut searches, 0.99),
        peak_rss_kib() as f64 / 1024.0
    )?;
    Ok(ExitCode::SUCCESS)
}
