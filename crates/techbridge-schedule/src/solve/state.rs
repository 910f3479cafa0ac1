//! A schedule being built: who sits where in which slot, with the counts every move checks,
//! and a log of changes so a search can try a move and take it back.

use crate::event::Event;

pub(crate) const NONE: usize = usize::MAX;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Change {
    Placed(usize),
    Removed { meeting: usize, slot: usize },
}

#[derive(Debug, Clone)]
pub(crate) struct State<'e> {
    pub(crate) event: &'e Event,
    slot_count: usize,
    /// Per meeting: its slot, or `NONE`.
    pub(crate) slot_of: Vec<usize>,
    /// Per participant × slot: the meeting they are in, or `NONE`.
    seat: Vec<usize>,
    pub(crate) load: Vec<u32>,
    /// Per slot × venue (`Event::cell`): the on-site meetings there.
    pub(crate) on_site: Vec<u32>,
    tables: Vec<u32>,
    /// Per slot: the meetings in it, in no particular order.
    pub(crate) in_slot: Vec<Vec<usize>>,
    pub(crate) objective: u64,
    pub(crate) log: Vec<Change>,
}

impl<'e> State<'e> {
    pub(crate) fn new(event: &'e Event) -> Self {
        let slot_count = event.slots.len();
        Self {
            event,
            slot_count,
            slot_of: vec![NONE; event.meetings.len()],
            seat: vec![NONE; event.participants.len() * slot_count],
            load: vec![0; event.participants.len()],
            on_site: vec![0; slot_count * event.venues.len()],
            tables: event.cell_tables(),
            in_slot: vec![Vec::new(); slot_count],
            objective: 0,
            log: Vec::new(),
        }
    }

    pub(crate) fn seat(&self, p: usize, s: usize) -> usize {
        self.seat[p * self.slot_count + s]
    }

    pub(crate) fn is_placed(&self, m: usize) -> bool {
        self.slot_of[m] != NONE
    }

    pub(crate) fn is_locked(&self, m: usize) -> bool {
        self.event.meetings[m].lock.is_some()
    }

    /// Whether on-site meeting `m` would find every table of its venue taken in `s`
    /// (never for an online meeting).
    pub(crate) fn tables_full(&self, m: usize, s: usize) -> bool {
        if self.event.meetings[m].online {
            return false;
        }
        let cell = self.event.cell(m, s);
        self.on_site[cell] >= self.tables[cell]
    }

    /// Tables of `m`'s venue still free in `s`.
    pub(crate) fn tables_left(&self, m: usize, s: usize) -> u32 {
        let cell = self.event.cell(m, s);
        self.tables[cell].saturating_sub(self.on_site[cell])
    }

    /// Whether placed meetings `a` and `b` would use the same tables: both on site at one venue.
    pub(crate) fn share_tables(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.event.meetings[a], &self.event.meetings[b]);
        !a.online && !b.online && a.venue == b.venue
    }

    pub(crate) fn at_cap(&self, p: usize) -> bool {
        self.load[p] >= self.event.participants[p].cap()
    }

    /// Whether unplaced meeting `m` fits in `s` as the schedule stands.
    pub(crate) fn fits(&self, m: usize, s: usize) -> bool {
        let meeting = &self.event.meetings[m];
        !self.tables_full(m, s)
            && meeting
                .participants
                .iter()
                .all(|&p| self.seat(p, s) == NONE && !self.at_cap(p))
    }

    /// Places unplaced `m` in `s`; the caller has checked that it fits.
    pub(crate) fn place(&mut self, m: usize, s: usize) {
        let meeting = &self.event.meetings[m];
        for &p in &meeting.participants {
            self.seat[p * self.slot_count + s] = m;
            self.load[p] += 1;
        }
        if !meeting.online {
            self.on_site[self.event.cell(m, s)] += 1;
        }
        self.slot_of[m] = s;
        self.in_slot[s].push(m);
        self.objective += u64::from(meeting.priority);
        self.log.push(Change::Placed(m));
    }

    pub(crate) fn remove(&mut self, m: usize) {
        let s = self.slot_of[m];
        if s == NONE {
            return;
        }
        let meeting = &self.event.meetings[m];
        for &p in &meeting.participants {
            self.seat[p * self.slot_count + s] = NONE;
            self.load[p] -= 1;
        }
        if !meeting.online {
            self.on_site[self.event.cell(m, s)] -= 1;
        }
        self.slot_of[m] = NONE;
        if let Some(i) = self.in_slot[s].iter().position(|&x| x == m) {
            self.in_slot[s].swap_remove(i);
        }
        self.objective -= u64::from(meeting.priority);
        self.log.push(Change::Removed {
            meeting: m,
            slot: s,
        });
    }

    /// Takes back every change after `mark` (a length of `log`).
    pub(crate) fn undo_to(&mut self, mark: usize) {
        while self.log.len() > mark {
            let Some(change) = self.log.pop() else { break };
            match change {
                Change::Placed(m) => {
                    self.remove(m);
                }
                Change::Removed { meeting, slot } => self.place(meeting, slot),
            }
            // The inverse move logged itself; it is not part of the history.
            self.log.pop();
        }
    }

    /// Meetings sitting in slot `s` with a participant of `m` (distinct, in order met).
    pub(crate) fn blockers(&self, m: usize, s: usize, out: &mut Vec<usize>) {
        out.clear();
        for &p in &self.event.meetings[m].participants {
            let b = self.seat(p, s);
            if b != NONE && !out.contains(&b) {
                out.push(b);
            }
        }
    }

    /// Idle slots between a participant's first and last meeting, by start time.
    pub(crate) fn idle(&self, p: usize) -> u32 {
        let (mut first, mut last, mut count) = (usize::MAX, 0, 0u32);
        for s in 0..self.slot_count {
            if self.seat(p, s) != NONE {
                let rank = self.event.slots[s].rank;
                first = first.min(rank);
                last = last.max(rank);
                count += 1;
            }
        }
        if count == 0 {
            0
        } else {
            u32::try_from(last - first + 1).unwrap_or(u32::MAX) - count
        }
    }
}
