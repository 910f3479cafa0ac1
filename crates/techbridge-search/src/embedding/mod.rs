//! Multilingual sentence embeddings computed in process: multilingual-e5-small, loaded from the
//! model directory the setup step installs (`scripts/fetch-models`), or another BERT-family
//! encoder from a standard model directory. Texts are tokenized with the model's
//! `tokenizer.json`, encoded, mean-pooled over every token and L2-normalised. Both sides of a
//! match get the `query: ` prefix, which serves need ↔ offer similarity best.

mod container;
mod encoder;
mod standard;

use std::path::{Path, PathBuf};

use techbridge_domain::{Line, Listing};
use tokenizers::Tokenizer;

use encoder::Encoder;

/// The files of a model directory: the tokenizer, and either the E5S1 container or a standard
/// `config.json` with `model.safetensors`.
pub const CONTAINER_FILE: &str = "e5-small-q4.bin";
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// What the E5 family puts before a text to embed it for symmetric comparison; a standard
/// directory may name its own prompt.
const E5_PROMPT: &str = "query: ";

#[derive(Debug, thiserror::Error)]
pub enum EmbeddingError {
    #[error(
        "the embedding model is not installed in {0} (run scripts/fetch-models, or set \
         TECHBRIDGE_MODEL_DIR to a directory holding {TOKENIZER_FILE} with {CONTAINER_FILE} \
         or with config.json and model.safetensors)"
    )]
    Missing(PathBuf),
    #[error("cannot read the embedding model: {0}")]
    Read(#[from] std::io::Error),
    #[error("the embedding model is damaged: {0}")]
    Corrupt(String),
    #[error("the embedding model's tokenizer: {0}")]
    Tokenizer(String),
}

/// The text of a listing that its embedding is computed from: title, summary and keywords,
/// the part its author wrote to be read first. The description adds length more than meaning.
pub fn listing_text(listing: &Listing) -> String {
    let keywords: Vec<&str> = listing.keywords.iter().map(Line::as_str).collect();
    format!(
        "{}. {} {}",
        listing.title,
        listing.summary,
        keywords.join(", ")
    )
}

/// A fingerprint of the text an embedding was computed from (FNV-1a, 64 bits): a listing
/// whose fingerprint differs from its stored embedding's has changed and is embedded again.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Where the setup step installs the model: `$TECHBRIDGE_MODEL_DIR`, else
/// `$XDG_DATA_HOME/techbridge/models` (`~/.local/share/techbridge/models`), then
/// `multilingual-e5-small` inside it.
pub fn default_dir() -> PathBuf {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let models = env("TECHBRIDGE_MODEL_DIR").unwrap_or_else(|| {
        env("XDG_DATA_HOME")
            .or_else(|| env("HOME").map(|home| home.join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."))
            .join("techbridge/models")
    });
    models.join("multilingual-e5-small")
}

/// A loaded model: cheap to share between threads, expensive to load (about a second).
pub struct Embedder {
    /// The model's name, from its directory: stored with every embedding it computes.
    name: String,
    encoder: Encoder,
    tokenizer: Tokenizer,
    prompt: String,
    bos: u32,
    eos: u32,
}

impl std::fmt::Debug for Embedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Embedder")
            .field("dimension", &self.dimension())
            .field("layers", &self.encoder.config.layers)
            .finish_non_exhaustive()
    }
}

