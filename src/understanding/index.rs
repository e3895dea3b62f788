//! The section index: an inverted index of stemmed terms with BM25F impacts
//! (title, example questions, body), plus a deletion-neighbourhood index over
//! the vocabulary for typo tolerance. Lookups touch only the postings of the
//! question's terms, so cost grows with matches, not with the FAQ's size.

use super::confidence::Features;
use super::lexicon::{self, PhraseJoiner};
use super::normalize::{
    for_each_ascii_word, for_each_word, is_stopword, stem, tokens, Reading, Synonyms,
};
use crate::knowledge::Knowledge;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;

/// Ranking parameters (defaults measured with `faqbot eval`).
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub k1: f32,
    pub b: f32,
    /// Weights of the title, example-question and body fields.
    pub field_weights: [f32; FIELDS],
    /// Weight of a term found through a one-edit typo (two edits: squared).
    pub typo_weight: f32,
    /// Boost for a section whose title (or one example question) the
    /// question covers: score × (1 + this × covered share of the title).
    /// It separates "domain names" from "second-level domain names".
    pub title_precision: f32,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            k1: 1.2,
            b: 0.75,
            field_weights: [3.0, 2.0, 1.0],
            typo_weight: 0.8,
            title_precision: 1.0,
        }
    }
}

impl Params {
    /// Applies `name=value` overrides ("k1=1.5,b=0.6,title=3,examples=2,body=1,typo=0.8,precision=1"),
    /// for `faqbot eval --set` experiments.
    pub fn with_overrides(mut self, spec: &str) -> Result<Self, ParamError> {
        for part in spec.split(',').filter(|p| !p.trim().is_empty()) {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| ParamError::NotNameValue(part.to_string()))?;
            let v: f32 = v.trim().parse().map_err(|source| ParamError::NotANumber {
                value: v.to_string(),
                source,
            })?;
            match k.trim() {
                "k1" => self.k1 = v,
                "b" => self.b = v,
                "title" => self.field_weights[0] = v,
                "examples" => self.field_weights[1] = v,
                "body" => self.field_weights[2] = v,
                "typo" => self.typo_weight = v,
                "precision" => self.title_precision = v,
                other => return Err(ParamError::Unknown(other.to_string())),
            }
        }
        Ok(self)
    }
}

/// A bad `--set` override ([`Params::with_overrides`]).
#[derive(Debug, thiserror::Error)]
pub enum ParamError {
    #[error("`{0}` is not name=value")]
    NotNameValue(String),
    #[error("`{value}` is not a number")]
    NotANumber {
        value: String,
        #[source]
        source: std::num::ParseFloatError,
    },
    #[error("unknown parameter `{0}`")]
    Unknown(String),
}

pub const FIELDS: usize = 3;
/// Position of the body among the fields.
const BODY: usize = 2;

/// Marks a stopword in the build's word cache.
const STOPWORD: u32 = u32::MAX;

/// Below this many sections the index is built on one thread.
const PARALLEL_MIN: usize = 512;

/// Sections tokenised by one worker: words as ids into its own vocabulary.
struct Chunk {
    vocab: Vec<String>,
    docs: Vec<ChunkDoc>,
}

struct ChunkDoc {
    /// (word id, occurrences per field: title + keywords, examples, body).
    words: Vec<(u32, [u32; FIELDS])>,
    /// Word ids of the title and of each example question.
    heads: Vec<Vec<u32>>,
}

/// One section's term counts, lengths and title/example term lists.
struct CountedDoc {
    terms: Vec<(u32, [u32; FIELDS])>,
    len: [f32; FIELDS],
    heads: Vec<Box<[u32]>>,
}

/// A chunk's word counts with its words mapped to term ids: stopwords
/// dropped, words sharing a term ("filing", "filings") merged. Merging goes
/// through a dense per-term accumulator, not a sort: a section's term order
/// doesn't matter to its postings.
fn count_chunk(global: &[u32], n_terms: usize, docs: Vec<ChunkDoc>) -> Vec<CountedDoc> {
    let mut acc: Vec<[u32; FIELDS]> = vec![[0; FIELDS]; n_terms];
    let mut touched: Vec<u32> = Vec::new();
    docs.into_iter()
        .map(|doc| {
            for (w, c) in doc.words {
                let t = global[w as usize];
                if t == STOPWORD {
                    continue;
                }
                let slot = &mut acc[t as usize];
                if *slot == [0; FIELDS] {
                    touched.push(t);
                }
                (0..FIELDS).for_each(|f| slot[f] += c[f]);
            }
            let terms: Vec<(u32, [u32; FIELDS])> = touched
                .drain(..)
                .map(|t| (t, std::mem::take(&mut acc[t as usize])))
                .collect();
            let len = std::array::from_fn(|f| terms.iter().map(|(_, c)| c[f] as f32).sum());
            let heads = doc
                .heads
                .into_iter()
                .filter_map(|words| {
                    let mut ids: Vec<u32> = words
                        .into_iter()
                        .map(|w| global[w as usize])
                        .filter(|&id| id != STOPWORD)
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    (!ids.is_empty()).then(|| ids.into_boxed_slice())
                })
                .collect();
            CountedDoc { terms, len, heads }
        })
        .collect()
}

