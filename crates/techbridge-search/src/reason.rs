//! Why a listing was matched or found, as data: the web interface says it in the reader's
//! language, the command line and files in English (`Display`, the words of the contract).

use std::fmt;

use jiff::civil::Date;
use techbridge_domain::taxonomy::{Cooperation, Sector};
use techbridge_domain::{Country, Language};

#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The two texts mean much the same: their embeddings' similarity, and the languages of
    /// the two sides (the asker's first).
    Meaning {
        similarity: f32,
        from: Option<Language>,
        to: Option<Language>,
    },
    /// Words both listings use, as written (technical tokens and names, mostly).
    BothMention(String),
    /// Words of a search found in the listing, as written.
    Mentions(String),
    SameSectors(Vec<Sector>),
    /// The offer's technology readiness reaches the level the need asks for.
    ReadinessMeets {
        offered: u8,
        needed: u8,
    },
    ReadinessBelow {
        offered: u8,
        needed: u8,
    },
    BothSeek(Vec<Cooperation>),
    /// The offer is offered to partners in the need's country.
    OfferedIn(Country),
    /// The need seeks partners in the offer's country.
    SoughtIn(Country),
    DeadlinePassed(Date),
}

fn labels<T: Copy>(values: &[T], label: impl Fn(T) -> &'static str) -> String {
    values
        .iter()
        .map(|v| label(*v).to_lowercase())
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Meaning {
                similarity,
                from,
                to,
            } => {
                fn name(l: Option<&Language>) -> &str {
                    l.map_or("unknown language", Language::english_name)
                }
                match (from, to) {
                    (Some(a), Some(b)) if a.primary() == b.primary() => write!(
                        f,
                        "semantic similarity {similarity:.2} (both {})",
                        a.english_name()
                    ),
                    _ => write!(
                        f,
                        "semantic similarity {similarity:.2} ({} ↔ {})",
                        name(from.as_ref()),
                        name(to.as_ref())
                    ),
                }
            }
            Self::BothMention(words) => write!(f, "both mention {words}"),
            Self::Mentions(words) => write!(f, "mentions {words}"),
            Self::SameSectors(sectors) => {
                write!(f, "same sector: {}", labels(sectors, Sector::label))
            }
            Self::ReadinessMeets { offered, needed } => {
                write!(f, "TRL {offered} meets the needed {needed}")
            }
            Self::ReadinessBelow { offered, needed } => {
                write!(f, "TRL {offered}, below the needed {needed}")
            }
            Self::BothSeek(cooperation) => {
                write!(f, "both seek {}", labels(cooperation, Cooperation::label))
            }
            Self::OfferedIn(country) => {
                write!(f, "offered to partners in {}", country.english_name())
            }
            Self::SoughtIn(country) => {
                write!(f, "the need seeks partners in {}", country.english_name())
            }
            Self::DeadlinePassed(date) => write!(f, "the need's deadline {date} has passed"),
        }
    }
}
