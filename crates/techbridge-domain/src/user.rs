//! People and the roles they hold in the network. What each role may do is decided here, in
//! one place, so that the web layer and the command line ask the same question.

use std::fmt;

use crate::{Country, Line, ParseError, Ref};

pub type PersonName = Line<200>;

/// A person with an account. One person may hold several roles (an organization admin who
/// also reviews funding applications).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub email: Email,
    pub name: PersonName,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    /// Runs the network: sees and moderates everything.
    Operator,
    /// Validates the listings and member organizations of one country.
    NationalContactPoint { country: Country },
    /// Manages an organization: its members, listings and expressions of interest.
    OrganizationAdmin { organization: Ref },
    /// Writes listings and expresses interest on behalf of an organization.
    Member { organization: Ref },
    /// Assesses applications and candidates assigned to them.
    Reviewer,
}

impl Role {
    /// May this role approve or reject listings and verify organizations of `country`?
    pub fn moderates(&self, country: Country) -> bool {
        match self {
            Self::Operator => true,
            Self::NationalContactPoint { country: own } => *own == country,
            _ => false,
        }
    }

    /// May this role write and submit listings for `organization`?
    pub fn acts_for(&self, organization: &Ref) -> bool {
        match self {
            Self::OrganizationAdmin { organization: own } | Self::Member { organization: own } => {
                own == organization
            }
            _ => false,
        }
    }

    /// May this role manage the people of `organization`?
    pub fn administers(&self, organization: &Ref) -> bool {
        match self {
            Self::Operator => true,
            Self::OrganizationAdmin { organization: own } => own == organization,
            _ => false,
        }
    }
}

impl User {
    pub fn moderates(&self, country: Country) -> bool {
        self.roles.iter().any(|r| r.moderates(country))
    }

    pub fn acts_for(&self, organization: &Ref) -> bool {
        self.roles.iter().any(|r| r.acts_for(organization))
    }

    pub fn administers(&self, organization: &Ref) -> bool {
        self.roles.iter().any(|r| r.administers(organization))
    }
}

/// An e-mail address, lower-cased: one `@`, a local part, a domain with a dot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let raw = raw.trim();
        let bad = || ParseError::new(format!("\"{raw}\" is not an e-mail address"));
        let (local, domain) = raw.split_once('@').ok_or_else(bad)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@');
        if local.is_empty()
            || !domain_ok
            || raw.len() > 254
            || raw.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(bad());
        }
        Ok(Self(raw.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_point_moderates_its_own_country_only() {
        let vn = Country::parse("VN").unwrap();
        let th = Country::parse("TH").unwrap();
        let ncp = Role::NationalContactPoint { country: vn };
        assert!(ncp.moderates(vn));
        assert!(!ncp.moderates(th));
        assert!(Role::Operator.moderates(th));
        let org = Ref::parse("org-vn-cuulong").unwrap();
        assert!(
            !Role::Member {
                organization: org.clone()
            }
            .moderates(vn)
        );
        assert!(
            Role::Member {
                organization: org.clone()
            }
            .acts_for(&org)
        );
        assert!(
            !Role::Member {
                organization: org.clone()
            }
            .administers(&org)
        );
        assert!(!Role::Operator.acts_for(&org));
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" An@Example.ORG ").unwrap().as_str(),
            "an@example.org"
        );
        for bad in ["", "a", "a@b", "@b.org", "a@.org", "a b@c.org", "a@b.org."] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }
}
