//! A static semantic signal: a token table distilled from all-MiniLM-L6-v2
//! (model2vec-style, `scripts/distill_static.py`), the model's uncased
//! WordPiece tokenizer, mean pooling and cosine similarity.
//!
//! Two tables are compiled into the binary (`data/semantic/minilm-static.bin`,
//! distilled, and `minilm-refined-128.bin`, refined towards the full model's
//! sentence vectors: see [`TableKind`] and `data/semantic/PROVENANCE.md`), so
//! a fresh clone works offline. Its
//! cosine is a ranking *feature* (it helps order the lexical index's
//! candidates); on its own it is a poor answer / no-match signal.
//!
//! Table format (little-endian): magic `FAQBSEM\0`, then u32 version (1),
//! dims, vocab (rows), vocabulary blob length, flags (0); the vocabulary (one
//! token per row, each followed by `\n`); one f32 scale per row; the rows as
//! i8 (`vocab * dims`). A row's vector is `scale * row`; the Zipf/SIF token
//! weight is already in it, so a plain mean is the weighted mean.

use crate::knowledge::Knowledge;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use unicode_normalization::char::decompose_canonical;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// Where the bundled table lives in the repository (named in errors).
pub const BUNDLED_FILE: &str = "data/semantic/minilm-static.bin";
static BUNDLED: &[u8] = include_bytes!("../../data/semantic/minilm-static.bin");
/// Where the refined table lives (`scripts/refine_static.py`).
pub const REFINED_FILE: &str = "data/semantic/minilm-refined-128.bin";
static REFINED: &[u8] = include_bytes!("../../data/semantic/minilm-refined-128.bin");

/// The two compiled-in tables. A confidence model is fit on one table's
/// cosines and names it; sections are compared with that one, since the
/// model's weights mean nothing on the other's cosines. Example statements
/// always use the distilled one, whose shared sentence frame they were
/// written and tuned against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    /// Distilled token by token (`scripts/distill_static.py`), 256 dims.
    #[default]
    Distilled,
    /// The distilled table refit so that mean-pooled sentences approach the
    /// full model's vectors (`scripts/refine_static.py`), 128 dims: it ranks
    /// paraphrases better (drop-in halves A, each left out in turn: 53.9% →
    /// 58.2% answered right).
    Refined,
}

static KIND_OVERRIDE: OnceLock<TableKind> = OnceLock::new();

/// Makes every FAQ loaded in this process compare sections in `kind`,
/// whatever its model names: `faqbot calibrate` fits all its pool with one.
pub fn set_table_override(kind: TableKind) {
    let _ = KIND_OVERRIDE.set(kind);
}

/// The table a model fit on `kind` is used with (see [`set_table_override`]).
pub fn section_table_kind(kind: TableKind) -> TableKind {
    KIND_OVERRIDE.get().copied().unwrap_or(kind)
}

const MAGIC: &[u8; 8] = b"FAQBSEM\0";
const VERSION: u32 = 1;
const HEADER: usize = 8 + 5 * 4;
/// Longest word WordPiece looks at (in chars); longer is one unknown token.
const MAX_WORD_CHARS: usize = 100;
/// Word pieces pooled per text (the sentence model's `max_seq_length`).
pub const MAX_PIECES: usize = 256;

/// A table file that cannot be used; `Display` names the file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct TableError {
    pub file: String,
    #[source]
    pub problem: TableProblem,
}

/// What is wrong with a table file.
#[derive(Debug, Clone, thiserror::Error)]
pub enum TableProblem {
    #[error(transparent)]
    Read(Arc<std::io::Error>),
    #[error("not a faqbot semantic table (expected the \"FAQBSEM\" header, {0} bytes)")]
    NotATable(usize),
    #[error("table version {0}, this build reads version {VERSION}")]
    Version(u32),
    #[error("header says {dims} dimensions and {vocab} tokens")]
    Header { dims: usize, vocab: usize },
    #[error(
        "truncated or mismatched: the header ({dims} dimensions, {vocab} tokens, \
         {vbytes}-byte vocabulary) needs {} bytes, the file has {len}",
        expected.map_or("more than usize".to_string(), |e| e.to_string())
    )]
    Size {
        dims: usize,
        vocab: usize,
        vbytes: usize,
        expected: Option<usize>,
        len: usize,
    },
    #[error("vocabulary is not UTF-8: {0}")]
    NotUtf8(#[source] std::str::Utf8Error),
    #[error("vocabulary has {found} tokens, the header says {vocab}")]
    TokenCount { found: usize, vocab: usize },
    #[error("row {0} has a non-finite scale")]
    Scale(usize),
}

