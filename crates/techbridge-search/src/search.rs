//! Free-text search: what a member types, in any of the network's languages, with filters on
//! the structured fields, over published listings. Text is matched word for word in the
//! full-text index and by meaning through the embeddings, so a search in Chinese also finds
//! the Vietnamese listing that says the same thing.

use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;
use std::sync::Arc;

use std::collections::hash_map::Entry;

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Order, Searcher, TantivyDocument, Term};
use techbridge_domain::taxonomy::{Cooperation, IpStatus, Sector};
use techbridge_domain::{Country, Language, ListingStatus, Ref, Side};

use crate::analysis;
use crate::index::Fields;
use crate::matching::{
    Match, Matcher, QueryTerm, any_term, facts_of_document, meaning, shared_terms, text_of,
};
use crate::{Reason, SearchError, embedding};

/// What a member looks for. Every filter narrows: a listing must match one of the values of
/// each filter that has values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Free text in any language; empty lists the filtered listings, newest first.
    pub text: String,
    /// The language the text is written in, when known (the member's interface language):
    /// it tells which language's bias to remove from the text's embedding. Without it the
    /// language is recognised from the script where the script tells.
    pub language: Option<Language>,
    /// Offers, needs, or both.
    pub side: Option<Side>,
    pub sectors: Vec<Sector>,
    pub trl: Option<RangeInclusive<u8>>,
    pub ip_status: Vec<IpStatus>,
    pub cooperation: Vec<Cooperation>,
    /// Countries of the listing's organization.
    pub countries: Vec<Country>,
    /// Languages the listing is written in.
    pub languages: Vec<Language>,
}

/// Candidates taken from each kind of evidence per result asked for.
const CANDIDATES_PER_RESULT: usize = 4;
const MIN_CANDIDATES: usize = 50;
/// Weight of meaning against words in a search's score. Meaning crosses languages and finds
/// the listings that say it in other words; words keep what a search box promises, the
/// listings that contain what was typed (with or without accents) near the top. Measured on
/// the judged pairs with each need's title as the query (docs/benchmarks.md): words weighing
/// about a third as much as meaning filled the results with same-language listings that share
/// vocabulary but not the problem (nDCG@10 0.35); at this weight they cost little against
/// meaning alone (0.48 against 0.49).
const MEANING: f32 = 0.88;
const WORDS: f32 = 0.12;

