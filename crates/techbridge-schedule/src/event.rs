//! An event as the scheduler works on it: slots, participants and meetings by index, checked,
//! with each meeting's common free slots worked out once.

use jiff::Timestamp;

/// A time slot. Slots keep the input's order; `rank` is the slot's place by start time.
#[derive(Debug, Clone)]
pub struct Slot {
    pub id: String,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The times as the file gave them, with their offset, for people to read.
    pub start_text: String,
    pub end_text: String,
    /// Per venue (0 is the main venue, then the branch venues in `Event::venues` order): its
    /// tables in this slot.
    pub tables: Vec<u32>,
    pub rank: usize,
}

#[derive(Debug, Clone)]
pub struct Participant {
    pub r#ref: String,
    /// Per slot index: whether the participant can attend it.
    pub available: Vec<bool>,
    /// `None`: no limit.
    pub max_meetings: Option<u32>,
}

impl Participant {
    /// The cap as a number to compare with, `u32::MAX` when there is none.
    #[must_use]
    pub fn cap(&self) -> u32 {
        self.max_meetings.unwrap_or(u32::MAX)
    }
}

/// Where an organizer fixed a meeting; `table: None` on site lets the scheduler pick the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lock {
    pub slot: usize,
    pub table: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub r#ref: String,
    /// Participant indices, distinct, at least two.
    pub participants: Vec<usize>,
    pub priority: u32,
    pub online: bool,
    /// Where the meeting sits when on site: an index into `Event::venues`, 0 the main venue.
    pub venue: usize,
    pub lock: Option<Lock>,
    /// Slot indices every participant can attend (and, on site, with at least one table),
    /// earliest first. A locked meeting has its own slot only.
    pub free_slots: Vec<usize>,
}

/// A checked event: every index is in range, refs are unique, locks are consistent.
#[derive(Debug, Clone)]
pub struct Event {
    /// The venues with tables: the main venue first (named ""), then the branch venues.
    pub venues: Vec<String>,
    pub slots: Vec<Slot>,
    pub participants: Vec<Participant>,
    pub meetings: Vec<Meeting>,
    /// Per participant: the meetings they are in.
    pub meetings_of: Vec<Vec<usize>>,
}

impl Event {
    /// Builds the derived parts (ranks, common free slots, meetings per participant) from
    /// already checked slots, participants and meetings.
    pub(crate) fn assemble(
        venues: Vec<String>,
        mut slots: Vec<Slot>,
        participants: Vec<Participant>,
        mut meetings: Vec<Meeting>,
    ) -> Self {
        let mut by_time: Vec<usize> = (0..slots.len()).collect();
        by_time.sort_by_key(|&s| (slots[s].start, s));
        for (rank, &s) in by_time.iter().enumerate() {
            slots[s].rank = rank;
        }
        let mut meetings_of = vec![Vec::new(); participants.len()];
        for (m, meeting) in meetings.iter_mut().enumerate() {
            for &p in &meeting.participants {
                meetings_of[p].push(m);
            }
            meeting.free_slots = match meeting.lock {
                Some(lock) => vec![lock.slot],
                None => by_time
                    .iter()
                    .copied()
                    .filter(|&s| {
                        (meeting.online || slots[s].tables[meeting.venue] > 0)
                            && meeting
                                .participants
                                .iter()
                                .all(|&p| participants[p].available[s])
                    })
                    .collect(),
            };
        }
        Self {
            venues,
            slots,
            participants,
            meetings,
            meetings_of,
        }
    }

    /// Where on-site meeting `m`'s tables are counted: one cell per slot and venue.
    #[must_use]
    pub fn cell(&self, m: usize, s: usize) -> usize {
        s * self.venues.len() + self.meetings[m].venue
    }

    /// Tables per cell (see `cell`).
    #[must_use]
    pub fn cell_tables(&self) -> Vec<u32> {
        self.slots
            .iter()
            .flat_map(|slot| slot.tables.iter().copied())
            .collect()
    }

    /// Whether every participant of meeting `m` can attend slot `s`.
    #[must_use]
    pub fn all_available(&self, m: usize, s: usize) -> bool {
        self.meetings[m]
            .participants
            .iter()
            .all(|&p| self.participants[p].available[s])
    }
}

/// " at NAME" for a branch venue, nothing for the main venue (""): for messages.
#[must_use]
pub fn at_venue(name: &str) -> String {
    if name.is_empty() {
        String::new()
    } else {
        format!(" at {name}")
    }
}
