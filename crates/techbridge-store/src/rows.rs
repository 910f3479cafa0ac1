//! Turning stored text back into domain values. The store only ever writes valid values, so a
//! failure here means the database was changed behind the platform's back.

use jiff::Timestamp;
use jiff::civil::Date;
use techbridge_domain::ParseError;

use crate::StoreError;

/// Timestamps are stored with a fixed six fractional digits so that text order is time order.
pub(crate) fn timestamp_text(at: Timestamp) -> String {
    format!("{at:.6}")
}

pub(crate) fn corrupt(what: &str, field: &str, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        what: what.to_owned(),
        reason: format!("{field}: {reason}"),
    }
}

/// Decodes one stored field with a domain parser, naming the record and field on failure.
pub(crate) fn decode<T>(
    what: &str,
    field: &str,
    raw: &str,
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<T, StoreError> {
    parse(raw).map_err(|e| corrupt(what, field, e))
}

pub(crate) fn decode_opt<T>(
    what: &str,
    field: &str,
    raw: Option<String>,
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<Option<T>, StoreError> {
    raw.map(|r| decode(what, field, &r, parse)).transpose()
}

/// A JSON array of strings, each parsed.
pub(crate) fn decode_list<T>(
    what: &str,
    field: &str,
    raw: &str,
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<Vec<T>, StoreError> {
    let items: Vec<String> = serde_json::from_str(raw).map_err(|e| corrupt(what, field, e))?;
    items
        .iter()
        .map(|item| decode(what, field, item, &parse))
        .collect()
}

pub(crate) fn encode_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    serde_json::to_string(&items.collect::<Vec<_>>()).unwrap_or_else(|_| "[]".to_owned())
}

pub(crate) fn decode_date(
    what: &str,
    field: &str,
    raw: Option<String>,
) -> Result<Option<Date>, StoreError> {
    decode_opt(what, field, raw, |s| {
        s.parse::<Date>()
            .map_err(|e| ParseError::new(e.to_string()))
    })
}

pub(crate) fn decode_timestamp(
    what: &str,
    field: &str,
    raw: &str,
) -> Result<Timestamp, StoreError> {
    decode(what, field, raw, |s| {
        s.parse::<Timestamp>()
            .map_err(|e| ParseError::new(e.to_string()))
    })
}
