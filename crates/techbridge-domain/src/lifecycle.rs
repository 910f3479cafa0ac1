//! A listing's lifecycle: draft → submitted → published or rejected → expired or withdrawn,
//! with renewal. Transitions take today's date as a parameter; nothing here reads the clock.

use std::fmt;

use jiff::ToSpan;
use jiff::civil::Date;

use crate::{ParseError, Text};

/// A listing is public for this long after publication or renewal.
pub const DEFAULT_VALIDITY_MONTHS: i8 = 12;

pub type RejectionReason = Text<2000>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lifecycle {
    /// Being written; only its organization sees it.
    Draft,
    /// Waiting in the national contact point's moderation queue.
    Submitted,
    /// Public until `expires_on`.
    Published {
        published_on: Date,
        expires_on: Date,
    },
    /// Sent back by the moderator; the author sees why, edits and submits again.
    Rejected { reason: RejectionReason },
    /// Was public, reached its expiry date without renewal.
    Expired {
        published_on: Date,
        expires_on: Date,
    },
    /// Taken down by its owner; final.
    Withdrawn,
}

/// The status alone, as filters and files name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListingStatus {
    Draft,
    Submitted,
    Published,
    Rejected,
    Expired,
    Withdrawn,
}

impl ListingStatus {
    pub const ALL: [ListingStatus; 6] = [
        Self::Draft,
        Self::Submitted,
        Self::Published,
        Self::Rejected,
        Self::Expired,
        Self::Withdrawn,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::Published => "published",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|s| s.slug() == raw)
            .ok_or_else(|| {
                ParseError::new(format!(
                    "\"{raw}\" is not a listing status (one of: draft, submitted, published, rejected, expired, withdrawn)"
                ))
            })
    }
}

impl fmt::Display for ListingStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

/// A transition that the lifecycle does not allow from where the listing stands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a {from} listing cannot be {action}")]
pub struct TransitionError {
    pub from: ListingStatus,
    pub action: &'static str,
}

fn expiry_after(day: Date) -> Date {
    day.checked_add(DEFAULT_VALIDITY_MONTHS.months())
        .unwrap_or(Date::MAX)
}

impl Lifecycle {
    pub fn status(&self) -> ListingStatus {
        match self {
            Self::Draft => ListingStatus::Draft,
            Self::Submitted => ListingStatus::Submitted,
            Self::Published { .. } => ListingStatus::Published,
            Self::Rejected { .. } => ListingStatus::Rejected,
            Self::Expired { .. } => ListingStatus::Expired,
            Self::Withdrawn => ListingStatus::Withdrawn,
        }
    }

    /// Published today for the default validity.
    pub fn published(today: Date) -> Self {
        Self::Published {
            published_on: today,
            expires_on: expiry_after(today),
        }
    }

    fn refuse<T>(&self, action: &'static str) -> Result<T, TransitionError> {
        Err(TransitionError {
            from: self.status(),
            action,
        })
    }

    /// The author sends a draft, or a rejected listing after editing it, to moderation.
    pub fn submit(&self) -> Result<Self, TransitionError> {
        match self {
            Self::Draft | Self::Rejected { .. } => Ok(Self::Submitted),
            _ => self.refuse("submitted"),
        }
    }

    /// The moderator approves a submitted listing.
    pub fn publish(&self, today: Date) -> Result<Self, TransitionError> {
        match self {
            Self::Submitted => Ok(Self::published(today)),
            _ => self.refuse("published"),
        }
    }

    /// The moderator sends a submitted listing back, saying why.
    pub fn reject(&self, reason: RejectionReason) -> Result<Self, TransitionError> {
        match self {
            Self::Submitted => Ok(Self::Rejected { reason }),
            _ => self.refuse("rejected"),
        }
    }

    /// A published listing whose expiry date has come; a no-op error before that day.
    pub fn expire(&self, today: Date) -> Result<Self, TransitionError> {
        match self {
            Self::Published {
                published_on,
                expires_on,
            } if today >= *expires_on => Ok(Self::Expired {
                published_on: *published_on,
                expires_on: *expires_on,
            }),
            _ => self.refuse("expired today"),
        }
    }

