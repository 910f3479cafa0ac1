//! Passwords: argon2id with the crate's recommended parameters, hashed and checked on a
//! blocking thread (each takes tens of milliseconds by design).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use std::sync::OnceLock;

use crate::App;
use crate::error::AppError;

pub(crate) const MIN_CHARS: usize = 10;
/// Longer input is refused before hashing, so nobody can make the server hash megabytes.
pub(crate) const MAX_CHARS: usize = 200;

/// The rule a new password must meet, as the message key and the problem in words.
pub(crate) fn check_new(password: &str) -> Result<(), AppError> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(AppError::invalid(
            "password",
            format!("at least {MIN_CHARS} characters"),
        ));
    }
    if chars > MAX_CHARS {
        return Err(AppError::invalid(
            "password",
            format!("at most {MAX_CHARS} characters"),
        ));
    }
    Ok(())
}

pub(crate) async fn hash(app: &App, password: &str) -> Result<String, AppError> {
    let mut salt = [0u8; 16];
    app.fill_random(&mut salt);
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&salt).map_err(|_| AppError::Internal)?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| AppError::Internal)
    })
    .await
    .map_err(|_| AppError::Internal)?
}

/// A hash of nothing anyone knows, checked when an e-mail address has no account, so that
/// answering takes as long as for one that has.
pub(crate) fn decoy() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        SaltString::encode_b64(b"techbridge-decoy")
            .ok()
            .and_then(|salt| {
                Argon2::default()
                    .hash_password(b"no account has this password", &salt)
                    .ok()
                    .map(|h| h.to_string())
            })
            .unwrap_or_default()
    })
}

/// Whether `password` is the one `stored` was made from. A stored hash that does not parse
/// matches nothing.
pub(crate) async fn verify(password: &str, stored: &str) -> bool {
    if password.chars().count() > MAX_CHARS {
        return false;
    }
    let (password, stored) = (password.to_owned(), stored.to_owned());
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}
