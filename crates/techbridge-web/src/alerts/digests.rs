//! Saved searches and their daily digest: once a day, each saved search runs again, and the
//! listings published since it was saved that now reach its first results and were never
//! reported before are sent to its owner in one e-mail.

use techbridge_domain::{Lifecycle, Ref, Side};
use techbridge_store::{Mail, SavedSearch, StoreError, StoredListing};

use crate::App;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::pages::views::{country_name, listing_href};
use crate::search_form::SearchForm;

/// A person keeps at most this many saved searches.
pub(crate) const MAX_SAVED_SEARCHES: usize = 20;
/// A search with text reports what reaches its first ten results: a fixed score would mean
/// different things for different texts and languages, a rank means "what you would see".
const TEXT_DEPTH: usize = 10;
/// A search with filters only lists the newest first: every new listing is at the top.
const FILTER_DEPTH: usize = 50;
/// Listings named in one e-mail; the rest are a click away.
const LISTED: usize = 20;

/// The listings `query` finds now, for someone reading in `locale`, as far down as a digest
/// looks. A query that no longer reads (a vocabulary changed) finds nothing.
pub(crate) async fn run_saved_search(
    app: &App,
    query: &str,
    locale: Locale,
) -> Result<Vec<(Side, Ref)>, AppError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let form = SearchForm::read(&pairs, locale);
    if !form.problems.is_empty() {
        return Ok(Vec::new());
    }
    let depth = if form.search.text.trim().is_empty() {
        FILTER_DEPTH
    } else {
        TEXT_DEPTH
    };
    Ok(app
        .matcher()
        .search(&form.search, 0, depth)
        .await?
        .into_iter()
        .map(|found| (found.side, found.reference))
        .collect())
}

/// Runs every saved search that has not run today; returns how many digests were queued.
pub(super) async fn send(app: &App) -> Result<usize, AppError> {
    let (today, now) = (app.today(), app.now());
    let mut sent = 0;
    for saved in app.store().saved_searches_due(today).await? {
        let Some(owner) = app.store().user(saved.user_id).await? else {
            continue;
        };
        let locale = owner
            .locale
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or(Locale::En);
        let found = run_saved_search(app, &saved.query, locale).await?;
        let saved_on = saved.created_at.to_zoned(jiff::tz::TimeZone::UTC).date();
        let mut new = Vec::new();
        for key in app.store().unreported(saved.id, &found).await? {
            if let Some(listing) = app.store().listing(key.0, &key.1).await?
                && matches!(listing.lifecycle, Lifecycle::Published { published_on, .. } if published_on >= saved_on)
            {
                new.push(listing);
            }
        }
        let mail = if new.is_empty() {
            None
        } else {
            Some(digest(app, &saved, &new, owner.user.email.clone(), locale).await?)
        };
        let reported: Vec<(Side, Ref)> = new
            .iter()
            .map(|l| (l.listing.kind.side(), l.listing.reference.clone()))
            .collect();
        if app
            .store()
            .record_digest(saved.id, today, &reported, mail.as_ref(), now)
            .await?
            && mail.is_some()
        {
            sent += 1;
        }
    }
    Ok(sent)
}

async fn digest(
    app: &App,
    saved: &SavedSearch,
    new: &[StoredListing],
    recipient: techbridge_domain::Email,
    locale: Locale,
) -> Result<Mail, StoreError> {
    let tr = app.catalogues().tr(locale);
    let base = app.public_url();
    let mut body = tr.t1("mail-digest-intro", "name", saved.name.as_str());
    body.push_str("\n\n");
    for listing in new.iter().take(LISTED) {
        let owner = app
            .store()
            .organization(&listing.listing.organization)
            .await?;
        let from = owner.map_or_else(
            || listing.listing.organization.to_string(),
            |o| {
                format!(
                    "{} ({})",
                    o.organization.name.as_str(),
                    country_name(&tr, o.organization.country)
                )
            },
        );
        body.push_str(&format!(
            "- {}\n  {from}\n  {base}{}\n",
            listing.listing.title.as_str(),
            listing_href(
                listing.listing.kind.side(),
                listing.listing.reference.as_str()
            ),
        ));
    }
    body.push('\n');
    body.push_str(&tr.with(
        "mail-digest-footer",
        &[
            ("results", format!("{base}/search?{}", saved.query).into()),
            ("manage", format!("{base}/searches").into()),
        ],
    ));
    Ok(Mail {
        recipient,
        subject: tr.with(
            "mail-digest-subject",
            &[
                ("count", new.len().into()),
                ("name", saved.name.as_str().into()),
            ],
        ),
        body,
    })
}
