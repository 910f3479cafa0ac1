//! Listing embeddings in memory, with each language's bias removed, searched in stages.
//!
//! A multilingual embedding places texts of one language near each other whatever they say;
//! subtracting each language's mean vector (then normalising again) removes that shared
//! direction and leaves what the text is about, so a Vietnamese need meets the Chinese offer
//! that solves it rather than every other Vietnamese listing.
//!
//! Each listing is held compactly: its model vector in half precision (to recompute means and
//! to score candidates exactly), and its debiased vector as 8-bit codes and as sign bits, each
//! kind in one flat array. A query first compares sign bits (48 bytes a listing, so the whole
//! set stays in the processor's cache), then the 8-bit codes of the closest thousands, then the
//! exact vectors of the best few: the listings close to the query come out as a full exact
//! scan would rank them, at a small part of its memory traffic. (Among listings unrelated to
//! the query, whose similarities differ by noise, the sign bits may keep others than an exact
//! scan would; none of them would be a match.)

use std::collections::HashMap;

use half::f16;
use techbridge_domain::{Ref, Side};

/// Below this many listings, a language's mean is not trusted and the mean of all is used.
const MIN_LANGUAGE_LISTINGS: usize = 5;
/// Candidates taken from the 8-bit scan for each one returned, so that the rounding of the
/// codes cannot push a listing that scores higher exactly out of the result.
const RESCORED_PER_RESULT: usize = 2;
const MIN_RESCORED: usize = 32;
/// Candidates kept by the sign-bit comparison, per result and at least: a generous margin, as
/// sign bits keep only a rough angle.
const SHORTLISTED_PER_RESULT: usize = 24;
const MIN_SHORTLISTED: usize = 2000;

#[derive(Debug, Clone)]
struct Entry {
    /// The listing's id in the store, as the index knows it too.
    id: i64,
    side: Side,
    reference: Ref,
    language: String,
    published: bool,
    raw: Box<[f16]>,
    /// The debiased vector's codes are `scale` × code; see `quantize`.
    scale: f32,
}

#[derive(Debug, Default)]
pub(crate) struct Vectors {
    entries: Vec<Entry>,
    /// The debiased vector of `entries[i]` as 8-bit codes, at `i * dimension`.
    codes: Vec<i8>,
    /// Its signs, one bit a component, at `i * words()`.
    signs: Vec<u64>,
    dimension: usize,
    positions: HashMap<(Side, Ref), usize>,
    means: HashMap<String, Vec<f32>>,
    overall: Vec<f32>,
}

