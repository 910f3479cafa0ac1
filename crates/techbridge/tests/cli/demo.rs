use super::harness::{Target, path, stderr, stdout};

crate::on_both_engines!(the_demo_loads_the_example_network_once);

fn the_demo_loads_the_example_network_once(target: &Target) {
    let out = target.run(&["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("41 organizations (41 new"),
        "{}",
        stdout(&out)
    );
    let again = target.run(&["demo"]);
    assert!(
        stdout(&again).contains("80 needs (0 new, 0 updated, 80 unchanged)"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn a_synthetic_network_is_valid_and_the_same_for_the_same_seed() {
    let target = Target::sqlite();
    let a = target.dir.path().join("a.jsonl");
    let b = target.dir.path().join("b.jsonl");
    for file in [&a, &b] {
        let out = target.run(&[
            "demo",
            "--synthetic",
            "1000",
            "--seed",
            "7",
            "--output",
            path(file),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let text = std::fs::read_to_string(&a).unwrap();
    assert_eq!(text, std::fs::read_to_string(&b).unwrap());
    assert_eq!(text.lines().count(), 1000);
    let out = target.run(&["import", path(&a)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("20 organizations (20 new"),
        "{}",
        stdout(&out)
    );

    let out = target.run(&["demo", "--synthetic", "300"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("synthetic network loaded"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn usage_errors_are_one_line_and_never_a_panic() {
    let target = Target::sqlite();
    let cases: &[(&[&str], &str)] = &[
        (
            &["import", "/nonexistent/network.jsonl"],
            "error: cannot read /nonexistent/network.jsonl",
        ),
        (
            &["--database-url", "mysql://localhost/x", "migrate"],
            "error: unsupported database URL scheme \"mysql\"",
        ),
        (
            &[
                "--database-url",
                "postgres://nobody@127.0.0.1:1/none",
                "migrate",
            ],
            "error: cannot open the database",
        ),
    ];
    for (args, expected) in cases {
        let out = target.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with(expected), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
    // Without the embedding model, matching refuses to run and says how to install it.
    let out = target.run(&["--model-dir", "/nonexistent/model", "match", "--all-needs"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("scripts/fetch-models"),
        "{}",
        stderr(&out)
    );
    let file = target.file("not-a-dir", b"");
    let out = target
        .command(&["migrate"])
        .arg("--data-dir")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        stderr(&out).starts_with("error: data directory"),
        "{}",
        stderr(&out)
    );
}