impl Matcher {
    /// The published listings that answer `search`, best first: `limit` of them after
    /// skipping `offset`.
    pub async fn search(
        &self,
        search: &Search,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<Match>, SearchError> {
        let searcher = self.index.reader.searcher();
        let fields = self.index.fields;
        let wanted = offset.saturating_add(limit);
        if wanted == 0 {
            return Ok(Vec::new());
        }
        let filter = filter_clauses(&fields, search);
        let terms = query_terms(&searcher, &fields, &search.text);
        if terms.is_empty() && search.text.trim().is_empty() {
            return newest(&searcher, &fields, filter, offset, limit);
        }
        // The text's embedding is computed on a blocking thread while the index is searched,
        // unless the same text was searched lately.
        let embedded = match self.query_embeddings.get(&search.text) {
            Some(known) => Err(known),
            None => {
                let text = search.text.clone();
                let embedder = Arc::clone(&self.embedder);
                Ok(tokio::task::spawn_blocking(move || embedder.embed(&text)))
            }
        };

        // Words: every field, a title word counting more than one deep in a description.
        let pool = wanted
            .saturating_mul(CANDIDATES_PER_RESULT)
            .max(MIN_CANDIDATES);
        let mut word_scores: HashMap<(Side, Ref), f32> = HashMap::new();
        let mut documents: HashMap<(Side, Ref), TantivyDocument> = HashMap::new();
        if !terms.is_empty() {
            // The score of a listing holding every word in its title and summary: the scale
            // on which word evidence saturates towards 1.
            let scale = terms.iter().map(|t| t.idf).sum::<f32>() * 2.5;
            let mut clauses = copy(&filter);
            // Without accents as much as with: "may bom" finds "máy bơm".
            clauses.push((Occur::Must, Box::new(any_term(&fields, &terms, 1.0))));
            for (bm25, address) in searcher.search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(pool).order_by_score(),
            )? {
                let document: TantivyDocument = searcher.doc(address)?;
                if let Some(key) = key_of(&fields, &document) {
                    word_scores.insert(key.clone(), 1.0 - (-bm25 / scale.max(f32::EPSILON)).exp());
                    documents.insert(key, document);
                }
            }
        }

        // Meaning: the text's embedding, its language's bias removed, against the listings
        // that pass the filters.
        let allowed = if narrows(search) {
            Some(filtered_ids(&searcher, &filter)?)
        } else {
            None
        };
        let raw = match embedded {
            Err(known) => known,
            Ok(computing) => {
                let raw = Arc::new(computing.await.map_err(|e| {
                    SearchError::Embedding(embedding::EmbeddingError::Corrupt(e.to_string()))
                })??);
                self.query_embeddings.put(&search.text, Arc::clone(&raw));
                raw
            }
        };
        let language = search
            .language
            .as_ref()
            .map(|l| l.primary().to_owned())
            .or_else(|| analysis::script_language(&search.text).map(str::to_owned))
            .unwrap_or_default();
        let mut similarities: HashMap<(Side, Ref), f32> = HashMap::new();
        {
            let vectors = self.vectors();
            let query = vectors.debias(&raw, &language);
            for side in sides(search) {
                let passes = |id: i64| allowed.as_ref().is_none_or(|a| a.contains(&id));
                for (reference, similarity) in vectors.nearest_where(&query, side, pool, passes) {
                    similarities.insert((side, reference), similarity);
                }
            }
            for key in word_scores.keys() {
                if !similarities.contains_key(key) {
                    let similarity = vectors.similarity(&query, key.0, &key.1).unwrap_or(0.0);
                    similarities.insert(key.clone(), similarity);
                }
            }
        }

        // The language the search was written in, when known, as reasons name it.
        let written_in = Language::parse(&language).ok();
        let mut found: Vec<(Match, String)> = Vec::with_capacity(similarities.len());
        for (key, similarity) in similarities {
            let document = match documents.remove(&key) {
                Some(document) => document,
                None => match self.index.find(&searcher, key.0, &key.1) {
                    Some(document) => document,
                    None => continue,
                },
            };
            let Some(facts) = facts_of_document(&fields, &document) else {
                continue;
            };
            let words = word_scores.get(&key).copied().unwrap_or(0.0);
            found.push((
                Match {
                    side: key.0,
                    reference: key.1,
                    score: (MEANING * meaning(similarity) + WORDS * words).clamp(0.0, 1.0),
                    reasons: vec![Reason::Meaning {
                        similarity,
                        from: written_in.clone(),
                        to: facts.language.clone(),
                    }],
                    language: facts.language,
                },
                facts.headline,
            ));
        }
        found.sort_by(|(a, _), (b, _)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.reference.cmp(&b.reference))
        });
        Ok(found
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|(mut found, headline)| {
                if let Some(shared) = shared_terms(&terms, &headline, |_| true) {
                    found.reasons.insert(0, Reason::Mentions(shared));
                }
                found
            })
            .collect())
    }
}

/// The words of the search text, each weighing the same, with their rarity among all indexed
/// listings.
fn query_terms(searcher: &Searcher, fields: &Fields, text: &str) -> Vec<QueryTerm> {
    let documents = searcher.num_docs().max(1) as f32;
    let mut terms: Vec<QueryTerm> = Vec::new();
    for token in analysis::tokens(text) {
        if terms.iter().any(|t| t.folded == token.folded) {
            continue;
        }
        let df = searcher
            .doc_freq(&Term::from_field_text(fields.folded, &token.folded))
            .unwrap_or(0) as f32;
        terms.push(QueryTerm {
            weight: 1.0,
            idf: (1.0 + (documents - df + 0.5) / (df + 0.5)).ln(),
            term: token.term,
            folded: token.folded,
        });
    }
    terms
}

/// Whether the search narrows more than "published listings of a side".
fn narrows(search: &Search) -> bool {
    !(search.sectors.is_empty()
        && search.trl.is_none()
        && search.ip_status.is_empty()
        && search.cooperation.is_empty()
        && search.countries.is_empty()
        && search.languages.is_empty())
}

fn sides(search: &Search) -> Vec<Side> {
    match search.side {
        Some(side) => vec![side],
        None => vec![Side::Offer, Side::Need],
    }
}

