//! A model in the standard directory layout a model hub publishes: `config.json` (a BERT or
//! XLM-RoBERTa encoder), `model.safetensors` (its weights in f32, f16 or bf16) and, when it was
//! packaged for sentence-transformers, `1_Pooling/config.json` (which token states make the
//! embedding) and `config_sentence_transformers.json` (the prompt put before a query).

use std::path::Path;

use half::{bf16, f16};
use safetensors::{Dtype, SafeTensors};
use serde_json::Value;

use super::EmbeddingError;
use super::encoder::{Config, Encoder, Layer, Matrix, Pooling, Words};

pub(super) const CONFIG_FILE: &str = "config.json";
pub(super) const WEIGHTS_FILE: &str = "model.safetensors";

fn corrupt(reason: &str) -> EmbeddingError {
    EmbeddingError::Corrupt(format!("{WEIGHTS_FILE}: {reason}"))
}

fn read_json(path: &Path) -> Result<Option<Value>, EmbeddingError> {
    if !path.is_file() {
        return Ok(None);
    }
    serde_json::from_slice(&std::fs::read(path)?)
        .map(Some)
        .map_err(|e| EmbeddingError::Corrupt(format!("{}: {e}", path.display())))
}

/// The prompt a sentence-transformers package puts before a query, when it names one.
pub(super) fn query_prompt(dir: &Path) -> Result<Option<String>, EmbeddingError> {
    Ok(read_json(&dir.join("config_sentence_transformers.json"))?
        .and_then(|c| c["prompts"]["query"].as_str().map(str::to_owned)))
}

