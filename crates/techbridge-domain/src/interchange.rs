//! The interchange file's records (one JSON object per line; see the README's "Interchange
//! format"): parsing a line into a domain record, naming every bad field, and writing a record
//! back in the same form, so that export then import reproduces a store.

use jiff::civil::Date;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::lifecycle::RejectionReason;
use crate::listing::{MAX_KEYWORDS, MAX_SECTORS};
use crate::taxonomy::{Cooperation, IpStatus, OrganizationType, Sector, Trl};
use crate::{
    Confidential, Country, Description, Keyword, Language, LifecycleSpec, Line, Listing,
    ListingKind, ListingStatus, NeedTerms, Organization, OrganizationName, ParseError, Ref,
    Summary, Text, Title, UsdAmount, Verification, Website,
};

/// One line of an interchange file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[expect(
    clippy::large_enum_variant,
    reason = "records are read and written one at a time, never held in bulk"
)]
pub enum Record {
    Organization(Organization),
    Listing {
        listing: Listing,
        lifecycle: LifecycleSpec,
    },
}

/// The kinds of record, each with its own space of refs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Organization,
    Offer,
    Need,
}

impl RecordKind {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Offer => "offer",
            Self::Need => "need",
        }
    }

    fn parse(raw: &str) -> Result<Self, ParseError> {
        match raw {
            "organization" => Ok(Self::Organization),
            "offer" => Ok(Self::Offer),
            "need" => Ok(Self::Need),
            _ => Err(ParseError::new(format!(
                "\"{raw}\" is not a record kind (one of: organization, offer, need)"
            ))),
        }
    }
}

impl Record {
    pub fn kind(&self) -> RecordKind {
        match self {
            Self::Organization(_) => RecordKind::Organization,
            Self::Listing { listing, .. } => match listing.kind {
                ListingKind::Offer => RecordKind::Offer,
                ListingKind::Need(_) => RecordKind::Need,
            },
        }
    }

    pub fn reference(&self) -> &Ref {
        match self {
            Self::Organization(o) => &o.reference,
            Self::Listing { listing, .. } => &listing.reference,
        }
    }
}

/// A field of a line that is wrong, and why, in words its author can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub reason: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

/// Parses one line of an interchange file. On failure, every bad field is named.
pub fn parse_record(line: &str) -> Result<Record, Vec<FieldError>> {
    let map = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(vec![FieldError::new("line", "is not a JSON object")]),
        Err(e) => {
            return Err(vec![FieldError::new(
                "line",
                format!("is not valid JSON ({e})"),
            )]);
        }
    };
    let mut fields = Fields {
        map,
        errors: Vec::new(),
    };
    let kind = fields.required("kind", RecordKind::parse);
    let reference = fields.required("ref", Ref::parse);
    let record = match kind {
        Some(RecordKind::Organization) => organization(&mut fields, reference),
        Some(kind) => listing(&mut fields, kind, reference),
        None => {
            // Without a kind the other fields cannot be judged; say only what is known.
            fields.map.clear();
            None
        }
    };
    fields.report_unknown(kind);
    match record {
        Some(record) if fields.errors.is_empty() => Ok(record),
        _ => Err(fields.errors),
    }
}

fn organization(f: &mut Fields, reference: Option<Ref>) -> Option<Record> {
    let name = f.required("name", OrganizationName::parse);
    let country = f.required("country", Country::parse);
    let kind = f.required("type", OrganizationType::parse);
    let city = f.optional("city", Line::parse);
    let website = f.optional("website", Website::parse);
    let description = f.optional("description", Text::parse);
    let verification = f
        .optional("verification", Verification::parse)
        .unwrap_or(Verification::Verified);
    Some(Record::Organization(Organization {
        reference: reference?,
        name: name?,
        country: country?,
        kind: kind?,
        city,
        website,
        description,
        verification,
    }))
}

