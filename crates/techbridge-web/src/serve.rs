//! Serving: the HTTP server, the work that keeps the platform current in the background
//! (following the store's change log into the search index, expiring what is due), and a
//! graceful shutdown that lets requests in flight finish.

use std::future::Future;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::{App, router};

/// How often the search index looks for new changes in the store.
const FOLLOW_EVERY: Duration = Duration::from_secs(2);
/// How often the daily work (expiry, reminders, digests) looks whether it is due.
const DAILY_WORK_EVERY: Duration = Duration::from_secs(3600);
/// How often waiting mail is handed to the SMTP server.
const SEND_EVERY: Duration = Duration::from_secs(10);

/// Serves `app` on `listener` until `shutdown` completes, then waits for requests in flight.
pub async fn serve(
    app: App,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (stop, stopped) = watch::channel(false);
    let background = tokio::spawn(keep_current(app.clone(), stopped));
    let served = axum::serve(
        listener,
        router(app).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown.await;
        tracing::info!("shutting down: finishing requests in flight");
    })
    .await;
    let _ = stop.send(true);
    let _ = background.await;
    served
}

/// Completes on Ctrl-C or SIGTERM, whichever comes first.
pub async fn shutdown_signal() {
    let interrupt = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

/// Follows the change log and expires what is due until told to stop. A failure is logged and
/// tried again at the next turn: the platform keeps serving what it has.
async fn keep_current(app: App, mut stopped: watch::Receiver<bool>) {
    let mut follow = tokio::time::interval(FOLLOW_EVERY);
    let mut daily = tokio::time::interval(DAILY_WORK_EVERY);
    let mut send = tokio::time::interval(SEND_EVERY);
    loop {
        tokio::select! {
            _ = stopped.changed() => return,
            _ = follow.tick() => follow_changes(&app).await,
            _ = daily.tick() => crate::run_daily_work(&app).await,
            _ = send.tick() => send_mail(&app).await,
        }
    }
}

pub(crate) async fn follow_changes(app: &App) {
    match app.matcher().follow(app.store(), app.now()).await {
        Ok(0) => {}
        Ok(applied) => {
            app.match_cache().clear();
            tracing::info!(applied, "search index followed the store");
        }
        Err(e) => tracing::error!(error = %e, "search index cannot follow the store"),
    }
}

async fn send_mail(app: &App) {
    match crate::deliver_mail(app).await {
        Ok(0) => {}
        Ok(sent) => tracing::info!(sent, "mail delivered"),
        Err(e) => tracing::error!(error = %e, "cannot read the outbox"),
    }
}
