use techbridge_schedule::input::parse;
use techbridge_schedule::{Options, Output, schedule};

fn reasons(text: &str) -> Vec<(String, String)> {
    let event = parse(text).unwrap();
    let result = schedule(&event, &Options::default());
    Output::new(&event, &result)
        .unscheduled
        .into_iter()
        .map(|u| (u.meeting, u.reason))
        .collect()
}

const SLOTS: &str = r#"[
    {"id": "s01", "start": "2026-09-16T09:00:00+07:00", "end": "2026-09-16T09:30:00+07:00", "tables": 1},
    {"id": "s02", "start": "2026-09-16T09:30:00+07:00", "end": "2026-09-16T10:00:00+07:00", "tables": 0}
]"#;

fn event(participants: &str, meetings: &str) -> String {
    format!(r#"{{"slots": {SLOTS}, "participants": {participants}, "meetings": {meetings}}}"#)
}

#[test]
fn no_common_free_slot() {
    let text = event(
        r#"[{"ref": "p017", "unavailable": ["s01"]}, {"ref": "p102", "unavailable": ["s02"]}, {"ref": "p200"}]"#,
        r#"[{"ref": "m1", "participants": ["p017", "p102"], "online": true},
            {"ref": "m2", "participants": ["p017", "p102", "p200"], "online": true}]"#,
    );
    assert_eq!(
        reasons(&text),
        [
            (
                "m1".into(),
                "p017 has no free slot in common with p102".into()
            ),
            (
                "m2".into(),
                "p017, p102 and p200 have no free slot in common".into()
            ),
        ]
    );
}

#[test]
fn cap_reached_and_no_table() {
    let text = event(
        r#"[{"ref": "p017", "max_meetings": 1}, {"ref": "p102"}, {"ref": "p300"}, {"ref": "p301", "unavailable": ["s01"]}]"#,
        r#"[{"ref": "m1", "participants": ["p017", "p102"], "priority": 3, "online": true},
            {"ref": "m2", "participants": ["p017", "p300"], "online": true},
            {"ref": "m3", "participants": ["p300", "p301"]}]"#,
    );
    assert_eq!(
        reasons(&text),
        [
            ("m2".into(), "p017 has reached max_meetings 1".into()),
            (
                "m3".into(),
                "the meeting is on site, and no slot p300 and p301 can both attend has a table: s02"
                    .into()
            ),
        ]
    );
}

#[test]
fn every_slot_taken() {
    let text = event(
        r#"[{"ref": "a"}, {"ref": "b"}, {"ref": "c"}, {"ref": "d"}]"#,
        r#"[{"ref": "m1", "participants": ["a", "b"], "priority": 2},
            {"ref": "m2", "participants": ["c", "d"]},
            {"ref": "m3", "participants": ["a", "c"], "online": true, "priority": 2},
            {"ref": "m4", "participants": ["a", "c"], "online": true}]"#,
    );
    // m1 takes s01's one table; m3 takes a and c in s02; m2 is left with a full table in
    // s01 (s02 has none), m4 with a and c busy in both slots.
    assert_eq!(
        reasons(&text),
        [
            ("m2".into(), "every slot c and d can both attend is taken: by full tables in s01".into()),
            ("m4".into(), "every slot a and c can both attend is taken: by their other meetings in s01 and s02".into()),
        ]
    );
}
