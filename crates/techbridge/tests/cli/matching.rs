use std::collections::HashSet;

use serde_json::Value;

use super::harness::{EXAMPLE_NETWORK, Target, stderr, stdout};

crate::on_both_engines!(
    match_prints_one_json_line_per_listing_asked_for,
    an_unknown_ref_is_named_and_nothing_is_printed,
    all_needs_and_reindex,
);

fn loaded(target: &Target) -> Vec<Value> {
    let out = target.run(&["import", EXAMPLE_NETWORK]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read_to_string(EXAMPLE_NETWORK)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn json_lines(out: &std::process::Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn match_prints_one_json_line_per_listing_asked_for(target: &Target) {
    let network = loaded(target);
    let published_offers: HashSet<&str> = network
        .iter()
        .filter(|r| r["kind"] == "offer" && r.get("status").is_none_or(|s| s == "published"))
        .map(|r| r["ref"].as_str().unwrap())
        .collect();

    let out = target.run(&[
        "match",
        "--need",
        "need-energy-001",
        "--need",
        "need-agrifood-001",
        "--limit",
        "3",
        "--format",
        "json",
    ]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["need"], "need-energy-001");
    assert_eq!(lines[1]["need"], "need-agrifood-001");
    for line in &lines {
        let matches = line["matches"].as_array().unwrap();
        assert!(!matches.is_empty() && matches.len() <= 3, "{line}");
        let scores: Vec<f64> = matches
            .iter()
            .map(|m| m["score"].as_f64().unwrap())
            .collect();
        assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)), "{scores:?}");
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
        for m in matches {
            assert!(
                published_offers.contains(m["offer"].as_str().unwrap()),
                "{m}"
            );
            assert!(
                m["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(Value::is_string)
            );
        }
    }

    let out = target.run(&["match", "--offer", "off-agrifood-001", "--format", "json"]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["offer"], "off-agrifood-001");
    let needs = lines[0]["needs"].as_array().unwrap();
    assert!(needs.len() <= 10);
    assert!(
        needs
            .iter()
            .all(|n| n["need"].as_str().unwrap().starts_with("need-"))
    );

    let text = target.run(&["match", "--need", "need-agrifood-001", "--limit", "2"]);
    assert!(
        stdout(&text).starts_with("need need-agrifood-001: "),
        "{}",
        stdout(&text)
    );
}

fn an_unknown_ref_is_named_and_nothing_is_printed(target: &Target) {
    loaded(target);
    let out = target.run(&[
        "match",
        "--need",
        "need-agrifood-001",
        "--need",
        "need-nowhere",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).trim(), "error: unknown need \"need-nowhere\"");
    assert!(stdout(&out).is_empty());
    // An offer's ref given as a need is unknown as a need.
    let out = target.run(&["match", "--need", "off-agrifood-001"]);
    assert_eq!(out.status.code(), Some(1));
    // Asking for nothing, or for both sides at once, is a usage error.
    assert_eq!(target.run(&["match"]).status.code(), Some(2));
    let both = target.run(&[
        "match",
        "--need",
        "need-agrifood-001",
        "--offer",
        "off-agrifood-001",
    ]);
    assert_eq!(both.status.code(), Some(2));
}

fn all_needs_and_reindex(target: &Target) {
    let network = loaded(target);
    let needs = network.iter().filter(|r| r["kind"] == "need").count();
    let lines =
        json_lines(&target.run(&["match", "--all-needs", "--limit", "1", "--format", "json"]));
    assert_eq!(lines.len(), needs);
    assert!(
        lines
            .iter()
            .all(|l| l["matches"].as_array().unwrap().len() <= 1)
    );

    let out = target.run(&["reindex"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        format!("search index rebuilt: {} listings", network.len() - 41)
    );
    let again =
        json_lines(&target.run(&["match", "--all-needs", "--limit", "1", "--format", "json"]));
    assert_eq!(again, lines);
}
