use std::collections::HashSet;

use techbridge_schedule::{Options, Output, schedule, verify};

use super::generate::{Size, event};

/// Every rule of the contract holds on every random event, small to mid-sized.
#[test]
fn every_schedule_of_random_events_is_valid() {
    let sizes = [
        Size {
            participants: 3,
            slots: 1,
            meetings: 3,
        },
        Size {
            participants: 6,
            slots: 3,
            meetings: 10,
        },
        Size {
            participants: 12,
            slots: 5,
            meetings: 30,
        },
        Size {
            participants: 40,
            slots: 8,
            meetings: 120,
        },
    ];
    for (k, size) in sizes.iter().enumerate() {
        for seed in 0..60 {
            let event = event(size, seed * 10 + k as u64);
            let options = Options {
                seed,
                ..Options::default()
            };
            let schedule = schedule(&event, &options);
            let broken = verify::violations(&event, &schedule);
            assert!(broken.is_empty(), "size {k} seed {seed}: {broken:?}");

            let output = Output::new(&event, &schedule);
            let mut seen = HashSet::new();
            for name in output
                .scheduled
                .iter()
                .map(|s| &s.meeting)
                .chain(output.unscheduled.iter().map(|u| &u.meeting))
            {
                assert!(seen.insert(name.clone()), "{name} listed twice");
            }
            assert_eq!(seen.len(), event.meetings.len());
            let sum: u64 = output
                .scheduled
                .iter()
                .map(|s| {
                    let m = event
                        .meetings
                        .iter()
                        .find(|m| m.r#ref == s.meeting)
                        .unwrap();
                    u64::from(m.priority)
                })
                .sum();
            assert_eq!(output.objective, sum);
            assert!(output.unscheduled.iter().all(|u| !u.reason.is_empty()));
        }
    }
}

/// The same seed gives the same schedule: the search reads no clock.
#[test]
fn a_run_can_be_replayed() {
    let event = event(
        &Size {
            participants: 40,
            slots: 8,
            meetings: 120,
        },
        7,
    );
    let options = Options {
        seed: 3,
        ..Options::default()
    };
    let a = schedule(&event, &options);
    let b = schedule(&event, &options);
    assert_eq!(a.assignments, b.assignments);
    assert_eq!(a.upper_bound, b.upper_bound);
}

/// On the benchmark's kind of event the search beats first-come assignment by a wide margin
/// and stays under its bound.
#[test]
fn the_search_beats_first_come_on_a_realistic_event() {
    use techbridge_schedule::{first_come, synthetic};
    let event = synthetic::event(&synthetic::Shape::for_participants(100), 1)
        .into_event()
        .unwrap();
    let result = schedule(&event, &Options::default());
    assert!(verify::violations(&event, &result).is_empty());
    let baseline = first_come(&event);
    assert!(
        result.objective * 100 > baseline * 110,
        "{} vs {baseline}",
        result.objective
    );
    assert!(result.upper_bound >= result.objective);
}

/// What the reasons rest on: no unscheduled meeting would fit anywhere as the schedule
/// stands (a participant busy or at their cap, or no table left, in each of its free slots).
#[test]
fn no_unscheduled_meeting_fits_anywhere() {
    for seed in 0..100 {
        let event = event(
            &Size {
                participants: 15,
                slots: 5,
                meetings: 40,
            },
            5000 + seed,
        );
        let result = schedule(
            &event,
            &Options {
                seed,
                ..Options::default()
            },
        );
        let mut busy = HashSet::new();
        let mut load = vec![0u32; event.participants.len()];
        let mut on_site = vec![0u32; event.slots.len() * event.venues.len()];
        for (m, placement) in result.assignments.iter().enumerate() {
            if let Some(p) = placement {
                for &q in &event.meetings[m].participants {
                    busy.insert((q, p.slot));
                    load[q] += 1;
                }
                on_site[event.cell(m, p.slot)] += u32::from(!event.meetings[m].online);
            }
        }
        for (m, meeting) in event.meetings.iter().enumerate() {
            if result.assignments[m].is_some() {
                continue;
            }
            for &s in &meeting.free_slots {
                let blocked = meeting
                    .participants
                    .iter()
                    .any(|&q| busy.contains(&(q, s)) || load[q] >= event.participants[q].cap())
                    || (!meeting.online
                        && on_site[event.cell(m, s)] >= event.slots[s].tables[meeting.venue]);
                assert!(
                    blocked,
                    "seed {seed}: {} fits in {}",
                    meeting.r#ref, event.slots[s].id
                );
            }
        }
    }
}
