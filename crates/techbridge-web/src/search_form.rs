//! The search a page or the API asks for, read from query parameters: free text and the
//! filters, each value checked against the domain's vocabularies. Every bad value is reported,
//! not just the first.

use techbridge_domain::taxonomy::{Cooperation, IpStatus, Sector};
use techbridge_domain::{Country, Language, Side};
use techbridge_search::Search;
use techbridge_search::analysis::script_language;

use crate::i18n::Locale;

/// Results on one page of a search.
pub(crate) const PAGE_SIZE: usize = 20;
/// Pages a search can be turned to; beyond this the question should be narrowed.
pub(crate) const MAX_PAGE: usize = 50;
/// Longest search text accepted, in characters.
pub(crate) const MAX_TEXT: usize = 500;

/// A search read from the query, with the page asked for and every problem found.
#[derive(Debug, Default)]
pub(crate) struct SearchForm {
    pub(crate) search: Search,
    pub(crate) page: usize,
    pub(crate) problems: Vec<(String, String)>,
}

impl SearchForm {
    /// Reads `q`, `side`, `sector`, `trl_min`, `trl_max`, `ip`, `cooperation`, `country`,
    /// `language` and `page`; repeated parameters add values. `interface` is the reader's
    /// language, the best guess for text whose script does not tell.
    pub(crate) fn read(query: &[(String, String)], interface: Locale) -> Self {
        let mut form = Self {
            page: 1,
            ..Self::default()
        };
        let mut trl_min = None;
        let mut trl_max = None;
        for (name, value) in query {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let problem = match name.as_str() {
                "q" => {
                    if value.chars().count() > MAX_TEXT {
                        Some(format!("longer than {MAX_TEXT} characters"))
                    } else {
                        form.search.text = value.to_owned();
                        None
                    }
                }
                "side" => Side::parse(value)
                    .map(|s| form.search.side = Some(s))
                    .err()
                    .map(|e| e.to_string()),
                "sector" => push(&mut form.search.sectors, Sector::parse(value)),
                "ip" => push(&mut form.search.ip_status, IpStatus::parse(value)),
                "cooperation" => push(&mut form.search.cooperation, Cooperation::parse(value)),
                "country" => push(
                    &mut form.search.countries,
                    Country::parse(&value.to_ascii_uppercase()),
                ),
                "language" => push(&mut form.search.languages, Language::parse(value)),
                "trl_min" => level(value).map(|l| trl_min = Some(l)).err(),
                "trl_max" => level(value).map(|l| trl_max = Some(l)).err(),
                "page" => match value.parse::<usize>() {
                    Ok(page) if (1..=MAX_PAGE).contains(&page) => {
                        form.page = page;
                        None
                    }
                    _ => Some(format!("\"{value}\" is not a page from 1 to {MAX_PAGE}")),
                },
                _ => None,
            };
            if let Some(problem) = problem {
                form.problems.push((name.clone(), problem));
            }
        }
        if trl_min.is_some() || trl_max.is_some() {
            let (low, high) = (trl_min.unwrap_or(1), trl_max.unwrap_or(9));
            if low > high {
                form.problems.push((
                    "trl_min".to_owned(),
                    format!("the lowest level {low} is above the highest {high}"),
                ));
            } else {
                form.search.trl = Some(low..=high);
            }
        }
        let written_in = script_language(&form.search.text).unwrap_or(interface.code());
        form.search.language = Language::parse(written_in).ok();
        form
    }

    pub(crate) fn offset(&self) -> usize {
        (self.page - 1) * PAGE_SIZE
    }
}

fn push<T: PartialEq, E: ToString>(values: &mut Vec<T>, parsed: Result<T, E>) -> Option<String> {
    match parsed {
        Ok(value) => {
            if !values.contains(&value) {
                values.push(value);
            }
            None
        }
        Err(e) => Some(e.to_string()),
    }
}

fn level(raw: &str) -> Result<u8, String> {
    raw.parse::<u8>()
        .ok()
        .filter(|l| (1..=9).contains(l))
        .ok_or_else(|| format!("\"{raw}\" is not a technology readiness level from 1 to 9"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> SearchForm {
        let query: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        SearchForm::read(&query, Locale::En)
    }

    #[test]
    fn filters_are_read_and_repeated_values_add() {
        let form = read(&[
            ("q", "  máy bơm "),
            ("side", "offer"),
            ("sector", "agriculture"),
            ("sector", "aquaculture"),
            ("trl_min", "4"),
            ("country", "vn"),
            ("page", "2"),
        ]);
        assert!(form.problems.is_empty(), "{:?}", form.problems);
        assert_eq!(form.search.text, "máy bơm");
        assert_eq!(form.search.side, Some(Side::Offer));
        assert_eq!(form.search.sectors.len(), 2);
        assert_eq!(form.search.trl, Some(4..=9));
        assert_eq!(
            form.search.language.as_ref().map(Language::as_str),
            Some("vi")
        );
        assert_eq!(form.offset(), PAGE_SIZE);
    }

    #[test]
    fn every_bad_value_is_reported_by_name() {
        let form = read(&[
            ("sector", "alchemy"),
            ("trl_min", "12"),
            ("page", "0"),
            ("side", "both"),
            ("trl_max", "3"),
        ]);
        let names: Vec<&str> = form.problems.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["sector", "trl_min", "page", "side"]);
        assert!(form.problems[0].1.contains("alchemy"));
    }

    #[test]
    fn an_upside_down_range_is_refused() {
        let form = read(&[("trl_min", "7"), ("trl_max", "3")]);
        assert_eq!(form.problems.len(), 1);
        assert_eq!(form.search.trl, None);
    }
}