/// Everything the vector set keeps of one listing.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub(crate) id: i64,
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

    /// Adds or replaces a listing, coded against the current means; `refresh` after a batch of
    /// changes moves the means and codes every listing again.
    pub(crate) fn put(&mut self, listed: Listed) {
        if self.entries.is_empty() {
            self.dimension = listed.vector.len();
            self.codes.clear();
            self.signs.clear();
        }
        // A vector of another length cannot be compared with the others: the model changed
        // under a running set, and the next rebuild replaces them all.
        if listed.vector.len() != self.dimension {
            return;
        }
        let debiased = self.debias(&listed.vector, &listed.language);
        let entry = Entry {
            id: listed.id,
            side: listed.side,
            language: listed.language,
            published: listed.published,
            raw: listed.vector.iter().map(|x| f16::from_f32(*x)).collect(),
            scale: 0.0,
            reference: listed.reference,
        };
        let i = match self.positions.get(&(entry.side, entry.reference.clone())) {
            Some(&i) => {
                self.entries[i] = entry;
                i
            }
            None => {
                let i = self.entries.len();
                self.positions
                    .insert((entry.side, entry.reference.clone()), i);
                self.entries.push(entry);
                self.codes.resize(self.codes.len() + self.dimension, 0);
                self.signs.resize(self.signs.len() + self.words(), 0);
                i
            }
        };
        self.code(i, &debiased);
    }

    /// Sign-bit words of one vector.
    fn words(&self) -> usize {
        self.dimension.div_ceil(64)
    }

    /// Writes the codes, scale and signs of `entries[i]`'s debiased vector.
    fn code(&mut self, i: usize, debiased: &[f32]) {
        let (codes, scale) = quantize(debiased);
        self.entries[i].scale = scale;
        let d = self.dimension;
        self.codes[i * d..(i + 1) * d].copy_from_slice(&codes);
        let w = self.words();
        self.signs[i * w..(i + 1) * w].copy_from_slice(&signs(debiased));
    }

    pub(crate) fn remove(&mut self, side: Side, reference: &Ref) {
        let Some(i) = self.positions.remove(&(side, reference.clone())) else {
            return;
        };
        let last = self.entries.len() - 1;
        self.entries.swap_remove(i);
        let w = self.words();
        if i != last {
            let d = self.dimension;
            self.codes.copy_within(last * d..(last + 1) * d, i * d);
            self.signs.copy_within(last * w..(last + 1) * w, i * w);
            let moved = &self.entries[i];
            self.positions
                .insert((moved.side, moved.reference.clone()), i);
        }
        self.codes.truncate(last * self.dimension);
        self.signs.truncate(last * w);
    }

    fn raw(&self, i: usize) -> Vec<f32> {
        self.entries[i].raw.iter().map(|x| x.to_f32()).collect()
    }

    /// Recomputes the language means and every listing's codes.
    pub(crate) fn refresh(&mut self) {
        let dimension = self.dimension;
        let mut sums: HashMap<&str, (Vec<f64>, usize)> = HashMap::new();
        let mut total = (vec![0.0f64; dimension], 0usize);
        for entry in &self.entries {
            let (sum, count) = sums
                .entry(entry.language.as_str())
                .or_insert_with(|| (vec![0.0; dimension], 0));
            for ((s, t), v) in sum.iter_mut().zip(total.0.iter_mut()).zip(&entry.raw) {
                *s += f64::from(v.to_f32());
                *t += f64::from(v.to_f32());
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
            let debiased = self.debias(&self.raw(i), &self.entries[i].language);
            self.code(i, &debiased);
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
    pub(crate) fn vector_of(
        &self,
        side: Side,
        reference: &Ref,
        debiased: bool,
    ) -> Option<Vec<f32>> {
        let i = *self.positions.get(&(side, reference.clone()))?;
        let raw = self.raw(i);
        Some(if debiased {
            self.debias(&raw, &self.entries[i].language)
        } else {
            raw
        })
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
        self.nearest_among(query, side, limit, debiased, |_| true)
    }

    /// `nearest` among the listings whose store id `passes`, debiased.
    pub(crate) fn nearest_where(
        &self,
        query: &[f32],
        side: Side,
        limit: usize,
        passes: impl Fn(i64) -> bool,
    ) -> Vec<(Ref, f32)> {
        self.nearest_among(query, side, limit, true, passes)
    }

    fn nearest_among(
        &self,
        query: &[f32],
        side: Side,
        limit: usize,
        debiased: bool,
        passes: impl Fn(i64) -> bool,
    ) -> Vec<(Ref, f32)> {
        let wanted = |e: &Entry| e.side == side && e.published && passes(e.id);
        let mut scored: Vec<(f32, usize)> = if debiased {
            let query_signs = signs(query);
            let mut agreeing: Vec<(f32, usize)> = self
                .entries
                .iter()
                .zip(self.signs.chunks_exact(self.words().max(1)))
                .enumerate()
                .filter(|(_, (e, _))| wanted(e))
                .map(|(i, (_, signs))| (agreement(&query_signs, signs) as f32, i))
                .collect();
            best(
                &mut agreeing,
                (limit * SHORTLISTED_PER_RESULT).max(MIN_SHORTLISTED),
            );
            let (query_codes, query_scale) = quantize(query);
            let d = self.dimension;
            let mut shortlist: Vec<(f32, usize)> = agreeing
                .into_iter()
                .map(|(_, i)| {
                    let dot = dot_codes(&query_codes, &self.codes[i * d..(i + 1) * d]);
                    (dot as f32 * query_scale * self.entries[i].scale, i)
                })
                .collect();
            best(
                &mut shortlist,
                (limit * RESCORED_PER_RESULT).max(MIN_RESCORED),
            );
            shortlist
                .into_iter()
                .map(|(_, i)| {
                    let exact = self.debias(&self.raw(i), &self.entries[i].language);
                    (dot(query, &exact), i)
                })
                .collect()
        } else {
            self.entries
                .iter()
                .enumerate()
                .filter(|(_, e)| wanted(e))
                .map(|(i, _)| (dot(query, &self.raw(i)), i))
                .collect()
        };
        best(&mut scored, limit);
        scored
            .into_iter()
            .map(|(score, i)| (self.entries[i].reference.clone(), score))
            .collect()
    }

    /// The cosine similarity of `query` with one listing's debiased vector.
    pub(crate) fn similarity(&self, query: &[f32], side: Side, reference: &Ref) -> Option<f32> {
        self.vector_of(side, reference, true)
            .map(|v| dot(query, &v))
    }
}

/// Keeps the `limit` highest scores, best first.
fn best(scored: &mut Vec<(f32, usize)>, limit: usize) {
    if scored.len() > limit {
        scored.select_nth_unstable_by(limit, |a, b| b.0.total_cmp(&a.0));
        scored.truncate(limit);
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
}

/// The signs of a vector's components, one bit each, 64 to a word.
fn signs(vector: &[f32]) -> Vec<u64> {
    vector
        .chunks(64)
        .map(|chunk| {
            chunk
                .iter()
                .enumerate()
                .filter(|(_, x)| **x > 0.0)
                .fold(0u64, |word, (bit, _)| word | (1 << bit))
        })
        .collect()
}

/// How many components two vectors agree in sign on: for vectors spread around the origin, a
/// rough measure of the angle between them.
fn agreement(a: &[u64], b: &[u64]) -> u32 {
    a.iter().zip(b).map(|(x, y)| (!(x ^ y)).count_ones()).sum()
}

/// Symmetric 8-bit codes of a vector: `vector[i] ≈ codes[i] × scale`, with the largest
/// component at ±127, so each vector uses the codes' whole range.
fn quantize(vector: &[f32]) -> (Vec<i8>, f32) {
    let largest = vector.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    if largest == 0.0 {
        return (vec![0; vector.len()], 0.0);
    }
    let scale = largest / 127.0;
    let codes = vector
        .iter()
        .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)
        .collect();
    (codes, scale)
}

/// The dot product of two code vectors. Products of two codes (at most 127²) fit in 16 bits
/// and integer sums are associative, so written over fixed lanes this loop becomes wide SIMD
/// multiply-adds; a float loop the compiler must keep in order.
fn dot_codes(a: &[i8], b: &[i8]) -> i32 {
    const LANES: usize = 32;
    let (chunks_a, chunks_b) = (a.chunks_exact(LANES), b.chunks_exact(LANES));
    let tail: i32 = chunks_a
        .remainder()
        .iter()
        .zip(chunks_b.remainder())
        .map(|(x, y)| i32::from(*x) * i32::from(*y))
        .sum();
    let mut sums = [0i32; LANES];
    for (x, y) in chunks_a.zip(chunks_b) {
        for lane in 0..LANES {
            sums[lane] += i32::from(i16::from(x[lane]) * i16::from(y[lane]));
        }
    }
    sums.iter().sum::<i32>() + tail
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(reference: &str, language: &str, vector: Vec<f32>) -> Listed {
        Listed {
            id: 0,
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

    #[test]
    fn the_staged_scan_finds_the_exact_nearest_with_exact_similarities() {
        // Listings about 200 subjects, 50 each, each vector its subject's direction plus as
        // much noise (a fixed pseudo-random sequence), so that a subject's listings score
        // nearly alike; more listings than the sign bits shortlist, so every stage is taken.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32 - 0.5
        };
        let subjects: Vec<Vec<f32>> = (0..200)
            .map(|_| (0..384).map(|_| next()).collect())
            .collect();
        let mut noisy =
            |subject: &[f32]| -> Vec<f32> { subject.iter().map(|x| x + next()).collect() };
        let mut vectors = Vectors::default();
        let languages = ["vi", "zh", "th"];
        for n in 0..10_000 {
            let vector = noisy(&subjects[n % subjects.len()]);
            vectors.put(listed(&format!("o{n}"), languages[n % 3], vector));
        }
        vectors.refresh();
        for q in 0..20 {
            let query = vectors.debias(&noisy(&subjects[q * 7]), "vi");
            let mut exact: Vec<(f32, String)> = (0..10_000)
                .map(|n| {
                    let reference = Ref::parse(&format!("o{n}")).unwrap();
                    let similarity = vectors.similarity(&query, Side::Offer, &reference).unwrap();
                    (similarity, reference.to_string())
                })
                .collect();
            exact.sort_by(|a, b| b.0.total_cmp(&a.0));
            let found = vectors.nearest(&query, Side::Offer, 40, true);
            let found: Vec<(f32, String)> =
                found.into_iter().map(|(r, s)| (s, r.to_string())).collect();
            assert_eq!(found, exact[..40].to_vec());
        }
    }
}
