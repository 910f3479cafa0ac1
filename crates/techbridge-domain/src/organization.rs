//! Member organizations of the network and their verification by a national contact point.

use std::fmt;

use crate::taxonomy::OrganizationType;
use crate::{Country, Line, ParseError, Ref, Text};

pub type OrganizationName = Line<200>;

/// A member of the network: a university, institute, enterprise, agency or technology park.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub reference: Ref,
    pub name: OrganizationName,
    pub country: Country,
    pub kind: OrganizationType,
    pub city: Option<Line<100>>,
    pub website: Option<Website>,
    pub description: Option<Text<5000>>,
    pub verification: Verification,
}

/// Whether the national contact point of the organization's country (or an operator) has
/// confirmed that it is who it says it is. Only verified organizations publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verification {
    Pending,
    Verified,
    Rejected,
}

impl Verification {
    pub const ALL: [Verification; 3] = [Self::Pending, Self::Verified, Self::Rejected];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Verified => "verified",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|v| v.slug() == raw)
            .ok_or_else(|| {
                ParseError::new(format!(
                    "\"{raw}\" is not a verification state (one of: pending, verified, rejected)"
                ))
            })
    }
}

/// An `http` or `https` address with a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Website(String);

impl Website {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let raw = raw.trim();
        let rest = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
            .ok_or_else(|| {
                ParseError::new(format!("\"{raw}\" must start with https:// or http://"))
            })?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
        if !host_ok || raw.chars().any(char::is_whitespace) || raw.len() > 300 {
            return Err(ParseError::new(format!("\"{raw}\" is not a web address")));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Website {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites() {
        assert!(Website::parse("https://www.gxu.edu.cn/en").is_ok());
        assert!(Website::parse("http://hust.edu.vn").is_ok());
        for bad in [
            "gxu.edu.cn",
            "ftp://x.org",
            "https://",
            "https://a b.org",
            "javascript:alert(1)",
        ] {
            assert!(Website::parse(bad).is_err(), "{bad}");
        }
    }
}