    /// The owner keeps a published or expired listing public for another period from today.
    /// Renewal does not go through moderation again: the content has not changed.
    pub fn renew(&self, today: Date) -> Result<Self, TransitionError> {
        match self {
            Self::Published { published_on, .. } | Self::Expired { published_on, .. } => {
                Ok(Self::Published {
                    published_on: *published_on,
                    expires_on: expiry_after(today),
                })
            }
            _ => self.refuse("renewed"),
        }
    }

    /// The owner takes the listing down, from any state but this one.
    pub fn withdraw(&self) -> Result<Self, TransitionError> {
        match self {
            Self::Withdrawn => self.refuse("withdrawn"),
            _ => Ok(Self::Withdrawn),
        }
    }

    pub fn is_public(&self) -> bool {
        matches!(self, Self::Published { .. })
    }
}

/// A lifecycle as an interchange file states it: the status, and the dates and reason if the
/// file gives them. `resolve` fills in what the file leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifecycleSpec {
    pub status: ListingStatus,
    pub published_on: Option<Date>,
    pub expires_on: Option<Date>,
    pub rejection_reason: Option<RejectionReason>,
}

impl LifecycleSpec {
    /// Checks that the parts fit together; returns (field, reason) for the first that does not.
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        let dated = matches!(
            self.status,
            ListingStatus::Published | ListingStatus::Expired
        );
        if !dated {
            for (field, date) in [
                ("published_on", self.published_on),
                ("expires_on", self.expires_on),
            ] {
                if date.is_some() {
                    return Err((
                        field,
                        format!("a {} listing has no {field} date", self.status),
                    ));
                }
            }
        }
        if let (Some(from), Some(to)) = (self.published_on, self.expires_on)
            && to <= from
        {
            return Err((
                "expires_on",
                format!("{to} is not after the publication date {from}"),
            ));
        }
        match (self.status, &self.rejection_reason) {
            (ListingStatus::Rejected, None) => Err((
                "rejection_reason",
                "a rejected listing needs the reason it was rejected".to_owned(),
            )),
            (ListingStatus::Rejected, Some(_)) | (_, None) => Ok(()),
            (status, Some(_)) => Err((
                "rejection_reason",
                format!("only a rejected listing has a rejection reason, this one is {status}"),
            )),
        }
    }

    /// The lifecycle this spec describes. Dates the file leaves out are taken from the
    /// listing's previous lifecycle when it was already public (so re-importing a file does not
    /// move publication dates), and otherwise from today. Call after `check`.
    pub fn resolve(&self, today: Date, previous: Option<&Lifecycle>) -> Lifecycle {
        let (prev_published, prev_expires) = match previous {
            Some(Lifecycle::Published {
                published_on,
                expires_on,
            })
            | Some(Lifecycle::Expired {
                published_on,
                expires_on,
            }) => (Some(*published_on), Some(*expires_on)),
            _ => (None, None),
        };
        let published_on = self.published_on.or(prev_published).unwrap_or(today);
        let expires_on = self
            .expires_on
            .or(prev_expires.filter(|e| *e > published_on))
            .unwrap_or_else(|| expiry_after(published_on));
        match self.status {
            ListingStatus::Draft => Lifecycle::Draft,
            ListingStatus::Submitted => Lifecycle::Submitted,
            ListingStatus::Published => Lifecycle::Published {
                published_on,
                expires_on,
            },
            ListingStatus::Expired => Lifecycle::Expired {
                published_on,
                expires_on,
            },
            ListingStatus::Withdrawn => Lifecycle::Withdrawn,
            ListingStatus::Rejected => match &self.rejection_reason {
                Some(reason) => Lifecycle::Rejected {
                    reason: reason.clone(),
                },
                // `check` refuses this; a reason-less rejection stays in moderation.
                None => Lifecycle::Submitted,
            },
        }
    }
}

