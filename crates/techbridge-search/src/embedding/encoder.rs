//! The BERT encoder of multilingual-e5-small, in f32: embeddings, twelve layers of attention
//! and feed-forward, mean pooling. Written out rather than taken from a model zoo: it is one
//! loop of well-known steps over ndarray's matrix products.

use ndarray::{Array1, Array2, ArrayView2, Axis, Slice};

use half::f16;

use super::container::dequantize;

pub(super) type Matrix = Array2<f32>;

#[derive(Debug, Clone, Copy)]
pub(super) struct Config {
    pub(super) hidden: usize,
    pub(super) layers: usize,
    pub(super) heads: usize,
    pub(super) intermediate: usize,
    pub(super) vocabulary: usize,
    pub(super) max_positions: usize,
    pub(super) type_vocabulary: usize,
    pub(super) eps: f32,
}

/// The vocabulary's embedding table, the largest tensor by far (250,000 rows), kept compact
/// and expanded a row at a time on lookup.
pub(super) enum Words {
    /// GGML Q4_0 blocks, as the E5S1 container holds them.
    Q4 { bytes: Vec<u8>, row_blocks: usize },
    /// Half precision, for models read from a standard directory.
    Half(Vec<f16>),
}

/// Which token states make a text's embedding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pooling {
    /// The mean of every token's state (the E5 family).
    Mean,
    /// The first token's state.
    First,
}

/// (weight [out, in], bias [out]) of a linear map, or (scale, shift) of a layer norm.
pub(super) type Linear = (Matrix, Vec<f32>);
pub(super) type Norm = (Vec<f32>, Vec<f32>);

pub(super) struct Layer {
    pub(super) query: Linear,
    pub(super) key: Linear,
    pub(super) value: Linear,
    pub(super) attention_out: Linear,
    pub(super) attention_norm: Norm,
    pub(super) intermediate: Linear,
    pub(super) output: Linear,
    pub(super) output_norm: Norm,
}

pub(super) struct Encoder {
    pub(super) config: Config,
    pub(super) words: Words,
    pub(super) pooling: Pooling,
    /// Position embeddings; row 0 is the first token's.
    pub(super) positions: Matrix,
    pub(super) token_type: Vec<f32>,
    pub(super) embedding_norm: Norm,
    pub(super) layers: Vec<Layer>,
}

impl Encoder {
    /// For each text, the pooled last layer's token states (not normalised). Each text's
    /// ids include `<s>` and `</s>` and are at most `max_positions` long. The texts' tokens are
    /// stacked into one matrix, so every weight matrix is read once for the whole batch;
    /// attention stays within each text.
    pub(super) fn pooled(&self, texts: &[Vec<u32>]) -> Vec<Array1<f32>> {
        let h = self.config.hidden;
        let mut segments = Vec::with_capacity(texts.len());
        let mut start = 0;
        for ids in texts {
            segments.push(start..start + ids.len());
            start += ids.len();
        }
        let mut x = Matrix::zeros((start, h));
        for (segment, ids) in segments.iter().zip(texts) {
            for (position, id) in ids.iter().enumerate() {
                self.embed_token(
                    *id,
                    position,
                    x.row_mut(segment.start + position)
                        .as_slice_mut()
                        .unwrap_or_default(),
                );
            }
        }
        layer_norm(&mut x, &self.embedding_norm, self.config.eps);
        for layer in &self.layers {
            let attended = self.attention(&x, &segments, layer);
            x += &linear(attended.view(), &layer.attention_out);
            layer_norm(&mut x, &layer.attention_norm, self.config.eps);
            let mut mid = linear(x.view(), &layer.intermediate);
            mid.mapv_inplace(gelu);
            x += &linear(mid.view(), &layer.output);
            layer_norm(&mut x, &layer.output_norm, self.config.eps);
        }
        segments
            .into_iter()
            .map(|rows| match self.pooling {
                Pooling::Mean => x
                    .slice_axis(Axis(0), Slice::from(rows))
                    .mean_axis(Axis(0))
                    .unwrap_or_else(|| Array1::zeros(h)),
                Pooling::First => x.row(rows.start).to_owned(),
            })
            .collect()
    }

