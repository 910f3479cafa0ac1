//! The full-text index of listings, kept in the data directory. It follows the store's change
//! log: the sequence number of the last change applied is saved with every commit, so a
//! restarted process goes on where it stopped, and `rebuild` starts over from the store.

use std::path::Path;
use std::sync::Mutex;

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term, doc};
use techbridge_domain::{Country, Lifecycle, Line, ListingKind, Ref, Side, Text};
use techbridge_store::StoredListing;

use crate::{SearchError, analysis};

/// Bumped whenever the schema or the analysis changes: an index of another version is rebuilt.
const SCHEMA_VERSION: u32 = 5;
const EXACT: &str = "techbridge";
const FOLDED: &str = "techbridge_folded";
const IN_LANGUAGE: &str = "techbridge_in_language";
/// Separates the language from the text in the value of the in-language field.
const LANGUAGE_MARK: char = '\u{1}';
const WRITER_MEMORY: usize = 50_000_000;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub(crate) key: Field,
    /// The listing's id in the store: what the vector set knows a listing by, read from a
    /// column to restrict it to the listings a filter lets through.
    pub(crate) listing_id: Field,
    pub(crate) side: Field,
    pub(crate) reference: Field,
    pub(crate) status: Field,
    pub(crate) language: Field,
    pub(crate) sectors: Field,
    pub(crate) trl: Field,
    pub(crate) ip_status: Field,
    pub(crate) cooperation: Field,
    pub(crate) target_countries: Field,
    pub(crate) org_country: Field,
    pub(crate) deadline: Field,
    /// The publication date as the number yyyymmdd, for listing the newest first.
    pub(crate) published: Field,
    pub(crate) title: Field,
    pub(crate) summary: Field,
    pub(crate) keywords: Field,
    pub(crate) description: Field,
    pub(crate) folded: Field,
    /// Each folded term prefixed by the listing's language ("vi:tom"), so that how many
    /// listings of a language hold a term is one lookup.
    pub(crate) in_language: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str, stored: bool| {
        let options = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let fields = Fields {
        key: b.add_text_field("key", STRING | STORED),
        listing_id: b.add_u64_field("listing_id", FAST),
        side: b.add_text_field("side", STRING | STORED),
        reference: b.add_text_field("ref", STRING | STORED),
        status: b.add_text_field("status", STRING | STORED),
        language: b.add_text_field("language", STRING | STORED),
        sectors: b.add_text_field("sectors", STRING | STORED),
        trl: b.add_u64_field("trl", INDEXED | STORED),
        ip_status: b.add_text_field("ip_status", STRING | STORED),
        cooperation: b.add_text_field("cooperation", STRING | STORED),
        target_countries: b.add_text_field("target_countries", STRING | STORED),
        org_country: b.add_text_field("org_country", STRING | STORED),
        deadline: b.add_text_field("deadline", STRING | STORED),
        published: b.add_u64_field("published", FAST),
        title: b.add_text_field("title", text(EXACT, true)),
        summary: b.add_text_field("summary", text(EXACT, true)),
        keywords: b.add_text_field("keywords", text(EXACT, true)),
        description: b.add_text_field("description", text(EXACT, false)),
        folded: b.add_text_field("folded", text(FOLDED, false)),
        in_language: b.add_text_field(
            "in_language",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(IN_LANGUAGE)
                    .set_index_option(IndexRecordOption::Basic),
            ),
        ),
    };
    (b.build(), fields)
}

/// tantivy's view of `analysis`: the terms as written, folded, or folded and prefixed by the
/// language that precedes `LANGUAGE_MARK` in the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Analyzer {
    Exact,
    Folded,
    InLanguage,
}

/// The in-language field's term for `folded` in `language`.
pub(crate) fn in_language_term(fields: &Fields, language: &str, folded: &str) -> Term {
    Term::from_field_text(fields.in_language, &format!("{language}:{folded}"))
}

#[derive(Debug)]
struct Tokens {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for Analyzer {
    type TokenStream<'a> = Tokens;

