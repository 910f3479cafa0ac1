//! Matching a listing against the other side of the market: the offers that answer a need, or
//! the needs an offer answers. Candidates come from the full-text index; each is then scored on
//! text evidence and structured compatibility, and explained in reasons a person can check.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use jiff::civil::Date;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};
use techbridge_domain::taxonomy::{Cooperation, Sector};
use techbridge_domain::{Country, Language, Line, ListingKind, ListingStatus, Ref, Side, Text};
use techbridge_store::{Store, StoredListing};

use crate::analysis;
use crate::embedding::{Embedder, listing_text};
use crate::index::{Fields, ListingIndex, in_language_term};
use crate::vectors::Vectors;
use crate::{Reason, SearchError, compatibility};

/// How many of a listing's terms make its query: enough to carry the technical content,
/// few enough that stray words do not dominate.
const QUERY_TERMS: usize = 48;
/// Candidates re-ranked per returned match.
const CANDIDATES_PER_MATCH: usize = 8;
const MIN_CANDIDATES: usize = 60;

/// Weight of each part of the querying listing, and boost of each indexed field.
const SOURCE_WEIGHTS: [(Part, f32); 4] = [
    (Part::Title, 3.0),
    (Part::Keywords, 3.0),
    (Part::Summary, 2.0),
    (Part::Description, 1.0),
];

#[derive(Debug, Clone, Copy)]
enum Part {
    Title,
    Keywords,
    Summary,
    Description,
}

/// One listing on the other side, with its score in [0, 1] and the reasons behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub side: Side,
    pub reference: Ref,
    /// The language the matched listing is written in.
    pub language: Option<Language>,
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// Which evidence ranks the candidates. `Hybrid` is what members see; the others exist to
/// measure what each kind of evidence adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranking {
    /// Full-text relevance (BM25) alone.
    Lexical,
    /// Similarity of embeddings alone, with or without each language's bias removed.
    Semantic { debiased: bool },
    /// Every kind of evidence: meaning, text, and the structured compatibility of the two.
    Hybrid,
}

/// The matching engine of one data directory: the full-text index on disk, the listings'
/// embeddings in memory, and the model that computes new ones.
#[derive(Debug)]
pub struct Matcher {
    pub(crate) index: ListingIndex,
    pub(crate) embedder: Arc<Embedder>,
    vectors: RwLock<Vectors>,
    /// The change-log position the vector set is current with; `None` before the first load.
    vectors_seq: Mutex<Option<i64>>,
    /// Embeddings of recent search texts: people repeat searches, and embedding a text costs
    /// tens of milliseconds of a core.
    pub(crate) query_embeddings: QueryEmbeddings,
}

/// Search texts seen lately and their embeddings; emptied when full, which bounds it.
#[derive(Debug, Default)]
pub(crate) struct QueryEmbeddings {
    entries: Mutex<HashMap<String, Arc<Vec<f32>>>>,
}

impl QueryEmbeddings {
    /// Texts kept at most (about 1.5 KB each with multilingual-e5-small).
    const CAPACITY: usize = 10_000;

    pub(crate) fn get(&self, text: &str) -> Option<Arc<Vec<f32>>> {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(text)
            .cloned()
    }

    pub(crate) fn put(&self, text: &str, embedding: Arc<Vec<f32>>) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= Self::CAPACITY {
            entries.clear();
        }
        entries.insert(text.to_owned(), embedding);
    }
}

/// What matching needs to know of a listing, whichever side it is on.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    pub(crate) reference: Ref,
    pub(crate) language: Option<Language>,
    pub(crate) sectors: Vec<Sector>,
    pub(crate) trl: Option<u8>,
    pub(crate) cooperation: Vec<Cooperation>,
    pub(crate) target_countries: Vec<Country>,
    pub(crate) org_country: Option<Country>,
    pub(crate) deadline: Option<Date>,
    /// Title, summary and keywords: the text reasons quote from.
    pub(crate) headline: String,
}