    /// Word, position and token-type embedding of one token, written into `row`.
    fn embed_token(&self, id: u32, position: usize, row: &mut [f32]) {
        let id = (id as usize).min(self.config.vocabulary - 1);
        match &self.words {
            Words::Q4 { bytes, row_blocks } => {
                let start = id * row_blocks * 18;
                for (b, out) in bytes[start..start + row_blocks * 18]
                    .chunks_exact(18)
                    .zip(row.chunks_exact_mut(32))
                {
                    dequantize(b, out);
                }
            }
            Words::Half(values) => {
                let h = self.config.hidden;
                for (out, v) in row.iter_mut().zip(&values[id * h..(id + 1) * h]) {
                    *out = v.to_f32();
                }
            }
        }
        let position = self
            .positions
            .row(position.min(self.config.max_positions - 1));
        for ((v, p), ty) in row.iter_mut().zip(position).zip(&self.token_type) {
            *v += p + ty;
        }
    }

    fn attention(&self, x: &Matrix, segments: &[std::ops::Range<usize>], layer: &Layer) -> Matrix {
        let (tokens, h) = x.dim();
        let head = h / self.config.heads;
        let scale = 1.0 / (head as f32).sqrt();
        let q = linear(x.view(), &layer.query);
        let k = linear(x.view(), &layer.key);
        let v = linear(x.view(), &layer.value);
        let mut context = Matrix::zeros((tokens, h));
        for rows in segments {
            let rows = Slice::from(rows.clone());
            let (q, k, v) = (
                q.slice_axis(Axis(0), rows),
                k.slice_axis(Axis(0), rows),
                v.slice_axis(Axis(0), rows),
            );
            for n in 0..self.config.heads {
                let columns = Slice::from(n * head..(n + 1) * head);
                let mut scores = q
                    .slice_axis(Axis(1), columns)
                    .dot(&k.slice_axis(Axis(1), columns).t())
                    * scale;
                for mut row in scores.rows_mut() {
                    let max = row.fold(f32::NEG_INFINITY, |m, v| m.max(*v));
                    row.mapv_inplace(|v| (v - max).exp());
                    let sum = row.sum();
                    row /= sum;
                }
                context
                    .slice_axis_mut(Axis(0), rows)
                    .slice_axis_mut(Axis(1), columns)
                    .assign(&scores.dot(&v.slice_axis(Axis(1), columns)));
            }
        }
        context
    }
}

fn linear(x: ArrayView2<'_, f32>, (weight, bias): &Linear) -> Matrix {
    let mut y = x.dot(&weight.t());
    for mut row in y.rows_mut() {
        for (v, b) in row.iter_mut().zip(bias) {
            *v += b;
        }
    }
    y
}

fn layer_norm(x: &mut Matrix, (scale, shift): &Norm, eps: f32) {
    for mut row in x.rows_mut() {
        let n = row.len() as f32;
        let mean = row.sum() / n;
        let variance = row.fold(0.0, |acc, v| acc + (v - mean) * (v - mean)) / n;
        let inverse = 1.0 / (variance + eps).sqrt();
        for ((v, g), b) in row.iter_mut().zip(scale).zip(shift) {
            *v = (*v - mean) * inverse * g + b;
        }
    }
}

/// GELU as BERT defines it, x·Φ(x), with the error function to within 5e-7.
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// The error function by Abramowitz and Stegun's formula 7.1.26 (absolute error below
/// 1.5e-7, plus f32 rounding): one exponential, where a general-purpose erf takes several.
fn erf(x: f32) -> f32 {
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs());
    let poly = t
        * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152_1 + t * 1.061_405_4))));
    let y = 1.0 - poly * (-x * x).exp();
    if x < 0.0 { -y } else { y }
}

#[cfg(test)]
mod tests {
    use super::erf;

    #[test]
    fn erf_is_accurate_where_gelu_needs_it() {
        for (x, expected) in [
            (0.0, 0.0),
            (0.5, 0.520_499_9),
            (1.0, 0.842_700_8),
            (-1.5, -0.966_105_1),
            (3.0, 0.999_977_9),
        ] {
            assert!((erf(x) - expected).abs() < 5e-7, "erf({x}) = {}", erf(x));
        }
    }
}
