//! Importing and exporting interchange files (JSON Lines, one record per line).
//!
//! Import reads the file in passes so memory stays flat however large it is: the first pass
//! validates every line and names every bad one; only a clean file is written, in one
//! transaction, so a failure or a kill part-way leaves the store as it was.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;
use std::pin::Pin;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use sqlx::AnyConnection;
use techbridge_domain::interchange::{FieldError, Record, RecordKind, parse_record, write_record};
use techbridge_domain::{LifecycleSpec, Ref};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, BufReader};

use crate::open::{SQLITE_IMPORT_CACHE, SQLITE_RESET_CACHE};
use crate::{Counts, Engine, Outcome, Store, StoreError, listings, organizations};

/// Where an import reads from; opened once per pass.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    File(&'a Path),
    Bytes(&'a [u8]),
}

impl<'a> Source<'a> {
    async fn open(&self) -> io::Result<Pin<Box<dyn AsyncBufRead + Send + 'a>>> {
        Ok(match *self {
            Source::File(path) => Box::pin(BufReader::with_capacity(
                1 << 16,
                tokio::fs::File::open(path).await?,
            )),
            Source::Bytes(bytes) => Box::pin(bytes),
        })
    }
}

/// One problem on one line, printed as `FILE:LINE: field: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    pub line: usize,
    pub field: String,
    pub reason: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read the file: {0}")]
    Read(#[from] io::Error),
    #[error("{} problem(s) in the file; nothing was imported", .0.len())]
    Invalid(Vec<LineProblem>),
    #[error("the file changed while it was being imported; nothing was imported")]
    Changed,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How many records of a kind were created, updated, or already as the file says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Tally {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Created => self.created += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.created + self.updated + self.unchanged
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub organizations: Tally,
    pub offers: Tally,
    pub needs: Tally,
}

/// Reads a source line by line: (line number, text), skipping blank lines. A line that is not
/// UTF-8 comes back as the problem it is.
struct Lines<'a> {
    reader: Pin<Box<dyn AsyncBufRead + Send + 'a>>,
    buffer: Vec<u8>,
    number: usize,
}

impl<'a> Lines<'a> {
    async fn open(source: &Source<'a>) -> io::Result<Self> {
        Ok(Self {
            reader: source.open().await?,
            buffer: Vec::new(),
            number: 0,
        })
    }