/// The token table and its vocabulary.
pub struct Table {
    bytes: Cow<'static, [u8]>,
    dims: usize,
    rows_at: usize,
    scales: Vec<f32>,
    vocab: Vocab,
}

/// A WordPiece vocabulary with the model's uncased BERT tokenizer (shared
/// by the static table and the optional sentence model).
#[derive(Debug, Clone, Default)]
pub struct Vocab {
    /// Word-initial tokens.
    words: FxHashMap<Box<str>, u32>,
    /// Continuation pieces, keyed without their `##`.
    pieces: FxHashMap<Box<str>, u32>,
}

impl Vocab {
    /// From (token, id) pairs as in `tokenizer.json` (`##` marks a continuation).
    pub fn new<'a>(tokens: impl IntoIterator<Item = (&'a str, u32)>) -> Self {
        let tokens = tokens.into_iter();
        // Sized once: growing a 30k-token map rehashes it a dozen times.
        let n = tokens.size_hint().0;
        let mut v = Vocab {
            words: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            pieces: FxHashMap::with_capacity_and_hasher(n / 4, Default::default()),
        };
        for (t, i) in tokens {
            match t.strip_prefix("##") {
                Some(p) if !p.is_empty() => v.pieces.insert(p.into(), i),
                _ => v.words.insert(t.into(), i),
            };
        }
        v
    }

    /// Id of a whole token as written (`[CLS]`, `the`, `##s`).
    pub fn id(&self, token: &str) -> Option<u32> {
        match token.strip_prefix("##") {
            Some(p) if !p.is_empty() => self.pieces.get(p).copied(),
            _ => self.words.get(token).copied(),
        }
    }

    pub fn len(&self) -> usize {
        self.words.len() + self.pieces.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The token text of `id` (for tests and diagnostics; a linear scan).
    pub fn token(&self, id: u32) -> Option<String> {
        if let Some((w, _)) = self.words.iter().find(|(_, &v)| v == id) {
            return Some(w.to_string());
        }
        self.pieces
            .iter()
            .find(|(_, &v)| v == id)
            .map(|(p, _)| format!("##{p}"))
    }

    /// Calls `f` with each word piece of `text` as the model's tokenizer
    /// splits it (`None` for an unknown word, `[UNK]`), until `f` returns
    /// false.
    pub fn pieces(&self, text: &str, mut f: impl FnMut(Option<u32>) -> bool) {
        let mut word = String::with_capacity(32);
        for_each_word(text, &mut word, &mut |w| self.wordpiece(w, &mut f));
    }

    /// Greedy longest-match WordPiece over one basic token; false once `f` says stop.
    fn wordpiece(&self, word: &str, f: &mut impl FnMut(Option<u32>) -> bool) -> bool {
        if let Some(&id) = self.words.get(word) {
            return f(Some(id));
        }
        if word.chars().count() > MAX_WORD_CHARS {
            return f(None);
        }
        // Find all pieces first: one that fails makes the whole word unknown.
        let mut found: Vec<u32> = Vec::with_capacity(8);
        let mut start = 0;
        while start < word.len() {
            let map = if start == 0 {
                &self.words
            } else {
                &self.pieces
            };
            let mut end = word.len();
            let mut hit = None;
            while end > start {
                if word.is_char_boundary(end) {
                    if let Some(&id) = map.get(&word[start..end]) {
                        hit = Some(id);
                        break;
                    }
                }
                end -= 1;
            }
            match hit {
                Some(id) => {
                    found.push(id);
                    start = end;
                }
                None => return f(None),
            }
        }
        found.into_iter().all(|id| f(Some(id)))
    }
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("dims", &self.dims)
            .field("vocab", &self.scales.len())
            .finish()
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Table {
    /// The table compiled into the binary, parsed once per process;
    /// `FAQBOT_SEMANTIC_TABLE` names another table file instead, for
    /// measuring a remade table without rebuilding (`scripts/refine_static.py`).
    pub fn bundled() -> Result<Arc<Table>, TableError> {
        static CELL: OnceLock<Result<Arc<Table>, TableError>> = OnceLock::new();
        CELL.get_or_init(|| match std::env::var_os("FAQBOT_SEMANTIC_TABLE") {
            Some(path) => Table::load(Path::new(&path)).map(Arc::new),
            None => Table::parse(Cow::Borrowed(BUNDLED), BUNDLED_FILE).map(Arc::new),
        })
        .clone()
    }

    /// The refined table compiled in, parsed once per process;
    /// `FAQBOT_REFINED_TABLE` names another table file instead (as
    /// `FAQBOT_SEMANTIC_TABLE` does for [`Table::bundled`]).
    pub fn refined() -> Result<Arc<Table>, TableError> {
        static CELL: OnceLock<Result<Arc<Table>, TableError>> = OnceLock::new();
        CELL.get_or_init(|| match std::env::var_os("FAQBOT_REFINED_TABLE") {
            Some(path) => Table::load(Path::new(&path)).map(Arc::new),
            None => Table::parse(Cow::Borrowed(REFINED), REFINED_FILE).map(Arc::new),
        })
        .clone()
    }

    /// The compiled-in table of that kind.
    pub fn of_kind(kind: TableKind) -> Result<Arc<Table>, TableError> {
        match kind {
            TableKind::Distilled => Table::bundled(),
            TableKind::Refined => Table::refined(),
        }
    }

    /// Reads a table file; every problem is an error naming the file.
    pub fn load(path: &Path) -> Result<Table, TableError> {
        let bytes = std::fs::read(path).map_err(|e| TableError {
            file: path.display().to_string(),
            problem: TableProblem::Read(Arc::new(e)),
        })?;
        Table::parse(Cow::Owned(bytes), &path.display().to_string())
    }

    /// Checks and indexes a table held in memory (`file` names it in errors).
    pub fn parse(bytes: Cow<'static, [u8]>, file: &str) -> Result<Table, TableError> {
        let err = |problem: TableProblem| TableError {
            file: file.to_string(),
            problem,
        };
        let b = &bytes[..];
        if b.len() < HEADER || &b[..8] != MAGIC {
            return Err(err(TableProblem::NotATable(b.len())));
        }
        let version = u32_at(b, 8);
        if version != VERSION {
            return Err(err(TableProblem::Version(version)));
        }
        let dims = u32_at(b, 12) as usize;
        let vocab = u32_at(b, 16) as usize;
        let vbytes = u32_at(b, 20) as usize;
        if !(1..=4096).contains(&dims) || vocab == 0 {
            return Err(err(TableProblem::Header { dims, vocab }));
        }
        let expected = vocab
            .checked_mul(dims)
            .and_then(|r| r.checked_add(vocab.checked_mul(4)?))
            .and_then(|r| r.checked_add(vbytes))
            .and_then(|r| r.checked_add(HEADER));
        if expected != Some(b.len()) {
            return Err(err(TableProblem::Size {
                dims,
                vocab,
                vbytes,
                expected,
                len: b.len(),
            }));
        }
        let blob = std::str::from_utf8(&b[HEADER..HEADER + vbytes])
            .map_err(|e| err(TableProblem::NotUtf8(e)))?;
        let tokens: Vec<&str> = blob.split_terminator('\n').collect();
        if tokens.len() != vocab || !blob.ends_with('\n') {
            return Err(err(TableProblem::TokenCount {
                found: tokens.len(),
                vocab,
            }));
        }
        let at = HEADER + vbytes;
        let scales: Vec<f32> = b[at..at + 4 * vocab]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if let Some(i) = scales.iter().position(|s| !s.is_finite()) {
            return Err(err(TableProblem::Scale(i)));
        }
        Ok(Table {
            dims,
            rows_at: at + 4 * vocab,
            scales,
            vocab: Vocab::new(tokens.iter().enumerate().map(|(i, t)| (*t, i as u32))),
            bytes,
        })
    }

    pub fn dims(&self) -> usize {
        self.dims
    }

    pub fn vocab_len(&self) -> usize {
        self.scales.len()
    }

    /// Row of token `id`; `None` past the end.
    fn row(&self, id: u32) -> Option<(f32, &[u8])> {
        let i = id as usize;
        let start = self.rows_at + i * self.dims;
        Some((
            *self.scales.get(i)?,
            self.bytes.get(start..start + self.dims)?,
        ))
    }

    /// The token text of `id` (for tests and diagnostics).
    pub fn token(&self, id: u32) -> Option<String> {
        self.vocab.token(id)
    }

    /// Calls `f` with each word piece of `text` as the model's tokenizer
    /// splits it (`None` for an unknown word, `[UNK]`), until `f` returns
    /// false.
    pub fn pieces(&self, text: &str, f: impl FnMut(Option<u32>) -> bool) {
        self.vocab.pieces(text, f)
    }

    /// Mean of the known pieces' vectors (at most `max_pieces`), L2-normalised;
    /// all zeros when no piece is known.
    pub fn embed(&self, text: &str, max_pieces: usize) -> Vec<f32> {
        // Each distinct piece is added once, times its count.
        let mut ids: Vec<u32> = Vec::with_capacity(64);
        let mut n = 0usize;
        self.pieces(text, |id| {
            ids.extend(id);
            n += 1;
            n < max_pieces
        });
        ids.sort_unstable();
        let mut acc = vec![0f32; self.dims];
        for run in ids.chunk_by(|a, b| a == b) {
            if let Some((scale, row)) = self.row(run[0]) {
                let w = scale * run.len() as f32;
                for (a, &x) in acc.iter_mut().zip(row) {
                    *a += w * f32::from(x as i8);
                }
            }
        }
        normalise(&mut acc);
        acc
    }
}

/// Dot product of a row (int8 or float) with a float vector. Eight running
/// sums, not one: a single sum is a chain the compiler may not reorder,
/// while eight independent ones it turns into SIMD (the cosines of every
/// candidate section cost a few µs per question otherwise).
pub fn dot<T: Copy + Into<f32>>(a: &[T], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(&x, &y)| x.into() * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k].into() * y[k];
        }
    }
    acc.iter().sum::<f32>() + tail
}

fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 && norm.is_finite() {
        v.iter_mut().for_each(|x| *x /= norm);
    } else {
        v.iter_mut().for_each(|x| *x = 0.0);
    }
}

/// BERT's `is_chinese_char` ranges, as the model's tokenizer has them.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B920..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || (!c.is_ascii() && c.general_category_group() == GeneralCategoryGroup::Punctuation)
}

/// Dropped by the tokenizer's text cleaning: NUL, U+FFFD and category C
/// (control, format, private use, unassigned) other than tab and newlines.
fn is_dropped(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\0' | '\u{FFFD}' => true,
        c if c.is_ascii() => c.is_ascii_control(),
        c => c.general_category_group() == GeneralCategoryGroup::Other,
    }
}

/// BERT basic tokenisation (clean text, CJK characters apart, strip accents,
/// lower-case, split on whitespace and punctuation): calls `f` with each
/// token until it returns false. `word` is scratch space.
fn for_each_word(text: &str, word: &mut String, f: &mut impl FnMut(&str) -> bool) {
    word.clear();
    // Ends the current word; false when `f` asked to stop.
    fn flush(word: &mut String, f: &mut impl FnMut(&str) -> bool) -> bool {
        if word.is_empty() {
            return true;
        }
        let go = f(word);
        word.clear();
        go
    }
    for c in text.chars() {
        if c.is_ascii() {
            // Fast path: no accents, simple case.
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if c.is_ascii_punctuation() {
                if !flush(word, f) || !f(c.encode_utf8(&mut [0; 4])) {
                    return;
                }
            } else if !is_dropped(c) && !flush(word, f) {
                // Whitespace (tab and newlines count as spaces).
                return;
            }
            continue;
        }
        if is_dropped(c) {
            continue;
        }
        if c.is_whitespace() {
            if !flush(word, f) {
                return;
            }
            continue;
        }
        let cjk = is_cjk(c);
        if cjk && !flush(word, f) {
            return;
        }
        let mut stop = false;
        decompose_canonical(c, |d| {
            if stop || d.general_category() == GeneralCategory::NonspacingMark {
                return;
            }
            for l in d.to_lowercase() {
                if stop {
                    return;
                }
                if is_punct(l) {
                    stop = !flush(word, f) || !f(l.encode_utf8(&mut [0; 4]));
                } else if l.is_whitespace() {
                    stop = !flush(word, f);
                } else {
                    word.push(l);
                }
            }
        });
        if stop || (cjk && !flush(word, f)) {
            return;
        }
    }
    flush(word, f);
}

