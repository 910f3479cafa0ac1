//! Expressions of interest and confidential disclosure: an organization interested in a
//! published listing asks its owner to know more; the owner accepts or declines; unanswered
//! requests expire. Only after acceptance, and after the interested side has agreed to the
//! listing's non-disclosure terms, may it see the confidential details. Transitions take the
//! date or time as a parameter; nothing here reads the clock.

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::{Email, Text};

/// An owner who has not answered within this many days lets the request expire, so that it
/// does not hang over either side.
pub const ANSWER_DAYS: i64 = 30;

pub type InterestMessage = Text<4000>;
pub type DeclineReason = Text<1000>;

/// Where an expression of interest stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interest {
    /// Waiting for the owner's answer until `answer_by` (inclusive).
    Sent { answer_by: Date },
    /// The owner agreed to talk; once `terms` holds an agreement, the details may be disclosed.
    Accepted {
        accepted_on: Date,
        terms: Option<TermsAgreement>,
    },
    /// The owner said no, and may say why.
    Declined {
        declined_on: Date,
        reason: Option<DeclineReason>,
    },
    /// Nobody answered in time.
    Expired { answer_by: Date },
    /// The interested side took it back.
    Withdrawn,
}

/// The interested side's agreement to the listing's non-disclosure terms: who agreed, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermsAgreement {
    pub agreed_by: Email,
    pub agreed_at: Timestamp,
}

/// The status alone, as filters and storage name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InterestStatus {
    Sent,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}

impl InterestStatus {
    pub const ALL: [InterestStatus; 5] = [
        Self::Sent,
        Self::Accepted,
        Self::Declined,
        Self::Expired,
        Self::Withdrawn,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Expired => "expired",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, crate::ParseError> {
        Self::ALL
            .into_iter()
            .find(|s| s.slug() == raw)
            .ok_or_else(|| {
                crate::ParseError::new(format!(
                    "\"{raw}\" is not a status of an expression of interest"
                ))
            })
    }
}

/// A step the expression of interest cannot take from where it stands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an expression of interest that is {} cannot be {action}", from.slug())]
pub struct InterestError {
    pub from: InterestStatus,
    pub action: &'static str,
}

impl Interest {
    /// Sent today: the owner has until `ANSWER_DAYS` from today to answer.
    pub fn sent(today: Date) -> Self {
        Self::Sent {
            answer_by: today.saturating_add(ANSWER_DAYS.days()),
        }
    }

    pub fn status(&self) -> InterestStatus {
        match self {
            Self::Sent { .. } => InterestStatus::Sent,
            Self::Accepted { .. } => InterestStatus::Accepted,
            Self::Declined { .. } => InterestStatus::Declined,
            Self::Expired { .. } => InterestStatus::Expired,
            Self::Withdrawn => InterestStatus::Withdrawn,
        }
    }

    fn refuse<T>(&self, action: &'static str) -> Result<T, InterestError> {
        Err(InterestError {
            from: self.status(),
            action,
        })
    }

    /// The owner agrees to talk, while the request is still open.
    pub fn accept(&self, today: Date) -> Result<Self, InterestError> {
        match self {
            Self::Sent { answer_by } if today <= *answer_by => Ok(Self::Accepted {
                accepted_on: today,
                terms: None,
            }),
            Self::Sent { .. } => Err(InterestError {
                from: InterestStatus::Expired,
                action: "accepted",
            }),
            _ => self.refuse("accepted"),
        }
    }

    /// The owner says no, while the request is still open.
    pub fn decline(
        &self,
        today: Date,
        reason: Option<DeclineReason>,
    ) -> Result<Self, InterestError> {
        match self {
            Self::Sent { answer_by } if today <= *answer_by => Ok(Self::Declined {
                declined_on: today,
                reason,
            }),
            Self::Sent { .. } => Err(InterestError {
                from: InterestStatus::Expired,
                action: "declined",
            }),
            _ => self.refuse("declined"),
        }
    }

    /// A request whose answer date has passed.
    pub fn expire(&self, today: Date) -> Result<Self, InterestError> {
        match self {
            Self::Sent { answer_by } if today > *answer_by => Ok(Self::Expired {
                answer_by: *answer_by,
            }),
            _ => self.refuse("expired today"),
        }
    }

    /// The interested side takes back a request that is open or accepted.
    pub fn withdraw(&self) -> Result<Self, InterestError> {
        match self {
            Self::Sent { .. } | Self::Accepted { .. } => Ok(Self::Withdrawn),
            _ => self.refuse("withdrawn"),
        }
    }

    /// The interested side agrees to the non-disclosure terms of an accepted request, once.
    pub fn agree_terms(&self, agreed_by: Email, now: Timestamp) -> Result<Self, InterestError> {
        match self {
            Self::Accepted {
                accepted_on,
                terms: None,
            } => Ok(Self::Accepted {
                accepted_on: *accepted_on,
                terms: Some(TermsAgreement {
                    agreed_by,
                    agreed_at: now,
                }),
            }),
            Self::Accepted { .. } => Err(InterestError {
                from: InterestStatus::Accepted,
                action: "agreed to again",
            }),
            _ => self.refuse("agreed to"),
        }
    }

    /// Whether the interested side may see the listing's confidential details: only when the
    /// owner accepted and the terms were agreed.
    pub fn discloses(&self) -> bool {
        matches!(self, Self::Accepted { terms: Some(_), .. })
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn email() -> Email {
        Email::parse("lan@cuulong.vn").unwrap()
    }

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(1_790_000_000 + second).unwrap()
    }

    #[test]
    fn details_are_disclosed_only_after_acceptance_and_agreed_terms() {
        let sent = Interest::sent(date(2026, 11, 21));
        assert!(!sent.discloses());
        assert_eq!(
            sent.agree_terms(email(), at(0)).unwrap_err().to_string(),
            "an expression of interest that is sent cannot be agreed to"
        );
        let accepted = sent.accept(date(2026, 11, 25)).unwrap();
        assert!(!accepted.discloses());
        let agreed = accepted.agree_terms(email(), at(10)).unwrap();
        assert!(agreed.discloses());
        assert!(agreed.agree_terms(email(), at(20)).is_err());
        assert!(!agreed.withdraw().unwrap().discloses());
    }

    #[test]
    fn an_unanswered_request_expires_after_thirty_days_and_cannot_be_answered_then() {
        let sent = Interest::sent(date(2026, 1, 31));
        assert_eq!(
            sent,
            Interest::Sent {
                answer_by: date(2026, 3, 2)
            }
        );
        assert!(sent.expire(date(2026, 3, 2)).is_err());
        assert!(sent.accept(date(2026, 3, 2)).is_ok());
        assert_eq!(
            sent.accept(date(2026, 3, 3)).unwrap_err().to_string(),
            "an expression of interest that is expired cannot be accepted"
        );
        assert!(sent.decline(date(2026, 3, 3), None).is_err());
        let expired = sent.expire(date(2026, 3, 3)).unwrap();
        assert_eq!(expired.status(), InterestStatus::Expired);
        assert!(expired.withdraw().is_err());
    }

    #[test]
    fn an_answer_is_given_once() {
        let declined = Interest::sent(date(2026, 11, 21))
            .decline(date(2026, 11, 22), None)
            .unwrap();
        assert!(declined.accept(date(2026, 11, 23)).is_err());
        assert!(declined.decline(date(2026, 11, 23), None).is_err());
        for status in ["sent", "accepted", "declined", "expired", "withdrawn"] {
            assert_eq!(InterestStatus::parse(status).unwrap().slug(), status);
        }
        assert!(InterestStatus::parse("pending").is_err());
    }
}
