//! Reading the "E5S1" model container: a header, the SentencePiece vocabulary (unused here:
//! `tokenizer.json` tokenizes), and a directory of tensors at absolute offsets, each either f32
//! (type 0) or GGML Q4_0 blocks (type 1: an f16 scale and 32 four-bit weights in 18 bytes, byte
//! j holding weight j in its low nibble and weight j + 16 in its high one).

use std::collections::HashMap;

use half::f16;

use super::EmbeddingError;
use super::encoder::{Config, Encoder, Layer, Matrix, Pooling, Words};

const BLOCK: usize = 32;
const BLOCK_BYTES: usize = 18;

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], EmbeddingError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| corrupt("the file ends early"))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u16(&mut self) -> Result<u16, EmbeddingError> {
        Ok(u16::from_le_bytes([self.take(1)?[0], self.take(1)?[0]]))
    }

    fn u32(&mut self) -> Result<u32, EmbeddingError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, EmbeddingError> {
        Ok(u64::from(self.u32()?) | (u64::from(self.u32()?) << 32))
    }

    fn usize(&mut self) -> Result<usize, EmbeddingError> {
        usize::try_from(self.u32()?).map_err(|_| corrupt("a size does not fit"))
    }

    fn f32(&mut self) -> Result<f32, EmbeddingError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

fn corrupt(reason: &str) -> EmbeddingError {
    EmbeddingError::Corrupt(format!("E5S1 container: {reason}"))
}

struct Tensor<'a> {
    quantized: bool,
    elements: usize,
    bytes: &'a [u8],
}

