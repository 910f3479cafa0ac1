//! Brokerage events: the matchmaking sessions of the annual forum and of smaller events, where
//! participants meet one to one in short time slots at tables on site or in online rooms. An
//! event's time is cut into slots here; who meets whom is a `MeetingRequest`, answered by the
//! other side; after a meeting each side gives its `MeetingOutcome`. Times are instants; the
//! venue's time zone says how people there read them. Nothing here reads the clock.

use std::fmt;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::{Line, ParseError, Text};

pub type EventName = Line<200>;
pub type VenueName = Line<200>;
pub type MeetingMessage = Text<2000>;
pub type FeedbackComment = Text<2000>;

/// Slots shorter than this leave no time to talk; longer ones are not a brokerage meeting.
pub const MIN_SLOT_MINUTES: i64 = 15;
pub const MAX_SLOT_MINUTES: i64 = 30;
/// An event has at most this many slots: a week of sessions.
pub const MAX_SLOTS: usize = 200;
/// Tables per slot at the venue.
pub const MAX_TABLES: u32 = 1000;

/// A time zone of the IANA database (`Asia/Bangkok`), as venues and participants name theirs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    name: String,
    zone: TimeZone,
}

impl Zone {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let name = raw.trim();
        let zone = TimeZone::get(name).map_err(|_| {
            ParseError::new(format!(
                "\"{name}\" is not a time zone of the IANA database (e.g. \"Asia/Ho_Chi_Minh\")"
            ))
        })?;
        Ok(Self {
            name: name.to_owned(),
            zone,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn time_zone(&self) -> &TimeZone {
        &self.zone
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// One meeting slot: from `start` to `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SlotTime {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// A matchmaking session on one day, in the venue's local time (`09:00-12:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Session {
    pub from: Time,
    pub to: Time,
}

impl Session {
    /// `09:00-12:00`, or with an en dash.
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let raw = raw.trim();
        let bad = || {
            ParseError::new(format!(
                "\"{raw}\" is not a session as HH:MM-HH:MM (e.g. \"09:00-12:00\")"
            ))
        };
        let (from, to) = raw.split_once(['-', '–']).ok_or_else(bad)?;
        let time = |t: &str| Time::strptime("%H:%M", t.trim()).map_err(|_| bad());
        let (from, to) = (time(from)?, time(to)?);
        if from >= to {
            return Err(ParseError::new(format!(
                "the session \"{raw}\" ends before it starts"
            )));
        }
        Ok(Self { from, to })
    }
}

/// What an organizer decides about an event's time: the days, the sessions of each day, the
/// slot length. Becomes the event's slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timetable {
    pub days: Vec<Date>,
    pub sessions: Vec<Session>,
    pub slot_minutes: i64,
}

impl Timetable {
    /// The slots of every session of every day in `zone`, in time order. Each session is cut
    /// into whole slots; a remainder shorter than a slot is left as a break.
    pub fn slots(&self, zone: &Zone) -> Result<Vec<SlotTime>, ParseError> {
        if !(MIN_SLOT_MINUTES..=MAX_SLOT_MINUTES).contains(&self.slot_minutes) {
            return Err(ParseError::new(format!(
                "slots last {MIN_SLOT_MINUTES} to {MAX_SLOT_MINUTES} minutes, not {}",
                self.slot_minutes
            )));
        }
        if self.days.is_empty() {
            return Err(ParseError::new("an event needs at least one day"));
        }
        if self.sessions.is_empty() {
            return Err(ParseError::new("an event needs at least one session"));
        }
        let length = SignedDuration::from_mins(self.slot_minutes);
        let mut slots = Vec::new();
        for day in &self.days {
            for session in &self.sessions {
                // A time that does not exist (a clock moved forward) or exists twice (moved
                // back) at the venue is refused rather than guessed.
                let at = |time: Time| {
                    zone.time_zone()
                        .to_ambiguous_timestamp(day.to_datetime(time))
                        .unambiguous()
                        .map_err(|_| {
                            ParseError::new(format!(
                                "{day} {} does not exist once in {zone}: the clocks change then",
                                time.strftime("%H:%M")
                            ))
                        })
                };
                let (mut start, end) = (at(session.from)?, at(session.to)?);
                while start + length <= end {
                    slots.push(SlotTime {
                        start,
                        end: start + length,
                    });
                    start += length;
                    if slots.len() > MAX_SLOTS {
                        return Err(ParseError::new(format!(
                            "more than {MAX_SLOTS} slots: fewer days or sessions, or longer slots"
                        )));
                    }
                }
            }
        }
        slots.sort();
        if slots.is_empty() {
            return Err(ParseError::new(
                "no session is long enough for one slot".to_owned(),
            ));
        }
        if let Some(pair) = slots.windows(2).find(|w| w[1].start < w[0].end) {
            return Err(ParseError::new(format!(
                "sessions overlap at {}",
                pair[1].start.to_zoned(zone.time_zone().clone()).datetime()
            )));
        }
        Ok(slots)
    }
}

/// How a participant takes part: at the venue's tables, or in an online room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attendance {
    OnSite,
    Online,
}

