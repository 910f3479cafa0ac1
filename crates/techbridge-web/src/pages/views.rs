//! Listings and organizations as pages show them: every closed vocabulary translated, dates and
//! amounts in the reader's locale, the language a listing was written in named.

use techbridge_domain::{ASEAN, Country, Language, ListingKind, PLUS_THREE, RCEP_OTHERS, Side};
use techbridge_search::{Match, Reason};
use techbridge_store::{StoredListing, StoredOrganization};

use crate::i18n::Tr;

/// A listing in a list: enough to decide whether to open it.
#[derive(Debug)]
pub(crate) struct ListingCard {
    pub(crate) href: String,
    pub(crate) side: &'static str,
    pub(crate) side_label: String,
    pub(crate) title: String,
    pub(crate) summary: String,
    /// The language it is written in, as the `lang` attribute of its text.
    pub(crate) lang: String,
    pub(crate) written_in: String,
    pub(crate) organization: String,
    pub(crate) organization_href: String,
    pub(crate) country: String,
    pub(crate) sectors: Vec<String>,
    pub(crate) trl: Option<String>,
    pub(crate) published: Option<String>,
    /// Why it is shown, when it was found by a search or a match.
    pub(crate) score: Option<String>,
    pub(crate) reasons: Vec<String>,
}

/// The address of a listing's page.
pub(crate) fn listing_href(side: Side, reference: &str) -> String {
    format!("/{}s/{}", side.slug(), encode(reference))
}

pub(crate) fn organization_href(reference: &str) -> String {
    format!("/organizations/{}", encode(reference))
}

/// A path segment with everything but unreserved characters percent-encoded.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

pub(crate) fn side_label(tr: &Tr<'_>, side: Side) -> String {
    tr.t(match side {
        Side::Offer => "side-offer",
        Side::Need => "side-need",
    })
}

/// The countries of the network (ASEAN, then China, Japan, Korea, then the other RCEP
/// partners), in the order forms offer them.
pub(crate) fn network_countries() -> impl Iterator<Item = Country> {
    ASEAN
        .iter()
        .chain(&PLUS_THREE)
        .chain(&RCEP_OTHERS)
        .filter_map(|code| Country::parse(code).ok())
}

pub(crate) fn country_name(tr: &Tr<'_>, country: Country) -> String {
    let key = format!("country-{}", country.code());
    let name = tr.t(&key);
    if name == key {
        country.english_name().to_owned()
    } else {
        name
    }
}

pub(crate) fn language_name(tr: &Tr<'_>, language: &Language) -> String {
    let key = format!("language-{}", language.primary());
    let name = tr.t(&key);
    if name == key {
        language.english_name().to_owned()
    } else {
        name
    }
}

impl ListingCard {
    pub(crate) fn new(
        tr: &Tr<'_>,
        stored: &StoredListing,
        organization: Option<&StoredOrganization>,
        found: Option<&Match>,
    ) -> Self {
        let listing = &stored.listing;
        let side = listing.kind.side();
        let published = match &stored.lifecycle {
            techbridge_domain::Lifecycle::Published { published_on, .. } => {
                Some(tr.date(*published_on))
            }
            _ => None,
        };
        Self {
            href: listing_href(side, listing.reference.as_str()),
            side: side.slug(),
            side_label: side_label(tr, side),
            title: listing.title.as_str().to_owned(),
            summary: listing.summary.as_str().to_owned(),
            lang: listing.language.as_str().to_owned(),
            written_in: tr.t1(
                "listing-written-in",
                "language",
                language_name(tr, &listing.language),
            ),
            organization: organization.map_or_else(
                || listing.organization.as_str().to_owned(),
                |o| o.organization.name.as_str().to_owned(),
            ),
            organization_href: organization_href(listing.organization.as_str()),
            country: organization
                .map(|o| country_name(tr, o.organization.country))
                .unwrap_or_default(),
            sectors: listing
                .sectors
                .iter()
                .map(|s| tr.t(&format!("sector-{}", s.slug())))
                .collect(),
            trl: listing
                .trl
                .map(|t| tr.t1("listing-trl-short", "level", t.level().to_string())),
            published,
            score: found.map(|m| format!("{:.2}", m.score)),
            reasons: found
                .map(|m| m.reasons.iter().map(|r| reason(tr, r)).collect())
                .unwrap_or_default(),
        }
    }
}