/// A chunk's own word list: word -> id in order of first use.
#[derive(Default)]
struct Interner {
    vocab: Vec<String>,
    // Words of up to 8 bytes (most of them) are looked up as one u64 and
    // words of up to 16 as one u128: no pointer to follow, no string
    // compare, and small table entries that stay in cache.
    short: FxHashMap<u64, u32>,
    medium: FxHashMap<u128, u32>,
    long: FxHashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, w: &str) -> u32 {
        let next = self.vocab.len() as u32;
        let b = w.as_bytes();
        let id = if b.len() <= 8 {
            *self.short.entry(pack8(b)).or_insert(next)
        } else if b.len() <= 16 {
            let key = pack8(&b[..8]) as u128 | (pack8(&b[8..]) as u128) << 64;
            *self.medium.entry(key).or_insert(next)
        } else {
            match self.long.get(w) {
                Some(&id) => id,
                None => *self.long.entry(w.to_string()).or_insert(next),
            }
        };
        if id == next {
            self.vocab.push(w.to_string());
        }
        id
    }
}

/// Up to 8 bytes as an integer (zero-padded: words hold no NUL). Built with
/// shifts rather than through a stack buffer, which would stall the load
/// that reads it back.
#[inline]
fn pack8(b: &[u8]) -> u64 {
    b.iter()
        .rev()
        .fold(0u64, |key, &byte| key << 8 | byte as u64)
}

/// The words of FAQ text as the index sees them (folded, synonyms applied).
fn walk_words(
    text: &str,
    reading: &Reading,
    synonyms: &Synonyms,
    phrases: bool,
    mut f: impl FnMut(&str),
) {
    if !phrases {
        // Without synonyms, plain ASCII text skips building its folded copy.
        if synonyms.is_empty() && for_each_ascii_word(text, &mut f) {
            return;
        }
        let folded = reading.fold_long(text);
        let prepared = synonyms.replace(&folded);
        for_each_word(&prepared, |w, _| f(w));
        return;
    }
    let mut joiner = PhraseJoiner::default();
    let mut emit = |w: &str, _: usize, _: usize| f(w);
    if synonyms.is_empty() && for_each_ascii_word(text, |w| joiner.push(w, 0, 0, &mut emit)) {
        joiner.finish(&mut emit);
        return;
    }
    let folded = reading.fold_long(text);
    let prepared = synonyms.replace(&folded);
    for_each_word(&prepared, |w, _| joiner.push(w, 0, 0, &mut emit));
    joiner.finish(&mut emit);
}

impl Chunk {
    fn analyse(
        sections: &[crate::knowledge::Section],
        reading: &Reading,
        synonyms: &Synonyms,
    ) -> Self {
        let mut words = Interner::default();
        // Occurrences per field of each word id in the current section,
        // reset through the list of ids touched.
        let mut tf: Vec<[u32; FIELDS]> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        let docs = sections
            .iter()
            .map(|s| {
                let mut title = s.title.clone();
                for k in &s.keywords {
                    title.push_str(" \n ");
                    title.push_str(k);
                }
                let examples = s.examples.join(" \n ");
                for (f, text) in [&title, &examples, &s.body].into_iter().enumerate() {
                    // Phrases are joined in the title and example questions
                    // only: the body is nearly all of the text, and joining
                    // there cost the build a tenth of its time.
                    let joined = f < BODY;
                    walk_words(text, reading, synonyms, joined, |w| {
                        let id = words.id(w) as usize;
                        if id == tf.len() {
                            tf.push([0; FIELDS]);
                        }
                        if tf[id] == [0; FIELDS] {
                            touched.push(id as u32);
                        }
                        tf[id][f] += 1;
                    });
                }
                let counts = touched
                    .drain(..)
                    .map(|w| (w, std::mem::take(&mut tf[w as usize])))
                    .collect();
                let heads = std::iter::once(&s.title)
                    .chain(s.examples.iter())
                    .map(|t| {
                        let mut ids = Vec::new();
                        walk_words(t, reading, synonyms, true, |w| ids.push(words.id(w)));
                        ids
                    })
                    .collect();
                // (The heads' words were all seen in the fields; kept in step anyway.)
                tf.resize(words.vocab.len(), [0; FIELDS]);
                ChunkDoc {
                    words: counts,
                    heads,
                }
            })
            .collect();
        Self {
            vocab: words.vocab,
            docs,
        }
    }
}

