//! Where the platform keeps its data: global flags, each with an environment variable.

use std::path::PathBuf;

use std::sync::Arc;

use anyhow::Context;
use jiff::Timestamp;
use techbridge_search::Matcher;
use techbridge_search::embedding::Embedder;
use techbridge_store::{Store, default_sqlite_url};

#[derive(Debug, Clone, clap::Args)]
pub(crate) struct Settings {
    /// Directory for the embedded database, the search index and model files.
    #[arg(
        long,
        global = true,
        env = "TECHBRIDGE_DATA_DIR",
        default_value = "./techbridge-data"
    )]
    pub(crate) data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://USER@HOST/DATABASE [default: SQLite inside
    /// the data directory].
    #[arg(
        long,
        global = true,
        env = "TECHBRIDGE_DATABASE_URL",
        hide_env_values = true
    )]
    pub(crate) database_url: Option<String>,

    /// Directory of the embedding model, as scripts/fetch-models installs it [default:
    /// multilingual-e5-small in $TECHBRIDGE_MODEL_DIR, else in ~/.local/share/techbridge/models].
    #[arg(long, global = true, value_name = "DIR", default_value_os_t = techbridge_search::embedding::default_dir(), hide_default_value = true)]
    pub(crate) model_dir: PathBuf,
}

impl Settings {
    /// Creates the data directory if needed, then opens and migrates the store.
    pub(crate) async fn open_store(&self) -> anyhow::Result<Store> {
        if self.data_dir.exists() && !self.data_dir.is_dir() {
            anyhow::bail!(
                "data directory {} is not a directory",
                self.data_dir.display()
            );
        }
        std::fs::create_dir_all(&self.data_dir).with_context(|| {
            format!(
                "cannot create the data directory {}",
                self.data_dir.display()
            )
        })?;
        let url = match &self.database_url {
            Some(url) => url.clone(),
            None => default_sqlite_url(&std::path::absolute(&self.data_dir)?),
        };
        Ok(Store::open(&url).await?)
    }
}

impl Settings {
    /// The matching engine of the data directory, with the installed embedding model. Without
    /// the model, matching refuses to run rather than fall back to worse results.
    pub(crate) fn open_matcher(&self) -> anyhow::Result<Matcher> {
        let embedder = Embedder::load(&self.model_dir)?;
        Ok(Matcher::open(&self.data_dir, Arc::new(embedder))?)
    }
}

/// The one place that reads the clock: commands pass the moment down.
#[expect(
    clippy::disallowed_methods,
    reason = "the command line's edge reads the clock"
)]
pub(crate) fn now() -> Timestamp {
    Timestamp::now()
}
