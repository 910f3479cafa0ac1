//! A listing as its form submits it: every field read with the domain's parser, every problem
//! named by field, and what was typed kept so the form can be shown again.

use jiff::civil::Date;
use techbridge_domain::taxonomy::{Cooperation, IpStatus, Sector, Trl};
use techbridge_domain::{
    Country, Language, Line, Listing, ListingKind, NeedTerms, Ref, Side, Text, UsdAmount,
};

use crate::auth::forms::Form;

/// What the form holds, as typed: shown again when something is wrong, and filled from a
/// stored listing when it is edited.
#[derive(Debug, Clone, Default)]
pub(crate) struct ListingValues {
    pub(crate) language: String,
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) description: String,
    pub(crate) sectors: Vec<String>,
    pub(crate) trl: String,
    pub(crate) ip_status: String,
    pub(crate) cooperation: Vec<String>,
    pub(crate) target_countries: Vec<String>,
    pub(crate) keywords: String,
    pub(crate) confidential: String,
    pub(crate) deadline: String,
    pub(crate) budget_usd: String,
}

impl ListingValues {
    pub(crate) fn from_form(form: &Form) -> Self {
        let all = |name: &str| -> Vec<String> {
            form.0
                .iter()
                .filter(|(k, v)| k == name && !v.trim().is_empty())
                .map(|(_, v)| v.trim().to_owned())
                .collect()
        };
        Self {
            language: form.text("language"),
            title: form.text("title"),
            summary: form.text("summary"),
            description: form.text("description"),
            sectors: all("sectors"),
            trl: form.text("trl"),
            ip_status: form.text("ip_status"),
            cooperation: all("cooperation"),
            target_countries: all("target_countries"),
            keywords: form.text("keywords"),
            confidential: form.text("confidential"),
            deadline: form.text("deadline"),
            budget_usd: form.text("budget_usd"),
        }
    }

    pub(crate) fn from_listing(listing: &Listing) -> Self {
        let (deadline, budget) = match &listing.kind {
            ListingKind::Need(terms) => (
                terms.deadline.map(|d| d.to_string()).unwrap_or_default(),
                terms.budget.map(|b| b.to_string()).unwrap_or_default(),
            ),
            ListingKind::Offer => (String::new(), String::new()),
        };
        Self {
            language: listing.language.as_str().to_owned(),
            title: listing.title.as_str().to_owned(),
            summary: listing.summary.as_str().to_owned(),
            description: listing
                .description
                .as_ref()
                .map(|d| d.as_str().to_owned())
                .unwrap_or_default(),
            sectors: listing
                .sectors
                .iter()
                .map(|s| s.slug().to_owned())
                .collect(),
            trl: listing
                .trl
                .map(|t| t.level().to_string())
                .unwrap_or_default(),
            ip_status: listing
                .ip_status
                .map(|s| s.slug().to_owned())
                .unwrap_or_default(),
            cooperation: listing
                .cooperation
                .iter()
                .map(|c| c.slug().to_owned())
                .collect(),
            target_countries: listing
                .target_countries
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
            keywords: listing
                .keywords
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            confidential: listing
                .confidential
                .as_ref()
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            deadline,
            budget_usd: budget,
        }
    }

    /// The listing these values describe, or every problem as (field, what is wrong).
    pub(crate) fn parse(
        &self,
        side: Side,
        reference: Ref,
        organization: Ref,
    ) -> Result<Listing, Vec<(&'static str, String)>> {
        let mut problems: Vec<(&'static str, String)> = Vec::new();
        macro_rules! field {
            ($name:literal, $parsed:expr) => {
                match $parsed {
                    Ok(value) => Some(value),
                    Err(e) => {
                        problems.push(($name, e.to_string()));
                        None
                    }
                }
            };
        }
        fn optional<T, E>(raw: &str, parse: impl Fn(&str) -> Result<T, E>) -> Result<Option<T>, E> {
            if raw.is_empty() {
                Ok(None)
            } else {
                parse(raw).map(Some)
            }
        }
        fn list<T, E>(raw: &[String], parse: impl Fn(&str) -> Result<T, E>) -> Result<Vec<T>, E> {
            let mut out = Vec::new();
            for value in raw {
                out.push(parse(value)?);
            }
            Ok(out)
        }
        let language = field!("language", Language::parse(&self.language));
        let title = field!("title", Line::<200>::parse(&self.title));
        let summary = field!("summary", Text::<1000>::parse(&self.summary));
        let description = field!("description", optional(&self.description, Text::parse));
        let sectors = field!("sectors", list(&self.sectors, Sector::parse));
        let trl = field!(
            "trl",
            optional(&self.trl, |raw| match raw.parse::<i64>() {
                Ok(level) => Trl::new(level),
                Err(_) => Trl::new(0),
            })
        );
        let ip_status = field!("ip_status", optional(&self.ip_status, IpStatus::parse));
        let cooperation = field!("cooperation", list(&self.cooperation, Cooperation::parse));
        let target_countries = field!(
            "target_countries",
            list(&self.target_countries, Country::parse)
        );
        let keywords = field!(
            "keywords",
            list(
                &self
                    .keywords
                    .split([',', '，', '、', ';'])
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
                Line::<80>::parse,
            )
        );
        let confidential = field!("confidential", optional(&self.confidential, Text::parse));
        let kind = match side {
            Side::Offer => {
                if !self.deadline.is_empty() || !self.budget_usd.is_empty() {
                    problems.push((
                        "deadline",
                        "only a need has a deadline and a budget".to_owned(),
                    ));
                }
                Some(ListingKind::Offer)
            }
            Side::Need => {
                let deadline = field!(
                    "deadline",
                    optional(&self.deadline, |raw| raw
                        .parse::<Date>()
                        .map_err(|_| format!("\"{raw}\" is not a date (YYYY-MM-DD)")))
                );
                let budget = field!(
                    "budget_usd",
                    optional(&self.budget_usd, |raw| {
                        match raw.replace([',', ' ', '.'], "").parse::<u64>() {
                            Ok(dollars) => UsdAmount::new(dollars).map_err(|e| e.to_string()),
                            Err(_) => Err(format!("\"{raw}\" is not a whole number of US dollars")),
                        }
                    })
                );
                match (deadline, budget) {
                    (Some(deadline), Some(budget)) => {
                        Some(ListingKind::Need(NeedTerms { deadline, budget }))
                    }
                    _ => None,
                }
            }
        };
        match (
            language,
            title,
            summary,
            description,
            sectors,
            trl,
            ip_status,
            cooperation,
            target_countries,
            keywords,
            confidential,
            kind,
        ) {
            (
                Some(language),
                Some(title),
                Some(summary),
                Some(description),
                Some(sectors),
                Some(trl),
                Some(ip_status),
                Some(cooperation),
                Some(target_countries),
                Some(keywords),
                Some(confidential),
                Some(kind),
            ) if problems.is_empty() => Ok(Listing {
                kind,
                reference,
                organization,
                language,
                title,
                summary,
                description,
                sectors,
                trl,
                ip_status,
                cooperation,
                target_countries,
                keywords,
                confidential,
            }),
            _ => Err(problems),
        }
    }
}