/// One analysed word of a question.
#[derive(Debug, Clone)]
pub struct QueryTerm {
    /// Index term it resolved to (exactly or through a typo), if any.
    pub term: Option<u32>,
    /// 1 for an exact match, less for a typo.
    pub weight: f32,
    /// Byte offset of the word in the folded question.
    pub start: usize,
    pub end: usize,
    /// A word the FAQ never uses that is common English ("ages", "phone"):
    /// it says less about what the question is about than a rare one.
    pub common: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Position of the section in `Knowledge::sections`.
    pub section: usize,
    pub score: f32,
    /// Share of the question's information (IDF-weighted words) the section explains, 0..=1.
    pub coverage: f32,
    /// Best share of the section's title (or an example question) the question covers, 0..=1.
    pub precision: f32,
    /// Calibrated probability that this section answers the question
    /// (0..=1), from its [`Features`] and the FAQ's confidence model; set
    /// for the first few candidates only (see `Faq::understand`).
    pub confidence: f32,
    /// What the confidence was computed from.
    pub features: Features,
}

#[derive(Debug, Clone)]
pub struct Index {
    params: Params,
    terms: HashMap<String, u32>,
    idf: Vec<f32>,
    /// term -> (section, BM25F impact before IDF)
    postings: Vec<Vec<(u32, f32)>>,
    /// IDF given to a word the FAQ never uses: as rare as a word seen once.
    unknown_idf: f32,
    fuzzy: Fuzzy,
    /// Every FAQ word (as folded) -> its term: questions skip stemming for known words.
    surface: FxHashMap<String, u32>,
    /// Words the FAQ knows outside its text: synonym aliases (replaced before
    /// indexing) and the words fact patterns spell. Never "corrected", and
    /// typos of them are corrected to them ("subdomian", "hangzou").
    extra: FxHashSet<String>,
    n_docs: usize,
    /// Per section: the distinct terms of its title and of each example question.
    heads: Vec<Vec<Box<[u32]>>>,
    /// Terms in every section title: what the whole FAQ is about
    /// ("icp", "filing"). Empty for an FAQ of mixed topics.
    topic: Vec<u32>,
    /// How the FAQ's wording is read: its word groups, for question words.
    reading: Reading,
}

/// Weight of a common English word the FAQ never uses, against a rare
/// one: people's questions are full of everyday words no FAQ holds.
const COMMON_UNKNOWN: f32 = 0.5;

/// Share of section titles a term must be in to be the FAQ's topic: all of
/// them ("ICP Filing" in every ICP title). A word in most titles only
/// ("account" in an account FAQ) is left out: questions often omit it.
const TOPIC_SHARE: f32 = 1.0;
/// Fewer sections than this have no topic: too few titles to tell.
const TOPIC_MIN_SECTIONS: usize = 5;

/// The least IDF weight a one-word title or example counts for in title
/// precision: one word found in half the sections.
const ONE_WORD_TITLE_FLOOR: f32 = std::f32::consts::LN_2;

fn topic_terms(heads: &[Vec<Box<[u32]>>]) -> Vec<u32> {
    if heads.len() < TOPIC_MIN_SECTIONS {
        return Vec::new();
    }
    let mut count: FxHashMap<u32, usize> = FxHashMap::default();
    // The title is the first head of a section (when it has any terms).
    for title in heads.iter().filter_map(|h| h.first()) {
        for &t in title.iter() {
            *count.entry(t).or_default() += 1;
        }
    }
    let need = (heads.len() as f32 * TOPIC_SHARE).ceil() as usize;
    let mut topic: Vec<u32> = count
        .into_iter()
        .filter(|&(_, c)| c >= need)
        .map(|(t, _)| t)
        .collect();
    topic.sort_unstable();
    topic
}

/// BM25F impact of each term in each section (before IDF), as posting lists
/// sorted by section.
fn postings_of(
    docs: Vec<Vec<(u32, [u32; FIELDS])>>,
    lens: &[[f32; FIELDS]],
    params: &Params,
    n_terms: usize,
) -> Vec<Vec<(u32, f32)>> {
    let mut avg = [0f32; FIELDS];
    for l in lens {
        for f in 0..FIELDS {
            avg[f] += l[f];
        }
    }
    for a in &mut avg {
        *a = (*a / lens.len().max(1) as f32).max(1.0);
    }
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n_terms];
    // Sections in order, so every posting list comes out sorted by section.
    for (d, doc) in docs.into_iter().enumerate() {
        let norm: [f32; FIELDS] =
            std::array::from_fn(|f| 1.0 - params.b + params.b * lens[d][f] / avg[f]);
        for (t, counts) in doc {
            let tf: f32 = (0..FIELDS)
                .map(|f| params.field_weights[f] * counts[f] as f32 / norm[f])
                .sum();
            postings[t as usize].push((d as u32, tf / (params.k1 + tf)));
        }
    }
    for p in &mut postings {
        p.shrink_to_fit();
    }
    postings
}

/// Candidates re-scored with title precision (the rest keep their BM25 order).
const RESCORE: usize = 200;

