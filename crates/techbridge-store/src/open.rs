//! Choosing the engine from the URL, connecting, and migrating.

use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

/// Page cache of each SQLite connection: the cache fills up to its limit and stays full, so
/// eight connections reading a large store would hold eight limits' worth. 4 MB each keeps the
/// hot pages; a large import raises its own connection's limit while it writes.
const SQLITE_CACHE: &str = "PRAGMA cache_size = -4096";
/// A large import is one transaction; with a small page cache it spills to the log page by
/// page, 32 MB keeps it in memory.
pub(crate) const SQLITE_IMPORT_CACHE: &str = "PRAGMA cache_size = -32768";
pub(crate) const SQLITE_RESET_CACHE: &str = SQLITE_CACHE;

use crate::StoreError;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A handle on the database; cheap to clone, shared by every task of a process.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    pub(crate) engine: Engine,
}

/// The URL of the embedded database inside a data directory. The path is percent-encoded so
/// that directories with spaces, `?` or `#` in their names work.
pub fn default_sqlite_url(data_dir: &Path) -> String {
    let mut url = String::from("sqlite://");
    for byte in data_dir.join("techbridge.db").to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url.push_str("?mode=rwc");
    url
}

impl Store {
    /// Connects to the database the URL names and brings its schema up to date.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let engine = match url.split_once(':').map(|(scheme, _)| scheme) {
            Some("sqlite") => Engine::Sqlite,
            Some("postgres" | "postgresql") => Engine::Postgres,
            other => {
                return Err(StoreError::UnsupportedUrl(
                    other.unwrap_or_default().to_owned(),
                ));
            }
        };
        sqlx::any::install_default_drivers();
        let options = AnyConnectOptions::from_str(url).map_err(StoreError::Connect)?;
        let pool = AnyPoolOptions::new()
            .max_connections(match engine {
                Engine::Sqlite => 8,
                Engine::Postgres => 16,
            })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if engine == Engine::Sqlite {
                        conn.execute(SQLITE_CACHE).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(StoreError::Connect)?;
        if engine == Engine::Sqlite {
            // WAL lets readers go on while one writer commits; the setting stays with the file.
            pool.execute("PRAGMA journal_mode = WAL")
                .await
                .map_err(StoreError::Connect)?;
        }
        let store = Self { pool, engine };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the migrations the database has not seen; returns how many there are in all.
    pub async fn migrate(&self) -> Result<usize, StoreError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(migrator.iter().count())
    }

    /// Starts a transaction that will write on `conn`; see `begin_write`.
    pub(crate) async fn begin_write_on<'c>(
        &self,
        conn: &'c mut AnyConnection,
    ) -> Result<sqlx::Transaction<'c, sqlx::Any>, StoreError> {
        Ok(match self.engine {
            Engine::Sqlite => conn.begin_with("BEGIN IMMEDIATE").await?,
            Engine::Postgres => conn.begin().await?,
        })
    }

    /// Starts a transaction that will write. SQLite takes the write lock up front: a deferred
    /// transaction that reads first cannot upgrade while another writer commits and fails at
    /// once with "database is locked", where an immediate one waits its turn.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        Ok(match self.engine {
            Engine::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Engine::Postgres => self.pool.begin().await?,
        })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Closes every connection, waiting for running queries.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}
