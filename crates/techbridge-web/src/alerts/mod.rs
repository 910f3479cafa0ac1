//! The platform's daily work, run every hour by the server (each part does nothing when it
//! already ran today): expiring what is due, reminding owners of listings about to expire,
//! and sending the digests of saved searches. Each alert is written to the outbox with its
//! record in one transaction; the mail sender delivers it.

mod digests;
mod reminders;

use crate::App;

pub(crate) use digests::{MAX_SAVED_SEARCHES, run_saved_search};

/// Brings the platform up to date with the clock: the search index first (a digest must see
/// today's listings), then expiry, reminders and digests. A failing part is logged and the
/// others still run; the next turn tries again.
pub async fn run_daily_work(app: &App) {
    crate::serve::follow_changes(app).await;
    let (today, now) = (app.today(), app.now());
    match app.store().expire_due(today, now).await {
        Ok(0) => {}
        Ok(expired) => tracing::info!(expired, "listings expired"),
        Err(e) => tracing::error!(error = %e, "cannot expire listings"),
    }
    match app.store().expire_interests(today, now).await {
        Ok(0) => {}
        Ok(expired) => tracing::info!(expired, "expressions of interest expired"),
        Err(e) => tracing::error!(error = %e, "cannot expire expressions of interest"),
    }
    match expire_meeting_requests(app).await {
        Ok(0) => {}
        Ok(expired) => tracing::info!(expired, "meeting requests expired"),
        Err(e) => tracing::error!(error = %e, "cannot expire meeting requests"),
    }
    if let Err(e) = app.store().forget_expired(now).await {
        tracing::error!(error = %e, "cannot forget expired sessions");
    }
    match reminders::send(app).await {
        Ok(0) => {}
        Ok(sent) => tracing::info!(sent, "expiry reminders queued"),
        Err(e) => tracing::error!(error = %e, "cannot send expiry reminders"),
    }
    match digests::send(app).await {
        Ok(0) => {}
        Ok(sent) => tracing::info!(sent, "saved-search digests queued"),
        Err(e) => tracing::error!(error = %e, "cannot send saved-search digests"),
    }
}

/// Expires the unanswered meeting requests of every event whose request window has closed, by
/// the calendar of its venue.
async fn expire_meeting_requests(app: &App) -> Result<u64, techbridge_store::StoreError> {
    let mut expired = 0;
    for event in app.store().events().await? {
        let today = crate::meetings::today_at(app, &event);
        if today > event.event.requests_close {
            expired += app.store().expire_meeting_requests(event.id, today).await?;
        }
    }
    Ok(expired)
}
