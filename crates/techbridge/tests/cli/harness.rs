//! A fresh store per test (a temporary data directory, and on PostgreSQL a fresh database),
//! and the binary run against it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use techbridge_store::scratch;

pub(crate) struct Target {
    pub(crate) dir: tempfile::TempDir,
    database_url: Option<String>,
    postgres: Option<(String, String)>,
}

pub(crate) const EXAMPLE_NETWORK: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/network.jsonl");

impl Target {
    pub(crate) fn sqlite() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            database_url: None,
            postgres: None,
        }
    }

    pub(crate) fn postgres() -> Option<Self> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let server = runtime.block_on(scratch::test_server()).unwrap()?;
        let name = format!(
            "tb_cli_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let url = runtime
            .block_on(scratch::create_database(&server, &name))
            .unwrap();
        Some(Self {
            dir: tempfile::tempdir().unwrap(),
            database_url: Some(url),
            postgres: Some((server, name)),
        })
    }

    /// Runs `techbridge` with this target's data directory and database.
    pub(crate) fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    pub(crate) fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_techbridge"));
        command
            .env_remove("TECHBRIDGE_DATABASE_URL")
            .env_remove("TECHBRIDGE_DATA_DIR")
            .arg("--data-dir")
            .arg(self.dir.path().join("data"));
        if let Some(url) = &self.database_url {
            command.arg("--database-url").arg(url);
        }
        command.args(args);
        command
    }

    /// Whether an import into this target is past validation and writing: on SQLite the
    /// write-ahead log has grown by a megabyte since `wal_before`, on PostgreSQL a session holds
    /// the change log's advisory lock, which only a writing transaction takes.
    pub(crate) fn writing_has_begun(&self, wal_before: u64) -> bool {
        match &self.database_url {
            None => self.wal_size() > wal_before + (1 << 20),
            Some(url) => {
                let runtime = tokio::runtime::Runtime::new().unwrap();
                runtime.block_on(async {
                    use sqlx::Connection;
                    sqlx::any::install_default_drivers();
                    let mut conn = sqlx::AnyConnection::connect(url).await.unwrap();
                    let held: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 7170656",
                    )
                    .fetch_one(&mut conn)
                    .await
                    .unwrap();
                    held > 0
                })
            }
        }
    }

    pub(crate) fn wal_size(&self) -> u64 {
        std::fs::metadata(self.dir.path().join("data/techbridge.db-wal")).map_or(0, |m| m.len())
    }

    /// Writes `content` to a file in the target's directory and returns its path.
    pub(crate) fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        path
    }

    /// The store as `techbridge export` prints it.
    pub(crate) fn export(&self) -> String {
        let out = self.run(&["export"]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        if let Some((server, name)) = &self.postgres
            && let Ok(runtime) = tokio::runtime::Runtime::new()
        {
            let _ = runtime.block_on(scratch::drop_database(server, name));
        }
    }
}

/// Compares two exports without printing them whole: a failure says how many lines differ.
#[track_caller]
pub(crate) fn assert_same_store(after: &str, before: &str, why: &str) {
    if after != before {
        let (a, b) = (after.lines().count(), before.lines().count());
        let first = after.lines().zip(before.lines()).position(|(x, y)| x != y);
        panic!("{why}: {a} records now, {b} before; first difference at line {first:?}");
    }
}

pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(crate) fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs `fn $name(target: &Target)` on both engines, as `$name::sqlite` and `$name::postgres`.
#[macro_export]
macro_rules! on_both_engines {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() {
                    super::$name(&$crate::cli::harness::Target::sqlite());
                }

                #[test]
                fn postgres() {
                    let Some(target) = $crate::cli::harness::Target::postgres() else {
                        eprintln!("PostgreSQL not reachable: skipped outside CI");
                        return;
                    };
                    super::$name(&target);
                }
            }
        )+
    };
}
