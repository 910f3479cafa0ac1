//! Throwaway PostgreSQL databases for tests and benchmarks: each gets a database of its own
//! on a server, created fresh and dropped afterwards.

use sqlx::{AnyConnection, Connection, Executor};

use crate::StoreError;

/// The server tests use when `TECHBRIDGE_TEST_POSTGRES_URL` is not set.
pub const DEFAULT_TEST_SERVER: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The PostgreSQL server to test against: `TECHBRIDGE_TEST_POSTGRES_URL`, else the local
/// default if it answers. `None` means "skip the PostgreSQL half", which is only acceptable
/// outside CI: with `CI=true` an unreachable server is an error, never a silent skip.
pub async fn test_server() -> Result<Option<String>, String> {
    let configured = std::env::var("TECHBRIDGE_TEST_POSTGRES_URL").ok();
    let url = configured
        .clone()
        .unwrap_or_else(|| DEFAULT_TEST_SERVER.to_owned());
    sqlx::any::install_default_drivers();
    match AnyConnection::connect(&url).await {
        Ok(conn) => {
            let _ = conn.close().await;
            Ok(Some(url))
        }
        Err(e) if configured.is_some() || std::env::var("CI").is_ok_and(|v| v == "true") => Err(
            format!("PostgreSQL at {url} is required here but unreachable: {e}"),
        ),
        Err(_) => Ok(None),
    }
}

/// Creates database `name` on the server `server_url` points at; returns its URL.
pub async fn create_database(server_url: &str, name: &str) -> Result<String, StoreError> {
    check_name(name)?;
    sqlx::any::install_default_drivers();
    let mut conn = AnyConnection::connect(server_url)
        .await
        .map_err(StoreError::Connect)?;
    conn.execute(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name}"
    )))
    .await?;
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    conn.close().await?;
    Ok(database_url(server_url, name))
}

/// Drops database `name`, closing whatever connections still use it.
pub async fn drop_database(server_url: &str, name: &str) -> Result<(), StoreError> {
    check_name(name)?;
    let mut conn = AnyConnection::connect(server_url)
        .await
        .map_err(StoreError::Connect)?;
    conn.execute(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .await?;
    conn.close().await?;
    Ok(())
}

/// Names are built by callers from fixed words and numbers; anything else is refused rather
/// than quoted, because it ends up in a statement.
fn check_name(name: &str) -> Result<(), StoreError> {
    let ok = !name.is_empty()
        && name.len() < 64
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(StoreError::UnsupportedUrl(format!("database name {name}")))
    }
}

/// The server URL with its database path replaced by `name`.
fn database_url(server_url: &str, name: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server_url, None),
    };
    let authority_end = base
        .find("://")
        .map(|i| i + 3)
        .and_then(|start| base[start..].find('/').map(|i| start + i))
        .unwrap_or(base.len());
    let mut url = format!("{}/{name}", &base[..authority_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_database_of_a_url() {
        assert_eq!(
            database_url("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(database_url("postgres://h", "t1"), "postgres://h/t1");
        assert_eq!(
            database_url("postgres://u:p@h/db?sslmode=disable", "t1"),
            "postgres://u:p@h/t1?sslmode=disable"
        );
        assert!(check_name("x; DROP TABLE y").is_err());
    }
}