impl From<&Lifecycle> for LifecycleSpec {
    fn from(lifecycle: &Lifecycle) -> Self {
        let (published_on, expires_on) = match lifecycle {
            Lifecycle::Published {
                published_on,
                expires_on,
            }
            | Lifecycle::Expired {
                published_on,
                expires_on,
            } => (Some(*published_on), Some(*expires_on)),
            _ => (None, None),
        };
        let rejection_reason = match lifecycle {
            Lifecycle::Rejected { reason } => Some(reason.clone()),
            _ => None,
        };
        Self {
            status: lifecycle.status(),
            published_on,
            expires_on,
            rejection_reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn reason() -> RejectionReason {
        Text::parse("No figures on performance.").unwrap()
    }

    #[test]
    fn the_whole_way_from_draft_to_renewal() {
        let today = date(2026, 3, 10);
        let submitted = Lifecycle::Draft.submit().unwrap();
        let rejected = submitted.reject(reason()).unwrap();
        assert_eq!(rejected.status(), ListingStatus::Rejected);
        let published = rejected.submit().unwrap().publish(today).unwrap();
        assert_eq!(
            published,
            Lifecycle::Published {
                published_on: today,
                expires_on: date(2027, 3, 10)
            }
        );
        assert!(published.expire(date(2027, 3, 9)).is_err());
        let expired = published.expire(date(2027, 3, 10)).unwrap();
        assert!(!expired.is_public());
        let renewed = expired.renew(date(2027, 4, 1)).unwrap();
        assert_eq!(
            renewed,
            Lifecycle::Published {
                published_on: today,
                expires_on: date(2028, 4, 1)
            }
        );
        assert_eq!(renewed.withdraw().unwrap(), Lifecycle::Withdrawn);
    }

    #[test]
    fn refuses_what_the_workflow_does_not_allow() {
        let today = date(2026, 1, 1);
        assert!(Lifecycle::Draft.publish(today).is_err());
        assert!(Lifecycle::Draft.reject(reason()).is_err());
        assert!(Lifecycle::Draft.renew(today).is_err());
        assert!(Lifecycle::Withdrawn.submit().is_err());
        assert!(Lifecycle::Withdrawn.withdraw().is_err());
        let err = Lifecycle::published(today).submit().unwrap_err();
        assert_eq!(err.to_string(), "a published listing cannot be submitted");
    }

    #[test]
    fn leap_day_publication_expires_on_the_last_day_of_february() {
        assert_eq!(
            Lifecycle::published(date(2028, 2, 29)),
            Lifecycle::Published {
                published_on: date(2028, 2, 29),
                expires_on: date(2029, 2, 28)
            }
        );
    }

    #[test]
    fn a_spec_keeps_earlier_dates_when_the_file_gives_none() {
        let spec = LifecycleSpec {
            status: ListingStatus::Published,
            published_on: None,
            expires_on: None,
            rejection_reason: None,
        };
        let earlier = Lifecycle::published(date(2025, 6, 1));
        assert_eq!(spec.resolve(date(2026, 1, 1), Some(&earlier)), earlier);
        assert_eq!(
            spec.resolve(date(2026, 1, 1), None),
            Lifecycle::published(date(2026, 1, 1))
        );
    }

    #[test]
    fn a_spec_must_fit_together() {
        let mut spec = LifecycleSpec {
            status: ListingStatus::Rejected,
            published_on: None,
            expires_on: None,
            rejection_reason: None,
        };
        assert_eq!(spec.check().unwrap_err().0, "rejection_reason");
        spec.status = ListingStatus::Draft;
        spec.published_on = Some(date(2026, 1, 1));
        assert_eq!(spec.check().unwrap_err().0, "published_on");
        spec.status = ListingStatus::Published;
        spec.expires_on = Some(date(2025, 1, 1));
        assert_eq!(spec.check().unwrap_err().0, "expires_on");
    }
}