/// FAQs with at most this many sections get all their vectors at load;
/// larger ones get each section's vectors the first time it is scored, so
/// loading 10k sections costs little here (a section costs ≈50 µs, about
/// as much as the lexical index spends on it).
pub const EAGER_SECTIONS: usize = 200;

/// One section's two unit vectors (title; title + examples + body), i8.
#[derive(Debug, Clone)]
struct SectionVectors {
    /// `2 * dims` values: the title's then the full text's.
    values: Box<[i8]>,
    scales: [f32; 2],
}

/// Section vectors for one FAQ: per section a unit vector of its title and
/// one of its title, example questions and body (the first
/// [`MAX_PIECES`] word pieces), stored as i8 with a scale.
#[derive(Debug, Clone)]
pub struct SemanticIndex {
    table: Option<Arc<Table>>,
    /// Which compiled-in table `table` is.
    kind: TableKind,
    dims: usize,
    /// Per section, its text as the vectors see it.
    texts: Vec<(String, String)>,
    vectors: Vec<OnceLock<SectionVectors>>,
}

impl SemanticIndex {
    /// Builds the section vectors with the compiled-in table of that kind. If that table
    /// cannot be read (a broken build), the index is empty and every
    /// similarity is 0: the lexical engine works as before.
    pub fn build(kb: &Knowledge, kind: TableKind) -> Self {
        let kind = section_table_kind(kind);
        match Table::of_kind(kind) {
            Ok(t) => Self {
                kind,
                ..Self::with_table(kb, t)
            },
            Err(e) => {
                tracing::error!("semantic signal off: {e}");
                Self::disabled()
            }
        }
    }

