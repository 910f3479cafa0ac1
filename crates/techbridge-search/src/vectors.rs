//! Listing embeddings in memory, searched exactly, with each language's bias removed.
//!
//! A multilingual embedding places texts of one language near each other whatever they say;
//! subtracting each language's mean vector (then normalising again) removes that shared
//! direction and leaves what the text is about, so a Vietnamese need meets the Chinese offer
//! that solves it rather than every other Vietnamese listing.

use std::collections::HashMap;

use techbridge_domain::{Ref, Side};

/// Below this many listings, a language's mean is not trusted and the mean of all is used.
const MIN_LANGUAGE_LISTINGS: usize = 5;

#[derive(Debug, Clone)]
struct Entry {
    side: Side,
    reference: Ref,
    language: String,
    published: bool,
    raw: Vec<f32>,
    /// `raw` less its language's mean, unit length; recomputed whenever the means move.
    unit: Vec<f32>,
}

#[derive(Debug, Default)]
pub(crate) struct Vectors {
    entries: Vec<Entry>,
    positions: HashMap<(Side, Ref), usize>,
    means: HashMap<String, Vec<f32>>,
    overall: Vec<f32>,
}

/// Everything the vector set keeps of one listing.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub(crate) side: Side,
    pub(crate) reference: Ref,
    pub(crate) language: String,
    pub(crate) published: bool,
    pub(crate) vector: Vec<f32>,
}

impl Vectors {
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Adds or replaces a listing. Call `refresh` after a batch of changes.
    pub(crate) fn put(&mut self, listed: Listed) {
        let entry = Entry {
            side: listed.side,
            language: listed.language,
            published: listed.published,
            unit: Vec::new(),
            raw: listed.vector,
            reference: listed.reference,
        };
        match self.positions.get(&(entry.side, entry.reference.clone())) {
            Some(&i) => self.entries[i] = entry,
            None => {
                self.positions
                    .insert((entry.side, entry.reference.clone()), self.entries.len());
                self.entries.push(entry);
            }
        }
    }

    pub(crate) fn remove(&mut self, side: Side, reference: &Ref) {
        if let Some(i) = self.positions.remove(&(side, reference.clone())) {
            self.entries.swap_remove(i);
            if let Some(moved) = self.entries.get(i) {
                self.positions
                    .insert((moved.side, moved.reference.clone()), i);
            }
        }
    }

    /// Recomputes the language means and every debiased vector.
    pub(crate) fn refresh(&mut self) {
        let dimension = self.entries.first().map_or(0, |e| e.raw.len());
        let mut sums: HashMap<&str, (Vec<f64>, usize)> = HashMap::new();
        let mut total = (vec![0.0f64; dimension], 0usize);
        for entry in &self.entries {
            let (sum, count) = sums
                .entry(entry.language.as_str())
                .or_insert_with(|| (vec![0.0; dimension], 0));
            for ((s, t), v) in sum.iter_mut().zip(total.0.iter_mut()).zip(&entry.raw) {
                *s += f64::from(*v);
                *t += f64::from(*v);
            }
            *count += 1;
            total.1 += 1;
        }
        let mean = |(sum, count): &(Vec<f64>, usize)| -> Vec<f32> {
            sum.iter()
                .map(|s| (s / (*count).max(1) as f64) as f32)
                .collect()
        };
        self.overall = mean(&total);
        self.means = sums
            .iter()
            .filter(|(_, (_, count))| *count >= MIN_LANGUAGE_LISTINGS)
            .map(|(language, sum)| ((*language).to_owned(), mean(sum)))
            .collect();
        for i in 0..self.entries.len() {
            let unit = self.debias(&self.entries[i].raw, &self.entries[i].language);
            self.entries[i].unit = unit;
        }
    }

    /// A vector of a text in `language`, its language's mean removed, at unit length.
    pub(crate) fn debias(&self, raw: &[f32], language: &str) -> Vec<f32> {
        let mean = self.means.get(language).unwrap_or(&self.overall);
        let mut v: Vec<f32> = raw
            .iter()
            .enumerate()
            .map(|(i, x)| x - mean.get(i).copied().unwrap_or(0.0))
            .collect();
        let norm = v
            .iter()
            .map(|x| x * x)
            .sum::<f32>()
            .sqrt()
            .max(f32::EPSILON);
        v.iter_mut().for_each(|x| *x /= norm);
        v
    }

