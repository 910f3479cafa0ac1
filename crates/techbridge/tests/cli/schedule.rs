//! `techbridge schedule`: works on the file alone (no store, no data directory), prints the
//! contract's JSON on standard output and a summary with the bound on standard error; bad
//! input names the item and prints nothing on standard output.

use std::collections::HashSet;

use serde_json::Value;

use super::harness::{Target, path, stderr, stdout};

const EVENT: &str = r#"{
  "slots": [
    {"id": "s01", "start": "2026-09-16T09:00:00+07:00", "end": "2026-09-16T09:30:00+07:00", "tables": 2},
    {"id": "s02", "start": "2026-09-16T09:30:00+07:00", "end": "2026-09-16T10:00:00+07:00", "tables": 1},
    {"id": "s03", "start": "2026-09-16T10:00:00+07:00", "end": "2026-09-16T10:30:00+07:00", "tables": 0}
  ],
  "participants": [
    {"ref": "p001", "unavailable": ["s03"], "max_meetings": 2},
    {"ref": "p017"},
    {"ref": "p102", "unavailable": ["s01", "s02"]},
    {"ref": "p200"},
    {"ref": "p300", "max_meetings": 1}
  ],
  "meetings": [
    {"ref": "m0001", "participants": ["p001", "p017"], "priority": 2, "online": false},
    {"ref": "m0002", "participants": ["p017", "p102"], "online": true},
    {"ref": "m0003", "participants": ["p001", "p102"]},
    {"ref": "m0004", "participants": ["p001", "p200", "p300"], "priority": 3},
    {"ref": "m0005", "participants": ["p200", "p300"]},
    {"ref": "m0006", "participants": ["p017", "p200"], "online": true}
  ]
}"#;

fn schedule(target: &Target, content: &str, extra: &[&str]) -> std::process::Output {
    let file = target.file("event.json", content.as_bytes());
    let mut args = vec!["schedule", "--input", path(&file)];
    args.extend_from_slice(extra);
    target.run(&args)
}

#[test]
fn a_valid_event_gets_the_contracts_json_and_a_summary() {
    let target = Target::sqlite();
    let out = schedule(&target, EVENT, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !target.dir.path().join("data").exists(),
        "schedule touched the store"
    );

    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let keys: HashSet<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        HashSet::from(["scheduled", "unscheduled", "objective"])
    );
    let input: Value = serde_json::from_str(EVENT).unwrap();
    let meeting = |name: &str| {
        input["meetings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["ref"] == name)
            .unwrap()
            .clone()
    };
    let mut seen = HashSet::new();
    let mut objective = 0;
    let mut tables = HashSet::new();
    for placed in json["scheduled"].as_array().unwrap() {
        let name = placed["meeting"].as_str().unwrap();
        assert!(seen.insert(name.to_owned()));
        let m = meeting(name);
        objective += m["priority"].as_u64().unwrap_or(1);
        let fields: HashSet<&str> = placed
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        if m["online"] == true {
            assert_eq!(fields, HashSet::from(["meeting", "slot"]), "{placed}");
        } else {
            assert_eq!(
                fields,
                HashSet::from(["meeting", "slot", "table"]),
                "{placed}"
            );
            let table = placed["table"].as_u64().unwrap();
            assert!(table >= 1);
            assert!(tables.insert((placed["slot"].to_string(), table)));
        }
    }
    for left in json["unscheduled"].as_array().unwrap() {
        assert!(seen.insert(left["meeting"].as_str().unwrap().to_owned()));
        assert!(!left["reason"].as_str().unwrap().is_empty());
    }
    assert_eq!(seen.len(), 6);
    assert_eq!(json["objective"].as_u64().unwrap(), objective);
    // m0003: p001 and p102 share no slot; m0005: p300's one meeting is m0004 (worth 3).
    let reasons: Vec<(String, String)> = json["unscheduled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["meeting"].as_str().unwrap().into(),
                u["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        reasons.contains(&(
            "m0003".into(),
            "p001 has no free slot in common with p102".into()
        )),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("m0005".into(), "p300 has reached max_meetings 1".into())),
        "{reasons:?}"
    );

    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "scheduled {} of 6 meetings, objective {objective}, upper bound ",
            seen.len() - reasons.len()
        )),
        "{err}"
    );
}