    async fn next(&mut self) -> io::Result<Option<(usize, Result<&str, FieldError>)>> {
        let (start, end) = loop {
            self.buffer.clear();
            if self.reader.read_until(b'\n', &mut self.buffer).await? == 0 {
                return Ok(None);
            }
            self.number += 1;
            let mut start = 0;
            if self.number == 1 && self.buffer.starts_with(b"\xEF\xBB\xBF") {
                start = 3;
            }
            let mut end = self.buffer.len();
            while end > start && matches!(self.buffer[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            if !self.buffer[start..end].iter().all(u8::is_ascii_whitespace) {
                break (start, end);
            }
        };
        let bytes = &self.buffer[start..end];
        let text = std::str::from_utf8(bytes).map_err(|e| {
            FieldError::new(
                "line",
                format!(
                    "is not valid UTF-8 (bad byte 0x{:02X} at byte {})",
                    bytes[e.valid_up_to()],
                    e.valid_up_to() + 1
                ),
            )
        });
        Ok(Some((self.number, text)))
    }
}

impl Store {
    /// Validates the whole source, then writes it in one transaction. Records whose ref exists
    /// are updated; records already as the file says are left alone and log no change.
    pub async fn import(
        &self,
        source: Source<'_>,
        now: Timestamp,
    ) -> Result<ImportReport, ImportError> {
        let mut conn = self.pool.acquire().await.map_err(StoreError::from)?;
        validate(&mut conn, &source).await?;
        let sqlite = self.engine == Engine::Sqlite;
        if sqlite {
            sqlx::raw_sql(SQLITE_IMPORT_CACHE)
                .execute(&mut *conn)
                .await
                .map_err(StoreError::from)?;
        }
        let written = async {
            let mut tx = self.begin_write_on(&mut conn).await?;
            let report = write(&mut tx, self.engine, &source, now).await?;
            tx.commit().await.map_err(StoreError::from)?;
            Ok::<_, ImportError>(report)
        }
        .await;
        if sqlite {
            // Shrinking the limit frees the pages above it.
            sqlx::raw_sql(SQLITE_RESET_CACHE)
                .execute(&mut *conn)
                .await
                .map_err(StoreError::from)?;
        }
        written
    }

    /// Writes every organization, then every listing, as interchange lines, from one
    /// consistent snapshot of the store.
    pub async fn export(&self, out: &mut impl Write) -> Result<Counts, ExportError> {
        const PAGE: i64 = 1000;
        let mut tx = self.pool.begin().await.map_err(StoreError::from)?;
        if self.engine == Engine::Postgres {
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute(&mut *tx)
                .await
                .map_err(StoreError::from)?;
        }
        let mut counts = Counts::default();
        let mut after = 0;
        loop {
            let page = organizations::page(&mut tx, after, PAGE).await?;
            for stored in &page {
                writeln!(
                    out,
                    "{}",
                    write_record(&Record::Organization(stored.organization.clone()))
                )?;
                counts.organizations += 1;
            }
            match page.last() {
                Some(last) => after = last.id,
                None => break,
            }
        }
        after = 0;
        loop {
            let page = listings::page(&mut tx, after, PAGE).await?;
            for stored in page.iter() {
                let record = Record::Listing {
                    listing: stored.listing.clone(),
                    lifecycle: LifecycleSpec::from(&stored.lifecycle),
                };
                writeln!(out, "{}", write_record(&record))?;
                match record.kind() {
                    RecordKind::Need => counts.needs += 1,
                    _ => counts.offers += 1,
                }
            }
            match page.last() {
                Some(last) => after = last.id,
                None => break,
            }
        }
        out.flush()?;
        tx.commit().await.map_err(StoreError::from)?;
        Ok(counts)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write the export: {0}")]
    Write(#[from] io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// First pass: every line parses, no ref repeats within its kind, every organization a listing
/// names is in the file or already in the store.
async fn validate(conn: &mut AnyConnection, source: &Source<'_>) -> Result<(), ImportError> {
    let mut problems = Vec::new();
    let mut first_seen: HashMap<(RecordKind, Ref), usize> = HashMap::new();
    let mut organization_uses: Vec<(usize, Ref)> = Vec::new();
    let mut lines = Lines::open(source).await?;
    while let Some((line, text)) = lines.next().await? {
        let record = text.map_err(|e| vec![e]).and_then(parse_record);
        let record = match record {
            Ok(record) => record,
            Err(errors) => {
                problems.extend(errors.into_iter().map(|e| LineProblem {
                    line,
                    field: e.field,
                    reason: e.reason,
                }));
                continue;
            }
        };
        let key = (record.kind(), record.reference().clone());
        if let Some(first) = first_seen.get(&key) {
            problems.push(LineProblem {
                line,
                field: "ref".to_owned(),
                reason: format!(
                    "\"{}\" is already used by the {} on line {first}",
                    key.1,
                    key.0.slug()
                ),
            });
            continue;
        }
        first_seen.insert(key, line);
        if let Record::Listing { listing, .. } = record {
            organization_uses.push((line, listing.organization));
        }
    }
    let in_file: HashSet<&Ref> = first_seen
        .keys()
        .filter(|(kind, _)| *kind == RecordKind::Organization)
        .map(|(_, r)| r)
        .collect();
    let mut in_store: HashMap<Ref, bool> = HashMap::new();
    for (line, organization) in &organization_uses {
        if in_file.contains(organization) {
            continue;
        }
        let exists = match in_store.get(organization) {
            Some(exists) => *exists,
            None => {
                let exists = listings::organization_id(conn, organization)
                    .await?
                    .is_some();
                in_store.insert(organization.clone(), exists);
                exists
            }
        };
        if !exists {
            problems.push(LineProblem {
                line: *line,
                field: "organization".to_owned(),
                reason: format!("no organization \"{organization}\" in this file or in the store"),
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        problems.sort_by_key(|p| p.line);
        Err(ImportError::Invalid(problems))
    }
}

/// Second pass, inside the transaction: records in file order. A listing whose organization
/// comes later in the file waits for a third pass over just those lines.
async fn write(
    conn: &mut AnyConnection,
    engine: Engine,
    source: &Source<'_>,
    now: Timestamp,
) -> Result<ImportReport, ImportError> {
    let today = now.to_zoned(TimeZone::UTC).date();
    let mut report = ImportReport::default();
    let mut organization_ids: HashMap<Ref, i64> = HashMap::new();
    let mut deferred: HashSet<usize> = HashSet::new();
    for pass in [1, 2] {
        if pass == 2 && deferred.is_empty() {
            break;
        }
        let mut lines = Lines::open(source).await?;
        while let Some((line, text)) = lines.next().await? {
            if pass == 2 && !deferred.contains(&line) {
                continue;
            }
            let record = text
                .ok()
                .and_then(|t| parse_record(t).ok())
                .ok_or(ImportError::Changed)?;
            match record {
                Record::Organization(organization) => {
                    if pass == 2 {
                        continue;
                    }
                    let (id, outcome) =
                        organizations::save(conn, engine, &organization, now).await?;
                    organization_ids.insert(organization.reference, id);
                    report.organizations.add(outcome);
                }
                Record::Listing { listing, lifecycle } => {
                    let organization_id = match organization_ids.get(&listing.organization) {
                        Some(id) => *id,
                        None => match listings::organization_id(conn, &listing.organization).await?
                        {
                            Some(id) => id,
                            None if pass == 1 => {
                                deferred.insert(line);
                                continue;
                            }
                            None => return Err(ImportError::Changed),
                        },
                    };
                    let side = listing.kind.side();
                    let previous = listings::find(conn, side, &listing.reference).await?;
                    let lifecycle =
                        lifecycle.resolve(today, previous.as_ref().map(|p| &p.lifecycle));
                    let (_, outcome) = listings::save(
                        conn,
                        engine,
                        previous.as_ref(),
                        &listing,
                        &lifecycle,
                        organization_id,
                        now,
                    )
                    .await?;
                    match side {
                        techbridge_domain::Side::Offer => report.offers.add(outcome),
                        techbridge_domain::Side::Need => report.needs.add(outcome),
                    }
                }
            }
        }
    }
    Ok(report)
}
