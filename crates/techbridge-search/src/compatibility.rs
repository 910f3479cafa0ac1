//! Structured compatibility of a need and an offer: shared sectors, technology readiness,
//! cooperation sought, where each side looks for partners, and the need's deadline. Each part
//! is scored in [0, 1] and, where it speaks for or against the pair, said in a reason.

use jiff::civil::Date;

use crate::Reason;
use crate::matching::Facts;

const SECTORS: f32 = 0.4;
const READINESS: f32 = 0.2;
const COOPERATION: f32 = 0.15;
const COUNTRIES: f32 = 0.15;
const DEADLINE: f32 = 0.1;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Fit {
    pub(crate) score: f32,
    pub(crate) reasons: Vec<Reason>,
}

pub(crate) fn assess(need: &Facts, offer: &Facts, today: Date) -> Fit {
    let mut reasons = Vec::new();
    let mut score = 0.0;

    let sectors: Vec<_> = need
        .sectors
        .iter()
        .copied()
        .filter(|s| offer.sectors.contains(s))
        .collect();
    if !sectors.is_empty() {
        score += SECTORS;
        reasons.push(Reason::SameSectors(sectors));
    }

    score += READINESS
        * match (need.trl, offer.trl) {
            (Some(wanted), Some(has)) if has >= wanted => {
                reasons.push(Reason::ReadinessMeets {
                    offered: has,
                    needed: wanted,
                });
                1.0
            }
            (Some(wanted), Some(has)) => {
                reasons.push(Reason::ReadinessBelow {
                    offered: has,
                    needed: wanted,
                });
                (1.0 - f32::from(wanted - has) / 3.0).max(0.0)
            }
            _ => 0.5,
        };

    let cooperation: Vec<_> = need
        .cooperation
        .iter()
        .copied()
        .filter(|c| offer.cooperation.contains(c))
        .collect();
    score += COOPERATION
        * if !cooperation.is_empty() {
            reasons.push(Reason::BothSeek(cooperation));
            1.0
        } else if need.cooperation.is_empty() || offer.cooperation.is_empty() {
            0.5
        } else {
            0.0
        };

    let offered_there = need
        .org_country
        .is_some_and(|c| offer.target_countries.contains(&c));
    let wanted_from = offer
        .org_country
        .is_some_and(|c| need.target_countries.contains(&c));
    let open = |facts: &Facts| facts.target_countries.is_empty();
    if offered_there && let Some(country) = need.org_country {
        reasons.push(Reason::OfferedIn(country));
    } else if wanted_from && let Some(country) = offer.org_country {
        reasons.push(Reason::SoughtIn(country));
    }
    score += COUNTRIES
        * if offered_there || wanted_from {
            1.0
        } else if open(need) || open(offer) {
            0.5
        } else {
            0.0
        };

    score += DEADLINE
        * match need.deadline {
            Some(deadline) if deadline < today => {
                reasons.push(Reason::DeadlinePassed(deadline));
                0.0
            }
            _ => 1.0,
        };

    Fit { score, reasons }
}
