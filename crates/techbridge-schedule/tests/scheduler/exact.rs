use techbridge_schedule::{Event, Options, exact, schedule};

use super::generate::{Size, event};

/// The best objective by trying every assignment (each meeting in no slot or any slot),
/// checking the contract's rules directly: independent of the solver's code.
fn brute_force(event: &Event) -> u64 {
    struct Walk<'e> {
        event: &'e Event,
        busy: Vec<Vec<bool>>,
        load: Vec<u32>,
        on_site: Vec<u32>,
        best: u64,
    }
    impl Walk<'_> {
        fn visit(&mut self, m: usize, value: u64) {
            if m == self.event.meetings.len() {
                self.best = self.best.max(value);
                return;
            }
            self.visit(m + 1, value);
            let meeting = &self.event.meetings[m];
            for s in 0..self.event.slots.len() {
                let cell = s * self.event.venues.len() + meeting.venue;
                let fits = (meeting.online
                    || self.on_site[cell] < self.event.slots[s].tables[meeting.venue])
                    && meeting.participants.iter().all(|&p| {
                        let who = &self.event.participants[p];
                        who.available[s] && !self.busy[p][s] && self.load[p] < who.cap()
                    });
                if !fits {
                    continue;
                }
                for &p in &meeting.participants {
                    self.busy[p][s] = true;
                    self.load[p] += 1;
                }
                self.on_site[cell] += u32::from(!meeting.online);
                self.visit(m + 1, value + u64::from(meeting.priority));
                for &p in &meeting.participants {
                    self.busy[p][s] = false;
                    self.load[p] -= 1;
                }
                self.on_site[cell] -= u32::from(!meeting.online);
            }
        }
    }
    let mut walk = Walk {
        event,
        busy: vec![vec![false; event.slots.len()]; event.participants.len()],
        load: vec![0; event.participants.len()],
        on_site: vec![0; event.slots.len() * event.venues.len()],
        best: 0,
    };
    walk.visit(0, 0);
    walk.best
}

/// On small events the heuristic finds the optimum nearly always, the bound is never below
/// it, and the branch and bound agrees with brute force.
#[test]
fn small_events_against_brute_force() {
    let mut optimal = 0;
    let mut total = 0;
    for seed in 0..300 {
        let size = Size {
            participants: 3 + (seed as usize % 5),
            slots: 1 + (seed as usize % 4),
            meetings: 2 + (seed as usize % 7),
        };
        let event = event(&size, 1000 + seed);
        let best = brute_force(&event);
        assert_eq!(
            exact::optimum(&event, 0, 1_000_000),
            Some(best),
            "seed {seed}"
        );
        let result = schedule(
            &event,
            &Options {
                seed,
                ..Options::default()
            },
        );
        assert!(result.objective <= best, "seed {seed}: above the optimum");
        let known = result.objective;
        assert_eq!(
            exact::optimum(&event, known, 1_000_000),
            Some(best),
            "seed {seed}"
        );
        assert!(
            result.upper_bound >= best,
            "seed {seed}: bound {} below optimum {best}",
            result.upper_bound
        );
        total += 1;
        if result.objective == best {
            optimal += 1;
        }
    }
    assert!(
        optimal * 100 >= total * 95,
        "optimal on {optimal} of {total}"
    );
}
