//! Branch venues: each has its own tables in each slot, and a meeting there takes one of them,
//! never one of the main venue's.

use techbridge_schedule::input::parse;
use techbridge_schedule::{Fault, InputError, Options, Output, schedule, verify};

const EVENT: &str = r#"{
  "slots": [
    {"id": "s01", "start": "2026-09-16T09:00:00+07:00", "end": "2026-09-16T09:30:00+07:00",
     "tables": 1, "branch_tables": {"Jakarta": 1}}
  ],
  "participants": [
    {"ref": "a"}, {"ref": "b"}, {"ref": "c"}, {"ref": "d"}, {"ref": "e"}, {"ref": "f"}
  ],
  "meetings": [
    {"ref": "m1", "participants": ["a", "b"]},
    {"ref": "m2", "participants": ["c", "d"], "venue": "Jakarta", "priority": 2},
    {"ref": "m3", "participants": ["e", "f"], "venue": "Jakarta"}
  ]
}"#;

#[test]
fn each_venue_fills_its_own_tables() {
    let event = parse(EVENT).unwrap();
    let result = schedule(&event, &Options::default());
    assert!(verify::violations(&event, &result).is_empty());
    let output = serde_json::to_value(Output::new(&event, &result)).unwrap();
    assert_eq!(
        output["scheduled"],
        serde_json::json!([
            {"meeting": "m1", "slot": "s01", "table": 1},
            {"meeting": "m2", "slot": "s01", "table": 1, "venue": "Jakarta"}
        ])
    );
    assert_eq!(
        output["unscheduled"],
        serde_json::json!([{
            "meeting": "m3",
            "reason": "every slot e and f can both attend is taken: by full tables at Jakarta in s01"
        }])
    );
    assert_eq!(result.upper_bound, 3);
}

/// Without branch venues the main venue's one table holds one of the three meetings: the
/// branch's table is what lets a second one in above.
#[test]
fn a_meeting_without_a_venue_sits_at_the_main_venue() {
    let event = parse(&EVENT.replace(r#", "venue": "Jakarta""#, "")).unwrap();
    let result = schedule(&event, &Options::default());
    assert_eq!(result.scheduled(), 1);
    assert_eq!(result.objective, 2);
    assert_eq!(result.upper_bound, 2);
}

#[test]
fn a_branch_venue_without_tables_gets_no_meetings() {
    let text = EVENT.replace(r#"{"Jakarta": 1}"#, r#"{"Jakarta": 0}"#);
    let event = parse(&text).unwrap();
    let result = schedule(&event, &Options::default());
    assert_eq!(result.scheduled(), 1);
    assert_eq!(
        result.reasons[2].as_deref(),
        Some(
            "the meeting is on site, and no slot e and f can both attend has a table at Jakarta: s01"
        )
    );
}

fn faults(text: &str) -> Vec<String> {
    match parse(text) {
        Err(InputError::Invalid(faults)) => faults.iter().map(Fault::to_string).collect(),
        Err(e) => vec![format!("json: {e}")],
        Ok(_) => Vec::new(),
    }
}

#[test]
fn bad_venues_are_named() {
    let bad = EVENT
        .replace(r#"{"Jakarta": 1}"#, r#"{"Jakarta": -1, "": 2}"#)
        .replace(
            r#"{"ref": "m1", "participants": ["a", "b"]}"#,
            r#"{"ref": "m1", "participants": ["a", "b"], "venue": "Bangkok"},
               {"ref": "m4", "participants": ["a", "c"], "venue": "Jakarta", "online": true}"#,
        );
    let found = faults(&bad);
    assert_eq!(
        found,
        [
            "slots[0] (s01): negative table count -1 at Jakarta",
            "slots[0] (s01): a branch venue with an empty name in branch_tables",
            "meetings[0] (m1): unknown venue \"Bangkok\": no slot lists it in branch_tables",
            "meetings[1] (m4): at a venue, but the meeting is online",
        ]
    );
}

#[test]
fn a_lock_at_a_branch_venue_is_checked_against_its_tables() {
    let locked = EVENT.replace(
        r#""venue": "Jakarta", "priority": 2}"#,
        r#""venue": "Jakarta", "priority": 2, "locked": {"slot": "s01", "table": 2}}"#,
    );
    let found = faults(&locked);
    assert_eq!(
        found,
        ["meetings[1] (m2): locked at table 2, but s01 at Jakarta has tables 1 to 1"]
    );

    // Two locked at the branch's one table overfill it, though the main venue has a table.
    let both = EVENT
        .replace(
            r#""venue": "Jakarta"}"#,
            r#""venue": "Jakarta", "locked": {"slot": "s01"}}"#,
        )
        .replace(
            r#""venue": "Jakarta", "priority": 2}"#,
            r#""venue": "Jakarta", "priority": 2, "locked": {"slot": "s01"}}"#,
        );
    let found = faults(&both);
    assert_eq!(
        found,
        [
            "meetings[2] (m3): locked on site in s01, which has only 1 table(s) at Jakarta for the meetings locked there"
        ]
    );
}
