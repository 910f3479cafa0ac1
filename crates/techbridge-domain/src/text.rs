//! Bounded, trimmed texts. A `Line` is one line (names, titles); a `Text` may span paragraphs.

use std::fmt;

use crate::ParseError;

/// Non-empty single-line text of at most `MAX` characters, trimmed, without control characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Line<const MAX: usize>(String);

/// Non-empty text of at most `MAX` characters, trimmed; line breaks and tabs allowed, other
/// control characters not.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text<const MAX: usize>(String);

fn check(raw: &str, max: usize, multiline: bool) -> Result<String, ParseError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(ParseError::new("must not be empty"));
    }
    let chars = trimmed.chars().count();
    if chars > max {
        return Err(ParseError::new(format!(
            "is {chars} characters long, at most {max} are allowed"
        )));
    }
    let allowed = |c: char| !c.is_control() || (multiline && matches!(c, '\n' | '\r' | '\t'));
    if let Some(c) = trimmed.chars().find(|c| !allowed(*c)) {
        let what = if multiline { "" } else { "line breaks or " };
        return Err(ParseError::new(format!(
            "must not contain {what}control characters (found U+{:04X})",
            c as u32
        )));
    }
    Ok(trimmed.to_owned())
}

impl<const MAX: usize> Line<MAX> {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        check(raw, MAX, false).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> Text<MAX> {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        check(raw, MAX, true).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> fmt::Display for Line<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> fmt::Display for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_bounds_by_characters_not_bytes() {
        assert_eq!(Line::<5>::parse("  máy  ").unwrap().as_str(), "máy");
        assert!(Line::<5>::parse("กขคงจ").is_ok());
        assert!(Line::<5>::parse("กขคงจฉ").is_err());
        assert!(Line::<5>::parse("   ").is_err());
    }

    #[test]
    fn lines_refuse_breaks_texts_accept_them() {
        assert!(Line::<50>::parse("a\nb").is_err());
        assert!(Text::<50>::parse("a\nb\tc").is_ok());
        assert!(Text::<50>::parse("a\u{0007}b").is_err());
    }
}
