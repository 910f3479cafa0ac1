use techbridge_schedule::input::parse;
use techbridge_schedule::{Fault, InputError};

const GOOD: &str = r#"{
  "slots": [
    {"id": "s01", "start": "2026-09-16T09:00:00+07:00", "end": "2026-09-16T09:30:00+07:00", "tables": 2},
    {"id": "s02", "start": "2026-09-16T09:30:00+07:00", "end": "2026-09-16T10:00:00+07:00", "tables": 1}
  ],
  "participants": [
    {"ref": "p001", "unavailable": ["s02"], "max_meetings": 6},
    {"ref": "p002"},
    {"ref": "p003"}
  ],
  "meetings": [
    {"ref": "m0001", "participants": ["p001", "p002"], "priority": 2, "online": false},
    {"ref": "m0002", "participants": ["p002", "p003"]}
  ]
}"#;

fn faults(text: &str) -> Vec<String> {
    match parse(text) {
        Err(InputError::Invalid(faults)) => faults.iter().map(Fault::to_string).collect(),
        Err(e) => vec![format!("json: {e}")],
        Ok(_) => Vec::new(),
    }
}

#[test]
fn the_contract_example_parses() {
    let event = parse(GOOD).unwrap();
    assert_eq!(event.meetings[1].priority, 1);
    assert!(!event.meetings[1].online);
    assert_eq!(event.participants[1].max_meetings, None);
    assert_eq!(event.meetings[0].free_slots, [0]);
}

/// Each kind of bad input is named with the item it is in, and all are reported at once.
#[test]
fn every_problem_is_named_in_one_pass() {
    let bad = GOOD
        .replace(r#""tables": 1"#, r#""tables": -1"#)
        .replace(r#"{"ref": "p003"}"#, r#"{"ref": "p003"}, {"ref": "p002"}, {"ref": "p004", "max_meetings": -2, "unavailable": ["s09"]}"#)
        .replace(
            r#"{"ref": "m0002", "participants": ["p002", "p003"]}"#,
            r#"{"ref": "m0002", "participants": ["p002", "p999"]},
               {"ref": "m0003", "participants": ["p002"], "priority": 0},
               {"ref": "m0004", "participants": ["p003", "p003"]},
               {"ref": "m0001", "participants": ["p001", "p003"], "colour": "red"},
               {"ref": "m0005", "participants": ["p001", "p003"], "locked": {"slot": "s07"}}"#,
        );
    let found = faults(&bad);
    let expected = [
        "slots[1] (s02): negative table count -1",
        "participants[3] (p002): duplicate ref p002, as participants[1]",
        "participants[4] (p004): unknown slot s09 in unavailable",
        "participants[4] (p004): max_meetings -2 is not a count of meetings",
        "meetings[1] (m0002): unknown participant p999",
        "meetings[2] (m0003): 1 participant(s); a meeting needs at least two",
        "meetings[2] (m0003): priority 0 is not a positive integer up to 1000000",
        "meetings[3] (m0004): participant p003 is listed twice",
        "meetings[5] (m0005): locked in unknown slot s07",
    ];
    for e in expected {
        assert!(found.iter().any(|f| f == e), "missing {e:?} in {found:#?}");
    }
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("meetings[4] (m0001): unknown field `colour`")),
        "{found:#?}"
    );
    assert_eq!(found.len(), expected.len() + 1, "{found:#?}");
}

#[test]
fn a_duplicate_meeting_or_slot_is_named() {
    let bad = GOOD
        .replace(r#""ref": "m0002""#, r#""ref": "m0001""#)
        .replace(r#""id": "s02""#, r#""id": "s01""#);
    let found = faults(&bad);
    assert!(
        found.contains(&"meetings[1] (m0001): duplicate ref m0001, as meetings[0]".to_owned()),
        "{found:#?}"
    );
    assert!(
        found.contains(&"slots[1] (s01): duplicate id s01, as slots[0]".to_owned()),
        "{found:#?}"
    );
}

#[test]
fn times_must_have_an_offset_and_end_after_start() {
    let bad = GOOD
        .replace(
            r#""end": "2026-09-16T09:30:00+07:00""#,
            r#""end": "2026-09-16T08:30:00+07:00""#,
        )
        .replace(
            r#""start": "2026-09-16T09:30:00+07:00""#,
            r#""start": "2026-09-16 09:30""#,
        );
    let found = faults(&bad);
    assert!(
        found
            .iter()
            .any(|f| f
                .starts_with("slots[0] (s01): end 2026-09-16T08:30:00+07:00 is not after start")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f
                .starts_with("slots[1] (s02): start \"2026-09-16 09:30\" is not an RFC 3339 time")),
        "{found:#?}"
    );
}

#[test]
fn not_json_or_not_the_right_shape() {
    assert!(matches!(parse("{ not json"), Err(InputError::Json(_))));
    assert_eq!(
        faults("[]"),
        ["input: not a JSON object with slots, participants and meetings"]
    );
    let found = faults(r#"{"slots": [], "participants": {}, "extra": 1}"#);
    assert!(
        found.contains(&"input: missing field `meetings`".to_owned()),
        "{found:#?}"
    );
    assert!(
        found.contains(&"participants: not an array".to_owned()),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("input: unknown field `extra`")),
        "{found:#?}"
    );
}