impl Index {
    pub fn build(kb: &Knowledge, synonyms: &Synonyms, params: Params) -> Self {
        let threads = if kb.sections.len() < PARALLEL_MIN {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |p| p.get().min(8))
        };
        Self::build_on(kb, synonyms, params, threads)
    }

    /// [`Index::build`] on a given number of threads.
    fn build_on(kb: &Knowledge, synonyms: &Synonyms, params: Params, threads: usize) -> Self {
        let n = kb.sections.len();
        let reading = Reading::new(&kb.text);
        // Text preparation and tokenising run on all cores over chunks of
        // sections, each with its own word list; stemming and term ids are
        // then assigned once per distinct word.
        let chunk = n.div_ceil(threads).max(1);
        let chunks: Vec<Chunk> = if threads == 1 {
            vec![Chunk::analyse(&kb.sections, &reading, synonyms)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = kb
                    .sections
                    .chunks(chunk)
                    .map(|secs| {
                        let reading = &reading;
                        scope.spawn(move || Chunk::analyse(secs, reading, synonyms))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("index worker panicked"))
                    .collect()
            })
        };
        let mut terms: HashMap<String, u32> = HashMap::new();
        // Hot maps use a fast hasher: the keys are the FAQ's own words.
        let mut surface: FxHashMap<String, u32> = FxHashMap::default();
        // Per section: (term, tf per field).
        let mut docs: Vec<Vec<(u32, [u32; FIELDS])>> = Vec::with_capacity(n);
        let mut heads: Vec<Vec<Box<[u32]>>> = Vec::with_capacity(n);
        let mut lens: Vec<[f32; FIELDS]> = Vec::with_capacity(n);
        // Distinct words get their global term ids one chunk after the other
        // (stemming happens here, once per word); counting term frequencies
        // then runs on all cores again.
        let mut mapped: Vec<(Vec<u32>, Vec<ChunkDoc>)> = Vec::with_capacity(chunks.len());
        for c in chunks {
            let global: Vec<u32> = c
                .vocab
                .into_iter()
                .map(|w| {
                    if let Some(&id) = surface.get(&w) {
                        return id;
                    }
                    let id = if is_stopword(&w) {
                        STOPWORD
                    } else {
                        let s = reading.canonical(&stem(&w)).to_string();
                        let next = terms.len() as u32;
                        *terms.entry(s).or_insert(next)
                    };
                    surface.insert(w, id);
                    id
                })
                .collect();
            mapped.push((global, c.docs));
        }
        let n_terms = terms.len();
        let counted: Vec<Vec<CountedDoc>> = if mapped.len() == 1 {
            mapped
                .into_iter()
                .map(|(g, d)| count_chunk(&g, n_terms, d))
                .collect()
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = mapped
                    .into_iter()
                    .map(|(g, d)| scope.spawn(move || count_chunk(&g, n_terms, d)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("index worker panicked"))
                    .collect()
            })
        };
        for doc in counted.into_iter().flatten() {
            docs.push(doc.terms);
            lens.push(doc.len);
            heads.push(doc.heads);
        }
        surface.retain(|_, id| *id != STOPWORD);
        let extra: FxHashSet<String> = synonyms
            .words()
            .chain(
                kb.facts
                    .iter()
                    .flat_map(|f| f.patterns.iter())
                    .flat_map(|p| literal_words(p.regex.as_str())),
            )
            .filter(|w| !surface.contains_key(w) && !is_stopword(w))
            .collect();
        // The typo index needs only the word list: it is built beside the postings.
        let (fuzzy, postings) = std::thread::scope(|scope| {
            let fuzzy = scope.spawn(|| Fuzzy::build(&surface, &extra));
            let postings = postings_of(docs, &lens, &params, terms.len());
            (fuzzy.join().expect("index worker panicked"), postings)
        });
        let nf = n as f32;
        let idf_of = |df: f32| (1.0 + (nf - df + 0.5) / (df + 0.5)).ln();
        let idf = postings.iter().map(|p| idf_of(p.len() as f32)).collect();
        Self {
            params,
            unknown_idf: idf_of(1.0),
            fuzzy,
            surface,
            extra,
            terms,
            idf,
            postings,
            n_docs: n,
            topic: topic_terms(&heads),
            heads,
            reading,
        }
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    pub fn len(&self) -> usize {
        self.n_docs
    }

    pub fn is_empty(&self) -> bool {
        self.n_docs == 0
    }

    /// The term of a word written as in the FAQ, or sharing its stem.
    fn exact_term(&self, word: &str) -> Option<u32> {
        if let Some(&t) = self.surface.get(word) {
            return Some(t);
        }
        self.terms.get(self.reading.canonical(&stem(word))).copied()
    }

    /// Resolves the words of a prepared (folded + synonyms) question to index terms.
    pub fn query_terms(&self, prepared: &str) -> Vec<QueryTerm> {
        let mut out = Vec::new();
        let mut add = |word: &str, start: usize, end: usize| {
            if is_stopword(word) {
                return;
            }
            let (term, weight) = match self.exact_term(word) {
                Some(t) => (Some(t), 1.0),
                // A Chinese word given in English is no typo.
                None if !prepared.as_bytes().get(start).is_some_and(u8::is_ascii) => (None, 1.0),
                // A word of the general word groups is a word, not a typo
                // ("charge" is a fee, not "change"), as in `correct`.
                None if self.reading.is_grouped(&stem(word)) => (None, 1.0),
                None => match self.fuzzy.lookup(word) {
                    Some((t, dist)) => (Some(t), self.params.typo_weight.powi(dist as i32)),
                    None => (None, 1.0),
                },
            };
            // (A word the rules files know, a synonym or a word a fact
            // pattern spells, is no word the FAQ never uses: see `knows`.)
            let common = term.is_none()
                && (word.is_ascii() && lexicon::is_common_word(word)
                    || !word.is_ascii() && super::cjk::is_common(word));
            out.push(QueryTerm {
                term,
                weight,
                start,
                end,
                common,
            });
        };
        // Phrases are joined as in the FAQ text ("sign in" -> "login").
        let mut joiner = PhraseJoiner::default();
        for tok in tokens(prepared) {
            joiner.push(tok.text, tok.start, tok.end, &mut add);
        }
        joiner.finish(&mut add);
        out
    }

    /// The question with misspelt words replaced by the FAQ word they most
    /// likely are ("domian" -> "domain"), so fact patterns see them too.
    pub fn correct(&self, prepared: &str) -> Option<String> {
        let mut out = String::new();
        let mut last = 0;
        for tok in tokens(prepared) {
            // A Chinese word given in English is no typo.
            if is_stopword(tok.text)
                || self.extra.contains(tok.text)
                || prepared[tok.start..tok.end] != *tok.text
            {
                continue;
            }
            // Known words, and common English words of the word groups
            // ("cost"), are not typos even when the FAQ doesn't use them.
            if self.exact_term(tok.text).is_some()
                || lexicon::is_common_word(tok.text)
                || self.reading.is_grouped(&stem(tok.text))
            {
                continue;
            }
            if let Some((word, _, _)) = self.fuzzy.lookup_word(tok.text) {
                out.push_str(&prepared[last..tok.start]);
                out.push_str(word);
                last = tok.end;
            }
        }
        if last == 0 {
            return None;
        }
        out.push_str(&prepared[last..]);
        Some(out)
    }

    /// Whether the question uses a word of the FAQ's topic, or the FAQ has
    /// none (see [`topic_terms`]). A question about something else that
    /// shares a few words with one section ("how to buy a domain on Alibaba
    /// Cloud" in an ICP filing FAQ) should not be answered from it.
    pub fn on_topic(&self, query: &[QueryTerm]) -> bool {
        self.topic.is_empty()
            || query
                .iter()
                .any(|q| q.term.is_some_and(|t| self.topic.binary_search(&t).is_ok()))
    }

    /// The FAQ's topic words (see [`topic_terms`]), as indexed; `check`
    /// shows them, since a question without one is read as off-topic.
    pub fn topic_words(&self) -> Vec<&str> {
        let mut w: Vec<&str> = self
            .terms
            .iter()
            .filter(|(_, t)| self.topic.binary_search(t).is_ok())
            .map(|(w, _)| w.as_str())
            .collect();
        w.sort_unstable();
        w
    }

    /// Whether a section's title uses a topic term: a question matching a
    /// section outside the common topic (a "mascot" section in an ICP FAQ)
    /// is not off-topic for lacking "icp".
    pub fn titled_on_topic(&self, section: usize) -> bool {
        self.heads
            .get(section)
            .and_then(|h| h.first())
            .is_some_and(|title| title.iter().any(|t| self.topic.binary_search(t).is_ok()))
    }

    /// Whether a host name is one the FAQ's own text names ("xip.io" in an
    /// FAQ that explains xip.io, "github.com" in one that speaks of
    /// GitHub): every label before its last is a word of the FAQ. Such a
    /// name is a word of the FAQ, not any domain of the asker's.
    pub fn names_host(&self, host: &str) -> bool {
        let labels: Vec<&str> = host.split('.').collect();
        labels.len() >= 2
            && labels[..labels.len() - 1].iter().all(|l| {
                l.len() >= 2
                    && l.bytes().all(|b| b.is_ascii_alphanumeric())
                    && self.surface.contains_key(*l)
            })
    }

    /// IDF weight of a question word (unknown words count as rare ones).
    /// Whether the FAQ's rules files know a word the text never uses: a
    /// synonym's alias or a word a fact pattern spells ("hangzhou").
    pub fn knows(&self, word: &str) -> bool {
        self.extra.contains(word)
    }

    pub fn word_weight(&self, q: &QueryTerm) -> f32 {
        match q.term {
            Some(t) => self.idf[t as usize].max(0.05),
            None if q.common => self.unknown_idf * COMMON_UNKNOWN,
            None => self.unknown_idf,
        }
    }

    /// Scores every section sharing a term with the question, best first
    /// (beyond the first few hundred the order is not kept). `explained`
    /// lists, per question word, sections that explain it without sharing
    /// the word (a fact the section's rules use was stated with it).
    pub fn search(&self, query: &[QueryTerm], explained: &[Vec<u32>]) -> Vec<Hit> {
        // Dense accumulators (cheaper than hashing at every posting) plus the
        // list of sections touched, so only those are read back.
        let mut acc: Vec<(f32, f32)> = vec![(0.0, 0.0); self.n_docs];
        let mut touched: Vec<u32> = Vec::new();
        let mut total = 0.0f32;
        let mut seen_terms: Vec<u32> = Vec::new();
        for (i, q) in query.iter().enumerate() {
            let w = self.word_weight(q);
            total += w;
            if let Some(t) = q.term {
                // A repeated word adds no new information.
                if seen_terms.contains(&t) {
                    total -= w;
                    continue;
                }
                seen_terms.push(t);
                let idf = self.idf[t as usize];
                for &(d, impact) in &self.postings[t as usize] {
                    let e = &mut acc[d as usize];
                    if e.1 == 0.0 {
                        touched.push(d);
                    }
                    e.0 += q.weight * idf * impact;
                    e.1 += q.weight * w;
                }
            }
            if let Some(secs) = explained.get(i) {
                for &d in secs {
                    // Only credit what the word itself did not already match.
                    let matched = q.term.is_some_and(|t| {
                        self.postings[t as usize]
                            .binary_search_by_key(&d, |&(d, _)| d)
                            .is_ok()
                    });
                    if !matched {
                        let e = &mut acc[d as usize];
                        if e.1 == 0.0 {
                            touched.push(d);
                        }
                        e.0 += 0.5 * w;
                        e.1 += w;
                    }
                }
            }
        }
        let total = total.max(1e-6);
        let mut hits: Vec<Hit> = touched
            .into_iter()
            .map(|d| {
                let (score, cov) = acc[d as usize];
                Hit {
                    section: d as usize,
                    score,
                    coverage: (cov / total).min(1.0),
                    precision: 0.0,
                    confidence: 0.0,
                    features: Features::default(),
                }
            })
            .collect();
        let by_score =
            |a: &Hit, b: &Hit| b.score.total_cmp(&a.score).then(a.section.cmp(&b.section));
        // Only the best candidates need an order: partial selection, not a full sort.
        if hits.len() > RESCORE {
            hits.select_nth_unstable_by(RESCORE, by_score);
        }
        let n = hits.len().min(RESCORE);
        for h in &mut hits[..n] {
            h.precision = self.title_precision(h.section, query);
            h.score *= 1.0 + self.params.title_precision * h.precision;
        }
        hits[..n].sort_unstable_by(by_score);
        hits
    }

    /// Best share (IDF-weighted) of a title or example question that the question covers.
    pub fn title_precision(&self, section: usize, query: &[QueryTerm]) -> f32 {
        // The question's terms, sorted, each with the weight of its first
        // use: heads are sorted too, so each is read in one merge.
        let mut asked: Vec<(u32, f32)> = Vec::with_capacity(query.len());
        for q in query {
            if let Some(t) = q.term {
                if !asked.iter().any(|a| a.0 == t) {
                    asked.push((t, q.weight));
                }
            }
        }
        asked.sort_unstable_by_key(|a| a.0);
        let mut best = 0.0f32;
        for head in &self.heads[section] {
            let (mut total, mut hit) = (0.0f32, 0.0f32);
            let mut k = 0;
            for &t in head.iter() {
                let w = self.idf[t as usize].max(0.05);
                total += w;
                while k < asked.len() && asked[k].0 < t {
                    k += 1;
                }
                if k < asked.len() && asked[k].0 == t {
                    hit += w * asked[k].1;
                }
            }
            // A one-word title of a word most sections use ("About Wekan")
            // is covered whole by any question naming the product: it
            // counts as a word found in half the sections.
            if total > 0.0 {
                let floor = if head.len() == 1 {
                    ONE_WORD_TITLE_FLOOR
                } else {
                    0.0
                };
                best = best.max(hit / total.max(floor));
            }
        }
        best
    }

    /// The best share (IDF-weighted, words the FAQ never uses included) of
    /// the question's words that one of the section's title or example
    /// questions holds: how much of what is asked the title asks too.
    pub fn covered_by_head(&self, section: usize, query: &[QueryTerm]) -> f32 {
        let mut total = 0.0f32;
        let mut asked: Vec<(u32, f32)> = Vec::with_capacity(query.len());
        for q in query {
            let w = self.word_weight(q);
            match q.term {
                Some(t) if asked.iter().any(|a| a.0 == t) => {}
                Some(t) => {
                    total += w;
                    asked.push((t, q.weight * w));
                }
                None => total += w,
            }
        }
        if total <= 0.0 {
            return 0.0;
        }
        self.heads[section]
            .iter()
            .map(|head| {
                asked
                    .iter()
                    .filter(|(t, _)| head.binary_search(t).is_ok())
                    .map(|(_, w)| w)
                    .sum::<f32>()
            })
            .fold(0.0f32, f32::max)
            / total
    }

    /// Approximate heap size in bytes (for the memory benchmark).
    pub fn heap_bytes(&self) -> usize {
        let postings: usize = self.postings.iter().map(|p| p.capacity() * 8 + 24).sum();
        let terms: usize = self.terms.keys().map(|k| k.capacity() + 32 + 4).sum();
        let heads: usize = self
            .heads
            .iter()
            .map(|h| h.capacity() * 16 + h.iter().map(|t| t.len() * 4).sum::<usize>())
            .sum();
        let surface: usize = self.surface.keys().map(|k| k.capacity() + 24 + 4 + 8).sum();
        let extra: usize = self.extra.iter().map(|k| k.capacity() + 24 + 8).sum();
        postings
            + terms
            + heads
            + surface
            + extra
            + self.idf.capacity() * 4
            + self.fuzzy.heap_bytes()
    }
}

