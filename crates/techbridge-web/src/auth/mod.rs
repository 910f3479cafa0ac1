//! Who is asking: passwords, sessions, protection of forms against cross-site requests, the
//! brake on guessing passwords, and the one place that decides what each person may do.

pub(crate) mod forms;
pub(crate) mod password;
pub(crate) mod permissions;
pub(crate) mod session;
pub(crate) mod throttle;

use sha2::{Digest, Sha256};

/// A new random secret as 64 hex digits (256 bits).
pub(crate) fn secret(app: &crate::App) -> String {
    let mut bytes = [0u8; 32];
    app.fill_random(&mut bytes);
    hex(&bytes)
}

/// What the store keeps of a secret: its SHA-256, so a copy of the database opens nothing.
pub(crate) fn fingerprint(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two secrets in time that does not depend on where they differ.
pub(crate) fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