impl Matcher {
    /// Opens (or creates) the index in `data_dir/index`, matching with `embedder`'s model.
    pub fn open(data_dir: &Path, embedder: Arc<Embedder>) -> Result<Self, SearchError> {
        Ok(Self {
            index: ListingIndex::open(&data_dir.join("index"))?,
            embedder,
            vectors: RwLock::default(),
            vectors_seq: Mutex::default(),
            query_embeddings: QueryEmbeddings::default(),
        })
    }

    pub(crate) fn model(&self) -> &str {
        self.embedder.name()
    }

    pub(crate) fn vectors(&self) -> RwLockReadGuard<'_, Vectors> {
        self.vectors.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn vectors_mut(&self) -> RwLockWriteGuard<'_, Vectors> {
        self.vectors.write().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn vectors_seq(&self) -> Option<i64> {
        *self
            .vectors_seq
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn set_vectors_seq(&self, seq: i64) {
        *self
            .vectors_seq
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(seq);
    }

    /// Empties the vector set; the next `follow` loads it again from the store.
    pub(crate) fn reset_vectors(&self) {
        *self.vectors_mut() = Vectors::default();
        *self
            .vectors_seq
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// The best published listings of the other side for the listing `side`/`reference`, best
    /// first, at most `limit`. `today` decides whether a need's deadline has passed.
    pub async fn matches(
        &self,
        store: &Store,
        side: Side,
        reference: &Ref,
        limit: usize,
        today: Date,
        ranking: Ranking,
    ) -> Result<Vec<Match>, SearchError> {
        let stored =
            store
                .listing(side, reference)
                .await?
                .ok_or_else(|| SearchError::UnknownListing {
                    side,
                    reference: reference.to_string(),
                })?;
        if limit == 0 {
            return Ok(Vec::new());
        }
        let org_country = store
            .organization(&stored.listing.organization)
            .await?
            .map(|o| o.organization.country);
        let own = facts_of(&stored, org_country);
        let other = match side {
            Side::Offer => Side::Need,
            Side::Need => Side::Offer,
        };
        let searcher = self.index.reader.searcher();
        let fields = self.index.fields;
        let wanted = (limit * CANDIDATES_PER_MATCH).max(MIN_CANDIDATES);

        // Text evidence: the listing's telling terms, searched in the other side's listings.
        let terms = query_terms(&searcher, &fields, &stored);
        let mut text_scores: HashMap<Ref, f32> = HashMap::new();
        let mut documents: HashMap<Ref, TantivyDocument> = HashMap::new();
        if !terms.is_empty() && !matches!(ranking, Ranking::Semantic { .. }) {
            let query = lexical_query(&fields, &terms, other);
            // The score a candidate would reach by sharing a third of the query's weight:
            // the scale on which text evidence saturates towards 1.
            let scale = terms.iter().map(|t| t.weight * t.idf).sum::<f32>() * 1.5 / 3.0;
            for (bm25, address) in
                searcher.search(&query, &TopDocs::with_limit(wanted).order_by_score())?
            {
                let document: TantivyDocument = searcher.doc(address)?;
                if let Some(r) =
                    text_of(&document, fields.reference).and_then(|r| Ref::parse(r).ok())
                {
                    text_scores.insert(r.clone(), 1.0 - (-bm25 / scale.max(f32::EPSILON)).exp());
                    documents.insert(r, document);
                }
            }
        }

        // Evidence of meaning: the nearest embeddings, each language's bias removed.
        let debiased = ranking != (Ranking::Semantic { debiased: false });
        let query_vector = self.query_vector(&stored, debiased).await?;
        let mut similarities: HashMap<Ref, f32> = HashMap::new();
        if ranking != Ranking::Lexical {
            similarities.extend(
                self.vectors()
                    .nearest(&query_vector, other, wanted, debiased),
            );
        }

        let mut candidates: Vec<Ref> = text_scores
            .keys()
            .chain(similarities.keys())
            .cloned()
            .collect();
        candidates.sort();
        candidates.dedup();
        let mut matches: Vec<(Match, String)> = Vec::with_capacity(candidates.len());
        for candidate_ref in candidates {
            let document = match documents.remove(&candidate_ref) {
                Some(document) => document,
                None => match self.index.find(&searcher, other, &candidate_ref) {
                    Some(document) => document,
                    None => continue,
                },
            };
            let Some(candidate) = facts_of_document(&fields, &document) else {
                continue;
            };
            let text = text_scores.get(&candidate_ref).copied().unwrap_or(0.0);
            let similarity = match similarities.get(&candidate_ref) {
                Some(s) => *s,
                None => self
                    .vectors()
                    .similarity(&query_vector, other, &candidate_ref)
                    .unwrap_or(0.0),
            };
            let (need, offer) = match side {
                Side::Need => (&own, &candidate),
                Side::Offer => (&candidate, &own),
            };
            let fit = compatibility::assess(need, offer, today);
            let mut reasons = vec![Reason::Meaning {
                similarity,
                from: own.language.clone(),
                to: candidate.language.clone(),
            }];
            reasons.extend(fit.reasons);
            let score = match ranking {
                Ranking::Lexical => text,
                Ranking::Semantic { .. } => similarity,
                Ranking::Hybrid => {
                    let across = own.language.as_ref().map(Language::primary)
                        != candidate.language.as_ref().map(Language::primary);
                    MEANING * meaning(similarity)
                        + FIT * fit.score
                        + if across { TEXT * text } else { 0.0 }
                }
            };
            let found = Match {
                side: other,
                reference: candidate.reference.clone(),
                language: candidate.language.clone(),
                score: score.clamp(0.0, 1.0),
                reasons,
            };
            matches.push((found, candidate.headline));
        }
        matches.sort_by(|(a, _), (b, _)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.reference.cmp(&b.reference))
        });
        matches.truncate(limit);
        // Shared words are found for the matches returned only: judging each word's rarity in
        // the candidate's language costs a count query.
        let own_language = own.language.as_ref().map(Language::primary);
        Ok(matches
            .into_iter()
            .map(|(mut found, headline)| {
                let language = found.language.as_ref().map(Language::primary);
                let rare_there = |folded: &str| {
                    language == own_language
                        || language.is_none_or(|l| !common_in(&searcher, &fields, l, folded))
                };
                if let Some(shared) = shared_terms(&terms, &headline, rare_there) {
                    found.reasons.insert(1, Reason::BothMention(shared));
                }
                found
            })
            .collect())
    }