impl Attendance {
    pub const ALL: [Attendance; 2] = [Self::OnSite, Self::Online];

    pub fn slug(self) -> &'static str {
        match self {
            Self::OnSite => "on_site",
            Self::Online => "online",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|a| a.slug() == raw)
            .ok_or_else(|| ParseError::new(format!("\"{raw}\" is neither on_site nor online")))
    }

    /// A meeting is online when either side is: only two people at the venue share a table.
    pub fn of_meeting(sides: &[Attendance]) -> Self {
        if sides.iter().all(|a| *a == Self::OnSite) {
            Self::OnSite
        } else {
            Self::Online
        }
    }
}

/// Where a meeting request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    /// Waiting for the other side's answer.
    Requested,
    /// Both want to meet: the scheduler places it.
    Accepted,
    Declined,
    /// Not answered before the event's answer deadline, so it blocks nobody.
    Expired,
    /// Taken back by the side that asked, or cancelled by the organizer.
    Cancelled,
}

/// A step a meeting request cannot take from where it stands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a meeting request that is {} cannot be {action}", from.slug())]
pub struct RequestError {
    pub from: RequestStatus,
    pub action: &'static str,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 5] = [
        Self::Requested,
        Self::Accepted,
        Self::Declined,
        Self::Expired,
        Self::Cancelled,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|s| s.slug() == raw)
            .ok_or_else(|| {
                ParseError::new(format!("\"{raw}\" is not a status of a meeting request"))
            })
    }

    /// Still counts between the two: a second request to the same person is refused.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Requested | Self::Accepted)
    }

    fn refuse(self, action: &'static str) -> RequestError {
        RequestError { from: self, action }
    }

    /// The other side answers yes while the answer window is open (`today <= answer_by`).
    pub fn accept(self, today: Date, answer_by: Date) -> Result<Self, RequestError> {
        match self {
            Self::Requested if today <= answer_by => Ok(Self::Accepted),
            Self::Requested => Err(Self::Expired.refuse("accepted")),
            _ => Err(self.refuse("accepted")),
        }
    }

    pub fn decline(self, today: Date, answer_by: Date) -> Result<Self, RequestError> {
        match self {
            Self::Requested if today <= answer_by => Ok(Self::Declined),
            Self::Requested => Err(Self::Expired.refuse("declined")),
            _ => Err(self.refuse("declined")),
        }
    }

    pub fn expire(self, today: Date, answer_by: Date) -> Result<Self, RequestError> {
        match self {
            Self::Requested if today > answer_by => Ok(Self::Expired),
            _ => Err(self.refuse("expired today")),
        }
    }

    /// Taken back before or after the answer; a meeting in the schedule is then freed.
    pub fn cancel(self) -> Result<Self, RequestError> {
        match self {
            Self::Requested | Self::Accepted => Ok(Self::Cancelled),
            _ => Err(self.refuse("cancelled")),
        }
    }
}

/// What one side says after a meeting: kept for the agreements and reports that follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingOutcome {
    NoInterest,
    FollowUp,
    AgreementExpected,
}

impl MeetingOutcome {
    pub const ALL: [MeetingOutcome; 3] =
        [Self::NoInterest, Self::FollowUp, Self::AgreementExpected];

