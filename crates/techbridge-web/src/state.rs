//! What every request handler shares: the store, the matching engine, the interface
//! catalogues, the clock and the metrics.

use std::fmt;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use techbridge_search::Matcher;
use techbridge_store::Store;

use crate::auth::throttle::Throttle;
use crate::i18n::{CatalogueError, Catalogues};
use crate::mail::Mailer;
use crate::matches::MatchCache;
use crate::metrics::Metrics;

/// The moment, as the binary reads it (tests pass a clock they move by hand).
pub type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;

/// Fills a buffer with secure random bytes: the operating system's source in the binary.
pub type Random = Arc<dyn Fn(&mut [u8]) + Send + Sync>;

/// What the binary decides for the web layer.
#[derive(Clone)]
pub struct Options {
    pub clock: Clock,
    pub random: Random,
    /// The address people reach the platform at (`https://techbridge.example.org`): links in
    /// e-mail start with it, and cookies are `Secure` when it is HTTPS.
    pub public_url: String,
    /// The SMTP server mail goes through; without one it waits in the outbox.
    pub mailer: Option<Mailer>,
}

/// The platform as the web layer sees it; cheap to clone, one per request.
#[derive(Clone)]
pub struct App(Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) store: Store,
    pub(crate) matcher: Arc<Matcher>,
    pub(crate) catalogues: Catalogues,
    pub(crate) options: Options,
    pub(crate) metrics: Metrics,
    pub(crate) matches: MatchCache,
    pub(crate) throttle: Throttle,
}

impl fmt::Debug for Options {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Options")
            .field("public_url", &self.public_url)
            .field("mailer", &self.mailer)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for App {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("App")
            .field("store", &self.0.store.engine())
            .finish_non_exhaustive()
    }
}

impl App {
    pub fn new(
        store: Store,
        matcher: Arc<Matcher>,
        options: Options,
    ) -> Result<Self, CatalogueError> {
        Ok(Self(Arc::new(Inner {
            store,
            matcher,
            catalogues: Catalogues::load()?,
            options,
            metrics: Metrics::default(),
            matches: MatchCache::default(),
            throttle: Throttle::default(),
        })))
    }

    pub(crate) fn store(&self) -> &Store {
        &self.0.store
    }

    pub(crate) fn matcher(&self) -> &Matcher {
        &self.0.matcher
    }

    pub(crate) fn catalogues(&self) -> &Catalogues {
        &self.0.catalogues
    }

    pub(crate) fn metrics(&self) -> &Metrics {
        &self.0.metrics
    }

    pub(crate) fn match_cache(&self) -> &MatchCache {
        &self.0.matches
    }

    pub(crate) fn now(&self) -> Timestamp {
        (self.0.options.clock)()
    }

    pub(crate) fn fill_random(&self, buffer: &mut [u8]) {
        (self.0.options.random)(buffer);
    }

    pub(crate) fn mailer(&self) -> Option<&Mailer> {
        self.0.options.mailer.as_ref()
    }

    pub(crate) fn throttle(&self) -> &Throttle {
        &self.0.throttle
    }

    /// The platform's address without a trailing slash, for links in e-mail.
    pub(crate) fn public_url(&self) -> &str {
        self.0.options.public_url.trim_end_matches('/')
    }

    pub(crate) fn secure_cookies(&self) -> bool {
        self.0.options.public_url.starts_with("https://")
    }

    /// Today in UTC: the day expiry dates and deadlines are compared with.
    pub(crate) fn today(&self) -> Date {
        self.now().to_zoned(TimeZone::UTC).date()
    }
}