/// The filters as clauses that every result must satisfy, scoring nothing.
fn filter_clauses(fields: &Fields, search: &Search) -> Vec<(Occur, Box<dyn Query>)> {
    let any_of = |field: Field, values: Vec<String>| -> (Occur, Box<dyn Query>) {
        let options: Vec<(Occur, Box<dyn Query>)> = values
            .iter()
            .map(|value| -> (Occur, Box<dyn Query>) {
                let query = TermQuery::new(
                    Term::from_field_text(field, value),
                    IndexRecordOption::Basic,
                );
                (Occur::Should, Box::new(query))
            })
            .collect();
        (
            Occur::Must,
            Box::new(BoostQuery::new(Box::new(BooleanQuery::new(options)), 0.0)),
        )
    };
    let mut clauses = vec![any_of(
        fields.status,
        vec![ListingStatus::Published.slug().to_owned()],
    )];
    if let Some(side) = search.side {
        clauses.push(any_of(fields.side, vec![side.slug().to_owned()]));
    }
    let slugs = |values: Vec<&str>| values.into_iter().map(str::to_owned).collect::<Vec<_>>();
    if !search.sectors.is_empty() {
        let values = slugs(search.sectors.iter().map(|s| s.slug()).collect());
        clauses.push(any_of(fields.sectors, values));
    }
    if !search.ip_status.is_empty() {
        let values = slugs(search.ip_status.iter().map(|s| s.slug()).collect());
        clauses.push(any_of(fields.ip_status, values));
    }
    if !search.cooperation.is_empty() {
        let values = slugs(search.cooperation.iter().map(|c| c.slug()).collect());
        clauses.push(any_of(fields.cooperation, values));
    }
    if !search.countries.is_empty() {
        let values = slugs(search.countries.iter().map(Country::code).collect());
        clauses.push(any_of(fields.org_country, values));
    }
    if !search.languages.is_empty() {
        let values = slugs(search.languages.iter().map(Language::primary).collect());
        clauses.push(any_of(fields.language, values));
    }
    if let Some(trl) = &search.trl {
        let range = RangeQuery::new(
            std::ops::Bound::Included(Term::from_field_u64(fields.trl, u64::from(*trl.start()))),
            std::ops::Bound::Included(Term::from_field_u64(fields.trl, u64::from(*trl.end()))),
        );
        clauses.push((Occur::Must, Box::new(BoostQuery::new(Box::new(range), 0.0))));
    }
    clauses
}

fn copy(clauses: &[(Occur, Box<dyn Query>)]) -> Vec<(Occur, Box<dyn Query>)> {
    clauses.iter().map(|(o, q)| (*o, q.box_clone())).collect()
}

/// The store ids of every listing that passes the filters, read from the index's column of ids
/// without loading a document.
fn filtered_ids(
    searcher: &Searcher,
    filter: &[(Occur, Box<dyn Query>)],
) -> Result<HashSet<i64>, SearchError> {
    let addresses = searcher.search(&BooleanQuery::new(copy(filter)), &DocSetCollector)?;
    let mut columns: HashMap<u32, Column<u64>> = HashMap::new();
    let mut allowed = HashSet::with_capacity(addresses.len());
    for address in addresses {
        let column = match columns.entry(address.segment_ord) {
            Entry::Occupied(column) => column.into_mut(),
            Entry::Vacant(slot) => slot.insert(
                searcher
                    .segment_reader(address.segment_ord)
                    .fast_fields()
                    .u64("listing_id")?,
            ),
        };
        if let Some(id) = column
            .first(address.doc_id)
            .and_then(|id| i64::try_from(id).ok())
        {
            allowed.insert(id);
        }
    }
    Ok(allowed)
}

/// The filtered listings, newest first, for a search without words.
fn newest(
    searcher: &Searcher,
    fields: &Fields,
    filter: Vec<(Occur, Box<dyn Query>)>,
    offset: usize,
    limit: usize,
) -> Result<Vec<Match>, SearchError> {
    let hits = searcher.search(
        &BooleanQuery::new(filter),
        &TopDocs::with_limit(limit)
            .and_offset(offset)
            .order_by_u64_field("published", Order::Desc),
    )?;
    let mut found = Vec::with_capacity(hits.len());
    for (_, address) in hits {
        let document: TantivyDocument = searcher.doc(address)?;
        if let (Some((side, reference)), language) = (
            key_of(fields, &document),
            text_of(&document, fields.language).and_then(|l| Language::parse(l).ok()),
        ) {
            found.push(Match {
                side,
                reference,
                language,
                score: 0.0,
                reasons: Vec::new(),
            });
        }
    }
    Ok(found)
}

fn key_of(fields: &Fields, document: &TantivyDocument) -> Option<(Side, Ref)> {
    let side = Side::parse(text_of(document, fields.side)?).ok()?;
    let reference = Ref::parse(text_of(document, fields.reference)?).ok()?;
    Some((side, reference))
}