    /// An index without a table: all similarities are 0.
    pub fn disabled() -> Self {
        SemanticIndex {
            table: None,
            kind: TableKind::Distilled,
            dims: 0,
            texts: Vec::new(),
            vectors: Vec::new(),
        }
    }

    /// Builds the section vectors with the given table (all at once for a
    /// small FAQ, see [`EAGER_SECTIONS`]).
    pub fn with_table(kb: &Knowledge, table: Arc<Table>) -> Self {
        let eager = kb.sections.len() <= EAGER_SECTIONS;
        let mut texts = Vec::new();
        let mut vectors = Vec::with_capacity(kb.sections.len());
        for s in &kb.sections {
            let cell = OnceLock::new();
            if eager {
                let rest = full_text(&s.examples, &s.body);
                let _ = cell.set(section_vectors(&table, &s.title, &rest));
            } else {
                texts.push((s.title.clone(), full_text(&s.examples, &s.body)));
            }
            vectors.push(cell);
        }
        SemanticIndex {
            kind: TableKind::Distilled,
            dims: table.dims(),
            table: Some(table),
            texts,
            vectors,
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.table.is_some()
    }

    /// Which compiled-in table the sections are compared in.
    pub fn kind(&self) -> TableKind {
        self.kind
    }

    /// Dimensions of the table in use (0 when disabled).
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// Unit vector of a question (empty when the index is disabled; all
    /// zeros when no word is known).
    pub fn embed_query(&self, text: &str) -> Vec<f32> {
        self.table
            .as_ref()
            .map_or_else(Vec::new, |t| t.embed(text, MAX_PIECES))
    }

    fn section(&self, section: usize) -> Option<&SectionVectors> {
        let cell = self.vectors.get(section)?;
        if let Some(v) = cell.get() {
            return Some(v);
        }
        let table = self.table.as_ref()?;
        let (title, rest) = self.texts.get(section)?;
        Some(cell.get_or_init(|| section_vectors(table, title, rest)))
    }

    /// Cosines of the query with one section's (title, full) vectors; zeros
    /// for an unknown section or a query of another size.
    pub fn similarity_pair(&self, query: &[f32], section: usize) -> (f32, f32) {
        if query.len() != self.dims || self.dims == 0 {
            return (0.0, 0.0);
        }
        let Some(v) = self.section(section) else {
            return (0.0, 0.0);
        };
        let (t, f) = v.values.split_at(self.dims);
        (dot(t, query) * v.scales[0], dot(f, query) * v.scales[1])
    }

    /// Cosine similarity of the query with each of `sections` (the better
    /// of its title and full vectors: in `examples/semantic_eval.rs` that
    /// fuses as well as or better than a 50/50 blend on every set), in the
    /// same order; 0 for an unknown section.
    pub fn similarities(&self, query: &[f32], sections: &[usize]) -> Vec<f32> {
        sections
            .iter()
            .map(|&s| {
                let (t, f) = self.similarity_pair(query, s);
                t.max(f)
            })
            .collect()
    }

    /// Bytes this index holds (section texts kept for later, vectors made
    /// so far); the table itself is shared and compiled in.
    pub fn heap_bytes(&self) -> usize {
        let texts: usize = self
            .texts
            .iter()
            .map(|(t, r)| t.capacity() + r.capacity() + 2 * std::mem::size_of::<String>())
            .sum();
        let made = self.vectors.iter().filter(|v| v.get().is_some()).count();
        texts
            + self.vectors.capacity() * std::mem::size_of::<OnceLock<SectionVectors>>()
            + made * 2 * self.dims
    }

    /// [`SemanticIndex::similarities`] for every section, in section order.
    pub fn similarities_all(&self, query: &[f32]) -> Vec<f32> {
        let all: Vec<usize> = (0..self.vectors.len()).collect();
        self.similarities(query, &all)
    }
}

/// Examples and the start of the body, cut after the pieces run out: at
/// most `6 * MAX_PIECES` bytes of body (English runs ≈4.5 chars a piece, a
/// CJK character is 3 bytes and one piece).
pub(crate) fn full_text(examples: &[String], body: &str) -> String {
    let mut cut = body.len().min(MAX_PIECES * 6);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut text = String::with_capacity(cut + examples.iter().map(|e| e.len() + 3).sum::<usize>());
    for e in examples {
        text.push_str(e);
        text.push_str(" \n ");
    }
    text.push_str(&body[..cut]);
    text
}

/// Bytes a passage of a long body holds at most (≈ 100 words).
const PASSAGE_BYTES: usize = 600;

/// A body's passages: its blocks (paragraphs, lists, code, split at blank
/// lines) joined in order while they fit in [`PASSAGE_BYTES`]; a longer
/// block is a passage of its own.
pub(crate) fn passages(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut end) = (None::<usize>, 0);
    let base = body.as_ptr() as usize;
    for block in body.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let (s, e) = (
            block.as_ptr() as usize - base,
            block.as_ptr() as usize - base + block.len(),
        );
        match start {
            Some(st) if e - st <= PASSAGE_BYTES => end = e,
            Some(st) => {
                out.push(body[st..end].trim());
                (start, end) = (Some(s), e);
            }
            None => (start, end) = (Some(s), e),
        }
    }
    if let Some(st) = start {
        out.push(body[st..end].trim());
    }
    out
}