    /// The listing's vector, with its language's bias removed unless `debiased` is false;
    /// computed now if the listing was written after the last `follow`.
    async fn query_vector(
        &self,
        stored: &StoredListing,
        debiased: bool,
    ) -> Result<Vec<f32>, SearchError> {
        let (side, reference) = (stored.listing.kind.side(), &stored.listing.reference);
        let known = self.vectors().vector_of(side, reference, debiased);
        if let Some(vector) = known {
            return Ok(vector);
        }
        let text = listing_text(&stored.listing);
        let embedder = Arc::clone(&self.embedder);
        let raw = tokio::task::spawn_blocking(move || embedder.embed(&text))
            .await
            .map_err(|e| {
                SearchError::Embedding(crate::embedding::EmbeddingError::Corrupt(e.to_string()))
            })??;
        Ok(if debiased {
            self.vectors()
                .debias(&raw, stored.listing.language.primary())
        } else {
            raw
        })
    }
}

/// How much each kind of evidence weighs in a hybrid score (they sum to 1). Meaning carries
/// most: it crosses languages. Structured compatibility (sector, readiness, cooperation,
/// countries, deadline) is stated by the authors in one shared vocabulary. Shared words count
/// only between listings in different languages: there they are technical tokens and names
/// (WSSV, LoRa, POME), strong evidence; between two listings in one language they are mostly
/// the language's common vocabulary, which measured worse than no text evidence at all
/// (docs/benchmarks.md).
const MEANING: f32 = 0.6;
const FIT: f32 = 0.25;
const TEXT: f32 = 0.15;

/// Cosine similarity of debiased embeddings on [0, 1]: unrelated listings sit near 0, a listing
/// answering another near 0.5 and above. Taken as it is: stretching it so that 0.6 already
/// counted as 1 made the best candidates tie on meaning (hybrid nDCG@10 0.810 against 0.820).
pub(crate) fn meaning(similarity: f32) -> f32 {
    similarity.clamp(0.0, 1.0)
}

