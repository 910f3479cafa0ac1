use std::collections::BTreeSet;

use techbridge_store::Store;
use techbridge_store::interchange::{ImportError, Source, Tally};

use super::harness::{NEED, OFFER, ORG_CN, ORG_VN, at};

crate::on_both_engines!(
    export_then_import_reproduces_the_store,
    a_file_with_bad_lines_writes_nothing,
    importing_twice_changes_nothing,
    listings_may_come_before_their_organization,
);

fn file(lines: &[&str]) -> Vec<u8> {
    let mut bytes = lines.join("\n").into_bytes();
    bytes.push(b'\n');
    bytes
}

async fn export(store: &Store) -> String {
    let mut out = Vec::new();
    store.export(&mut out).await.unwrap();
    String::from_utf8(out).unwrap()
}

async fn export_then_import_reproduces_the_store(store: &Store) {
    let draft = OFFER
        .replace("off-1", "off-2")
        .replace("\"keywords\"", "\"status\":\"draft\",\"keywords\"");
    let rejected = OFFER.replace("off-1", "off-3").replace(
        "\"keywords\"",
        "\"status\":\"rejected\",\"rejection_reason\":\"Too vague.\",\"keywords\"",
    );
    let source = file(&[ORG_VN, ORG_CN, NEED, OFFER, &draft, &rejected]);
    let report = store.import(Source::Bytes(&source), at(0)).await.unwrap();
    assert_eq!(report.organizations.created, 2);
    assert_eq!((report.offers.created, report.needs.created), (3, 1));
    let exported = export(store).await;

    // Every field of every record comes back, and the status fields are made explicit.
    let records: Vec<serde_json::Value> = exported
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 6);
    for original in [ORG_VN, ORG_CN, NEED, OFFER] {
        let original: serde_json::Value = serde_json::from_str(original).unwrap();
        let back = records
            .iter()
            .find(|r| r["kind"] == original["kind"] && r["ref"] == original["ref"])
            .unwrap();
        for (field, value) in original.as_object().unwrap() {
            assert_eq!(&back[field], value, "{field}");
        }
    }
    let need = records.iter().find(|r| r["ref"] == "need-1").unwrap();
    assert_eq!(need["status"], "published");
    assert!(need["published_on"].is_string() && need["expires_on"].is_string());

    let again = tempfile::tempdir().unwrap();
    let copy = Store::open(&techbridge_store::default_sqlite_url(again.path()))
        .await
        .unwrap();
    copy.import(Source::Bytes(exported.as_bytes()), at(99))
        .await
        .unwrap();
    let lines = |s: &str| s.lines().map(str::to_owned).collect::<BTreeSet<_>>();
    assert_eq!(lines(&export(&copy).await), lines(&exported));
    copy.close().await;
}

async fn a_file_with_bad_lines_writes_nothing(store: &Store) {
    store
        .import(Source::Bytes(&file(&[ORG_VN])), at(0))
        .await
        .unwrap();
    let before = export(store).await;
    let seq = store.last_change().await.unwrap();

    let bad_json = r#"{"kind":"offer","ref":"#;
    let unknown_field = ORG_CN
        .replace("\"city\"", "\"colour\"")
        .replace("\"website\"", "\"colour\"");
    let missing_org = OFFER.replace("org-cn", "org-nowhere");
    let out_of_range = NEED.replace("\"trl\":6", "\"trl\":12");
    let duplicate = NEED.replace("Phát hiện sớm", "Phát hiện");
    let mut source = file(&[
        ORG_CN,
        bad_json,
        &unknown_field,
        &missing_org,
        &out_of_range,
        NEED,
        &duplicate,
    ]);
    source.extend_from_slice(
        b"{\"kind\":\"organization\",\"ref\":\"org-x\",\"name\":\"\xff\xfe\"}\n",
    );

    let Err(ImportError::Invalid(problems)) = store.import(Source::Bytes(&source), at(1)).await
    else {
        panic!("a bad file was accepted");
    };
    let found: Vec<(usize, &str)> = problems
        .iter()
        .map(|p| (p.line, p.field.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (2, "line"),
            (3, "colour"),
            (4, "organization"),
            (5, "trl"),
            (7, "ref"),
            (8, "line"),
        ]
    );
    assert!(
        problems[4].reason.contains("line 6"),
        "{}",
        problems[4].reason
    );
    assert!(problems[5].reason.contains("UTF-8"));
    assert_eq!(export(store).await, before);
    assert_eq!(store.last_change().await.unwrap(), seq);
}

async fn importing_twice_changes_nothing(store: &Store) {
    let source = file(&[ORG_VN, ORG_CN, NEED, OFFER]);
    store.import(Source::Bytes(&source), at(0)).await.unwrap();
    let first = export(store).await;
    let seq = store.last_change().await.unwrap();
    // A year later: publication dates the file leaves out must not move.
    let report = store
        .import(Source::Bytes(&source), at(366 * 86_400))
        .await
        .unwrap();
    let unchanged = |n| Tally {
        created: 0,
        updated: 0,
        unchanged: n,
    };
    assert_eq!(report.organizations, unchanged(2));
    assert_eq!((report.offers, report.needs), (unchanged(1), unchanged(1)));
    assert_eq!(export(store).await, first);
    assert_eq!(store.last_change().await.unwrap(), seq);

    let edited = NEED.replace("Ao nuôi 2 ha", "Ao nuôi 3 ha");
    let report = store
        .import(Source::Bytes(&file(&[&edited])), at(400 * 86_400))
        .await
        .unwrap();
    assert_eq!(report.needs.updated, 1);
    let after = export(store).await;
    let dates = |s: &str| {
        let need = s.lines().find(|l| l.contains("need-1")).unwrap().to_owned();
        let v: serde_json::Value = serde_json::from_str(&need).unwrap();
        (v["published_on"].clone(), v["expires_on"].clone())
    };
    assert_eq!(dates(&after), dates(&first));
    assert_eq!(store.last_change().await.unwrap(), seq + 1);
}

async fn listings_may_come_before_their_organization(store: &Store) {
    let source = file(&[NEED, OFFER, ORG_CN, ORG_VN]);
    let report = store.import(Source::Bytes(&source), at(0)).await.unwrap();
    assert_eq!((report.offers.created, report.needs.created), (1, 1));
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (counts.organizations, counts.offers, counts.needs),
        (2, 1, 1)
    );
}