pub(super) fn load(dir: &Path) -> Result<Encoder, EmbeddingError> {
    let config = read_json(&dir.join(CONFIG_FILE))?
        .ok_or_else(|| EmbeddingError::Missing(dir.to_path_buf()))?;
    let number = |key: &str| -> Result<usize, EmbeddingError> {
        config[key]
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| EmbeddingError::Corrupt(format!("{CONFIG_FILE}: no {key}")))
    };
    let model_type = config["model_type"].as_str().unwrap_or("bert");
    if !matches!(model_type, "bert" | "xlm-roberta" | "roberta") {
        return Err(EmbeddingError::Corrupt(format!(
            "{CONFIG_FILE}: model_type {model_type} is not a BERT encoder"
        )));
    }
    if config["hidden_act"].as_str().is_some_and(|a| a != "gelu") {
        return Err(EmbeddingError::Corrupt(format!(
            "{CONFIG_FILE}: only the gelu activation is supported"
        )));
    }
    // RoBERTa-style models number positions after the padding token: the first token's
    // position is pad_token_id + 1, and the rows before it are never used.
    let first_position = if model_type == "bert" {
        0
    } else {
        number("pad_token_id")? + 1
    };
    let table_positions = number("max_position_embeddings")?;
    let config = Config {
        hidden: number("hidden_size")?,
        layers: number("num_hidden_layers")?,
        heads: number("num_attention_heads")?,
        intermediate: number("intermediate_size")?,
        vocabulary: number("vocab_size")?,
        max_positions: table_positions
            .checked_sub(first_position)
            .filter(|n| *n > 2)
            .ok_or_else(|| corrupt("too few positions"))?,
        type_vocabulary: number("type_vocab_size").unwrap_or(1),
        eps: config["layer_norm_eps"].as_f64().unwrap_or(1e-12) as f32,
    };
    if config.heads == 0 || !config.hidden.is_multiple_of(config.heads) {
        return Err(corrupt("the hidden size does not split into the heads"));
    }
    let pooling = match read_json(&dir.join("1_Pooling/config.json"))? {
        Some(p) if p["pooling_mode_cls_token"].as_bool() == Some(true) => Pooling::First,
        Some(p) if p["pooling_mode_mean_tokens"].as_bool() == Some(false) => {
            return Err(EmbeddingError::Corrupt(
                "1_Pooling/config.json: only mean and first-token pooling are supported".into(),
            ));
        }
        _ => Pooling::Mean,
    };

    let bytes = std::fs::read(dir.join(WEIGHTS_FILE))?;
    let tensors = SafeTensors::deserialize(&bytes).map_err(|e| corrupt(&e.to_string()))?;
    // Exported models name their tensors with or without the architecture's prefix.
    let prefix = tensors
        .names()
        .into_iter()
        .find_map(|n| n.strip_suffix("embeddings.word_embeddings.weight"))
        .ok_or_else(|| corrupt("no embeddings.word_embeddings.weight"))?
        .to_owned();
    let values = |name: &str, shape: &[usize]| -> Result<Vec<f32>, EmbeddingError> {
        let full = format!("{prefix}{name}");
        let view = tensors
            .tensor(&full)
            .map_err(|_| corrupt(&format!("missing tensor {full}")))?;
        if view.shape() != shape {
            return Err(corrupt(&format!(
                "tensor {full} has shape {:?}, not {shape:?}",
                view.shape()
            )));
        }
        let data = view.data();
        Ok(match view.dtype() {
            Dtype::F32 => data
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
            Dtype::F16 => data
                .chunks_exact(2)
                .map(|b| f16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
            Dtype::BF16 => data
                .chunks_exact(2)
                .map(|b| bf16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
            other => return Err(corrupt(&format!("tensor {full} is {other:?}"))),
        })
    };
    let matrix = |name: &str, rows: usize, cols: usize| -> Result<Matrix, EmbeddingError> {
        Matrix::from_shape_vec((rows, cols), values(name, &[rows, cols])?)
            .map_err(|e| corrupt(&e.to_string()))
    };
    let h = config.hidden;
    let linear = |name: &str, rows: usize, cols: usize| {
        Ok::<_, EmbeddingError>((
            matrix(&format!("{name}.weight"), rows, cols)?,
            values(&format!("{name}.bias"), &[rows])?,
        ))
    };
    let norm = |name: &str| {
        Ok::<_, EmbeddingError>((
            values(&format!("{name}.weight"), &[h])?,
            values(&format!("{name}.bias"), &[h])?,
        ))
    };
    let mut layers = Vec::with_capacity(config.layers);
    for l in 0..config.layers {
        let n = |part: &str| format!("encoder.layer.{l}.{part}");
        layers.push(Layer {
            query: linear(&n("attention.self.query"), h, h)?,
            key: linear(&n("attention.self.key"), h, h)?,
            value: linear(&n("attention.self.value"), h, h)?,
            attention_out: linear(&n("attention.output.dense"), h, h)?,
            attention_norm: norm(&n("attention.output.LayerNorm"))?,
            intermediate: linear(&n("intermediate.dense"), config.intermediate, h)?,
            output: linear(&n("output.dense"), h, config.intermediate)?,
            output_norm: norm(&n("output.LayerNorm"))?,
        });
    }
    let positions = matrix("embeddings.position_embeddings.weight", table_positions, h)?;
    Ok(Encoder {
        words: Words::Half(
            values("embeddings.word_embeddings.weight", &[config.vocabulary, h])?
                .into_iter()
                .map(f16::from_f32)
                .collect(),
        ),
        pooling,
        positions: positions
            .slice_axis(ndarray::Axis(0), ndarray::Slice::from(first_position..))
            .to_owned(),
        // Every text is one segment: token type 0, the first row.
        token_type: values(
            "embeddings.token_type_embeddings.weight",
            &[config.type_vocabulary, h],
        )?
        .get(..h)
        .ok_or_else(|| corrupt("no token type embedding"))?
        .to_vec(),
        embedding_norm: norm("embeddings.LayerNorm")?,
        layers,
        config,
    })
}

#[cfg(test)]
mod tests {
    use safetensors::tensor::TensorView;

    use super::super::container::dequantize;
    use super::super::{CONTAINER_FILE, Embedder, TOKENIZER_FILE, container, default_dir};
    use super::*;

    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
        let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
        dot / (norm(a) * norm(b))
    }

    struct Tensors(Vec<(String, Dtype, Vec<usize>, Vec<u8>)>);

    impl Tensors {
        fn f32(&mut self, name: &str, shape: &[usize], values: &[f32]) {
            let bytes = values.iter().flat_map(|v| v.to_le_bytes()).collect();
            self.0
                .push((format!("roberta.{name}"), Dtype::F32, shape.to_vec(), bytes));
        }

        fn linear(&mut self, name: &str, (weight, bias): &(Matrix, Vec<f32>)) {
            let weight: Vec<f32> = weight.iter().copied().collect();
            let (rows, cols) = (bias.len(), weight.len() / bias.len());
            self.f32(&format!("{name}.weight"), &[rows, cols], &weight);
            self.f32(&format!("{name}.bias"), &[rows], bias);
        }

        fn norm(&mut self, name: &str, (scale, shift): &(Vec<f32>, Vec<f32>)) {
            self.f32(&format!("{name}.weight"), &[scale.len()], scale);
            self.f32(&format!("{name}.bias"), &[shift.len()], shift);
        }
    }

    /// Writes `encoder` as a model hub publishes it: XLM-RoBERTa names under the `roberta.`
    /// prefix, two reserved position rows before the first token's, the word table in f16 and
    /// the rest in f32, so that every path of the reader is taken.
    fn write_standard(encoder: &Encoder, dir: &Path) {
        let c = encoder.config;
        let h = c.hidden;
        let mut tensors = Tensors(Vec::new());
        let Words::Q4 { bytes, .. } = &encoder.words else {
            panic!("the container holds 4-bit words")
        };
        let mut words = vec![0.0f32; c.vocabulary * h];
        for (block, out) in bytes.chunks_exact(18).zip(words.chunks_exact_mut(32)) {
            dequantize(block, out);
        }
        tensors.0.push((
            "roberta.embeddings.word_embeddings.weight".into(),
            Dtype::F16,
            vec![c.vocabulary, h],
            words
                .iter()
                .flat_map(|v| f16::from_f32(*v).to_le_bytes())
                .collect(),
        ));
        let mut positions = vec![0.0f32; 2 * h];
        positions.extend(encoder.positions.iter());
        tensors.f32(
            "embeddings.position_embeddings.weight",
            &[c.max_positions + 2, h],
            &positions,
        );
        tensors.f32(
            "embeddings.token_type_embeddings.weight",
            &[1, h],
            &encoder.token_type,
        );
        tensors.norm("embeddings.LayerNorm", &encoder.embedding_norm);
        for (l, layer) in encoder.layers.iter().enumerate() {
            let n = |part: &str| format!("encoder.layer.{l}.{part}");
            tensors.linear(&n("attention.self.query"), &layer.query);
            tensors.linear(&n("attention.self.key"), &layer.key);
            tensors.linear(&n("attention.self.value"), &layer.value);
            tensors.linear(&n("attention.output.dense"), &layer.attention_out);
            tensors.norm(&n("attention.output.LayerNorm"), &layer.attention_norm);
            tensors.linear(&n("intermediate.dense"), &layer.intermediate);
            tensors.linear(&n("output.dense"), &layer.output);
            tensors.norm(&n("output.LayerNorm"), &layer.output_norm);
        }
        let views = tensors.0.iter().map(|(name, dtype, shape, bytes)| {
            (
                name.clone(),
                TensorView::new(*dtype, shape.clone(), bytes).unwrap(),
            )
        });
        let file = safetensors::serialize(views, None).unwrap();
        std::fs::write(dir.join(WEIGHTS_FILE), file).unwrap();
        let config = serde_json::json!({
            "model_type": "xlm-roberta",
            "hidden_act": "gelu",
            "hidden_size": h,
            "num_hidden_layers": c.layers,
            "num_attention_heads": c.heads,
            "intermediate_size": c.intermediate,
            "vocab_size": c.vocabulary,
            "max_position_embeddings": c.max_positions + 2,
            "type_vocab_size": 1,
            "pad_token_id": 1,
            "layer_norm_eps": c.eps,
        });
        std::fs::write(dir.join(CONFIG_FILE), config.to_string()).unwrap();
    }

    #[test]
    fn a_standard_directory_embeds_as_the_container_does() {
        let installed = default_dir();
        let encoder =
            container::parse(&std::fs::read(installed.join(CONTAINER_FILE)).unwrap()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let model = dir.path().join("another-model");
        std::fs::create_dir(&model).unwrap();
        write_standard(&encoder, &model);
        drop(encoder);
        std::fs::copy(installed.join(TOKENIZER_FILE), model.join(TOKENIZER_FILE)).unwrap();

        let texts = [
            "Hệ thống phát hiện sớm bệnh đốm trắng trên tôm",
            "对虾白斑综合征病毒快速检测试剂盒",
            "ระบบตรวจวัดความชื้นในดินสำหรับสวนทุเรียน",
        ];
        let reference = Embedder::load(&installed)
            .unwrap()
            .embed_all(&texts)
            .unwrap();
        let standard = Embedder::load(&model).unwrap();
        assert_eq!(standard.name(), "another-model");
        for (text, expected) in texts.iter().zip(&reference) {
            let got = standard.embed(text).unwrap();
            assert!(cosine(&got, expected) > 0.9999, "{text}");
        }

        // The prompt a sentence-transformers package names replaces E5's.
        std::fs::write(
            model.join("config_sentence_transformers.json"),
            r#"{"prompts": {"query": "passage: "}}"#,
        )
        .unwrap();
        let prompted = Embedder::load(&model).unwrap().embed(texts[0]).unwrap();
        assert!(cosine(&prompted, &reference[0]) < 0.9999);
    }

    #[test]
    fn a_directory_that_is_not_a_bert_encoder_is_refused_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(TOKENIZER_FILE), "{}").unwrap();
        std::fs::write(dir.path().join(WEIGHTS_FILE), b"not safetensors").unwrap();
        for (config, expected) in [
            (
                r#"{"model_type": "gpt2"}"#,
                "model_type gpt2 is not a BERT encoder",
            ),
            (
                r#"{"model_type": "bert"}"#,
                "config.json: no max_position_embeddings",
            ),
            ("{", "config.json"),
        ] {
            std::fs::write(dir.path().join(CONFIG_FILE), config).unwrap();
            let error = load(dir.path()).err().unwrap().to_string();
            assert!(error.contains(expected), "{error}");
        }
        let config = r#"{"model_type": "bert", "hidden_size": 8, "num_hidden_layers": 1,
            "num_attention_heads": 2, "intermediate_size": 16, "vocab_size": 10,
            "max_position_embeddings": 16}"#;
        std::fs::write(dir.path().join(CONFIG_FILE), config).unwrap();
        let error = load(dir.path()).err().unwrap().to_string();
        assert!(error.contains("model.safetensors"), "{error}");
    }
}