pub(crate) fn text_of(document: &TantivyDocument, field: tantivy::schema::Field) -> Option<&str> {
    document.get_first(field).and_then(|v| v.as_str())
}

/// A term of the querying listing, weighted by where and how often it appears, with its
/// rarity among indexed listings.
#[derive(Debug, Clone)]
pub(crate) struct QueryTerm {
    pub(crate) term: String,
    pub(crate) folded: String,
    pub(crate) weight: f32,
    pub(crate) idf: f32,
}

/// A term is a function word of a language ("và", "และ", "និង", "的") when it appears in more
/// than this share of the listings written in that language.
const COMMON_SHARE: f32 = 0.3;
/// Below this many listings in its language, no term is set aside as a function word, and
/// rarity is judged across all listings.
const MIN_LANGUAGE_LISTINGS: u64 = 8;

/// The listing's most telling terms. Rarity is judged among listings in the listing's own
/// language: across all listings every Lao word is rare, because few listings are in Lao; among
/// Lao listings, "ແລະ" (and) is in nearly all and says nothing.
fn query_terms(searcher: &Searcher, fields: &Fields, stored: &StoredListing) -> Vec<QueryTerm> {
    let l = &stored.listing;
    let keywords: Vec<&str> = l.keywords.iter().map(Line::as_str).collect();
    let keywords = keywords.join(" ; ");
    let mut weights: HashMap<(String, String), f32> = HashMap::new();
    for (part, weight) in SOURCE_WEIGHTS {
        let text = match part {
            Part::Title => l.title.as_str(),
            Part::Keywords => &keywords,
            Part::Summary => l.summary.as_str(),
            Part::Description => l.description.as_ref().map_or("", Text::as_str),
        };
        for token in analysis::tokens(text) {
            *weights.entry((token.term, token.folded)).or_default() += weight;
        }
    }
    let language = Term::from_field_text(fields.language, l.language.primary());
    let in_language = searcher.doc_freq(&language).unwrap_or(0);
    let judged_in_language = in_language >= MIN_LANGUAGE_LISTINGS;
    let mut terms: Vec<QueryTerm> = weights
        .into_iter()
        // Bare figures ("420", "2.5") are shared by coincidence, not by subject.
        .filter(|((term, _), _)| term.chars().any(char::is_alphabetic))
        .filter_map(|((term, folded), weight)| {
            let df = searcher
                .doc_freq(&Term::from_field_text(fields.folded, &folded))
                .ok()?;
            if df == 0 {
                return None;
            }
            let (df, documents) = if judged_in_language {
                let here = in_language_term(fields, l.language.primary(), &folded);
                (searcher.doc_freq(&here).unwrap_or(0).max(1), in_language)
            } else {
                (df, searcher.num_docs().max(1))
            };
            let common = judged_in_language && df as f32 / documents as f32 > COMMON_SHARE;
            (!common).then(|| QueryTerm {
                idf: (1.0 + (documents as f32 - df as f32 + 0.5) / (df as f32 + 0.5)).ln(),
                // Repetition counts, but less and less: a word said ten times is not ten
                // times the evidence.
                weight: weight.sqrt(),
                term,
                folded,
            })
        })
        .collect();
    terms.sort_by(|a, b| {
        (b.weight * b.idf)
            .total_cmp(&(a.weight * a.idf))
            .then_with(|| a.term.cmp(&b.term))
    });
    terms.truncate(QUERY_TERMS);
    terms
}

/// Published listings of `side` sharing terms with the query, each field weighted by how much
/// its words say: a title word says more than a word deep in a description.
fn lexical_query(fields: &Fields, terms: &[QueryTerm], side: Side) -> BooleanQuery {
    let filter = |field, value: &str| -> (Occur, Box<dyn Query>) {
        let query = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        (Occur::Must, Box::new(BoostQuery::new(Box::new(query), 0.0)))
    };
    BooleanQuery::new(vec![
        filter(fields.side, side.slug()),
        filter(fields.status, ListingStatus::Published.slug()),
        (Occur::Must, Box::new(any_term(fields, terms, 0.5))),
    ])
}

