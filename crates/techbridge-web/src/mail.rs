//! Delivery of the outbox through an SMTP server. Every message is first written to the outbox
//! in the transaction of the action that causes it; a sender then hands it to the server and
//! marks it sent, or records the failure and tries again later. Without a server configured,
//! messages stay in the outbox, where operators read them (`/outbox`).

use std::fmt;

use jiff::SignedDuration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use techbridge_store::{QueuedMail, StoreError};

use crate::App;

/// A message that failed this many times stays in the outbox, marked, for an operator.
pub(crate) const MAX_ATTEMPTS: i64 = 5;
/// Messages handed to the server per turn of the sender.
const BATCH: i64 = 100;
/// How long a claimed message is kept from other senders: if this one stops mid-send, another
/// tries again after this.
const CLAIM: SignedDuration = SignedDuration::from_mins(10);
/// The wait after the first refusal; it doubles after each further one, so five attempts span
/// more than an hour of a server's outage.
const FIRST_RETRY: SignedDuration = SignedDuration::from_mins(5);

/// Why mail settings were refused at start-up.
#[derive(Debug, thiserror::Error)]
pub enum MailSettingsError {
    #[error("the SMTP server URL is not usable: {0}")]
    Url(#[source] lettre::transport::smtp::Error),
    #[error("the sender address {address:?} is not an e-mail address: {reason}")]
    From { address: String, reason: String },
}

/// An SMTP server and the address mail comes from.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URL may hold the server's password: only the sender is shown.
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// `url` as lettre reads it: `smtps://user:pass@host:465` (TLS), `smtp://user:pass@host:587
    /// ?tls=required` (STARTTLS), `smtp://host:25` (unencrypted, for a relay on the same
    /// machine). `from` is a mailbox: `techbridge <no-reply@example.org>` or a bare address.
    /// Called within a Tokio runtime: the connection pool lives on it.
    pub fn new(url: &str, from: &str) -> Result<Self, MailSettingsError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(MailSettingsError::Url)?
            .build();
        let from =
            from.parse()
                .map_err(|e: lettre::address::AddressError| MailSettingsError::From {
                    address: from.to_owned(),
                    reason: e.to_string(),
                })?;
        Ok(Self { transport, from })
    }

    async fn send(&self, queued: &QueuedMail) -> Result<(), String> {
        let to: Mailbox = queued
            .mail
            .recipient
            .as_str()
            .parse()
            .map_err(|e: lettre::address::AddressError| e.to_string())?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(queued.mail.subject.as_str())
            .header(ContentType::TEXT_PLAIN)
            .body(queued.mail.body.clone())
            .map_err(|e| e.to_string())?;
        self.transport
            .send(message)
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

/// Hands every message that is due to the server once; returns how many were sent. Each is
/// claimed first, so servers sharing a database never send one twice. A refused message keeps
/// its place with the error recorded and is due again later, until `MAX_ATTEMPTS`.
pub async fn deliver_mail(app: &App) -> Result<usize, StoreError> {
    let Some(mailer) = app.mailer() else {
        return Ok(0);
    };
    let now = app.now();
    let claimed = app
        .store()
        .claim_mail(MAX_ATTEMPTS, BATCH, now, now + CLAIM)
        .await?;
    let mut sent = 0;
    for queued in claimed {
        match mailer.send(&queued).await {
            Ok(()) => {
                app.store().mark_mail_sent(queued.id, app.now()).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(id = queued.id, %error, "mail not delivered");
                let retry_at = app.now() + retry_after(queued.attempts);
                app.store()
                    .mark_mail_failed(queued.id, &error, retry_at)
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// The wait before the next attempt of a message refused `attempts + 1` times.
fn retry_after(attempts: i64) -> SignedDuration {
    let doublings = attempts.clamp(0, MAX_ATTEMPTS) as u32;
    FIRST_RETRY * 2_i32.pow(doublings)
}