/// Typo lookup: every vocabulary word and its one-deletion variants point
/// back to the word (SymSpell). A question word's own deletions then find
/// words within one insertion, deletion, substitution or transposition, and
/// some at two edits, verified with Damerau-Levenshtein.
///
/// Variants are kept as 64-bit hashes in one sorted list rather than as
/// strings in a map: no allocation per variant, and a hash collision only
/// adds a candidate that the distance check then drops.
#[derive(Debug, Clone, Default)]
struct Fuzzy {
    words: Vec<(String, u32)>,
    /// (variant hash, word index), sorted.
    deletes: Vec<(u64, u32)>,
}

const FUZZY_MIN_LEN: usize = 4;

/// Marks a typo-index word that is not an index term (an alias or pattern word).
const NO_TERM: u32 = u32::MAX;

impl Fuzzy {
    fn build(surface: &FxHashMap<String, u32>, extra: &FxHashSet<String>) -> Self {
        let mut words: Vec<(String, u32)> = surface
            .iter()
            .map(|(w, &t)| (w.clone(), t))
            .chain(extra.iter().map(|w| (w.clone(), NO_TERM)))
            .filter(|(w, _)| w.len() >= FUZZY_MIN_LEN && w.chars().all(|c| c.is_ascii_alphabetic()))
            .collect();
        words.sort();
        let mut deletes: Vec<(u64, u32)> =
            Vec::with_capacity(words.iter().map(|(w, _)| w.len() + 1).sum());
        for (i, (w, _)) in words.iter().enumerate() {
            for_each_variant(w.as_bytes(), |v| deletes.push((v, i as u32)));
        }
        deletes.sort_unstable();
        deletes.dedup();
        Self { words, deletes }
    }