/// Everything the public page of a listing shows. The confidential details are not here: they
/// are never read for a public page.
#[derive(Debug)]
pub(crate) struct ListingView {
    pub(crate) card: ListingCard,
    pub(crate) reference: String,
    pub(crate) description: Option<String>,
    pub(crate) keywords: Vec<String>,
    pub(crate) trl_meaning: Option<String>,
    pub(crate) ip_status: Option<String>,
    pub(crate) cooperation: Vec<String>,
    pub(crate) target_countries: Vec<String>,
    pub(crate) deadline: Option<String>,
    pub(crate) budget: Option<String>,
    pub(crate) expires: Option<String>,
    pub(crate) has_confidential: bool,
}

impl ListingView {
    pub(crate) fn new(
        tr: &Tr<'_>,
        stored: &StoredListing,
        organization: Option<&StoredOrganization>,
    ) -> Self {
        let listing = &stored.listing;
        let (deadline, budget) = match &listing.kind {
            ListingKind::Need(terms) => (
                terms.deadline.map(|d| tr.date(d)),
                terms.budget.map(|b| tr.usd(b.dollars())),
            ),
            ListingKind::Offer => (None, None),
        };
        let expires = match &stored.lifecycle {
            techbridge_domain::Lifecycle::Published { expires_on, .. } => {
                Some(tr.date(*expires_on))
            }
            _ => None,
        };
        Self {
            card: ListingCard::new(tr, stored, organization, None),
            reference: listing.reference.as_str().to_owned(),
            description: listing.description.as_ref().map(|d| d.as_str().to_owned()),
            keywords: listing
                .keywords
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
            trl_meaning: listing.trl.map(|t| tr.t(&format!("trl-{}", t.level()))),
            ip_status: listing.ip_status.map(|s| tr.t(&format!("ip-{}", s.slug()))),
            cooperation: listing
                .cooperation
                .iter()
                .map(|c| tr.t(&format!("cooperation-{}", c.slug())))
                .collect(),
            target_countries: listing
                .target_countries
                .iter()
                .map(|c| country_name(tr, *c))
                .collect(),
            deadline,
            budget,
            expires,
            has_confidential: stored.confidential_version > 0,
        }
    }
}

/// A reason a listing was matched or found, in the reader's language.
pub(crate) fn reason(tr: &Tr<'_>, reason: &Reason) -> String {
    let language = |l: Option<&Language>| match l {
        Some(l) => language_name(tr, l),
        None => tr.t("language-unknown"),
    };
    let joined = |labels: Vec<String>| labels.join(", ");
    match reason {
        Reason::Meaning {
            similarity,
            from,
            to,
        } => {
            let similarity = format!("{similarity:.2}");
            match (from, to) {
                (Some(a), Some(b)) if a.primary() == b.primary() => tr.with(
                    "reason-meaning-same-language",
                    &[
                        ("similarity", similarity.into()),
                        ("language", language(Some(a)).into()),
                    ],
                ),
                _ => tr.with(
                    "reason-meaning",
                    &[
                        ("similarity", similarity.into()),
                        ("from", language(from.as_ref()).into()),
                        ("to", language(to.as_ref()).into()),
                    ],
                ),
            }
        }
        Reason::BothMention(words) => tr.t1("reason-both-mention", "words", words),
        Reason::Mentions(words) => tr.t1("reason-mentions", "words", words),
        Reason::SameSectors(sectors) => tr.t1(
            "reason-same-sectors",
            "sectors",
            joined(
                sectors
                    .iter()
                    .map(|s| tr.t(&format!("sector-{}", s.slug())))
                    .collect(),
            ),
        ),
        Reason::ReadinessMeets { offered, needed } => tr.with(
            "reason-readiness-meets",
            &[
                ("offered", offered.to_string().into()),
                ("needed", needed.to_string().into()),
            ],
        ),
        Reason::ReadinessBelow { offered, needed } => tr.with(
            "reason-readiness-below",
            &[
                ("offered", offered.to_string().into()),
                ("needed", needed.to_string().into()),
            ],
        ),
        Reason::BothSeek(cooperation) => tr.t1(
            "reason-both-seek",
            "cooperation",
            joined(
                cooperation
                    .iter()
                    .map(|c| tr.t(&format!("cooperation-{}", c.slug())))
                    .collect(),
            ),
        ),
        Reason::OfferedIn(country) => {
            tr.t1("reason-offered-in", "country", country_name(tr, *country))
        }
        Reason::SoughtIn(country) => {
            tr.t1("reason-sought-in", "country", country_name(tr, *country))
        }
        Reason::DeadlinePassed(date) => tr.t1("reason-deadline-passed", "date", tr.date(*date)),
    }
}
