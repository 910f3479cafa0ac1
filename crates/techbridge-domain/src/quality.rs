//! Hints on a listing's profile before it is submitted: what makes a listing findable and
//! credible to a reader in another country. Hints advise; they never block a submission.

use crate::Listing;

/// A summary shorter than this rarely says what the technology does and for whom.
pub const SHORT_SUMMARY_CHARS: usize = 80;
/// A description shorter than this leaves out how it works and what it has achieved.
pub const SHORT_DESCRIPTION_CHARS: usize = 300;

/// Something to improve, in the order a reader meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualityHint {
    SummaryTooShort,
    NoDescription,
    DescriptionTooShort,
    /// No figure anywhere: capacity, yield, cost, accuracy, time saved, tests done.
    NoFigures,
    /// Superlatives and exclamations read as advertising, not as a technology profile.
    SalesPitch,
    NoSectors,
    NoReadinessLevel,
    NoKeywords,
}

impl QualityHint {
    pub const ALL: [QualityHint; 8] = [
        Self::SummaryTooShort,
        Self::NoDescription,
        Self::DescriptionTooShort,
        Self::NoFigures,
        Self::SalesPitch,
        Self::NoSectors,
        Self::NoReadinessLevel,
        Self::NoKeywords,
    ];

    /// The slug, which is also the interface's message key after `quality-`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::SummaryTooShort => "summary-too-short",
            Self::NoDescription => "no-description",
            Self::DescriptionTooShort => "description-too-short",
            Self::NoFigures => "no-figures",
            Self::SalesPitch => "sales-pitch",
            Self::NoSectors => "no-sectors",
            Self::NoReadinessLevel => "no-readiness-level",
            Self::NoKeywords => "no-keywords",
        }
    }
}

/// Words of advertising in the network's languages, lower-case.
const PITCH_WORDS: [&str; 24] = [
    "best",
    "revolutionary",
    "world-leading",
    "world leading",
    "world-class",
    "unique",
    "unbeatable",
    "cheapest",
    "guaranteed",
    "amazing",
    "number one",
    "no.1",
    "最好",
    "最佳",
    "领先",
    "第一",
    "顶级",
    "革命性",
    "tốt nhất",
    "số một",
    "hàng đầu",
    "ดีที่สุด",
    "terbaik",
    "pinakamahusay",
];

pub fn hints(listing: &Listing) -> Vec<QualityHint> {
    let mut hints = Vec::new();
    let summary = listing.summary.as_str();
    let description = listing.description.as_ref().map_or("", |d| d.as_str());
    if summary.chars().count() < SHORT_SUMMARY_CHARS {
        hints.push(QualityHint::SummaryTooShort);
    }
    match description.chars().count() {
        0 => hints.push(QualityHint::NoDescription),
        n if n < SHORT_DESCRIPTION_CHARS => hints.push(QualityHint::DescriptionTooShort),
        _ => {}
    }
    let text = format!("{} {summary} {description}", listing.title.as_str());
    if !text.chars().any(|c| c.is_numeric()) {
        hints.push(QualityHint::NoFigures);
    }
    let lower = text.to_lowercase();
    let exclamations = text.chars().filter(|c| matches!(c, '!' | '！')).count();
    if exclamations >= 2 || PITCH_WORDS.iter().any(|w| lower.contains(w)) {
        hints.push(QualityHint::SalesPitch);
    }
    if listing.sectors.is_empty() {
        hints.push(QualityHint::NoSectors);
    }
    if listing.trl.is_none() {
        hints.push(QualityHint::NoReadinessLevel);
    }
    if listing.keywords.is_empty() {
        hints.push(QualityHint::NoKeywords);
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::{Record, parse_record};

    fn listing(line: &str) -> Listing {
        match parse_record(line).unwrap() {
            Record::Listing { listing, .. } => listing,
            Record::Organization(_) => panic!("not a listing line"),
        }
    }

    #[test]
    fn a_thin_pitch_gets_every_hint_and_a_full_profile_none() {
        let thin = listing(
            r#"{"kind":"offer","ref":"o1","organization":"org","language":"en","title":"The best pump!!","summary":"Revolutionary pump."}"#,
        );
        assert_eq!(
            hints(&thin),
            [
                QualityHint::SummaryTooShort,
                QualityHint::NoDescription,
                QualityHint::NoFigures,
                QualityHint::SalesPitch,
                QualityHint::NoSectors,
                QualityHint::NoReadinessLevel,
                QualityHint::NoKeywords,
            ]
        );
        let description = "A 3 kW brushless pump driven by 8 panels lifts 40 m3 of water an hour from canals 4 m below the field. ".repeat(4);
        let full = listing(&format!(
            r#"{{"kind":"offer","ref":"o2","organization":"org","language":"en","title":"Solar pump for paddy irrigation","summary":"A solar-powered pump that irrigates 2 ha of rice without diesel, tested on 30 farms in Guangxi over two seasons.","description":"{description}","sectors":["agriculture"],"trl":7,"keywords":["solar pump"]}}"#
        ));
        assert_eq!(hints(&full), []);
    }

    #[test]
    fn pitch_words_are_found_in_other_languages() {
        let zh = listing(
            r#"{"kind":"offer","ref":"o3","organization":"org","language":"zh","title":"国际领先的对虾检测技术","summary":"检测时间40分钟。"}"#,
        );
        assert!(hints(&zh).contains(&QualityHint::SalesPitch));
        assert!(!hints(&zh).contains(&QualityHint::NoFigures));
    }
}