    /// Best vocabulary term within the allowed edits, and its distance.
    fn lookup(&self, word: &str) -> Option<(u32, usize)> {
        self.lookup_word(word)
            .filter(|&(_, t, _)| t != NO_TERM)
            .map(|(_, t, d)| (t, d))
    }

    /// Like `lookup`, with the vocabulary word found.
    fn lookup_word(&self, word: &str) -> Option<(&str, u32, usize)> {
        if word.len() < FUZZY_MIN_LEN || !word.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        let max = if word.len() <= 5 { 1 } else { 2 };
        let mut best: Option<(usize, &str, u32)> = None;
        let mut found: Vec<u32> = Vec::new();
        for_each_variant(word.as_bytes(), |v| {
            let from = self.deletes.partition_point(|&(k, _)| k < v);
            found.extend(
                self.deletes[from..]
                    .iter()
                    .take_while(|&&(k, _)| k == v)
                    .map(|&(_, i)| i),
            );
        });
        found.sort_unstable();
        found.dedup();
        for &i in &found {
            let (w, t) = &self.words[i as usize];
            let d = strsim::damerau_levenshtein(word, w);
            // Words from outside the FAQ text are matched more strictly:
            // one edit, only in longer words ("hangzou", not "cost" ->
            // "host"), and never of the first letter, which few typos
            // change: these are mostly names, and another name one letter
            // off is another place ("yangzhou" is not "hangzhou").
            let max = match *t {
                NO_TERM if word.len() < 6 || word.as_bytes()[0] != w.as_bytes()[0] => 0,
                NO_TERM => 1,
                _ => max,
            };
            if d == 0 || d > max {
                continue;
            }
            if best.is_none_or(|(bd, bw, _)| (d, w.as_str()) < (bd, bw)) {
                best = Some((d, w, *t));
            }
        }
        best.map(|(d, w, t)| (w, t, d))
    }

