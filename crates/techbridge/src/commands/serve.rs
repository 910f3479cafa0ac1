//! `techbridge serve`: the web platform on the data directory's store and index, until Ctrl-C
//! or SIGTERM. With `--demo`, the example network is loaded first.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use techbridge_store::interchange::Source;
use techbridge_web::{App, DEMO_PASSWORD, Mailer, Options};
use tokio::net::TcpListener;

use crate::commands::demo::EXAMPLE_NETWORK;
use crate::commands::import::summary;
use crate::settings::{Settings, now};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Address and port to listen on.
    #[arg(long, env = "TECHBRIDGE_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// The address people reach the platform at, for links in e-mail; cookies are marked
    /// Secure when it is https [default: http://BIND].
    #[arg(long, env = "TECHBRIDGE_PUBLIC_URL")]
    public_url: Option<String>,
    /// SMTP server for outgoing mail: smtps://USER:PASSWORD@HOST:465 (TLS),
    /// smtp://USER:PASSWORD@HOST:587?tls=required (STARTTLS), or smtp://HOST:25 for a relay on
    /// this machine [default: none; mail waits in the outbox, readable by operators at /outbox].
    #[arg(long, env = "TECHBRIDGE_SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// The address mail comes from [default: techbridge <no-reply@HOST of the public URL>].
    #[arg(long, env = "TECHBRIDGE_MAIL_FROM")]
    mail_from: Option<String>,
    /// Load the example network and create one demo account per role, all with a published
    /// password (idempotent). Never on a platform open to the public.
    #[arg(long)]
    demo: bool,
}

pub(crate) async fn run(settings: &Settings, args: &Args) -> anyhow::Result<ExitCode> {
    crate::logs::init();
    let matcher = Arc::new(settings.open_matcher()?);
    let store = settings.open_store().await?;
    if args.demo {
        let report = store
            .import(Source::Bytes(EXAMPLE_NETWORK.as_bytes()), now())
            .await?;
        tracing::info!(loaded = %summary(&report), "example network");
    }
    // The index catches up before the first request, so the first search sees everything.
    let applied = matcher.follow(&store, now()).await?;
    tracing::info!(applied, "search index is current");
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.bind));
    let mailer = match &args.smtp_url {
        Some(url) => {
            let from = args
                .mail_from
                .clone()
                .unwrap_or_else(|| default_sender(&public_url));
            Some(Mailer::new(url, &from).context("cannot use the mail settings")?)
        }
        None => {
            tracing::info!("no SMTP server set: mail waits in the outbox (/outbox)");
            None
        }
    };
    let options = Options {
        clock: Arc::new(now),
        random: Arc::new(fill_random),
        public_url,
        mailer,
    };
    let app = App::new(store.clone(), matcher, options)?;
    if args.demo {
        let accounts = techbridge_web::demo_accounts(&app).await?;
        eprintln!("demo accounts, each with the password \"{DEMO_PASSWORD}\":");
        for (email, role) in accounts {
            eprintln!("  {email:<36} {role}");
        }
        let event = techbridge_web::demo_event(&app).await?;
        eprintln!("a demo brokerage event: {event}");
    }
    let listener = TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let address = listener.local_addr()?;
    tracing::info!(%address, "serving");
    eprintln!("techbridge is serving on http://{address}/ (Ctrl-C stops it)");
    techbridge_web::serve(app, listener, techbridge_web::shutdown_signal()).await?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// `techbridge <no-reply@HOST>` for the host people reach the platform at.
fn default_sender(public_url: &str) -> String {
    let host = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .filter(|host| !host.is_empty())
        .unwrap_or("localhost");
    format!("techbridge <no-reply@{host}>")
}

/// The operating system's secure random source. Without it no session could be trusted, so
/// the process stops rather than hand out guessable values.
fn fill_random(buffer: &mut [u8]) {
    if let Err(e) = getrandom::fill(buffer) {
        tracing::error!(error = %e, "no secure random source; stopping");
        std::process::abort();
    }
}