/// Parses the container into an encoder, expanding every weight matrix to f32 except the
/// word embeddings, which stay 4-bit (250k rows, of which a text uses a few dozen).
pub(super) fn parse(bytes: &[u8]) -> Result<Encoder, EmbeddingError> {
    let mut c = Cursor { bytes, at: 0 };
    if c.take(4)? != b"E5S1" {
        return Err(corrupt("not an E5S1 file (wrong magic)"));
    }
    let _version = c.u32()?;
    let config = Config {
        hidden: c.usize()?,
        layers: c.usize()?,
        heads: c.usize()?,
        intermediate: c.usize()?,
        vocabulary: c.usize()?,
        max_positions: c.usize()?,
        type_vocabulary: c.usize()?,
        eps: c.f32()?,
    };
    if c.usize()? != BLOCK || !config.hidden.is_multiple_of(BLOCK) || config.heads == 0 {
        return Err(corrupt("unexpected block or head layout"));
    }
    // The vocabulary: pieces, specials, piece offsets, scores, bytes; then the normalization map.
    let pieces = c.usize()?;
    for _ in 0..4 {
        c.u32()?;
    }
    let blob = usize::try_from(c.u64()?).map_err(|_| corrupt("vocabulary too large"))?;
    c.take((pieces + 1) * 4 + pieces * 4 + blob)?;
    let _normalizations = c.u32()?;
    let map_bytes = c.usize()?;
    c.take(map_bytes)?;

    let mut tensors: HashMap<String, Tensor<'_>> = HashMap::new();
    for _ in 0..c.usize()? {
        let name_len = usize::from(c.u16()?);
        let name = String::from_utf8_lossy(c.take(name_len)?).into_owned();
        let kind = c.take(1)?[0];
        let elements = c.usize()?;
        let offset = usize::try_from(c.u64()?).map_err(|_| corrupt("offset too large"))?;
        let length = usize::try_from(c.u64()?).map_err(|_| corrupt("length too large"))?;
        let quantized = match kind {
            0 => false,
            1 => true,
            other => return Err(corrupt(&format!("tensor {name} has unknown type {other}"))),
        };
        let expected = if quantized {
            elements / BLOCK * BLOCK_BYTES
        } else {
            elements * 4
        };
        let bytes = offset
            .checked_add(expected)
            .and_then(|end| bytes.get(offset..end))
            .filter(|_| length >= expected)
            .ok_or_else(|| corrupt(&format!("tensor {name} lies outside the file")))?;
        tensors.insert(
            name,
            Tensor {
                quantized,
                elements,
                bytes,
            },
        );
    }

    let h = config.hidden;
    let tensor = |name: &str| {
        tensors
            .get(name)
            .ok_or_else(|| corrupt(&format!("missing tensor {name}")))
    };
    let vector = |name: &str, len: usize| -> Result<Vec<f32>, EmbeddingError> {
        let t = tensor(name)?;
        if t.quantized || t.elements != len {
            return Err(corrupt(&format!("tensor {name} is not {len} f32 values")));
        }
        Ok(t.bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    };
    let matrix = |name: &str, rows: usize, cols: usize| -> Result<Matrix, EmbeddingError> {
        let t = tensor(name)?;
        if !t.quantized || t.elements != rows * cols {
            return Err(corrupt(&format!(
                "tensor {name} is not a {rows}×{cols} Q4_0 matrix"
            )));
        }
        let mut values = vec![0.0; rows * cols];
        for (block, out) in t
            .bytes
            .chunks_exact(BLOCK_BYTES)
            .zip(values.chunks_exact_mut(BLOCK))
        {
            dequantize(block, out);
        }
        Matrix::from_shape_vec((rows, cols), values).map_err(|e| corrupt(&e.to_string()))
    };

    let word = tensor("emb.word")?;
    if !word.quantized || word.elements != config.vocabulary * h {
        return Err(corrupt(
            "emb.word is not the vocabulary's 4-bit embedding table",
        ));
    }
    let mut layers = Vec::with_capacity(config.layers);
    for l in 0..config.layers {
        let n = |part: &str| format!("l{l}.{part}");
        layers.push(Layer {
            query: (matrix(&n("q.w"), h, h)?, vector(&n("q.b"), h)?),
            key: (matrix(&n("k.w"), h, h)?, vector(&n("k.b"), h)?),
            value: (matrix(&n("v.w"), h, h)?, vector(&n("v.b"), h)?),
            attention_out: (matrix(&n("ao.w"), h, h)?, vector(&n("ao.b"), h)?),
            attention_norm: (vector(&n("aln.w"), h)?, vector(&n("aln.b"), h)?),
            intermediate: (
                matrix(&n("fi.w"), config.intermediate, h)?,
                vector(&n("fi.b"), config.intermediate)?,
            ),
            output: (
                matrix(&n("fo.w"), h, config.intermediate)?,
                vector(&n("fo.b"), h)?,
            ),
            output_norm: (vector(&n("oln.w"), h)?, vector(&n("oln.b"), h)?),
        });
    }
    Ok(Encoder {
        words: Words::Q4 {
            bytes: word.bytes.to_vec(),
            row_blocks: h / BLOCK,
        },
        pooling: Pooling::Mean,
        positions: Matrix::from_shape_vec(
            (config.max_positions, h),
            vector("emb.pos", config.max_positions * h)?,
        )
        .map_err(|e| corrupt(&e.to_string()))?,
        // Every text is one segment: token type 0, the first row.
        token_type: vector("emb.type", config.type_vocabulary * h)?
            .get(..h)
            .ok_or_else(|| corrupt("no token type embedding"))?
            .to_vec(),
        embedding_norm: (vector("emb.ln.w", h)?, vector("emb.ln.b", h)?),
        layers,
        config,
    })
}

/// Expands one Q4_0 block into 32 floats.
pub(super) fn dequantize(block: &[u8], out: &mut [f32]) {
    let scale = f16::from_bits(u16::from_le_bytes([block[0], block[1]])).to_f32();
    for (j, byte) in block[2..BLOCK_BYTES].iter().enumerate() {
        out[j] = (f32::from(byte & 0x0F) - 8.0) * scale;
        out[j + 16] = (f32::from(byte >> 4) - 8.0) * scale;
    }
}
