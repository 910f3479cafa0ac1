//! Technology offers and needs: the public teaser, the classification, and the confidential
//! details kept apart until an expression of interest is accepted.

use std::fmt;

use jiff::civil::Date;

use crate::taxonomy::{Cooperation, IpStatus, Sector, Trl};
use crate::{Country, Language, Line, ParseError, Ref, Text};

pub type Title = Line<200>;
pub type Summary = Text<1000>;
pub type Description = Text<20000>;
pub type Keyword = Line<80>;
/// Details disclosed only under the listing's non-disclosure terms.
pub type Confidential = Text<20000>;

/// A technology offer or need as its owner wrote it. Where it stands in its lifecycle is kept
/// beside it (`Lifecycle`), because the same content moves through moderation and expiry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    pub kind: ListingKind,
    pub reference: Ref,
    pub organization: Ref,
    pub language: Language,
    pub title: Title,
    pub summary: Summary,
    pub description: Option<Description>,
    pub sectors: Vec<Sector>,
    pub trl: Option<Trl>,
    pub ip_status: Option<IpStatus>,
    pub cooperation: Vec<Cooperation>,
    pub target_countries: Vec<Country>,
    pub keywords: Vec<Keyword>,
    pub confidential: Option<Confidential>,
}

/// An offer of technology, or a need for one; only needs carry a deadline and a budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListingKind {
    Offer,
    Need(NeedTerms),
}

impl ListingKind {
    pub fn side(&self) -> Side {
        match self {
            Self::Offer => Side::Offer,
            Self::Need(_) => Side::Need,
        }
    }

    pub fn slug(&self) -> &'static str {
        self.side().slug()
    }
}

/// Which side of the market a listing is on: supply (offer) or demand (need). Refs are unique
/// within a side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Offer,
    Need,
}

impl Side {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Offer => "offer",
            Self::Need => "need",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        match raw {
            "offer" => Ok(Self::Offer),
            "need" => Ok(Self::Need),
            _ => Err(ParseError::new(format!(
                "\"{raw}\" is neither offer nor need"
            ))),
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeedTerms {
    /// The day by which the seeker wants a solution.
    pub deadline: Option<Date>,
    pub budget: Option<UsdAmount>,
}

/// A whole number of US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct UsdAmount(u64);

impl UsdAmount {
    /// The largest budget accepted: beyond this a figure is a typing slip, not a budget.
    pub const MAX: u64 = 1_000_000_000_000;

    pub fn new(dollars: u64) -> Result<Self, ParseError> {
        if dollars > Self::MAX {
            return Err(ParseError::new(format!(
                "{dollars} is more than the largest accepted budget ({})",
                Self::MAX
            )));
        }
        Ok(Self(dollars))
    }

    pub fn dollars(self) -> u64 {
        self.0
    }
}

impl fmt::Display for UsdAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Limits on list fields, so a listing stays a listing.
pub(crate) const MAX_SECTORS: usize = 5;
pub(crate) const MAX_KEYWORDS: usize = 30;
