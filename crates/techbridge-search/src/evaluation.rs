//! Measuring match quality against judged need → offer pairs: nDCG@10, recall@10, MRR, and
//! how many results are in the need's own language (a multilingual ranker that favours the
//! query's language fails people who write in another).

use std::collections::HashMap;

use techbridge_domain::{Language, Ref};

/// Graded relevance of offers to one need: 3 solves it, 2 clearly relevant, 1 related,
/// 0 judged not relevant. Unjudged offers count as 0.
#[derive(Debug, Clone, Default)]
pub struct Judged(pub HashMap<Ref, u8>);

/// The judgments file: one `{"need":..,"offer":..,"grade":..}` per line, by need.
pub fn parse_judgments(text: &str) -> Result<Vec<(Ref, Judged)>, String> {
    let mut by_need: Vec<(Ref, Judged)> = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = |what: &str| format!("line {}: {what}", i + 1);
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        let field = |name: &str| {
            value[name]
                .as_str()
                .and_then(|s| Ref::parse(s).ok())
                .ok_or_else(|| bad(&format!("{name} must be a ref")))
        };
        let (need, offer) = (field("need")?, field("offer")?);
        let grade = value["grade"]
            .as_u64()
            .and_then(|g| u8::try_from(g).ok())
            .filter(|g| *g <= 3)
            .ok_or_else(|| bad("grade must be 0, 1, 2 or 3"))?;
        match by_need.iter_mut().find(|(n, _)| *n == need) {
            Some((_, judged)) => {
                judged.0.insert(offer, grade);
            }
            None => by_need.push((need, Judged(HashMap::from([(offer, grade)])))),
        }
    }
    Ok(by_need)
}

/// What one ranking returned for one need.
#[derive(Debug, Clone)]
pub struct Returned {
    pub need_language: Option<Language>,
    /// Best first: each offer and its language.
    pub offers: Vec<(Ref, Option<Language>)>,
}

/// Averages over needs.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Metrics {
    pub ndcg_at_10: f64,
    pub recall_at_10: f64,
    pub mrr: f64,
    /// Of all results returned in the top 10, the share in the need's own language.
    pub same_language_share: f64,
    pub needs: usize,
}

/// Relevant means graded 2 or 3: worth a meeting.
const RELEVANT: u8 = 2;

pub fn evaluate(runs: &[(Judged, Returned)]) -> Metrics {
    let mut m = Metrics {
        needs: runs.len(),
        ..Metrics::default()
    };
    let (mut same, mut returned) = (0usize, 0usize);
    for (judged, result) in runs {
        let top: Vec<&(Ref, Option<Language>)> = result.offers.iter().take(10).collect();
        let gain = |grade: u8| f64::from((1u32 << grade) - 1);
        let discount = |rank: usize| 1.0 / ((rank + 2) as f64).log2();
        let dcg: f64 = top
            .iter()
            .enumerate()
            .map(|(rank, (offer, _))| gain(*judged.0.get(offer).unwrap_or(&0)) * discount(rank))
            .sum();
        let mut ideal: Vec<u8> = judged.0.values().copied().collect();
        ideal.sort_unstable_by(|a, b| b.cmp(a));
        let idcg: f64 = ideal
            .iter()
            .take(10)
            .enumerate()
            .map(|(r, g)| gain(*g) * discount(r))
            .sum();
        if idcg > 0.0 {
            m.ndcg_at_10 += dcg / idcg;
        }
        let relevant = judged.0.values().filter(|g| **g >= RELEVANT).count();
        let found = top
            .iter()
            .filter(|(o, _)| judged.0.get(o).is_some_and(|g| *g >= RELEVANT))
            .count();
        if relevant > 0 {
            m.recall_at_10 += found as f64 / relevant as f64;
        }
        if let Some(rank) = result
            .offers
            .iter()
            .position(|(o, _)| judged.0.get(o).is_some_and(|g| *g >= RELEVANT))
        {
            m.mrr += 1.0 / (rank + 1) as f64;
        }
        for (_, language) in &top {
            returned += 1;
            let same_language = match (language, &result.need_language) {
                (Some(a), Some(b)) => a.primary() == b.primary(),
                _ => false,
            };
            same += usize::from(same_language);
        }
    }
    let n = runs.len().max(1) as f64;
    m.ndcg_at_10 /= n;
    m.recall_at_10 /= n;
    m.mrr /= n;
    m.same_language_share = if returned == 0 {
        0.0
    } else {
        same as f64 / returned as f64
    };
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Ref {
        Ref::parse(s).unwrap()
    }

    fn returned(offers: &[&str]) -> Returned {
        let vi = Language::parse("vi").ok();
        let zh = Language::parse("zh").ok();
        Returned {
            need_language: vi.clone(),
            offers: offers
                .iter()
                .map(|o| {
                    (
                        r(o),
                        if o.ends_with('v') {
                            vi.clone()
                        } else {
                            zh.clone()
                        },
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn a_perfect_ranking_scores_one_and_a_useless_one_zero() {
        let judged = Judged(HashMap::from([(r("a"), 3), (r("b"), 2), (r("c"), 0)]));
        let perfect = evaluate(&[(judged.clone(), returned(&["a", "b", "c"]))]);
        assert!((perfect.ndcg_at_10 - 1.0).abs() < 1e-9);
        assert_eq!((perfect.recall_at_10, perfect.mrr), (1.0, 1.0));
        let useless = evaluate(&[(judged, returned(&["c", "xv", "yv"]))]);
        assert_eq!(
            (useless.ndcg_at_10, useless.recall_at_10, useless.mrr),
            (0.0, 0.0, 0.0)
        );
        assert!((useless.same_language_share - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_relevant_offer_lower_down_counts_for_less() {
        let judged = Judged(HashMap::from([(r("a"), 3)]));
        let second = evaluate(&[(judged, returned(&["x", "a"]))]);
        assert!((second.ndcg_at_10 - 1.0 / 3f64.log2()).abs() < 1e-9);
        assert_eq!(second.mrr, 0.5);
    }

    #[test]
    fn judgments_are_read_and_refused_when_malformed() {
        let parsed = parse_judgments(
            "{\"need\":\"n1\",\"offer\":\"a\",\"grade\":3}\n{\"need\":\"n1\",\"offer\":\"b\",\"grade\":0}\n",
        )
        .unwrap();
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].1.0.len(), 2);
        assert!(parse_judgments("{\"need\":\"n1\",\"offer\":\"a\",\"grade\":5}").is_err());
        assert!(parse_judgments("not json").is_err());
    }
}