    fn heap_bytes(&self) -> usize {
        let words: usize = self.words.iter().map(|(w, _)| w.capacity() + 32).sum();
        let dels = self.deletes.capacity() * std::mem::size_of::<(u64, u32)>();
        words + dels
    }
}

/// The plain words a regex spells ("hangzhou" in `\b(hangzhou|shanghai)\b`):
/// runs of 4+ letters between regex syntax, not fragments like "organi[sz]ation".
pub fn literal_words(pattern: &str) -> impl Iterator<Item = String> + '_ {
    // An escape (\b, \d, \.) ends a word.
    let cleaned = crate::knowledge::without_escapes(pattern);
    // Runs of letters; one touching a character class is only a fragment.
    let bytes = cleaned.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_lowercase() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_lowercase() {
            i += 1;
        }
        let touches_class = (start > 0 && b"[]".contains(&bytes[start - 1]))
            || (i < bytes.len() && b"[]".contains(&bytes[i]));
        if i - start >= 4 && !touches_class {
            words.push(cleaned[start..i].to_string());
        }
    }
    words.into_iter()
}

/// Hashes of the word and of each of its one-character deletions (FNV-1a;
/// the word is ASCII).
fn for_each_variant(w: &[u8], mut f: impl FnMut(u64)) {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let hash = |skip: usize| {
        w.iter()
            .enumerate()
            .filter(|&(i, _)| i != skip)
            .fold(OFFSET, |h, (_, &b)| (h ^ b as u64).wrapping_mul(PRIME))
    };
    f(hash(usize::MAX));
    for i in 0..w.len() {
        // A doubled letter gives the same deletion twice: hashed once.
        if i == 0 || w[i] != w[i - 1] {
            f(hash(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_overrides_say_what_is_wrong() {
        let p = Params::default().with_overrides("k1=1.5, b=0.5").unwrap();
        assert_eq!((p.k1, p.b), (1.5, 0.5));
        let e = |spec| Params::default().with_overrides(spec).unwrap_err();
        assert_eq!(e("k1").to_string(), "`k1` is not name=value");
        assert_eq!(e("zz=1").to_string(), "unknown parameter `zz`");
        let n = e("b=x");
        assert_eq!(n.to_string(), "`x` is not a number");
        assert!(std::error::Error::source(&n).is_some_and(|s| s.is::<std::num::ParseFloatError>()));
    }

    #[test]
    fn topic_is_a_term_in_every_title() {
        let titles = |ts: &[&[u32]]| -> Vec<Vec<Box<[u32]>>> {
            ts.iter()
                .map(|t| vec![t.to_vec().into_boxed_slice()])
                .collect()
        };
        assert_eq!(
            topic_terms(&titles(&[&[1, 2], &[1, 3], &[1, 4], &[1, 2, 5], &[1, 6]])),
            [1]
        );
        // In most titles but not all, or too few sections: no topic.
        assert!(topic_terms(&titles(&[&[1, 2], &[1, 3], &[1, 4], &[1, 5], &[6]])).is_empty());
        assert!(topic_terms(&titles(&[&[1], &[1], &[1], &[1]])).is_empty());
    }

    #[test]
    fn parallel_build_ranks_like_a_single_thread() {
        use crate::knowledge::{Section, Source};
        let words = [
            "refund", "parcel", "shipping", "password", "invoice", "account", "delete", "export",
        ];
        let sections: Vec<Section> = (0..40)
            .map(|i| Section {
                id: crate::SectionId::new(format!("s{i}")),
                title: format!("How do I {} my {}?", words[i % 8], words[(i / 8) % 8]),
                topic: "t".into(),
                body: format!(
                    "Open settings, then {} the {} café {i}.",
                    words[(i + 3) % 8],
                    words[i % 5]
                ),
                shown: String::new(),
                source: Source {
                    file: "f.md".into(),
                    line: 1,
                },
                examples: vec![format!("{} {}", words[(i * 7) % 8], words[i % 3])],
                keywords: Vec::new(),
                rules: Vec::new(),
                otherwise: None,
            })
            .collect();
        let kb = Knowledge::new(sections, Vec::new(), Vec::new());
        let syn = Synonyms::new(&[]);
        let one = Index::build_on(&kb, &syn, Params::default(), 1);
        let three = Index::build_on(&kb, &syn, Params::default(), 3);
        for q in [
            "delete my account",
            "refund parcel",
            "export invoice café",
            "pasword",
        ] {
            let rank = |ix: &Index| {
                let terms = ix.query_terms(q);
                ix.search(&terms, &[])
                    .iter()
                    .take(10)
                    .map(|h| (h.section, (h.score * 1e4).round() as i64))
                    .collect::<Vec<_>>()
            };
            assert_eq!(rank(&one), rank(&three), "{q}");
        }
    }

    #[test]
    fn fuzzy_finds_typos_within_bounds() {
        let mut surface = FxHashMap::default();
        surface.insert("filing".to_string(), 0);
        surface.insert("second".to_string(), 1);
        surface.insert("domain".to_string(), 2);
        let f = Fuzzy::build(&surface, &FxHashSet::default());
        assert_eq!(f.lookup("filling"), Some((0, 1)));
        assert_eq!(f.lookup("seccond"), Some((1, 1)));
        assert_eq!(f.lookup("domian"), Some((2, 1)));
        assert_eq!(f.lookup("banana"), None);
        assert_eq!(f.lookup("dom"), None);
    }
}
