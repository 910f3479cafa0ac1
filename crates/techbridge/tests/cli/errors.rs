use std::process::Stdio;
use std::time::{Duration, Instant};

use super::harness::{EXAMPLE_NETWORK, Target, assert_same_store, path, stderr};

crate::on_both_engines!(
    a_file_with_bad_lines_is_refused_whole_and_every_bad_line_named,
    a_file_that_is_not_utf8_is_refused,
    a_kill_in_the_middle_of_an_import_leaves_the_store_as_it_was,
);

const ORG: &str =
    r#"{"kind":"organization","ref":"org-th","name":"สถาบันวิจัย","country":"TH","type":"institute"}"#;
const OFFER: &str = r#"{"kind":"offer","ref":"off-th-1","organization":"org-th","language":"th","title":"เครื่องอบแห้ง","summary":"ประหยัดพลังงาน 40%"}"#;

fn a_file_with_bad_lines_is_refused_whole_and_every_bad_line_named(target: &Target) {
    assert!(target.run(&["import", EXAMPLE_NETWORK]).status.success());
    let before = target.export();

    let lines = [
        ORG,                                                             // 1 good
        "this is not json",                                              // 2
        &OFFER.replace("\"summary\"", "\"colour\":\"red\",\"summary\""), // 3 unknown field
        &OFFER
            .replace("off-th-1", "off-th-2")
            .replace("org-th", "org-none"), // 4 missing org
        &OFFER
            .replace("off-th-1", "off-th-3")
            .replace("}", ",\"trl\":10}"), // 5 out of range
        &OFFER.replace("off-th-1", "off-th-4"),                          // 6 good
        &OFFER.replace("off-th-1", "off-th-4"),                          // 7 duplicate ref
        &ORG.replace("\"TH\"", "\"XX\""),                                // 8 bad country, dup
        &OFFER
            .replace("off-th-1", "off-th-5")
            .replace("\"th\"", "\"thai language\""), // 9
        "",                                                              // 10 blank: skipped
        r#"{"kind":"need","ref":"need-1","organization":"org-th","language":"th","title":"T","summary":"S","deadline":"31/12/2027","budget_usd":-1}"#, // 11
    ];
    let file = target.file("bad.jsonl", lines.join("\n").as_bytes());
    let out = target.run(&["import", path(&file)]);
    assert_eq!(out.status.code(), Some(1));
    let shown = path(&file);
    let err = stderr(&out);
    let problems: Vec<&str> = err.lines().filter(|l| l.starts_with(shown)).collect();
    let heads: Vec<String> = problems
        .iter()
        .map(|l| {
            l[shown.len() + 1..]
                .splitn(3, ": ")
                .take(2)
                .collect::<Vec<_>>()
                .join(": ")
        })
        .collect();
    assert_eq!(
        heads,
        [
            "2: line",
            "3: colour",
            "4: organization",
            "5: trl",
            "7: ref",
            "8: country",
            "9: language",
            "11: deadline",
            "11: budget_usd",
        ],
        "{err}"
    );
    assert!(err.contains("already used by the offer on line 6"), "{err}");
    assert!(err.contains("no organization \"org-none\""), "{err}");
    assert!(
        err.contains("10 is not a technology readiness level from 1 to 9"),
        "{err}"
    );
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("error: 8 bad line(s)"),
        "{err}"
    );
    assert!(!err.contains("panicked") && !err.contains("backtrace"));
    assert_same_store(
        &target.export(),
        &before,
        "a refused file changed the store",
    );
}

fn a_file_that_is_not_utf8_is_refused(target: &Target) {
    let mut content = format!("{ORG}\n").into_bytes();
    // Latin-1 "é" inside a title: the kind of file a spreadsheet export produces.
    content.extend_from_slice(
        b"{\"kind\":\"offer\",\"ref\":\"off-1\",\"organization\":\"org-th\",\"language\":\"en\",\"title\":\"Caf\xe9 dryer\",\"summary\":\"S\"}\n",
    );
    let file = target.file("latin1.jsonl", &content);
    let out = target.run(&["import", path(&file)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("{}:2: line: is not valid UTF-8", path(&file))),
        "{err}"
    );
    assert_eq!(target.export(), "");
}

/// A kill -9 part-way through leaves nothing of the import: it is one transaction.
fn a_kill_in_the_middle_of_an_import_leaves_the_store_as_it_was(target: &Target) {
    assert!(target.run(&["import", EXAMPLE_NETWORK]).status.success());
    let before = target.export();
    let big = target.dir.path().join("big.jsonl");
    let out = target.run(&["demo", "--synthetic", "60000", "--output", path(&big)]);
    assert!(out.status.success(), "{}", stderr(&out));

    let wal_before = target.wal_size();
    let mut child = target
        .command(&["import", path(&big)])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !target.writing_has_begun(wal_before) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import finished before it could be killed; use a larger file"
        );
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the import never began writing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the import was not killed");
    assert_same_store(
        &target.export(),
        &before,
        "a killed import left records behind",
    );
}