    fn token_stream<'a>(&'a mut self, value: &'a str) -> Tokens {
        let base = value.as_ptr() as usize;
        let (language, text) = match self {
            Self::InLanguage => value.split_once(LANGUAGE_MARK).unwrap_or(("", value)),
            _ => ("", value),
        };
        let tokens = analysis::tokens(text)
            .into_iter()
            .enumerate()
            .map(|(position, t)| {
                let offset_from = (t.surface.as_ptr() as usize).saturating_sub(base);
                Token {
                    offset_from,
                    offset_to: offset_from + t.surface.len(),
                    position,
                    text: match self {
                        Self::Exact => t.term,
                        Self::Folded => t.folded,
                        Self::InLanguage => format!("{language}:{}", t.folded),
                    },
                    position_length: 1,
                }
            })
            .collect();
        Tokens { tokens, next: 0 }
    }
}

impl TokenStream for Tokens {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// The key that identifies a listing's document: its side and ref.
pub(crate) fn key(side: Side, reference: &Ref) -> String {
    format!("{}/{}", side.slug(), reference)
}

pub(crate) struct ListingIndex {
    index: Index,
    pub(crate) reader: IndexReader,
    /// `None` when another process holds the index's write lock and keeps it up to date.
    writer: Option<Mutex<IndexWriter>>,
    pub(crate) fields: Fields,
}

impl std::fmt::Debug for ListingIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListingIndex")
            .field("writable", &self.writer.is_some())
            .finish_non_exhaustive()
    }
}