    pub fn slug(self) -> &'static str {
        match self {
            Self::NoInterest => "no_interest",
            Self::FollowUp => "follow_up",
            Self::AgreementExpected => "agreement_expected",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|o| o.slug() == raw)
            .ok_or_else(|| {
                ParseError::new(format!(
                    "\"{raw}\" is not an outcome (no_interest, follow_up, agreement_expected)"
                ))
            })
    }
}

/// Whether a scheduled meeting took place, as the organizer marks it on the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attended {
    Held,
    NoShow,
}

impl Attended {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::NoShow => "no_show",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        match raw {
            "held" => Ok(Self::Held),
            "no_show" => Ok(Self::NoShow),
            _ => Err(ParseError::new(format!(
                "\"{raw}\" is neither held nor no_show"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn a_timetable_becomes_slots_in_the_venues_time() {
        let zone = Zone::parse("Asia/Bangkok").unwrap();
        let timetable = Timetable {
            days: vec![date(2026, 9, 16), date(2026, 9, 17)],
            sessions: vec![
                Session::parse("14:00-15:10").unwrap(),
                Session::parse("09:00–10:00").unwrap(),
            ],
            slot_minutes: 30,
        };
        let slots = timetable.slots(&zone).unwrap();
        // Two slots per session (the last 10 minutes are a break), two sessions, two days.
        assert_eq!(slots.len(), 8);
        assert_eq!(slots[0].start.to_string(), "2026-09-16T02:00:00Z");
        assert_eq!(slots[1].end.to_string(), "2026-09-16T03:00:00Z");
        assert_eq!(slots[2].start.to_string(), "2026-09-16T07:00:00Z");
        assert!(slots.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn bad_timetables_are_refused_with_the_reason() {
        let zone = Zone::parse("Asia/Ho_Chi_Minh").unwrap();
        let mut timetable = Timetable {
            days: vec![date(2026, 9, 16)],
            sessions: vec![Session::parse("09:00-12:00").unwrap()],
            slot_minutes: 45,
        };
        assert!(
            timetable
                .slots(&zone)
                .unwrap_err()
                .reason()
                .contains("15 to 30")
        );
        timetable.slot_minutes = 20;
        timetable
            .sessions
            .push(Session::parse("11:00-13:00").unwrap());
        assert!(
            timetable
                .slots(&zone)
                .unwrap_err()
                .reason()
                .contains("overlap")
        );
        assert!(Session::parse("12:00-09:00").is_err());
        assert!(Session::parse("9h-10h").is_err());
        assert!(Zone::parse("Asia/Atlantis").is_err());
    }

    #[test]
    fn a_session_across_a_clock_change_is_refused() {
        // Clocks in Sydney jump from 02:00 to 03:00 on 2026-10-04.
        let zone = Zone::parse("Australia/Sydney").unwrap();
        let timetable = Timetable {
            days: vec![date(2026, 10, 4)],
            sessions: vec![Session::parse("01:00-02:30").unwrap()],
            slot_minutes: 30,
        };
        assert!(
            timetable
                .slots(&zone)
                .unwrap_err()
                .reason()
                .contains("02:30 does not exist once")
        );
    }

    #[test]
    fn a_request_is_answered_once_within_the_window() {
        let by = date(2026, 9, 10);
        let requested = RequestStatus::Requested;
        assert_eq!(requested.accept(by, by).unwrap(), RequestStatus::Accepted);
        assert_eq!(
            requested
                .accept(date(2026, 9, 11), by)
                .unwrap_err()
                .to_string(),
            "a meeting request that is expired cannot be accepted"
        );
        assert!(requested.expire(by, by).is_err());
        assert_eq!(
            requested.expire(date(2026, 9, 11), by).unwrap(),
            RequestStatus::Expired
        );
        assert!(RequestStatus::Declined.accept(by, by).is_err());
        assert_eq!(
            RequestStatus::Accepted.cancel().unwrap(),
            RequestStatus::Cancelled
        );
        assert!(RequestStatus::Cancelled.cancel().is_err());
        for status in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(status.slug()).unwrap(), status);
        }
    }

    #[test]
    fn a_meeting_is_on_site_only_when_both_are() {
        use Attendance::*;
        assert_eq!(Attendance::of_meeting(&[OnSite, OnSite]), OnSite);
        assert_eq!(Attendance::of_meeting(&[OnSite, Online]), Online);
    }
}