fn listing(f: &mut Fields, kind: RecordKind, reference: Option<Ref>) -> Option<Record> {
    let organization = f.required("organization", Ref::parse);
    let language = f.required("language", Language::parse);
    let title = f.required("title", Title::parse);
    let summary = f.required("summary", Summary::parse);
    let description = f.optional("description", Description::parse);
    let sectors = f.list("sectors", Sector::parse, MAX_SECTORS);
    let trl = f.integer("trl").and_then(|n| f.check("trl", Trl::new(n)));
    let ip_status = f.optional("ip_status", IpStatus::parse);
    let cooperation = f.list("cooperation", Cooperation::parse, Cooperation::ALL.len());
    let target_countries = f.list("target_countries", Country::parse, 250);
    let keywords = f.list("keywords", Keyword::parse, MAX_KEYWORDS);
    let confidential = f.optional("confidential", Confidential::parse);
    let status = f
        .optional("status", ListingStatus::parse)
        .unwrap_or(ListingStatus::Published);
    let lifecycle = LifecycleSpec {
        status,
        published_on: f.optional("published_on", parse_date),
        expires_on: f.optional("expires_on", parse_date),
        rejection_reason: f.optional("rejection_reason", RejectionReason::parse),
    };
    if let Err((field, reason)) = lifecycle.check() {
        f.errors.push(FieldError::new(field, reason));
    }
    let kind = match kind {
        RecordKind::Need => ListingKind::Need(NeedTerms {
            deadline: f.optional("deadline", parse_date),
            budget: f
                .integer("budget_usd")
                .and_then(|n| f.check("budget_usd", budget(n))),
        }),
        _ => ListingKind::Offer,
    };
    Some(Record::Listing {
        listing: Listing {
            kind,
            reference: reference?,
            organization: organization?,
            language: language?,
            title: title?,
            summary: summary?,
            description,
            sectors,
            trl,
            ip_status,
            cooperation,
            target_countries,
            keywords,
            confidential,
        },
        lifecycle,
    })
}

fn budget(n: i64) -> Result<UsdAmount, ParseError> {
    let dollars = u64::try_from(n)
        .map_err(|_| ParseError::new(format!("{n} is negative; a budget is 0 or more")))?;
    UsdAmount::new(dollars)
}

/// A calendar date written exactly as `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Result<Date, ParseError> {
    let bad = || ParseError::new(format!("\"{raw}\" is not a date in the form YYYY-MM-DD"));
    let b = raw.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(bad());
    }
    raw.parse::<Date>().map_err(|_| bad())
}

/// The fields of one line, taken out one by one; what is left at the end is unknown.
struct Fields {
    map: Map<String, Value>,
    errors: Vec<FieldError>,
}

impl Fields {
    /// Takes a field out; JSON `null` counts as absent.
    fn take(&mut self, name: &str) -> Option<Value> {
        self.map.remove(name).filter(|v| !v.is_null())
    }

    fn check<T>(&mut self, name: &str, result: Result<T, ParseError>) -> Option<T> {
        result
            .map_err(|e| self.errors.push(FieldError::new(name, e.reason())))
            .ok()
    }

