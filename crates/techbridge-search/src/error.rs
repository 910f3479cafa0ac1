//! Search errors: a ref the caller got wrong apart from failures underneath.

use techbridge_domain::Side;
use techbridge_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("unknown {side} \"{reference}\"")]
    UnknownListing { side: Side, reference: String },
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    Directory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Embedding(#[from] crate::embedding::EmbeddingError),
}
