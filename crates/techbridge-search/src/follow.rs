//! Keeping the matcher up to date: following the store's change log into the full-text index
//! and the vector set, computing the embeddings no node has computed yet, and rebuilding both
//! from the store.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use techbridge_domain::{Country, ListingStatus, Ref, Side};
use techbridge_store::{Entity, Store, StoredListing};

use crate::SearchError;
use crate::embedding::{fingerprint, listing_text};
use crate::index::key;
use crate::matching::Matcher;
use crate::vectors::Listed;

/// Changes read from the log at a time.
const BATCH: i64 = 2000;

/// A listing whose embedding must be computed: what the vector set will hold, and the text.
struct Pending {
    listed: Listed,
    text: String,
    hash: String,
}

impl Matcher {
    /// Applies the store's changes since the last call; returns how many. The first call loads
    /// the stored embeddings.
    pub async fn follow(&self, store: &Store, now: Timestamp) -> Result<usize, SearchError> {
        let mut seq = match self.vectors_seq() {
            Some(seq) => seq,
            None => self.load_vectors(store).await?,
        };
        let mut applied = 0;
        let mut countries = Countries::default();
        loop {
            let changes = store.changes_since(seq, BATCH).await?;
            let Some(last) = changes.last().map(|c| c.seq) else {
                break;
            };
            let mut touched: Vec<(Side, Ref)> = Vec::new();
            for change in &changes {
                match change.entity {
                    Entity::Offer => touched.push((Side::Offer, change.reference.clone())),
                    Entity::Need => touched.push((Side::Need, change.reference.clone())),
                    Entity::Organization => {
                        countries.forget(&change.reference);
                        touched.extend(store.listings_of(&change.reference).await?);
                    }
                }
            }
            touched.sort();
            touched.dedup();
            let mut updates = Vec::with_capacity(touched.len());
            let mut pending = Vec::new();
            for (side, reference) in touched {
                let Some(stored) = store.listing(side, &reference).await? else {
                    updates.push((key(side, &reference), None));
                    self.vectors_mut().remove(side, &reference);
                    continue;
                };
                let country = countries.of(store, &stored).await?;
                updates.push((
                    key(side, &reference),
                    Some(self.index.document(&stored, country)),
                ));
                pending.extend(self.reuse_or_queue(store, &stored).await?);
            }
            self.embed_and_store(store, pending, now).await?;
            if self.index.writable() && last > self.index.applied() {
                self.index.apply(updates, last)?;
            }
            self.set_vectors_seq(last);
            applied += changes.len();
            seq = last;
        }
        if !self.index.writable() {
            self.index.reload()?;
        }
        if applied > 0 {
            self.vectors_mut().refresh();
        }
        Ok(applied)
    }

    /// Rebuilds the full-text index and the vector set from the store, computing whatever
    /// embeddings are missing or stale; returns how many listings there are.
    pub async fn rebuild(&self, store: &Store, now: Timestamp) -> Result<usize, SearchError> {
        // Changes logged while the rebuild reads are applied again by the next `follow`;
        // applying a change twice is harmless.
        let seq = store.last_change().await?;
        self.index.clear()?;
        let mut countries = Countries::default();
        let (mut after, mut count) = (0, 0);
        loop {
            let page = store.listings_after(after, 500).await?;
            let Some(last) = page.last().map(|l| l.id) else {
                break;
            };
            let mut documents = Vec::with_capacity(page.len());
            let mut pending = Vec::new();
            for stored in &page {
                documents.push(
                    self.index
                        .document(stored, countries.of(store, stored).await?),
                );
                pending.extend(self.reuse_or_queue(store, stored).await?);
            }
            self.index.stage(documents)?;
            self.embed_and_store(store, pending, now).await?;
            count += page.len();
            after = last;
        }
        self.index.apply(Vec::new(), seq)?;
        self.reset_vectors();
        self.follow(store, now).await?;
        Ok(count)
    }

    /// Loads every stored embedding into the vector set; returns the change-log position the
    /// set is current with (the full-text index's, whose writer stores embeddings first).
    async fn load_vectors(&self, store: &Store) -> Result<i64, SearchError> {
        let seq = self.index.applied();
        let mut after = 0;
        loop {
            let (page, last) = store.embeddings_after(self.model(), after, 2000).await?;
            if page.is_empty() {
                break;
            }
            let mut vectors = self.vectors_mut();
            for e in page {
                vectors.put(Listed {
                    id: e.listing_id,
                    side: e.side,
                    reference: e.reference,
                    language: e.language.primary().to_owned(),
                    published: e.status == ListingStatus::Published,
                    vector: e.vector,
                });
            }
            after = last;
        }
        self.vectors_mut().refresh();
        self.set_vectors_seq(seq);
        Ok(seq)
    }

    /// Puts a listing's stored embedding into the vector set if it was computed from the
    /// listing's current text; otherwise returns it to be embedded.
    async fn reuse_or_queue(
        &self,
        store: &Store,
        stored: &StoredListing,
    ) -> Result<Option<Pending>, SearchError> {
        let listing = &stored.listing;
        let text = listing_text(listing);
        let hash = fingerprint(&text);
        let mut listed = Listed {
            id: stored.id,
            side: listing.kind.side(),
            reference: listing.reference.clone(),
            language: listing.language.primary().to_owned(),
            published: stored.lifecycle.is_public(),
            vector: Vec::new(),
        };
        match store
            .embedding(listed.side, &listed.reference, self.model())
            .await?
        {
            Some(embedding) if embedding.text_hash == hash => {
                listed.vector = embedding.vector;
                self.vectors_mut().put(listed);
                Ok(None)
            }
            _ => Ok(Some(Pending { listed, text, hash })),
        }
    }

    async fn embed_and_store(
        &self,
        store: &Store,
        pending: Vec<Pending>,
        now: Timestamp,
    ) -> Result<(), SearchError> {
        if pending.is_empty() {
            return Ok(());
        }
        let texts: Vec<String> = pending.iter().map(|p| p.text.clone()).collect();
        let embedder = Arc::clone(&self.embedder);
        let vectors = tokio::task::spawn_blocking(move || {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            embedder.embed_all(&texts)
        })
        .await
        .map_err(|e| {
            SearchError::Embedding(crate::embedding::EmbeddingError::Corrupt(e.to_string()))
        })??;
        for (mut p, vector) in pending.into_iter().zip(vectors) {
            store
                .save_embedding(
                    p.listed.side,
                    &p.listed.reference,
                    self.model(),
                    &p.hash,
                    &vector,
                    now,
                )
                .await?;
            p.listed.vector = vector;
            self.vectors_mut().put(p.listed);
        }
        Ok(())
    }
}

/// Organization countries, looked up once per organization.
#[derive(Default)]
struct Countries(HashMap<Ref, Option<Country>>);

impl Countries {
    async fn of(
        &mut self,
        store: &Store,
        listing: &StoredListing,
    ) -> Result<Option<Country>, SearchError> {
        let organization = &listing.listing.organization;
        if let Some(country) = self.0.get(organization) {
            return Ok(*country);
        }
        let country = store
            .organization(organization)
            .await?
            .map(|o| o.organization.country);
        self.0.insert(organization.clone(), country);
        Ok(country)
    }

    fn forget(&mut self, organization: &Ref) {
        self.0.remove(organization);
    }
}
