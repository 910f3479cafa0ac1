use std::collections::BTreeSet;

use serde_json::Value;

use super::harness::{EXAMPLE_NETWORK, Target, assert_same_store, path, stderr, stdout};

crate::on_both_engines!(
    the_example_network_comes_back_whole,
    export_then_import_into_an_empty_store_reproduces_it,
    importing_the_same_file_twice_changes_nothing,
);

fn records(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn the_example_network_comes_back_whole(target: &Target) {
    let out = target.run(&["import", EXAMPLE_NETWORK]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("41 organizations (41 new"),
        "{}",
        stdout(&out)
    );

    let original = records(&std::fs::read_to_string(EXAMPLE_NETWORK).unwrap());
    let exported = records(&target.export());
    assert_eq!(exported.len(), original.len());
    for record in &original {
        let back = exported
            .iter()
            .find(|r| r["kind"] == record["kind"] && r["ref"] == record["ref"])
            .unwrap_or_else(|| panic!("{} {} missing", record["kind"], record["ref"]));
        for (field, value) in record.as_object().unwrap() {
            assert_eq!(&back[field], value, "{} {field}", record["ref"]);
        }
    }
}

fn export_then_import_into_an_empty_store_reproduces_it(target: &Target) {
    assert!(target.run(&["import", EXAMPLE_NETWORK]).status.success());
    let first = target.export();
    let file = target.file("exported.jsonl", first.as_bytes());

    let empty = Target::sqlite();
    let out = empty.run(&["import", path(&file)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = |s: &str| s.lines().map(str::to_owned).collect::<BTreeSet<_>>();
    assert_eq!(lines(&empty.export()), lines(&first));
}

fn importing_the_same_file_twice_changes_nothing(target: &Target) {
    assert!(target.run(&["import", EXAMPLE_NETWORK]).status.success());
    let first = target.export();
    let out = target.run(&["import", EXAMPLE_NETWORK]);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("150 offers (0 new, 0 updated, 150 unchanged)"),
        "{}",
        stdout(&out)
    );
    assert_same_store(
        &target.export(),
        &first,
        "a second import changed the store",
    );
}