impl ListingIndex {
    /// Opens the index in `dir`, creating it, or starting it over when it was built by another
    /// version of the schema or analysis.
    pub(crate) fn open(dir: &Path) -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        std::fs::create_dir_all(dir).map_err(|e| {
            tantivy::TantivyError::SystemError(format!("cannot create {}: {e}", dir.display()))
        })?;
        let current = Index::open_in_dir(dir)
            .ok()
            .filter(|index| payload(index).is_some_and(|(version, _)| version == SCHEMA_VERSION));
        let index = match current {
            Some(index) => index,
            None => {
                for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                    let _ = std::fs::remove_file(entry.path());
                }
                Index::create_in_dir(dir, schema)?
            }
        };
        index.tokenizers().register(EXACT, Analyzer::Exact);
        index.tokenizers().register(FOLDED, Analyzer::Folded);
        index
            .tokenizers()
            .register(IN_LANGUAGE, Analyzer::InLanguage);
        let writer = match index.writer_with_num_threads(1, WRITER_MEMORY) {
            Ok(writer) => Some(Mutex::new(writer)),
            Err(tantivy::TantivyError::LockFailure(..)) => None,
            Err(e) => return Err(e.into()),
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let this = Self {
            index,
            reader,
            writer,
            fields,
        };
        if payload(&this.index).is_none() {
            // A new index: record that it has applied nothing yet.
            this.commit(|_| Ok(()), 0)?;
        }
        Ok(this)
    }

    /// The sequence number of the last change the index has applied.
    pub(crate) fn applied(&self) -> i64 {
        payload(&self.index).map_or(0, |(_, seq)| seq)
    }

    /// Whether this process holds the index's write lock.
    pub(crate) fn writable(&self) -> bool {
        self.writer.is_some()
    }

    /// Replaces the documents of the listings in `updates` (`None`: the listing is gone) and
    /// records `seq` as applied, in one commit; then makes the result visible.
    pub(crate) fn apply(
        &self,
        updates: Vec<(String, Option<TantivyDocument>)>,
        seq: i64,
    ) -> Result<(), SearchError> {
        self.commit(
            |writer| {
                for (key, document) in updates {
                    writer.delete_term(Term::from_field_text(self.fields.key, &key));
                    if let Some(document) = document {
                        writer.add_document(document)?;
                    }
                }
                Ok(())
            },
            seq,
        )?;
        self.reload()
    }

    /// Queues documents to be added by the next commit (`apply`), for bulk loads.
    pub(crate) fn stage(&self, documents: Vec<TantivyDocument>) -> Result<(), SearchError> {
        if let Some(writer) = &self.writer {
            let writer = lock(writer);
            for document in documents {
                writer.add_document(document)?;
            }
        }
        Ok(())
    }

    /// The stored fields of one listing's document, if it is indexed.
    pub(crate) fn find(
        &self,
        searcher: &tantivy::Searcher,
        side: Side,
        reference: &Ref,
    ) -> Option<TantivyDocument> {
        let term = Term::from_field_text(self.fields.key, &key(side, reference));
        let query = tantivy::query::TermQuery::new(term, IndexRecordOption::Basic);
        let hits = searcher
            .search(
                &query,
                &tantivy::collector::TopDocs::with_limit(1).order_by_score(),
            )
            .ok()?;
        let (_, address) = hits.first()?;
        searcher.doc(*address).ok()
    }

    /// Removes every document, in the same commit as the first `apply` after it.
    pub(crate) fn clear(&self) -> Result<(), SearchError> {
        let Some(writer) = &self.writer else {
            return Err(tantivy::TantivyError::SystemError(
                "another process is writing the search index; stop it before rebuilding".into(),
            )
            .into());
        };
        lock(writer).delete_all_documents()?;
        Ok(())
    }

    /// Makes what was committed, by this process or another, visible to searches.
    pub(crate) fn reload(&self) -> Result<(), SearchError> {
        Ok(self.reader.reload()?)
    }

    fn commit(
        &self,
        apply: impl FnOnce(&mut IndexWriter) -> tantivy::Result<()>,
        seq: i64,
    ) -> Result<(), SearchError> {
        let Some(writer) = &self.writer else {
            return Ok(());
        };
        let mut writer = lock(writer);
        apply(&mut writer)?;
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&format!("{SCHEMA_VERSION}:{seq}"));
        commit.commit()?;
        Ok(())
    }

    pub(crate) fn document(
        &self,
        stored: &StoredListing,
        org_country: Option<Country>,
    ) -> TantivyDocument {
        let f = &self.fields;
        let l = &stored.listing;
        let keywords: Vec<&str> = l.keywords.iter().map(Line::as_str).collect();
        let description = l.description.as_ref().map_or("", Text::as_str);
        let all_text = format!(
            "{} \n {} \n {} \n {}",
            l.title,
            l.summary,
            keywords.join(" ; "),
            description
        );
        let mut document = doc!(
            f.key => key(l.kind.side(), &l.reference),
            f.side => l.kind.slug(),
            f.reference => l.reference.as_str(),
            f.status => stored.lifecycle.status().slug(),
            f.language => l.language.primary(),
            f.title => l.title.as_str(),
            f.summary => l.summary.as_str(),
            f.keywords => keywords.join(" ; "),
            f.description => description,
            f.folded => all_text.as_str(),
            f.in_language => format!("{}{LANGUAGE_MARK}{all_text}", l.language.primary()),
        );
        for sector in &l.sectors {
            document.add_text(f.sectors, sector.slug());
        }
        for cooperation in &l.cooperation {
            document.add_text(f.cooperation, cooperation.slug());
        }
        for country in &l.target_countries {
            document.add_text(f.target_countries, country.code());
        }
        if let Some(trl) = l.trl {
            document.add_u64(f.trl, u64::from(trl.level()));
        }
        document.add_u64(f.listing_id, u64::try_from(stored.id).unwrap_or(0));
        if let Some(ip_status) = l.ip_status {
            document.add_text(f.ip_status, ip_status.slug());
        }
        let published = match &stored.lifecycle {
            Lifecycle::Published { published_on, .. } | Lifecycle::Expired { published_on, .. } => {
                let (y, m, d) = (
                    published_on.year(),
                    published_on.month(),
                    published_on.day(),
                );
                u64::try_from(i64::from(y) * 10_000 + i64::from(m) * 100 + i64::from(d))
                    .unwrap_or(0)
            }
            _ => 0,
        };
        document.add_u64(f.published, published);
        if let Some(country) = org_country {
            document.add_text(f.org_country, country.code());
        }
        if let ListingKind::Need(terms) = &l.kind
            && let Some(deadline) = terms.deadline
        {
            document.add_text(f.deadline, deadline.to_string());
        }
        document
    }
}

fn lock(writer: &Mutex<IndexWriter>) -> std::sync::MutexGuard<'_, IndexWriter> {
    // A panic while holding the lock leaves the writer usable: its state is on disk.
    writer
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The payload of the last commit: (schema version, sequence number applied).
fn payload(index: &Index) -> Option<(u32, i64)> {
    let payload = index.load_metas().ok()?.payload?;
    let (version, seq) = payload.split_once(':')?;
    Some((version.parse().ok()?, seq.parse().ok()?))
}