    /// The vector of a stored listing, if it has one: debiased, or raw (only for measuring
    /// what removing the bias adds), as `nearest` compares them.
    pub(crate) fn vector_of(&self, side: Side, reference: &Ref, debiased: bool) -> Option<&[f32]> {
        let entry = &self.entries[*self.positions.get(&(side, reference.clone()))?];
        Some(if debiased { &entry.unit } else { &entry.raw })
    }

    /// The `limit` published listings of `side` nearest to `query`, best first, with their
    /// cosine similarity. `debiased` chooses the vectors compared (raw ones only for measuring).
    pub(crate) fn nearest(
        &self,
        query: &[f32],
        side: Side,
        limit: usize,
        debiased: bool,
    ) -> Vec<(Ref, f32)> {
        let mut scored: Vec<(f32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.side == side && e.published)
            .map(|(i, e)| {
                let v = if debiased { &e.unit } else { &e.raw };
                (dot(query, v), i)
            })
            .collect();
        if scored.len() > limit {
            scored.select_nth_unstable_by(limit, |a, b| b.0.total_cmp(&a.0));
            scored.truncate(limit);
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored
            .into_iter()
            .map(|(score, i)| (self.entries[i].reference.clone(), score))
            .collect()
    }

    /// The cosine similarity of `query` with one listing's debiased vector.
    pub(crate) fn similarity(&self, query: &[f32], side: Side, reference: &Ref) -> Option<f32> {
        self.vector_of(side, reference, true).map(|v| dot(query, v))
    }
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(reference: &str, language: &str, vector: Vec<f32>) -> Listed {
        Listed {
            side: Side::Offer,
            reference: Ref::parse(reference).unwrap(),
            language: language.to_owned(),
            published: true,
            vector,
        }
    }

    #[test]
    fn removing_a_languages_mean_lets_meaning_win_over_language() {
        let mut vectors = Vectors::default();
        // Axis 0 is "written in Vietnamese", axis 1 "about shrimp", axis 2 "about rice".
        for (r, v) in [
            ("vi-rice", [1.0, 0.0, 0.4]),
            ("vi-x", [1.0, 0.1, 0.0]),
            ("vi-y", [1.0, 0.0, 0.1]),
            ("vi-z", [1.0, 0.05, 0.05]),
            ("vi-w", [1.0, 0.0, 0.0]),
        ] {
            vectors.put(listed(r, "vi", v.to_vec()));
        }
        for (r, v) in [
            ("zh-shrimp", [0.0, 0.6, 0.0]),
            ("zh-a", [0.0, 0.0, 0.1]),
            ("zh-b", [0.0, 0.1, 0.1]),
            ("zh-c", [0.0, 0.0, 0.0]),
            ("zh-d", [0.0, 0.05, 0.0]),
        ] {
            vectors.put(listed(r, "zh", v.to_vec()));
        }
        vectors.refresh();
        let need = [1.0, 0.5, 0.0]; // Vietnamese, about shrimp
        let raw = vectors.nearest(&need, Side::Offer, 1, false);
        assert!(raw[0].0.as_str().starts_with("vi-"), "{raw:?}");
        let debiased = vectors.nearest(&vectors.debias(&need, "vi"), Side::Offer, 1, true);
        assert_eq!(debiased[0].0.as_str(), "zh-shrimp");
    }

    #[test]
    fn entries_are_replaced_and_removed() {
        let mut vectors = Vectors::default();
        vectors.put(listed("a", "en", vec![1.0, 0.0]));
        vectors.put(listed("b", "en", vec![0.0, 1.0]));
        vectors.put(listed("a", "en", vec![0.0, 1.0]));
        vectors.remove(Side::Offer, &Ref::parse("b").unwrap());
        vectors.refresh();
        assert_eq!(vectors.len(), 1);
        assert!(
            vectors
                .vector_of(Side::Offer, &Ref::parse("a").unwrap(), true)
                .is_some()
        );
        assert!(
            vectors
                .vector_of(Side::Offer, &Ref::parse("b").unwrap(), true)
                .is_none()
        );
    }
}
