//! The matching engine through its public interface, on a real store.

#![expect(
    clippy::unwrap_used,
    reason = "a test that meets the unexpected should stop loudly"
)]

use jiff::Timestamp;
use jiff::civil::{Date, date};
use std::sync::{Arc, OnceLock};
use techbridge_domain::interchange::{Record, parse_record};
use techbridge_domain::{Lifecycle, Ref, Side};

use techbridge_search::embedding::{Embedder, default_dir};
use techbridge_search::{Match, Matcher, Ranking, Search, SearchError};
use techbridge_store::interchange::Source;
use techbridge_store::{Store, default_sqlite_url};

const TODAY: Date = date(2026, 11, 21);

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + second).unwrap()
}

const NETWORK: &str = r#"{"kind":"organization","ref":"org-vn","name":"Cửu Long Aquaculture","country":"VN","type":"enterprise"}
{"kind":"organization","ref":"org-cn","name":"厦门海洋水产研究中心","country":"CN","type":"institute"}
{"kind":"organization","ref":"org-th","name":"สถาบันวิจัยเกษตร","country":"TH","type":"institute"}
{"kind":"need","ref":"need-wssv","organization":"org-vn","language":"vi","title":"Phát hiện sớm virus WSSV trên tôm tại ao","summary":"Cần bộ xét nghiệm nhanh WSSV dùng tại ao nuôi tôm.","sectors":["aquaculture"],"trl":6,"cooperation":["licence"],"target_countries":["CN"]}
{"kind":"need","ref":"need-pump","organization":"org-vn","language":"vi","title":"Máy bơm nước tiết kiệm điện cho ruộng lúa","summary":"Cần máy bơm dùng năng lượng mặt trời cho tưới ruộng lúa.","sectors":["agriculture"]}
{"kind":"offer","ref":"off-wssv","organization":"org-cn","language":"zh","title":"对虾WSSV病毒LAMP快速检测试剂盒","summary":"池塘边40分钟完成WSSV检测，无需实验室。","sectors":["aquaculture"],"trl":7,"cooperation":["licence"],"target_countries":["VN","TH"]}
{"kind":"offer","ref":"off-feed","organization":"org-cn","language":"zh","title":"对虾高效配合饲料","summary":"提高对虾生长速度的饲料配方。","sectors":["aquaculture"],"trl":9}
{"kind":"offer","ref":"off-pump","organization":"org-th","language":"vi","title":"may bom nang luong mat troi cho ruong lua","summary":"may bom tuoi ruong lua dung dien mat troi, tiet kiem chi phi.","sectors":["agriculture"]}
{"kind":"offer","ref":"off-draft","organization":"org-cn","language":"zh","title":"WSSV检测芯片","summary":"WSSV检测。","status":"draft"}
"#;

/// The installed model, loaded once for all tests (scripts/test installs it).
fn embedder() -> Arc<Embedder> {
    static MODEL: OnceLock<Arc<Embedder>> = OnceLock::new();
    Arc::clone(MODEL.get_or_init(|| Arc::new(Embedder::load(&default_dir()).unwrap())))
}

fn open(data_dir: &std::path::Path) -> Matcher {
    Matcher::open(data_dir, embedder()).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    data_dir: std::path::PathBuf,
    store: Store,
    matcher: Matcher,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().to_path_buf();
    let store = Store::open(&default_sqlite_url(&data_dir)).await.unwrap();
    store
        .import(Source::Bytes(NETWORK.as_bytes()), at(0))
        .await
        .unwrap();
    let matcher = open(&data_dir);
    matcher.follow(&store, at(0)).await.unwrap();
    Fixture {
        _dir: dir,
        data_dir,
        store,
        matcher,
    }
}

/// What `matcher` finds for the listing `side`/`reference`, as members see it (hybrid, 10).
async fn matched(
    matcher: &Matcher,
    store: &Store,
    side: Side,
    reference: &str,
) -> Result<Vec<Match>, SearchError> {
    let reference = Ref::parse(reference).unwrap();
    matcher
        .matches(store, side, &reference, 10, TODAY, Ranking::Hybrid)
        .await
}

async fn offers_for(f: &Fixture, need: &str) -> Vec<Match> {
    matched(&f.matcher, &f.store, Side::Need, need)
        .await
        .unwrap()
}

