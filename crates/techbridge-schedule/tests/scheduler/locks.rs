use techbridge_schedule::input::parse;
use techbridge_schedule::{InputError, Options, Output, schedule, verify};

use super::generate::{Size, input};

/// Lock part of a schedule, re-run: the locked meetings stay exactly where they were, and the
/// rest is still a valid schedule.
#[test]
fn locked_meetings_stay_where_they_were() {
    for seed in 0..40 {
        let mut file = input(
            &Size {
                participants: 20,
                slots: 6,
                meetings: 50,
            },
            seed,
        );
        let event = file.clone().into_event().unwrap();
        let first = schedule(&event, &Options::default());
        let output = Output::new(&event, &first);
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut locked = Vec::new();
        for placed in &output.scheduled {
            if rng.bool() {
                let table = if rng.bool() { placed.table } else { None };
                assert!(file.lock(&placed.meeting, &placed.slot, table));
                locked.push((placed.meeting.clone(), placed.slot.clone(), table));
            }
        }
        // A late registration: one more meeting to fit in.
        let mut late = file.meetings[0].clone();
        late.r#ref = "late".into();
        late.locked = None;
        file.meetings.push(late);
        let event = file.into_event().unwrap();
        let again = schedule(
            &event,
            &Options {
                seed,
                ..Options::default()
            },
        );
        assert!(verify::violations(&event, &again).is_empty());
        let output = Output::new(&event, &again);
        for (meeting, slot, table) in locked {
            let placed = output
                .scheduled
                .iter()
                .find(|s| s.meeting == meeting)
                .unwrap();
            assert_eq!(placed.slot, slot);
            if table.is_some() {
                assert_eq!(placed.table, table);
            }
        }
    }
}

const BASE: &str = r#"{
  "slots": [
    {"id": "s01", "start": "2026-09-16T09:00:00+07:00", "end": "2026-09-16T09:30:00+07:00", "tables": 1},
    {"id": "s02", "start": "2026-09-16T09:30:00+07:00", "end": "2026-09-16T10:00:00+07:00", "tables": 0}
  ],
  "participants": [{"ref": "a", "unavailable": ["s02"], "max_meetings": 1}, {"ref": "b"}, {"ref": "c"}],
  "meetings": [
    {"ref": "m1", "participants": ["a", "b"], "locked": LOCK1},
    {"ref": "m2", "participants": ["b", "c"], "locked": LOCK2},
    {"ref": "m3", "participants": ["a", "c"], "online": true, "locked": LOCK3}
  ]
}"#;

fn lock_faults(l1: &str, l2: &str, l3: &str) -> Vec<String> {
    let text = BASE
        .replace("LOCK1", l1)
        .replace("LOCK2", l2)
        .replace("LOCK3", l3);
    match parse(&text) {
        Err(InputError::Invalid(f)) => f.iter().map(ToString::to_string).collect(),
        Err(e) => vec![e.to_string()],
        Ok(_) => Vec::new(),
    }
}

/// Locks that break a rule are refused, naming the meeting and the rule.
#[test]
fn locks_that_break_the_rules_are_refused() {
    assert_eq!(lock_faults("null", "null", "null"), Vec::<String>::new());
    assert_eq!(
        lock_faults(r#"{"slot": "s01"}"#, r#"{"slot": "s01"}"#, "null"),
        [
            "meetings[1] (m2): locked in s01, where b is already locked in m1",
            "meetings[1] (m2): locked on site in s01, which has only 1 table(s) for the meetings locked there"
        ]
    );
    assert_eq!(
        lock_faults(r#"{"slot": "s01"}"#, "null", r#"{"slot": "s01"}"#),
        [
            "meetings[2] (m3): locked in s01, where a is already locked in m1",
            "meetings[2] (m3): locked, but a is then locked in more than max_meetings 1"
        ]
    );
    assert_eq!(
        lock_faults("null", "null", r#"{"slot": "s02"}"#),
        ["meetings[2] (m3): locked in s02, which a cannot attend"]
    );
    assert_eq!(
        lock_faults(
            r#"{"slot": "s01", "table": 2}"#,
            r#"{"slot": "s02"}"#,
            r#"{"slot": "s01", "table": 1}"#
        ),
        [
            "meetings[0] (m1): locked at table 2, but s01 has tables 1 to 1",
            "meetings[1] (m2): locked on site in s02, which has no tables",
            "meetings[2] (m3): locked at a table, but the meeting is online",
        ]
    );
}
