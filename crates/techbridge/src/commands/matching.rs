//! `techbridge match`: the best offers for needs, or needs for offers, with reasons, as JSON
//! Lines (`--format json`, one object per listing asked for, in the order asked) or as text.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use jiff::tz::TimeZone;
use serde_json::json;
use techbridge_domain::{ListingStatus, Ref, Side};
use techbridge_search::{Match, Ranking};
use techbridge_store::Store;

use crate::settings::{Settings, now};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("listings").required(true).multiple(false))]
pub(crate) struct Args {
    /// A need to find offers for (repeat for several).
    #[arg(long = "need", value_name = "REF", group = "listings")]
    needs: Vec<String>,
    /// An offer to find needs for (repeat for several).
    #[arg(long = "offer", value_name = "REF", group = "listings")]
    offers: Vec<String>,
    /// Every published need.
    #[arg(long, group = "listings")]
    all_needs: bool,
    /// At most this many matches per listing.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub(crate) async fn run(settings: &Settings, args: &Args) -> anyhow::Result<ExitCode> {
    let store = settings.open_store().await?;
    let result = run_with(settings, &store, args).await;
    store.close().await;
    result
}

async fn run_with(settings: &Settings, store: &Store, args: &Args) -> anyhow::Result<ExitCode> {
    let (side, refs) = if args.offers.is_empty() {
        (Side::Need, &args.needs)
    } else {
        (Side::Offer, &args.offers)
    };
    let mut asked = Vec::new();
    if args.all_needs {
        let mut after = 0;
        loop {
            let page = store.listings_after(after, 1000).await?;
            let Some(last) = page.last().map(|l| l.id) else {
                break;
            };
            asked.extend(
                page.into_iter()
                    .filter(|l| l.listing.kind.side() == Side::Need)
                    .filter(|l| l.lifecycle.status() == ListingStatus::Published)
                    .map(|l| l.listing.reference),
            );
            after = last;
        }
    } else {
        // Every ref is checked before anything is printed, so a typo gives no partial output.
        let mut unknown = Vec::new();
        for raw in refs {
            match Ref::parse(raw) {
                Ok(reference) if store.listing(side, &reference).await?.is_some() => {
                    asked.push(reference);
                }
                _ => unknown.push(format!("\"{raw}\"")),
            }
        }
        if !unknown.is_empty() {
            anyhow::bail!("unknown {} {}", side.slug(), unknown.join(", "));
        }
    }

    let matcher = settings.open_matcher()?;
    matcher.follow(store, now()).await?;
    let today = now().to_zoned(TimeZone::UTC).date();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for reference in &asked {
        let matches = matcher
            .matches(store, side, reference, args.limit, today, Ranking::Hybrid)
            .await?;
        match args.format {
            Format::Json => writeln!(out, "{}", as_json(side, reference, &matches))?,
            Format::Text => write_text(&mut out, store, side, reference, &matches).await?,
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn as_json(side: Side, reference: &Ref, matches: &[Match]) -> serde_json::Value {
    let (own, other, list) = match side {
        Side::Need => ("need", "offer", "matches"),
        Side::Offer => ("offer", "need", "needs"),
    };
    let matches: Vec<_> = matches
        .iter()
        .map(|m| {
            json!({
                other: m.reference.as_str(),
                // Four decimals say all a score can mean and keep the output stable.
                "score": (f64::from(m.score) * 1e4).round() / 1e4,
                "reasons": m.reasons.iter().map(ToString::to_string).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ own: reference.as_str(), list: matches })
}

async fn write_text(
    out: &mut impl Write,
    store: &Store,
    side: Side,
    reference: &Ref,
    matches: &[Match],
) -> anyhow::Result<()> {
    let title = |l: Option<techbridge_store::StoredListing>| {
        l.map(|l| l.listing.title.to_string()).unwrap_or_default()
    };
    writeln!(
        out,
        "{side} {reference}: {}",
        title(store.listing(side, reference).await?)
    )?;
    if matches.is_empty() {
        writeln!(out, "  no matches")?;
    }
    for m in matches {
        let other = title(store.listing(m.side, &m.reference).await?);
        writeln!(out, "  {:.2}  {}  {other}", m.score, m.reference)?;
        for reason in &m.reasons {
            writeln!(out, "        - {reason}")?;
        }
    }
    writeln!(out)?;
    Ok(())
}