fn refs(matches: &[Match]) -> Vec<&str> {
    matches.iter().map(|m| m.reference.as_str()).collect()
}

#[tokio::test]
async fn a_shared_technical_token_crosses_languages_and_says_so() {
    let f = fixture().await;
    let matches = offers_for(&f, "need-wssv").await;
    assert_eq!(matches[0].reference.as_str(), "off-wssv", "{matches:?}");
    let reasons = &said(&matches[0]);
    assert!(
        reasons.contains(&"both mention WSSV".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"same sector: aquaculture and fisheries".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"TRL 7 meets the needed 6".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r == "offered to partners in Viet Nam"),
        "{reasons:?}"
    );
    assert!(matches.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(
        matches
            .iter()
            .all(|m| (0.0..=1.0).contains(&m.score) && m.side == Side::Offer)
    );
}

#[tokio::test]
async fn only_published_listings_of_the_other_side_are_matched() {
    let f = fixture().await;
    let matches = offers_for(&f, "need-wssv").await;
    assert!(!refs(&matches).contains(&"off-draft"), "{matches:?}");
    let needs = matched(&f.matcher, &f.store, Side::Offer, "off-wssv")
        .await
        .unwrap();
    assert_eq!(refs(&needs)[0], "need-wssv");
    assert!(needs.iter().all(|m| m.side == Side::Need));
}

#[tokio::test]
async fn vietnamese_typed_without_diacritics_is_found() {
    let f = fixture().await;
    assert_eq!(refs(&offers_for(&f, "need-pump").await)[0], "off-pump");
}

#[tokio::test]
async fn the_index_follows_every_write() {
    let f = fixture().await;
    // A new offer is matched once the index has followed the change log.
    let line = r#"{"kind":"offer","ref":"off-wssv-2","organization":"org-th","language":"th","title":"ชุดตรวจ WSSV ในกุ้ง","summary":"ตรวจ WSSV ได้ใน 30 นาทีที่บ่อ"}"#;
    let Record::Listing { listing, .. } = parse_record(line).unwrap() else {
        unreachable!()
    };
    f.store
        .save_listing(&listing, &Lifecycle::published(TODAY), at(1))
        .await
        .unwrap();
    assert!(f.matcher.follow(&f.store, at(9)).await.unwrap() >= 1);
    assert!(refs(&offers_for(&f, "need-wssv").await).contains(&"off-wssv-2"));

    // Withdrawn, it is gone.
    f.store
        .transition_listing(Side::Offer, &listing.reference, at(2), Lifecycle::withdraw)
        .await
        .unwrap();
    f.matcher.follow(&f.store, at(9)).await.unwrap();
    assert!(!refs(&offers_for(&f, "need-wssv").await).contains(&"off-wssv-2"));

    // Nothing new, nothing applied.
    assert_eq!(f.matcher.follow(&f.store, at(9)).await.unwrap(), 0);
}

#[tokio::test]
async fn a_moved_organization_moves_its_listings() {
    let f = fixture().await;
    // The Vietnamese need seeks partners in China; a Thai institute's WSSV kit is not from there.
    let line = r#"{"kind":"offer","ref":"off-th-wssv","organization":"org-th","language":"th","title":"ชุดตรวจ WSSV ในกุ้ง","summary":"ตรวจ WSSV ที่บ่อ"}"#;
    let Record::Listing { listing, .. } = parse_record(line).unwrap() else {
        unreachable!()
    };
    f.store
        .save_listing(&listing, &Lifecycle::published(TODAY), at(1))
        .await
        .unwrap();
    f.matcher.follow(&f.store, at(9)).await.unwrap();
    let seeks_china = "the need seeks partners in China".to_owned();
    let reasons = |matches: Vec<Match>| {
        matches
            .into_iter()
            .find(|m| m.reference.as_str() == "off-th-wssv")
            .map(|m| said(&m))
            .unwrap()
    };
    assert!(!reasons(offers_for(&f, "need-wssv").await).contains(&seeks_china));

    // The institute is now registered in China: its listings say so without being rewritten.
    let line = r#"{"kind":"organization","ref":"org-th","name":"สถาบันวิจัยเกษตร","country":"CN","type":"institute"}"#;
    let Record::Organization(org) = parse_record(line).unwrap() else {
        unreachable!()
    };
    f.store.save_organization(&org, at(3)).await.unwrap();
    f.matcher.follow(&f.store, at(9)).await.unwrap();
    assert!(reasons(offers_for(&f, "need-wssv").await).contains(&seeks_china));
}

#[tokio::test]
async fn a_rebuilt_index_answers_as_the_followed_one_did() {
    let f = fixture().await;
    let before = offers_for(&f, "need-wssv").await;
    assert!(!before.is_empty());
    assert_eq!(f.matcher.rebuild(&f.store, at(9)).await.unwrap(), 6);
    assert_eq!(offers_for(&f, "need-wssv").await, before);

    // A lost index directory is rebuilt from the store by following from the start.
    drop(f.matcher);
    std::fs::remove_dir_all(f.data_dir.join("index")).unwrap();
    let matcher = open(&f.data_dir);
    matcher.follow(&f.store, at(9)).await.unwrap();
    let again = matched(&matcher, &f.store, Side::Need, "need-wssv")
        .await
        .unwrap();
    assert_eq!(again, before);
}

#[tokio::test]
async fn a_second_process_reads_while_the_first_writes() {
    let f = fixture().await;
    let reader = open(&f.data_dir);
    assert_eq!(reader.follow(&f.store, at(9)).await.unwrap(), 0);
    let matches = matched(&reader, &f.store, Side::Need, "need-wssv")
        .await
        .unwrap();
    assert!(!matches.is_empty());
    assert_eq!(matches, offers_for(&f, "need-wssv").await);
    assert!(reader.rebuild(&f.store, at(9)).await.is_err());
}

#[tokio::test]
async fn an_unknown_listing_is_named() {
    let f = fixture().await;
    let err = matched(&f.matcher, &f.store, Side::Need, "need-nowhere")
        .await
        .unwrap_err();
    assert!(matches!(err, SearchError::UnknownListing { .. }));
    assert_eq!(err.to_string(), "unknown need \"need-nowhere\"");
}

#[tokio::test]
async fn a_passed_deadline_is_said() {
    let f = fixture().await;
    let line = r#"{"kind":"need","ref":"need-old","organization":"org-vn","language":"vi","title":"Phát hiện WSSV trên tôm","summary":"Cần xét nghiệm WSSV.","deadline":"2026-01-31"}"#;
    let Record::Listing { listing, .. } = parse_record(line).unwrap() else {
        unreachable!()
    };
    f.store
        .save_listing(&listing, &Lifecycle::published(TODAY), at(4))
        .await
        .unwrap();
    f.matcher.follow(&f.store, at(9)).await.unwrap();
    let matches = offers_for(&f, "need-old").await;
    assert!(said(&matches[0]).contains(&"the need's deadline 2026-01-31 has passed".to_owned()));
}

#[tokio::test]
async fn a_function_word_of_the_candidates_language_is_no_shared_word() {
    let f = fixture().await;
    let save = |line: String| {
        let Record::Listing { listing, .. } = parse_record(&line).unwrap() else {
            unreachable!()
        };
        listing
    };
    // "that" is in most English listings: a function word of English.
    for i in 0..9 {
        let listing = save(format!(
            r#"{{"kind":"offer","ref":"off-en-{i}","organization":"org-th","language":"en","title":"Pump model {i} that saves power","summary":"A pump that lasts, model {i}."}}"#
        ));
        f.store
            .save_listing(&listing, &Lifecycle::published(TODAY), at(10 + i))
            .await
            .unwrap();
    }
    let offer = save(r#"{"kind":"offer","ref":"off-en-wssv","organization":"org-th","language":"en","title":"WSSV test kit that works at the pond","summary":"Detects WSSV in shrimp in 30 minutes."}"#.to_owned());
    let need = save(r#"{"kind":"need","ref":"need-vi-that","organization":"org-vn","language":"vi","title":"Bộ xét nghiệm WSSV \"that works\" tại ao tôm","summary":"Cần phát hiện WSSV nhanh tại ao nuôi tôm."}"#.to_owned());
    for (i, listing) in [offer, need].iter().enumerate() {
        f.store
            .save_listing(listing, &Lifecycle::published(TODAY), at(30 + i as i64))
            .await
            .unwrap();
    }
    f.matcher.follow(&f.store, at(40)).await.unwrap();
    let matches = offers_for(&f, "need-vi-that").await;
    let kit = matches
        .iter()
        .find(|m| m.reference.as_str() == "off-en-wssv")
        .unwrap();
    let mention = said(kit)
        .into_iter()
        .find(|r| r.starts_with("both mention"))
        .unwrap();
    assert!(mention.contains("WSSV"), "{mention}");
    assert!(!mention.contains("that"), "{mention}");
}

/// The reasons as the command line says them.
fn said(found: &Match) -> Vec<String> {
    found.reasons.iter().map(ToString::to_string).collect()
}

fn search(text: &str) -> Search {
    Search {
        text: text.to_owned(),
        ..Search::default()
    }
}

async fn found(f: &Fixture, search: &Search) -> Vec<(Side, String)> {
    f.matcher
        .search(search, 0, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.side, m.reference.to_string()))
        .collect()
}

#[tokio::test]
async fn a_search_in_chinese_finds_the_vietnamese_need_first() {
    let f = fixture().await;
    let needs = Search {
        side: Some(Side::Need),
        ..search("对虾白斑病毒快速检测")
    };
    let results = f.matcher.search(&needs, 0, 10).await.unwrap();
    assert_eq!(results[0].reference.as_str(), "need-wssv");
    assert!(results.iter().all(|m| m.side == Side::Need));
    assert!(
        said(&results[0])[0].contains("Chinese ↔ Vietnamese"),
        "{:?}",
        results[0].reasons
    );
    let everything = found(&f, &search("WSSV")).await;
    assert!(everything.contains(&(Side::Need, "need-wssv".into())));
    assert!(everything.contains(&(Side::Offer, "off-wssv".into())));
    assert!(!everything.iter().any(|(_, r)| r == "off-draft"));
}

#[tokio::test]
async fn a_search_without_diacritics_finds_the_words_and_says_which() {
    let f = fixture().await;
    let offers = Search {
        side: Some(Side::Offer),
        ..search("máy bơm ruộng lúa")
    };
    let results = f.matcher.search(&offers, 0, 10).await.unwrap();
    assert_eq!(results[0].reference.as_str(), "off-pump");
    // Its words as it writes them, without accents, the rarest first.
    let reason = &said(&results[0])[0];
    assert!(reason.starts_with("mentions "), "{reason}");
    assert!(reason.contains("bom"), "{reason}");
}

#[tokio::test]
async fn filters_narrow_every_search() {
    use techbridge_domain::Language;
    use techbridge_domain::taxonomy::Sector;
    let f = fixture().await;
    let agriculture = Search {
        sectors: vec![Sector::parse("agriculture").unwrap()],
        ..search("WSSV tôm")
    };
    let results = found(&f, &agriculture).await;
    assert!(!results.is_empty());
    assert!(
        results
            .iter()
            .all(|(_, r)| r == "need-pump" || r == "off-pump"),
        "{results:?}"
    );
    let ready = Search {
        trl: Some(7..=9),
        ..search("对虾")
    };
    let mut results = found(&f, &ready).await;
    results.sort();
    assert_eq!(
        results,
        [
            (Side::Offer, "off-feed".into()),
            (Side::Offer, "off-wssv".into())
        ]
    );
    let in_vietnamese = Search {
        languages: vec![Language::parse("vi").unwrap()],
        side: Some(Side::Offer),
        ..search("")
    };
    assert_eq!(
        found(&f, &in_vietnamese).await,
        [(Side::Offer, "off-pump".into())]
    );
    let from_thailand = Search {
        countries: vec![techbridge_domain::Country::parse("TH").unwrap()],
        ..search("shrimp disease test")
    };
    assert_eq!(
        found(&f, &from_thailand).await,
        [(Side::Offer, "off-pump".into())]
    );
}

#[tokio::test]
async fn an_empty_search_lists_and_pages_the_published_listings() {
    let f = fixture().await;
    let all = found(&f, &search("  ")).await;
    assert_eq!(all.len(), 5, "{all:?}");
    let words = search("tôm");
    let first: Vec<_> = f.matcher.search(&words, 0, 2).await.unwrap();
    let second: Vec<_> = f.matcher.search(&words, 2, 2).await.unwrap();
    let both: Vec<_> = f.matcher.search(&words, 0, 4).await.unwrap();
    assert_eq!([first, second].concat(), both);
}