    fn string<T>(
        &mut self,
        name: &str,
        value: Value,
        parse: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Option<T> {
        match value {
            Value::String(s) => self.check(name, parse(&s)),
            other => {
                self.errors.push(FieldError::new(
                    name,
                    format!("expected a string, found {}", describe(&other)),
                ));
                None
            }
        }
    }

    fn required<T>(
        &mut self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Option<T> {
        match self.take(name) {
            Some(value) => self.string(name, value, parse),
            None => {
                self.errors.push(FieldError::new(name, "is required"));
                None
            }
        }
    }

    fn optional<T>(
        &mut self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Option<T> {
        let value = self.take(name)?;
        self.string(name, value, parse)
    }

    fn integer(&mut self, name: &str) -> Option<i64> {
        match self.take(name)? {
            Value::Number(n) if n.as_i64().is_some() => n.as_i64(),
            other => {
                self.errors.push(FieldError::new(
                    name,
                    format!("expected a whole number, found {}", describe(&other)),
                ));
                None
            }
        }
    }

    /// An array of strings, each parsed, without repeats, at most `max` long.
    fn list<T: PartialEq>(
        &mut self,
        name: &str,
        parse: impl Fn(&str) -> Result<T, ParseError>,
        max: usize,
    ) -> Vec<T> {
        let items = match self.take(name) {
            None => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.errors.push(FieldError::new(
                    name,
                    format!("expected an array of strings, found {}", describe(&other)),
                ));
                return Vec::new();
            }
        };
        if items.len() > max {
            self.errors.push(FieldError::new(
                name,
                format!("has {} entries, at most {max} are allowed", items.len()),
            ));
            return Vec::new();
        }
        let mut parsed = Vec::with_capacity(items.len());
        for item in items {
            let shown = item.to_string();
            if let Some(value) = self.string(name, item, &parse) {
                if parsed.contains(&value) {
                    self.errors
                        .push(FieldError::new(name, format!("{shown} is listed twice")));
                } else {
                    parsed.push(value);
                }
            }
        }
        parsed
    }

    fn report_unknown(&mut self, kind: Option<RecordKind>) {
        let leftover: Vec<String> = self.map.keys().cloned().collect();
        for name in leftover {
            let reason = match (kind, name.as_str()) {
                (Some(RecordKind::Offer), "deadline" | "budget_usd") => {
                    "only needs have this field, this record is an offer".to_owned()
                }
                (Some(kind), _) => format!("is not a field of {} records", kind.slug()),
                (None, _) => "is not a known field".to_owned(),
            };
            self.errors.push(FieldError::new(name, reason));
        }
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

#[derive(Serialize)]
struct OrganizationLine<'a> {
    kind: &'static str,
    #[serde(rename = "ref")]
    reference: &'a str,
    name: &'a str,
    country: &'a str,
    #[serde(rename = "type")]
    organization_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    city: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    verification: &'static str,
}

#[derive(Serialize)]
struct ListingLine<'a> {
    kind: &'static str,
    #[serde(rename = "ref")]
    reference: &'a str,
    organization: &'a str,
    language: &'a str,
    title: &'a str,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sectors: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trl: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ip_status: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cooperation: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    target_countries: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidential: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deadline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    budget_usd: Option<u64>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    published_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rejection_reason: Option<&'a str>,
}

/// Writes a record as one line of an interchange file (without the line break).
pub fn write_record(record: &Record) -> String {
    let line = match record {
        Record::Organization(o) => serde_json::to_string(&OrganizationLine {
            kind: "organization",
            reference: o.reference.as_str(),
            name: o.name.as_str(),
            country: o.country.code(),
            organization_type: o.kind.slug(),
            city: o.city.as_ref().map(Line::as_str),
            website: o.website.as_ref().map(Website::as_str),
            description: o.description.as_ref().map(Text::as_str),
            verification: o.verification.slug(),
        }),
        Record::Listing { listing, lifecycle } => {
            let terms = match &listing.kind {
                ListingKind::Need(terms) => terms.clone(),
                ListingKind::Offer => NeedTerms::default(),
            };
            serde_json::to_string(&ListingLine {
                kind: listing.kind.slug(),
                reference: listing.reference.as_str(),
                organization: listing.organization.as_str(),
                language: listing.language.as_str(),
                title: listing.title.as_str(),
                summary: listing.summary.as_str(),
                description: listing.description.as_ref().map(Text::as_str),
                sectors: listing.sectors.iter().map(|s| s.slug()).collect(),
                trl: listing.trl.map(Trl::level),
                ip_status: listing.ip_status.map(IpStatus::slug),
                cooperation: listing.cooperation.iter().map(|c| c.slug()).collect(),
                target_countries: listing.target_countries.iter().map(Country::code).collect(),
                keywords: listing.keywords.iter().map(Line::as_str).collect(),
                confidential: listing.confidential.as_ref().map(Text::as_str),
                deadline: terms.deadline.map(|d| d.to_string()),
                budget_usd: terms.budget.map(UsdAmount::dollars),
                status: lifecycle.status.slug(),
                published_on: lifecycle.published_on.map(|d| d.to_string()),
                expires_on: lifecycle.expires_on.map(|d| d.to_string()),
                rejection_reason: lifecycle.rejection_reason.as_ref().map(Text::as_str),
            })
        }
    };
    // Serialising plain strings and numbers into a String cannot fail.
    line.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields_of(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_full_need_round_trips() {
        let line = r#"{"kind":"need","ref":"need-1","organization":"org-vn","language":"vi","title":"Máy bơm","summary":"Cần máy bơm tiết kiệm điện.","description":"Chi tiết.","sectors":["agriculture","green_energy"],"trl":6,"ip_status":"none","cooperation":["licence"],"target_countries":["CN","TH"],"keywords":["máy bơm","IoT"],"confidential":"Giá mục tiêu.","deadline":"2027-06-30","budget_usd":80000,"status":"published","published_on":"2026-01-02","expires_on":"2027-01-02"}"#;
        let record = parse_record(line).unwrap();
        assert_eq!(write_record(&record), line);
        assert_eq!(parse_record(&write_record(&record)).unwrap(), record);
    }

    #[test]
    fn defaults_an_operator_import_to_published_and_verified() {
        let record = parse_record(
            r#"{"kind":"organization","ref":"o","name":"N","country":"TH","type":"university"}"#,
        )
        .unwrap();
        let Record::Organization(org) = record else {
            panic!()
        };
        assert_eq!(org.verification, Verification::Verified);
        let record = parse_record(r#"{"kind":"offer","ref":"x","organization":"o","language":"th","title":"T","summary":"S"}"#).unwrap();
        let Record::Listing { lifecycle, .. } = record else {
            panic!()
        };
        assert_eq!(lifecycle.status, ListingStatus::Published);
    }

    #[test]
    fn names_every_bad_field_on_a_line() {
        let errors = parse_record(r#"{"kind":"offer","ref":"x","organization":"o","language":"xx_YY","title":"","summary":5,"trl":12,"sectors":["ai","ai","alchemy"],"deadline":"2027-01-01","colour":"red"}"#).unwrap_err();
        let mut fields = fields_of(&errors);
        fields.sort();
        assert_eq!(
            fields,
            [
                "colour", "deadline", "language", "sectors", "sectors", "summary", "title", "trl"
            ]
        );
        let deadline = errors.iter().find(|e| e.field == "deadline").unwrap();
        assert!(deadline.reason.contains("only needs"));
    }

    #[test]
    fn refuses_what_is_not_a_record() {
        assert_eq!(fields_of(&parse_record("{not json").unwrap_err()), ["line"]);
        assert_eq!(fields_of(&parse_record("[1,2]").unwrap_err()), ["line"]);
        assert_eq!(
            fields_of(&parse_record(r#"{"kind":"patent","ref":"p"}"#).unwrap_err()),
            ["kind"]
        );
        let errors = parse_record(r#"{"kind":"need","ref":"n","organization":"o","language":"vi","title":"T","summary":"S","budget_usd":-5,"deadline":"2027-02-30"}"#).unwrap_err();
        let mut fields = fields_of(&errors);
        fields.sort();
        assert_eq!(fields, ["budget_usd", "deadline"]);
    }

    #[test]
    fn dates_are_exactly_year_month_day() {
        assert!(parse_date("2027-06-30").is_ok());
        for bad in [
            "2027-6-30",
            "20270630",
            "2027-06-31",
            "30/06/2027",
            "2027-06-30T00:00",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
