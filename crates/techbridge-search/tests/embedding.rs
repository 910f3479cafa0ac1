//! The embedding model against reference vectors computed for the same texts by the model
//! package's own engine (which also quantizes activations to 8 bits, so agreement is close,
//! not exact).

#![expect(
    clippy::panic,
    reason = "a test that meets the unexpected should stop loudly"
)]

use techbridge_search::embedding::{Embedder, EmbeddingError, default_dir};

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
    dot / (norm(a) * norm(b))
}

/// The installed model (scripts/test installs it; without it the error says how).
fn installed() -> Embedder {
    Embedder::load(&default_dir()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn embeddings_agree_with_the_reference_in_every_script() {
    let embedder = installed();
    let reference = include_str!("fixtures/e5-reference.jsonl");
    let cases: Vec<(String, Vec<f32>)> = reference
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let embedding = v["embedding"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap() as f32)
                .collect();
            (v["text"].as_str().unwrap().to_owned(), embedding)
        })
        .collect();
    let texts: Vec<&str> = cases.iter().map(|(t, _)| t.as_str()).collect();
    let all = embedder.embed_all(&texts).unwrap();
    for ((text, expected), got) in cases.iter().zip(&all) {
        assert_eq!(got.len(), 384);
        let norm: f32 = got.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "{text}: norm {norm}");
        let similarity = cosine(got, expected);
        assert!(similarity >= 0.9995, "{text}: cosine {similarity}");
        assert_eq!(
            &embedder.embed(text).unwrap(),
            got,
            "one at a time and in bulk differ"
        );
    }
    // The Vietnamese need is nearer the Chinese test kit than the paddy dryer is.
    assert!(cosine(&all[1], &all[2]) > cosine(&all[1], &all[4]));
}

#[test]
fn a_missing_model_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = Embedder::load(dir.path()).unwrap_err();
    assert!(matches!(err, EmbeddingError::Missing(_)));
    assert!(err.to_string().contains("scripts/fetch-models"), "{err}");
    std::fs::write(dir.path().join("e5-small-q4.bin"), b"E5S1 not really").unwrap();
    std::fs::write(dir.path().join("tokenizer.json"), b"{}").unwrap();
    assert!(matches!(
        Embedder::load(dir.path()).unwrap_err(),
        EmbeddingError::Corrupt(_)
    ));
}