#[test]
fn text_format_is_a_table_per_slot() {
    let target = Target::sqlite();
    let out = schedule(&target, EVENT, &["--format", "text"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("s01 2026-09-16T09:00:00+07:00"), "{text}");
    assert!(
        text.contains("  table 1    m0004        p001, p200, p300 (priority 3)"),
        "{text}"
    );
    assert!(text.contains("unscheduled (3)"), "{text}");
}

/// Each kind of bad input: exit 1, the item named on standard error, nothing on standard output.
#[test]
fn bad_input_names_the_item_and_prints_nothing() {
    let cases: [(&str, String, &str); 11] = [
        (
            "unknown participant",
            EVENT.replace(
                r#"["p017", "p102"], "online""#,
                r#"["p017", "p999"], "online""#,
            ),
            "meetings[1] (m0002): unknown participant p999",
        ),
        (
            "unknown slot",
            EVENT.replace(r#""unavailable": ["s03"]"#, r#""unavailable": ["s09"]"#),
            "participants[0] (p001): unknown slot s09 in unavailable",
        ),
        (
            "duplicate slot",
            EVENT.replace(r#""id": "s02""#, r#""id": "s01""#),
            "slots[1] (s01): duplicate id s01, as slots[0]",
        ),
        (
            "duplicate participant",
            EVENT.replace(r#"{"ref": "p200"}"#, r#"{"ref": "p017"}"#),
            "participants[3] (p017): duplicate ref p017, as participants[1]",
        ),
        (
            "duplicate meeting",
            EVENT.replace(r#""ref": "m0006""#, r#""ref": "m0001""#),
            "meetings[5] (m0001): duplicate ref m0001, as meetings[0]",
        ),
        (
            "one participant",
            EVENT.replace(r#"["p200", "p300"]"#, r#"["p200"]"#),
            "meetings[4] (m0005): 1 participant(s); a meeting needs at least two",
        ),
        (
            "same participant twice",
            EVENT.replace(r#"["p200", "p300"]"#, r#"["p200", "p200"]"#),
            "meetings[4] (m0005): participant p200 is listed twice",
        ),
        (
            "negative tables",
            EVENT.replace(r#""tables": 0"#, r#""tables": -3"#),
            "slots[2] (s03): negative table count -3",
        ),
        (
            "priority 0",
            EVENT.replace(r#""priority": 3"#, r#""priority": 0"#),
            "meetings[3] (m0004): priority 0 is not a positive integer",
        ),
        (
            "unknown field",
            EVENT.replace(r#"{"ref": "p200"}"#, r#"{"ref": "p200", "country": "VN"}"#),
            "participants[3] (p200): unknown field `country`",
        ),
        (
            "end before start",
            EVENT.replace(
                r#""end": "2026-09-16T09:30:00+07:00""#,
                r#""end": "2026-09-16T09:00:00+07:00""#,
            ),
            "slots[0] (s01): end 2026-09-16T09:00:00+07:00 is not after start",
        ),
    ];
    let target = Target::sqlite();
    for (what, content, expected) in cases {
        assert_ne!(content, EVENT, "{what}: the case changed nothing");
        let out = schedule(&target, &content, &[]);
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(out.stdout.is_empty(), "{what}: printed {}", stdout(&out));
        let err = stderr(&out);
        assert!(
            err.lines().any(|l| l.contains(expected)),
            "{what}: no {expected:?} in\n{err}"
        );
        let last = err.lines().last().unwrap();
        assert!(
            last.starts_with("error: ") && last.ends_with("; nothing was scheduled"),
            "{what}: {err}"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let target = Target::sqlite();
    let content = EVENT
        .replace(r#""tables": 0"#, r#""tables": -1"#)
        .replace(r#"["p200", "p300"]"#, r#"["p200", "p999"]"#)
        .replace(r#""priority": 3"#, r#""priority": -2"#);
    let out = schedule(&target, &content, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("slots[2] (s03): negative table count -1"),
        "{err}"
    );
    assert!(
        err.contains("meetings[4] (m0005): unknown participant p999"),
        "{err}"
    );
    assert!(err.contains("meetings[3] (m0004): priority -2"), "{err}");
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("error: 3 problem(s) in "),
        "{err}"
    );
}

#[test]
fn not_json_or_no_file_is_one_error_line() {
    let target = Target::sqlite();
    let out = schedule(&target, "{\"slots\": [", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.starts_with("error: ") && err.contains("is not valid JSON"),
        "{err}"
    );

    let out = target.run(&["schedule", "--input", "/nonexistent/event.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).starts_with("error: cannot read /nonexistent/event.json"),
        "{}",
        stderr(&out)
    );
}

/// A locked meeting stays where the organizer put it, even where the scheduler alone would
/// not have put it; a lock that breaks a rule is refused.
#[test]
fn locked_meetings_are_kept_and_bad_locks_refused() {
    let target = Target::sqlite();
    let locked = EVENT.replace(
        r#""priority": 2, "online": false}"#,
        r#""priority": 2, "online": false, "locked": {"slot": "s02", "table": 1}}"#,
    );
    let out = schedule(&target, &locked, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let m1 = json["scheduled"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["meeting"] == "m0001")
        .unwrap();
    assert_eq!(m1["slot"], "s02");
    assert_eq!(m1["table"], 1);

    let bad = EVENT.replace(
        r#"["p001", "p102"]}"#,
        r#"["p001", "p102"], "locked": {"slot": "s01"}}"#,
    );
    let out = schedule(&target, &bad, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("meetings[2] (m0003): locked in s01, which p102 cannot attend"),
        "{err}"
    );
}
