//! The catalogues are complete: every language has every message English has (and no other),
//! and every message the code asks for exists.

use std::collections::BTreeSet;
use std::path::Path;

use techbridge_domain::quality::QualityHint;
use techbridge_domain::taxonomy::{Cooperation, IpStatus, OrganizationType, Sector};
use techbridge_domain::{
    ASEAN, CONTENT_LANGUAGES, InterestStatus, ListingStatus, PLUS_THREE, RCEP_OTHERS,
};

use super::{Catalogues, Locale};
use crate::error::AppError;

fn english() -> BTreeSet<String> {
    Catalogues::keys(Locale::En).into_iter().collect()
}

#[test]
fn every_catalogue_parses_and_has_exactly_the_english_messages() {
    Catalogues::load().unwrap();
    let english = english();
    assert!(english.len() > 100);
    for locale in Locale::ALL {
        let keys: BTreeSet<String> = Catalogues::keys(locale).into_iter().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, not in English {extra:?}"
        );
    }
}

/// Message keys written literally in templates and code: `.t("key")`, `.t1("key"`,
/// `.with("key"`.
fn literal_keys(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            literal_keys(&path, found);
            continue;
        }
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for opener in [".t(", ".t1(", ".with("] {
            for piece in text.split(opener).skip(1) {
                let Some(quoted) = piece.trim_start().strip_prefix('"') else {
                    continue;
                };
                let key: String = quoted.chars().take_while(|c| *c != '"').collect();
                if !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    found.insert(key);
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wanted = BTreeSet::new();
    literal_keys(&root.join("src"), &mut wanted);
    literal_keys(&root.join("templates"), &mut wanted);
    assert!(wanted.contains("site-name") && wanted.contains("listing-written-in"));
    // Keys chosen by a `match` or built from a vocabulary's slug.
    for key in [
        "side-offer",
        "side-need",
        "listing-matching-offers",
        "listing-matching-needs",
        "editor-new-offer",
        "editor-new-need",
        "interest-explain-sent",
        "interest-explain-sent-owner",
        "interest-explain-accepted",
        "interest-explain-accepted-owner",
        "role-admin",
        "role-member",
    ] {
        wanted.insert(key.to_owned());
    }
    for field in [
        "q",
        "side",
        "sector",
        "trl_min",
        "trl_max",
        "ip",
        "cooperation",
        "country",
        "language",
        "page",
    ] {
        wanted.insert(format!("search-field-{field}"));
    }
    for s in Sector::ALL {
        wanted.insert(format!("sector-{}", s.slug()));
    }
    for s in IpStatus::ALL {
        wanted.insert(format!("ip-{}", s.slug()));
    }
    for c in Cooperation::ALL {
        wanted.insert(format!("cooperation-{}", c.slug()));
    }
    for t in OrganizationType::ALL {
        wanted.insert(format!("organization-type-{}", t.slug()));
    }
    for status in ListingStatus::ALL {
        wanted.insert(format!("status-{}", status.slug()));
    }
    for status in InterestStatus::ALL {
        wanted.insert(format!("interest-status-{}", status.slug()));
    }
    for hint in QualityHint::ALL {
        wanted.insert(format!("quality-{}", hint.slug()));
    }
    for field in [
        "language",
        "title",
        "summary",
        "description",
        "keywords",
        "sectors",
        "trl",
        "ip_status",
        "cooperation",
        "target_countries",
        "deadline",
        "budget_usd",
        "confidential",
    ] {
        wanted.insert(format!("field-{field}"));
    }
    for level in 1..=9 {
        wanted.insert(format!("trl-{level}"));
    }
    for code in ASEAN.iter().chain(&PLUS_THREE).chain(&RCEP_OTHERS) {
        wanted.insert(format!("country-{code}"));
    }
    for code in CONTENT_LANGUAGES {
        wanted.insert(format!("language-{code}"));
    }
    for error in [
        AppError::NotFound,
        AppError::invalid("f", "d"),
        AppError::SignInRequired,
        AppError::Forbidden,
        AppError::CsrfRejected,
        AppError::TooManyAttempts,
        AppError::Refused(String::new()),
        AppError::Internal,
    ] {
        wanted.insert(format!("error-{}", error.code()));
    }
    let english = english();
    let missing: Vec<_> = wanted.difference(&english).collect();
    assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
}

#[test]
fn a_message_missing_in_a_language_falls_back_to_english() {
    let catalogues = Catalogues::load().unwrap();
    let km = catalogues.tr(Locale::Km);
    assert_ne!(
        km.t("nav-search"),
        catalogues.tr(Locale::En).t("nav-search")
    );
    assert_eq!(km.t("no-such-message"), "no-such-message");
}

#[test]
fn dates_and_numbers_follow_the_locale() {
    let catalogues = Catalogues::load().unwrap();
    let day = jiff::civil::date(2027, 9, 30);
    assert_eq!(catalogues.tr(Locale::En).date(day), "Sep 30, 2027");
    assert_eq!(catalogues.tr(Locale::Zh).date(day), "2027年9月30日");
    assert_eq!(catalogues.tr(Locale::En).number(1_234_567), "1,234,567");
    assert_eq!(catalogues.tr(Locale::Vi).number(1_234_567), "1.234.567");
    // Thai dates stay in the Gregorian calendar: 2027, not 2570.
    assert!(catalogues.tr(Locale::Th).date(day).contains("2027"));
}
