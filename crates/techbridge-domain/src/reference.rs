//! `Ref`: the stable identifier an interchange file gives a record, unique within its kind.

use std::fmt;

use crate::ParseError;

/// At most 100 characters, no whitespace or control characters (it is used in command lines,
/// URLs and file names).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref(String);

impl Ref {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        if raw.is_empty() {
            return Err(ParseError::new("must not be empty"));
        }
        if raw.chars().count() > Self::MAX_CHARS {
            return Err(ParseError::new(format!(
                "is longer than {} characters",
                Self::MAX_CHARS
            )));
        }
        if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ParseError::new(format!(
                "\"{raw}\" contains whitespace or control characters"
            )));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