impl Embedder {
    /// Loads the model in `dir`: `tokenizer.json` with the E5S1 container
    /// (`e5-small-q4.bin`), or with a standard directory's `config.json` and
    /// `model.safetensors`.
    pub fn load(dir: &Path) -> Result<Self, EmbeddingError> {
        let container = dir.join(CONTAINER_FILE);
        let tokenizer = dir.join(TOKENIZER_FILE);
        let standard =
            dir.join(standard::CONFIG_FILE).is_file() && dir.join(standard::WEIGHTS_FILE).is_file();
        if !tokenizer.is_file() || !(container.is_file() || standard) {
            return Err(EmbeddingError::Missing(dir.to_path_buf()));
        }
        let (encoder, prompt) = if container.is_file() {
            (container::parse(&std::fs::read(&container)?)?, None)
        } else {
            (standard::load(dir)?, standard::query_prompt(dir)?)
        };
        let tokenizer = Tokenizer::from_file(&tokenizer)
            .map_err(|e| EmbeddingError::Tokenizer(e.to_string()))?;
        // XLM-RoBERTa's tokenizers open and close a text with <s> and </s>, BERT's with [CLS]
        // and [SEP].
        let special = |names: [&str; 2]| {
            names
                .iter()
                .find_map(|name| tokenizer.token_to_id(name))
                .ok_or_else(|| EmbeddingError::Tokenizer(format!("no {} token", names[0])))
        };
        let (bos, eos) = (special(["<s>", "[CLS]"])?, special(["</s>", "[SEP]"])?);
        let name = dir
            .file_name()
            .map_or_else(|| "model".to_owned(), |n| n.to_string_lossy().into_owned());
        Ok(Self {
            name,
            encoder,
            tokenizer,
            prompt: prompt.unwrap_or_else(|| E5_PROMPT.to_owned()),
            bos,
            eos,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn dimension(&self) -> usize {
        self.encoder.config.hidden
    }

    /// The token ids the model reads for `text`: `<s> query: text </s>`, cut to the model's
    /// 512 positions.
    fn ids(&self, text: &str) -> Result<Vec<u32>, EmbeddingError> {
        let encoding = self
            .tokenizer
            .encode(format!("{}{text}", self.prompt), true)
            .map_err(|e| EmbeddingError::Tokenizer(e.to_string()))?;
        let mut ids = encoding.get_ids().to_vec();
        let max = self.encoder.config.max_positions;
        if ids.len() > max {
            ids.truncate(max - 1);
            ids.push(self.eos);
        }
        if ids.first() != Some(&self.bos) {
            ids.insert(0, self.bos);
        }
        Ok(ids)
    }

    /// How many tokens the model reads for `text`.
    pub fn token_count(&self, text: &str) -> Result<usize, EmbeddingError> {
        Ok(self.ids(text)?.len())
    }

    /// The unit-length embedding of one text.
    pub fn embed(&self, text: &str) -> Result<Vec<f32>, EmbeddingError> {
        let mut all = self.embed_batch(&[text])?;
        all.pop()
            .ok_or_else(|| EmbeddingError::Corrupt("no embedding came out".into()))
    }

    /// Embeddings of many texts, in order, spread over the machine's cores, each core encoding
    /// a few texts at a time.
    pub fn embed_all(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbeddingError> {
        const BATCH: usize = 8;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = texts.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let workers: Vec<_> = texts
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        let mut out = Vec::with_capacity(part.len());
                        for batch in part.chunks(BATCH) {
                            out.extend(self.embed_batch(batch)?);
                        }
                        Ok::<_, EmbeddingError>(out)
                    })
                })
                .collect();
            let mut all = Vec::with_capacity(texts.len());
            for worker in workers {
                let part = worker
                    .join()
                    .map_err(|_| EmbeddingError::Corrupt("an embedding thread failed".into()))?;
                all.extend(part?);
            }
            Ok(all)
        })
    }

    fn embed_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbeddingError> {
        let ids = texts
            .iter()
            .map(|t| self.ids(t))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self
            .encoder
            .pooled(&ids)
            .into_iter()
            .map(|pooled| {
                let norm = pooled.dot(&pooled).sqrt().max(f32::EPSILON);
                pooled.iter().map(|v| v / norm).collect()
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn fingerprints_are_stable_and_tell_texts_apart() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_ne!(fingerprint("máy bơm"), fingerprint("may bom"));
    }
}