/// Listings holding any of `terms`, in any text field, each field boosted by how much its words
/// say and each term by its weight; `folded_boost` weighs the accent-free match.
pub(crate) fn any_term(fields: &Fields, terms: &[QueryTerm], folded_boost: f32) -> BooleanQuery {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for term in terms {
        for (field, boost, text) in [
            (fields.title, 3.0, &term.term),
            (fields.keywords, 2.5, &term.term),
            (fields.summary, 1.5, &term.term),
            (fields.description, 1.0, &term.term),
            (fields.folded, folded_boost, &term.folded),
        ] {
            let query = TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            );
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(query), boost * term.weight)),
            ));
        }
    }
    BooleanQuery::new(clauses)
}

/// Whether `folded` is a function word of `language`: in more than `COMMON_SHARE` of the
/// listings written in it (judged only where there are enough of them).
fn common_in(searcher: &Searcher, fields: &Fields, language: &str, folded: &str) -> bool {
    let in_language = searcher
        .doc_freq(&Term::from_field_text(fields.language, language))
        .unwrap_or(0);
    if in_language < MIN_LANGUAGE_LISTINGS {
        return false;
    }
    let with_term = searcher
        .doc_freq(&in_language_term(fields, language, folded))
        .unwrap_or(0);
    with_term as f32 / in_language as f32 > COMMON_SHARE
}

/// The rarest words the candidate shares with the query, as the candidate writes them, among
/// those `rare_there` accepts (no function words of the candidate's language: "that" shared by
/// a Vietnamese need and an English offer says nothing).
pub(crate) fn shared_terms(
    terms: &[QueryTerm],
    headline: &str,
    rare_there: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut shared: Vec<(f32, &str)> = Vec::new();
    let tokens = analysis::tokens(headline);
    for term in terms {
        let found = tokens
            .iter()
            .find(|t| t.term == term.term || t.folded == term.folded);
        if let Some(token) = found
            && !shared
                .iter()
                .any(|(_, s)| s.eq_ignore_ascii_case(token.surface))
            && rare_there(&term.folded)
        {
            shared.push((term.idf, token.surface));
        }
    }
    shared.sort_by(|a, b| b.0.total_cmp(&a.0));
    shared.truncate(3);
    (!shared.is_empty()).then(|| {
        shared
            .iter()
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn facts_of(stored: &StoredListing, org_country: Option<Country>) -> Facts {
    let l = &stored.listing;
    let keywords: Vec<&str> = l.keywords.iter().map(Line::as_str).collect();
    Facts {
        reference: l.reference.clone(),
        language: Some(l.language.clone()),
        sectors: l.sectors.clone(),
        trl: l.trl.map(|t| t.level()),
        cooperation: l.cooperation.clone(),
        target_countries: l.target_countries.clone(),
        org_country,
        deadline: match &l.kind {
            ListingKind::Need(terms) => terms.deadline,
            ListingKind::Offer => None,
        },
        headline: format!("{}\n{}\n{}", l.title, l.summary, keywords.join(" ; ")),
    }
}

pub(crate) fn facts_of_document(f: &Fields, document: &TantivyDocument) -> Option<Facts> {
    let text = |field| {
        document
            .get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    };
    let all = |field| {
        document
            .get_all(field)
            .filter_map(|v| v.as_str())
            .collect::<Vec<_>>()
    };
    Some(Facts {
        reference: Ref::parse(text(f.reference)).ok()?,
        language: Language::parse(text(f.language)).ok(),
        sectors: all(f.sectors)
            .into_iter()
            .filter_map(|s| Sector::parse(s).ok())
            .collect(),
        trl: document
            .get_first(f.trl)
            .and_then(|v| v.as_u64())
            .and_then(|t| u8::try_from(t).ok()),
        cooperation: all(f.cooperation)
            .into_iter()
            .filter_map(|c| Cooperation::parse(c).ok())
            .collect(),
        target_countries: all(f.target_countries)
            .into_iter()
            .filter_map(|c| Country::parse(c).ok())
            .collect(),
        org_country: Country::parse(text(f.org_country)).ok(),
        deadline: text(f.deadline).parse().ok(),
        headline: format!(
            "{}\n{}\n{}",
            text(f.title),
            text(f.summary),
            text(f.keywords)
        ),
    })
}