fn section_vectors(table: &Table, title: &str, rest: &str) -> SectionVectors {
    let t = table.embed(title, MAX_PIECES);
    let f = table.embed(&format!("{title} \n {rest}"), MAX_PIECES);
    let mut values = Vec::with_capacity(2 * table.dims());
    let mut scales = [1.0; 2];
    for (k, v) in [t, f].iter().enumerate() {
        let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
        if max > 0.0 {
            scales[k] = max / 127.0;
        }
        values.extend(v.iter().map(|x| (x / scales[k]).round() as i8));
    }
    SectionVectors {
        values: values.into_boxed_slice(),
        scales,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Arc<Table> {
        Table::bundled().expect("bundled table")
    }

    fn tokens(t: &Table, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        t.pieces(text, |id| {
            out.push(match id {
                Some(id) => t.token(id).unwrap(),
                None => "[UNK]".to_string(),
            });
            true
        });
        out
    }

    #[test]
    fn passages_join_blocks_up_to_their_size() {
        assert_eq!(passages("one\n\ntwo"), ["one\n\ntwo"]);
        assert!(passages("  \n\n ").is_empty());
        let a = "a".repeat(400);
        let b = "b".repeat(400);
        let long = "c".repeat(900);
        let body = format!("{a}\n\n{b}\n\nshort\n\n{long}");
        assert_eq!(
            passages(&body),
            [a.clone(), format!("{b}\n\nshort"), long.clone()]
        );
    }

    #[test]
    fn tokenizer_matches_the_models_tokenizer() {
        let t = table();
        let data = include_str!("../../tests/data/semantic/tokenizer_expected.jsonl");
        let mut n = 0;
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            let want: Vec<String> = v["tokens"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect();
            assert_eq!(tokens(&t, text), want, "tokens of {text:?}");
            n += 1;
        }
        assert!(n >= 10);
    }

    #[test]
    fn bundled_table_shape() {
        let t = table();
        assert_eq!(t.dims(), 256);
        assert!(t.vocab_len() > 29_000);
        let v = t.embed("Do I need an ICP filing?", MAX_PIECES);
        let norm: f32 = v.iter().map(|x| x * x).sum();
        assert!((norm - 1.0).abs() < 1e-4);
        assert!(t.embed("", MAX_PIECES).iter().all(|&x| x == 0.0));
        assert!(t.embed("ภาษาไทย 🙂", MAX_PIECES).iter().all(|&x| x == 0.0));
    }

    #[test]
    fn broken_tables_are_errors_naming_the_file() {
        let bytes = BUNDLED;
        for cut in [0, 7, 27, 28, 1000, bytes.len() / 2, bytes.len() - 1] {
            let e = Table::parse(Cow::Owned(bytes[..cut].to_vec()), "x/table.bin").unwrap_err();
            assert_eq!(e.file, "x/table.bin");
            assert!(e.to_string().starts_with("x/table.bin: "), "{e}");
        }
        // Header dims that don't match the data.
        let mut wrong = bytes.to_vec();
        wrong[12..16].copy_from_slice(&128u32.to_le_bytes());
        let e = Table::parse(Cow::Owned(wrong), "t.bin").unwrap_err();
        assert!(matches!(e.problem, TableProblem::Size { .. }), "{e}");
        assert!(e.to_string().contains("mismatched"), "{e}");
        let mut wrong = bytes.to_vec();
        wrong[8..12].copy_from_slice(&9u32.to_le_bytes());
        assert!(Table::parse(Cow::Owned(wrong), "t.bin").is_err());
        // Extra bytes at the end.
        let mut long = bytes.to_vec();
        long.push(0);
        assert!(Table::parse(Cow::Owned(long), "t.bin").is_err());
        let missing = Table::load(Path::new("/nonexistent/semantic.bin")).unwrap_err();
        assert!(missing.to_string().contains("/nonexistent/semantic.bin"));
        // The I/O error is the source, with its kind.
        let io = std::error::Error::source(&missing)
            .and_then(|e| e.downcast_ref::<TableProblem>())
            .and_then(|p| match p {
                TableProblem::Read(e) => Some(e.kind()),
                _ => None,
            });
        assert_eq!(io, Some(std::io::ErrorKind::NotFound));
    }

    #[test]
    fn odd_unicode_never_panics() {
        let t = table();
        let long_word = "ab".repeat(500);
        let samples = [
            "\u{0}\u{FFFD}\u{200B}\u{202E}\u{E000}\u{10FFFF}",
            "ǅǈǋ ﬃ ẞ İ ŉ ΐ",
            "𠀀𪜀𫝀𫠠 \u{F900}\u{2F800}",
            "a\u{0301}\u{0301}\u{0301}",
            "\u{0301}\u{0301}",
            "👩‍👩‍👧‍👦🏳️‍🌈",
            "ᄀᄀᄀ 한국어",
            "\u{1F600}".repeat(300).as_str(),
            long_word.as_str(),
            "x##y ## ##",
        ]
        .map(str::to_string);
        for s in &samples {
            let v = t.embed(s, MAX_PIECES);
            assert!(v.iter().all(|x| x.is_finite()), "{s:?}");
            let _ = tokens(&t, s);
        }
        // Every char of the Basic Multilingual Plane and beyond, in chunks.
        let all: String = (0u32..0x30000).filter_map(char::from_u32).collect();
        let chars: Vec<char> = all.chars().collect();
        for chunk in chars.chunks(4096) {
            let s: String = chunk.iter().collect();
            let _ = t.embed(&s, usize::MAX);
        }
    }

    #[test]
    fn large_faqs_make_vectors_when_first_scored() {
        let n = EAGER_SECTIONS + 50;
        let mut md = String::from("# Topic {#topic .concept}\n\n");
        for i in 0..n {
            md.push_str(&format!(
                "## How do I cancel subscription number {i}? {{#s{i} .section}}\n\nOpen billing and press cancel for plan {i}. Refunds take {i} days.\n\n"
            ));
        }
        let files = vec![crate::knowledge::SourceFile {
            path: "big.md".into(),
            bytes: md.into_bytes(),
        }];
        let kb = crate::knowledge::build(files).unwrap().knowledge;
        assert_eq!(kb.sections.len(), n);
        let idx = SemanticIndex::with_table(&kb, table());
        assert!(idx.vectors.iter().all(|v| v.get().is_none()));
        let before = idx.heap_bytes();
        let q = idx.embed_query("how to cancel my plan and get a refund");
        let got = idx.similarities(&q, &[3, n - 1]);
        assert!(idx.heap_bytes() > before);
        for (k, &si) in [3, n - 1].iter().enumerate() {
            let s = &kb.sections[si];
            let eager = section_vectors(&table(), &s.title, &full_text(&s.examples, &s.body));
            let dot = |v: &[i8], sc: f32| -> f32 {
                v.iter().zip(&q).map(|(&a, &b)| a as f32 * b).sum::<f32>() * sc
            };
            let (t, f) = eager.values.split_at(idx.dims);
            let want = dot(t, eager.scales[0]).max(dot(f, eager.scales[1]));
            assert!((got[k] - want).abs() < 1e-6, "{} vs {want}", got[k]);
            assert!(got[k] > 0.3, "{}", got[k]);
        }
        assert_eq!(idx.similarities_all(&q).len(), n);
    }

    #[test]
    fn stops_at_max_pieces() {
        let t = table();
        let mut n = 0;
        t.pieces(&"word ".repeat(1000), |_| {
            n += 1;
            n < 10
        });
        assert_eq!(n, 10);
    }

    #[test]
    fn similarities_of_sections() {
        let kb = crate::knowledge::load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("faq"),
        )
        .unwrap()
        .knowledge;
        let idx = SemanticIndex::build(&kb, TableKind::Distilled);
        assert!(idx.is_enabled());
        let q = idx.embed_query("Is an ICP filing needed for a second level domain?");
        let all = idx.similarities_all(&q);
        assert_eq!(all.len(), kb.sections.len());
        assert!(all.iter().all(|s| (-1.001..=1.001).contains(s)));
        // Measured: the second-level-domain section is the best match.
        let best = (0..all.len())
            .max_by(|&a, &b| all[a].total_cmp(&all[b]))
            .unwrap();
        assert_eq!(kb.sections[best].id.to_string(), "section_fvv_dc5_jgb");
        // Subset in the given order; unknown sections score 0.
        let some = idx.similarities(&q, &[best, 10_000]);
        assert_eq!(some, vec![all[best], 0.0]);
        assert_eq!(idx.similarities(&[1.0], &[0]), vec![0.0]);
        let off = SemanticIndex::disabled();
        assert!(off.embed_query("x").is_empty());
        assert_eq!(off.similarities(&q, &[0, 1]), vec![0.0, 0.0]);
    }
}
