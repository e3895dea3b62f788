//! Facts stated in people's own words, matched against the example
//! statements an FAQ author gives for each value (`[facts.X.examples]`).
//!
//! A message is cut into clauses (punctuation, "but", "however", "and"...).
//! Each clause is compared with every example through the same
//! understanding the questions get (folding, synonyms, stems, the static
//! semantic signal), and the best example gives the value, with a
//! confidence. Three general rules read the clause around it:
//! - **negation**: a clause that negates what its example does not (or the
//!   other way round) states the opposite value of a yes/no fact, and no
//!   value of a choice ("not with another host" does not say which one);
//! - **hypotheticals and doubt** ("whether", "depends on", "not sure if")
//!   mention a fact without stating it;
//! - a clause holding words of several values' examples equally well
//!   states none of them.

use super::{cjk, normalize};
use crate::ids::Value;
use crate::knowledge::{FactKind, Knowledge};
use rustc_hash::FxHashMap as HashMap;

/// Below this score a clause states nothing: most clauses share a word or
/// two with some example.
pub const MATCH_FLOOR: f32 = 0.45;
/// A value must beat the fact's other values by this much: a clause as
/// close to "yes" as to "no" says neither.
const VALUE_MARGIN: f32 = 0.12;
/// Weight of the static semantic cosine in a clause's score; the rest is
/// the words it shares with the example. The table is trained on meaning,
/// so it carries paraphrases ("box" and "server") that share no word, but
/// on its own it also finds "hong kong" close to "beijing".
const SEMANTIC_SHARE: f32 = 0.3;
/// Cosines of short sentences in the static table sit around 0.3 for
/// unrelated ones: only the part above counts.
const COSINE_BASE: f32 = 0.35;

/// How many content words after it a negation reaches.
const NEGATION_REACH: usize = 4;

/// Two examples of one fact, as (fact, position in its list), and their score.
pub type ClosePair = ((usize, usize), (usize, usize), f32);

/// The static semantic embedding of a text (empty when it is off).
pub type Embed<'a> = &'a dyn Fn(&str) -> Vec<f32>;

/// Two examples of different values this alike are reported by `check`.
pub const TOO_CLOSE: f32 = 0.7;

/// Negation words, as the pattern extractor reads them.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "none", "neither", "nor", "nothing", "non", "zero", "nobody",
    "noone",
];
/// Negated predicates that deny their subject rather than what follows:
/// "alibaba cloud had nothing to do with it", "tencent was not involved".
const SUBJECT_DENIALS: &[&[&str]] = &[
    &["nothing", "to", "do", "with"],
    &["not", "involved"],
    &["not", "getting", "involved"],
    &["not", "be", "involved"],
    &["not", "be", "joining"],
    &["not", "joining"],
    &["no", "part", "in"],
    &["no", "role", "in"],
    &["no", "hand", "in"],
    // A pro-verb for the deed: "alibaba cloud never did it for us",
    // "tencent didn't do that".
    &["never", "did", "it"],
    &["never", "did", "that"],
    &["never", "did", "this"],
    &["not", "do", "it"],
    &["not", "do", "that"],
    &["not", "do", "this"],
];
/// How many content words before such a predicate are its subject.
const SUBJECT_REACH: usize = 2;
/// Words that put what follows in doubt or in question: the fact is
/// mentioned, not stated.
const DOUBT: &[&str] = &[
    "whether",
    "depend",
    "depends",
    "depending",
    "dependent",
    "unsure",
    "maybe",
    "perhaps",
    "might",
];
/// Two-word negations: what follows is set aside ("vercel instead of ecs").
const NEGATION_PAIRS: &[(&str, &str)] = &[
    ("instead", "of"),
    ("rather", "than"),
    ("other", "than"),
    ("apart", "from"),
];
/// Two-word forms of doubt ("not sure if it is on ecs") and of condition.
const DOUBT_PAIRS: &[(&str, &str)] = &[
    ("not", "sure"),
    ("no", "idea"),
    ("not", "know"),
    ("not", "certain"),
    // A condition: "as long as no domain is involved".
    ("long", "as"),
    ("provided", "that"),
];
/// Chinese marks of doubt.
const ZH_DOUBT: &[&str] = &["是否", "不确定", "不知道", "不清楚", "也许", "可能", "取决"];
/// Words that start a new clause.
const CLAUSE_WORDS: &[&str] = &[
    "but", "however", "though", "although", "whereas", "while", "and", "except", "because", "so",
    "plus", "also", "if", "when", "since", "as",
];
/// Words after a comma that start a clause of their own.
const COMMA_OPENERS: &[&str] = &[
    "do", "does", "did", "is", "are", "can", "could", "should", "must", "will", "would", "how",
    "what", "when", "where", "which", "who", "why", "need", "sorry", "actually", "i", "we",
];
/// Words that open a question: a clause starting with one inside a
/// sentence ending in "?" asks ("do we need the initial filing?"), while
/// its condition states ("... if the box only runs a database?").
const QUESTION_OPENERS: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "can", "could", "should", "must", "will", "would",
    "how", "what", "when", "where", "which", "who", "why", "under", "need", "am", "any",
];
/// Linking words that may come before a question's opener.
const LINKING_WORDS: &[&str] = &[
    "so", "and", "but", "then", "also", "ok", "okay", "well", "now",
];
/// Auxiliaries that open a question by inversion ("is it needed").
const INVERTED_AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "can", "could", "should", "must", "will", "would",
    "am",
];
/// Words that open a clause naming a topic ("question about the initial
/// filing:", "regarding ..."): like a question, it names a case without
/// saying it is the asker's.
const TOPIC_OPENERS: &[&str] = &[
    "question",
    "questions",
    "regarding",
    "re",
    "about",
    "concerning",
];
const ZH_TOPIC_OPENERS: &[&str] = &["关于", "請問", "请问"];
const ZH_CLAUSE_WORDS: &[&str] = &[
    "但是", "但", "可是", "不过", "而且", "并且", "因为", "所以", "然后", "而是",
];

/// One example statement, prepared for matching.
#[derive(Debug, Clone)]
struct Example {
    fact: usize,
    /// Its position among its fact's examples in the rules file.
    index: usize,
    value: Value,
    /// Its content words' stems (as word ids) and their weights.
    words: Vec<(Word, f32)>,
    /// Per word: no example of another value of the same fact uses it.
    distinct: Vec<bool>,
    /// Words the examples of several values of the fact share: what the
    /// fact is about ("domain" for whether a domain was filed). A clause
    /// using none of them speaks of something else.
    topic: Vec<Word>,
    total: f32,
    negated: bool,
    /// The words its negations reach ("not on ecs": "ecs"); empty when a
    /// Chinese negation reaches the whole example.
    negated_words: Vec<Word>,
    /// A yes/no example whose other value is said the other way round ("on
    /// ecs" / "not on ecs"): then its own polarity, not a word of its own,
    /// tells the values apart.
    polar: bool,
    /// For a polar example, the words its polarity is about: those the
    /// negative examples of the fact deny ("ecs" in "not on ecs"). A
    /// clause without one says nothing either way ("we have a new site").
    polar_words: Vec<Word>,
    /// Static embedding (empty without the semantic table).
    vector: Vec<f32>,
}

/// A value a clause states, and how sure the match is.
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    pub fact: usize,
    pub value: Value,
    /// 0..=1: the example's score (see [`Statements::score`]).
    pub confidence: f32,
    /// Byte span of the clause in the prepared message.
    pub start: usize,
    pub end: usize,
    /// Only mentioned: the clause asks or doubts it.
    pub doubted: bool,
    /// Doubted only as someone else's words ("he says it was never
    /// filed"): a reply to the fact's own question relays them as its answer.
    pub hearsay: bool,
    /// The example it matched (see [`Statements::example_text`]).
    pub example: usize,
}

/// Every fact's examples, ready to match clauses.
#[derive(Debug, Clone, Default)]
pub struct Statements {
    examples: Vec<Example>,
    texts: Vec<String>,
    /// Every stem the examples use, as its word id: a clause's words are
    /// looked up once, then compared as integers.
    vocab: HashMap<String, Word>,
    /// Per word id: its weight.
    weights: Vec<f32>,
    /// Weight of a word no example uses.
    unknown_weight: f32,
    /// Per word id: a stem of some section's title.
    title_words: Vec<bool>,
    /// Per word id: the examples using it, in order. An example sharing
    /// no word with a clause scores 0, so only these are tried.
    by_word: Vec<Vec<u32>>,
}

/// A stem the examples use, by its position in [`Statements::vocab`].
type Word = u32;
/// A stem no example uses.
const UNKNOWN: Word = Word::MAX;

/// A clause: its span, content stems, negation and doubt.
struct Clause {
    start: usize,
    end: usize,
    words: Vec<String>,
    negated: bool,
    /// Content-word positions the English negations stand before.
    negations: Vec<usize>,
    /// Per negation: "neither"/"nor" after an earlier negation of the
    /// clause, which carries that negation on ("we never filed it, neither
    /// with alibaba nor anyone else") rather than cancelling it.
    concord: Vec<bool>,
    /// Per negation: how many commas of the clause stand before it. Two
    /// negations cancel only within one comma part ("not without a
    /// domain"); across a comma the second says the denial again ("it has
    /// no filing, nobody filed it").
    parts: Vec<usize>,
    /// A Chinese negation anywhere in the clause.
    han_negated: bool,
    doubted: bool,
    /// Doubted only because it reports someone else's words.
    hearsay: bool,
    /// A question clause ("how long can i keep a dvd?"): it names the
    /// asker's case, unless it only names the case a section's title names.
    asks: bool,
    /// The words of the clause before, when this one opens with a pronoun
    /// standing for it ("a new site, but it will not be on ecs"): they
    /// count towards matching an example, never towards its negation.
    context: Vec<String>,
    /// Byte span (in the prepared message) of each of `words`.
    spans: Vec<(usize, usize)>,
    text: String,
}

impl Statements {
    /// `prepare` is the FAQ's own message preparation (folding, synonyms);
    /// `embed` the static semantic signal (returns an empty vector when off).
    pub fn new(
        kb: &Knowledge,
        prepare: &dyn Fn(&str) -> String,
        embed: &dyn Fn(&str) -> Vec<f32>,
        include: &dyn Fn(&str) -> bool,
    ) -> Self {
        let mut raw: Vec<(usize, Value, Clause, String)> = Vec::new();
        let mut indices: Vec<usize> = Vec::new();
        for (fi, f) in kb.facts.iter().enumerate() {
            for (ei, e) in f.examples.iter().enumerate() {
                if !include(&e.text) {
                    continue;
                }
                let prepared = prepare(&e.text);
                let c = whole_clause(&prepared);
                raw.push((fi, e.value.clone(), c, e.text.clone()));
                indices.push(ei);
            }
        }
        if raw.is_empty() {
            return Self::default();
        }
        // Inverse document frequency over the examples: a word every value's
        // examples use ("website", "domain") decides little.
        let mut df: HashMap<&str, usize> = HashMap::default();
        for (_, _, c, _) in &raw {
            let mut seen: Vec<&str> = c.words.iter().map(String::as_str).collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                *df.entry(w).or_default() += 1;
            }
        }
        let n = raw.len() as f32;
        let idf = |d: usize| (1.0 + n / d as f32).ln();
        let mut vocab: HashMap<String, Word> = HashMap::default();
        let mut weights: Vec<f32> = Vec::new();
        for (_, _, c, _) in &raw {
            for w in &c.words {
                if !vocab.contains_key(w) {
                    vocab.insert(w.clone(), weights.len() as Word);
                    weights.push(idf(df[w.as_str()]));
                }
            }
        }
        let id = |w: &String| vocab[w];
        let unknown_weight = idf(1);
        let examples: Vec<Example> = raw
            .iter()
            .zip(&indices)
            .map(|((fi, v, c, text), &index)| {
                let mut words: Vec<(Word, f32)> = Vec::new();
                for w in &c.words {
                    let i = id(w);
                    if !words.iter().any(|(x, _)| *x == i) {
                        words.push((i, weights[i as usize]));
                    }
                }
                let total = words.iter().map(|(_, w)| w).sum();
                let distinct = words
                    .iter()
                    .map(|(w, _)| {
                        !raw.iter().any(|(f2, v2, c2, _)| {
                            f2 == fi && v2 != v && c2.words.iter().any(|x| id(x) == *w)
                        })
                    })
                    .collect();
                let mut topic: Vec<Word> = Vec::new();
                for (f2, v2, c2, _) in &raw {
                    if f2 != fi || v2 == v {
                        continue;
                    }
                    for w in &c2.words {
                        let ours = raw
                            .iter()
                            .any(|(f3, v3, c3, _)| f3 == fi && v3 == v && c3.words.contains(w));
                        if ours && !topic.contains(&id(w)) {
                            topic.push(id(w));
                        }
                    }
                }
                Example {
                    fact: *fi,
                    index,
                    value: v.clone(),
                    distinct,
                    topic,
                    words,
                    total,
                    negated: c.negated,
                    negated_words: c.negated_words().iter().map(id).collect(),
                    polar: kb.facts[*fi].kind == FactKind::YesNo
                        && raw
                            .iter()
                            .any(|(f2, v2, c2, _)| f2 == fi && v2 != v && c2.negated != c.negated),
                    polar_words: if c.negated {
                        c.reached_words().iter().map(id).collect()
                    } else {
                        let mut heads: Vec<Word> = Vec::new();
                        for (f2, v2, c2, _) in &raw {
                            if f2 == fi && v2 != v && c2.negated {
                                for w in c2.negated_words() {
                                    if !heads.contains(&id(&w)) {
                                        heads.push(id(&w));
                                    }
                                }
                            }
                        }
                        heads
                    },
                    vector: embed(text),
                }
            })
            .collect();
        let mut title_words = vec![false; weights.len()];
        for s in &kb.sections {
            for w in whole_clause(&prepare(&s.title)).words {
                if let Some(&i) = vocab.get(&w) {
                    title_words[i as usize] = true;
                }
            }
        }
        let mut by_word: Vec<Vec<u32>> = vec![Vec::new(); weights.len()];
        for (i, e) in examples.iter().enumerate() {
            for &(w, _) in &e.words {
                by_word[w as usize].push(i as u32);
            }
        }
        Self {
            title_words,
            by_word,
            examples,
            texts: raw.into_iter().map(|(_, _, _, t)| t).collect(),
            vocab,
            weights,
            unknown_weight,
        }
    }

    /// The word id of a stem ([`UNKNOWN`] when no example uses it).
    fn id(&self, w: &str) -> Word {
        self.vocab.get(w).copied().unwrap_or(UNKNOWN)
    }

    pub fn is_empty(&self) -> bool {
        self.examples.is_empty()
    }

    /// Pairs of examples of different values of one fact that read alike
    /// (each states the other at [`TOO_CLOSE`] or more): users' words will
    /// not tell those values apart. As (fact, example index in the fact's
    /// list) pairs with the score.
    pub fn too_close(&self) -> Vec<ClosePair> {
        let mut out = Vec::new();
        let nth: Vec<(usize, usize)> = self.examples.iter().map(|e| (e.fact, e.index)).collect();
        for (i, a) in self.examples.iter().enumerate() {
            for (j, b) in self.examples.iter().enumerate().skip(i + 1) {
                if a.fact != b.fact || a.value == b.value || a.negated != b.negated {
                    continue;
                }
                let words: Vec<Word> = a.words.iter().map(|(w, _)| *w).collect();
                let other: Vec<Word> = b.words.iter().map(|(w, _)| *w).collect();
                let s = self
                    .score(&words, words.len(), &a.vector, b)
                    .min(self.score(&other, other.len(), &b.vector, a));
                if s >= TOO_CLOSE {
                    out.push((nth[i], nth[j], s));
                }
            }
        }
        out
    }

    /// The example sentence number `i`, as written.
    pub fn example_text(&self, i: usize) -> &str {
        &self.texts[i]
    }

    /// Values the clauses of a prepared message state, at most one per fact
    /// and clause. `read` holds the spans the facts' patterns read, as
    /// (fact, start, end): exact forms win, so a clause a fact's pattern
    /// read is not matched against that fact's examples. The words of
    /// `claimed` spans (phrases a pattern read as one fact) do not state
    /// another.
    pub fn find(
        &self,
        kb: &Knowledge,
        prepared: &str,
        embed: &dyn Fn(&str) -> Vec<f32>,
        read: &[(usize, usize, usize)],
        claimed: &[(usize, usize, usize)],
    ) -> Vec<Stated> {
        self.find_in(kb, prepared, embed, read, claimed, None)
    }

    /// The value a reply states for one fact it was asked about: only that
    /// fact's examples compete, so no other fact can be read into it.
    pub fn answer(
        &self,
        kb: &Knowledge,
        fact: usize,
        prepared: &str,
        embed: &dyn Fn(&str) -> Vec<f32>,
    ) -> Option<Stated> {
        let found: Vec<Stated> = self
            .find_in(kb, prepared, embed, &[], &[], Some(fact))
            .into_iter()
            .filter(|s| !s.doubted || s.hearsay)
            .collect();
        // A later value after a correction is the one meant ("filed with
        // alibaba cloud. wait, sorry, with our old host").
        let last = found.iter().max_by_key(|s| s.start)?;
        if found.iter().any(|s| {
            s.value != last.value
                && s.end <= last.start
                && super::facts::corrects(&prepared[s.end..last.end])
        }) {
            return Some(last.clone());
        }
        found
            .into_iter()
            .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
    }

    fn find_in(
        &self,
        kb: &Knowledge,
        prepared: &str,
        embed: &dyn Fn(&str) -> Vec<f32>,
        read: &[(usize, usize, usize)],
        claimed: &[(usize, usize, usize)],
        only: Option<usize>,
    ) -> Vec<Stated> {
        if self.examples.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for clause in clauses(prepared) {
            if clause.words.is_empty() {
                continue;
            }

            // The clause's embedding, made when a first example gets that far.
            let mut vector: Option<Vec<f32>> = None;
            let ids: Vec<Word> = clause.words.iter().map(|w| self.id(w)).collect();
            let context: Vec<Word> = clause.context.iter().map(|w| self.id(w)).collect();
            let patterns_in = |fact: usize| {
                read.iter()
                    .filter(move |r| r.0 == fact && r.1 < clause.end && clause.start < r.2)
            };
            // The clause's words with those its pronoun stands for, less
            // those a pattern read as another fact (per fact, when any).
            let mut all: Vec<Word> = ids.clone();
            all.extend(context.iter().filter(|w| !ids.contains(w)));
            let taken = |fact: usize, at: (usize, usize)| {
                claimed
                    .iter()
                    .any(|r| r.0 != fact && r.1 <= at.0 && at.1 <= r.2)
            };
            let any_claimed = clause
                .spans
                .iter()
                .any(|&at| claimed.iter().any(|r| r.1 <= at.0 && at.1 <= r.2));
            let mut masked: (usize, Vec<Word>, usize) = (usize::MAX, Vec::new(), 0);

            // Best score per (fact, value) in this clause.
            let mut best: Vec<(usize, Value, f32, usize)> = Vec::new();
            // A reply to the fact's own question may stand for what it is
            // about with a pronoun ("it was filed with our old host" to
            // "what is the status of the top-level domain?"): the question
            // named it.
            let pronoun_reply = only.is_some()
                && (opens_with_pronoun(&clause.text) || holds_object_pronoun(&clause.text));
            let mut tried: Vec<u32> = ids
                .iter()
                .chain(&context)
                .filter(|&&w| w != UNKNOWN)
                .flat_map(|&w| self.by_word[w as usize].iter().copied())
                .collect();
            tried.sort_unstable();
            tried.dedup();
            for i in tried.into_iter().map(|i| i as usize) {
                let e = &self.examples[i];
                if only.is_some_and(|f| f != e.fact) || patterns_in(e.fact).next().is_some() {
                    continue;
                }
                // `words[..own]` are the clause's own, the rest its pronoun's.
                let (words, own): (&[Word], usize) = if any_claimed {
                    if masked.0 != e.fact {
                        let mut own: Vec<Word> = ids
                            .iter()
                            .zip(&clause.spans)
                            .filter(|(_, &at)| !taken(e.fact, at))
                            .map(|(w, _)| *w)
                            .collect();
                        let extra: Vec<Word> = context
                            .iter()
                            .filter(|w| !own.contains(w))
                            .copied()
                            .collect();
                        let n = own.len();
                        own.extend(extra);
                        masked = (e.fact, own, n);
                    }
                    (&masked.1, masked.2)
                } else {
                    (&all, ids.len())
                };
                let flipped = clause.negates(&ids, e) != e.negated;
                // A negative example turned round by a clause without its
                // negation must hold the word it denies: "we got a new site"
                // says nothing of "the new site will not be on ecs". (A
                // reply to the fact's question may leave it out: "the
                // company has" answers whether it ever filed.)
                if flipped
                    && only.is_none()
                    && e.negated
                    && !e.negated_words.is_empty()
                    && !e.negated_words.iter().any(|w| ids.contains(w))
                {
                    continue;
                }
                // Two denials agree only when they deny the same thing: "it
                // won't be on ecs" is not "we have not bought an ecs".
                if !flipped
                    && only.is_none()
                    && e.negated
                    && !clause.han_negated
                    && !e.negated_words.is_empty()
                    && !e.negated_words.iter().any(|&w| clause.denies(&ids, w))
                {
                    continue;
                }
                // Words every value of the fact uses say what it is about,
                // not which value holds: without a word of this value's own
                // (or a negation turning the other value round) it is no
                // statement of it.
                let own_word = e
                    .words
                    .iter()
                    .zip(&e.distinct)
                    .any(|((w, _), d)| *d && words.contains(w));
                // A clause holding every word of an example says it too.
                let whole = e.words.iter().all(|(w, _)| words.contains(w));
                let yes_no = kb.facts[e.fact].kind == FactKind::YesNo;
                let polar = e.polar
                    && !flipped
                    && (e.polar_words.is_empty()
                        || e.polar_words.iter().any(|w| words.contains(w)));
                if !(own_word || whole || flipped && yes_no || polar) {
                    continue;
                }
                if !pronoun_reply
                    && !e.topic.is_empty()
                    && !e.topic.iter().any(|w| words.contains(w))
                {
                    continue;
                }
                // What the clause itself says must be part of it: the words
                // its pronoun stands for were read in their own clause.
                if !clause.context.is_empty()
                    && !e.words.iter().any(|(w, _)| words[..own].contains(w))
                {
                    continue;
                }
                // A question naming the case a section's title names ("when
                // is the initial filing required?") asks about that case;
                // it doesn't say it is the asker's.
                if clause.asks
                    && e.words
                        .iter()
                        .filter(|(w, _)| ids.contains(w))
                        .all(|(w, _)| self.title_words[*w as usize])
                {
                    continue;
                }
                // What a negation sets aside that the example doesn't
                // speak of is no part of the match: "filed with our old
                // host, not alibaba cloud" states "filed with another host".
                // The words of the clause's negations that reach no word of
                // the example ("..., not alibaba cloud" against "filed with
                // another host"); a negation that reaches one ("not filed
                // with alibaba cloud") turns the match round instead.
                let in_example = |w: &Word| e.words.iter().any(|(x, _)| x == w);
                let denied: Vec<Word> = clause
                    .negations
                    .iter()
                    .map(|&at| ids.iter().skip(at).take(NEGATION_REACH))
                    .filter(|reach| !reach.clone().any(in_example))
                    .flatten()
                    .copied()
                    .collect();
                let kept: Vec<Word>;
                let implied = pronoun_reply && e.topic.iter().any(|w| !words.contains(w));
                let (words, own) = if implied || !denied.is_empty() {
                    let aside = |w: &Word| denied.contains(w);
                    let mut k: Vec<Word> =
                        words[..own].iter().filter(|w| !aside(w)).copied().collect();
                    if implied {
                        k.extend(e.topic.iter().filter(|w| !words.contains(w)));
                    }
                    let own2 = k.len();
                    k.extend(words[own..].iter().filter(|w| !aside(w)));
                    kept = k;
                    (&kept[..], own2)
                } else {
                    (words, own)
                };
                let vector = vector.get_or_insert_with(|| {
                    if e.vector.is_empty() {
                        Vec::new()
                    } else {
                        embed(&clause.text)
                    }
                });
                let score = self.score(words, own, vector, e);
                if score <= 0.0 {
                    continue;
                }
                let value = if !flipped {
                    e.value.clone()
                } else if kb.facts[e.fact].kind == FactKind::YesNo {
                    other_yes_no(&e.value)
                } else {
                    continue;
                };
                match best.iter_mut().find(|b| b.0 == e.fact && b.1 == value) {
                    Some(b) if b.2 >= score => {}
                    Some(b) => {
                        b.2 = score;
                        b.3 = i;
                    }
                    None => best.push((e.fact, value, score, i)),
                }
            }
            let mut facts: Vec<usize> = best.iter().map(|b| b.0).collect();
            facts.sort_unstable();
            facts.dedup();
            for fi in facts {
                let mut mine: Vec<&(usize, Value, f32, usize)> =
                    best.iter().filter(|b| b.0 == fi).collect();
                mine.sort_by(|a, b| b.2.total_cmp(&a.2));
                let top = mine[0];
                let runner = mine.get(1).map_or(0.0, |b| b.2);
                if top.2 < MATCH_FLOOR || top.2 - runner < VALUE_MARGIN {
                    continue;
                }
                out.push(Stated {
                    fact: fi,
                    value: top.1.clone(),
                    confidence: top.2.min(1.0),
                    start: clause.start,
                    end: clause.end,
                    doubted: clause.doubted,
                    hearsay: clause.hearsay,
                    example: top.3,
                });
            }
        }
        out
    }

    /// How well a clause states an example, 0..=1: the share of the
    /// example's word weight the clause holds (what it must say), times
    /// one half plus half the square root of the share of the clause's
    /// weight the example explains (a long clause about something else is
    /// a weaker match), blended
    /// with the static semantic cosine above its base.
    fn score(&self, words: &[Word], own: usize, vector: &[f32], e: &Example) -> f32 {
        let mut shared = 0.0;
        let mut clause_total = 0.0;
        for (i, &w) in words.iter().enumerate() {
            let weight = self
                .weights
                .get(w as usize)
                .copied()
                .unwrap_or(self.unknown_weight);
            let in_example = e.words.iter().any(|(x, _)| *x == w);
            // A pronoun's words name what it stands for: they count when
            // the example needs them, and are not text left unexplained.
            if i < own || in_example {
                clause_total += weight;
            }
            if in_example {
                shared += weight;
            }
        }
        if e.total <= 0.0 || clause_total <= 0.0 {
            return 0.0;
        }
        // The example's share counts most: the rest of a clause is often
        // the question around it ("how long can i keep a dvd").
        let lexical = (shared / e.total) * (0.5 + 0.5 * (shared / clause_total).sqrt());
        if vector.is_empty() || e.vector.is_empty() {
            return lexical;
        }
        let cos = super::semantic::dot(vector, &e.vector);
        let semantic = ((cos - COSINE_BASE) / (1.0 - COSINE_BASE)).clamp(0.0, 1.0);
        // Without a shared word the cosine alone is too loose to state a fact.
        if shared <= 0.0 {
            return 0.0;
        }
        (1.0 - SEMANTIC_SHARE) * lexical + SEMANTIC_SHARE * semantic
    }
}

fn other_yes_no(v: &Value) -> Value {
    Value::from(if v.as_str() == "yes" { "no" } else { "yes" })
}

/// The clauses of a prepared message.
fn clauses(prepared: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut start = 0;
    let toks = normalize::tokens(prepared);
    let cut = |from: usize, to: usize, out: &mut Vec<Clause>| {
        if from < to && prepared[from..to].chars().any(char::is_alphanumeric) {
            out.push(clause_of(prepared, from, to));
        }
    };
    let mut last_end = 0;
    for t in &toks {
        // Punctuation between the previous word and this one ends a clause.
        // (Chinese bigrams overlap: no gap between them.)
        let gap = prepared.get(last_end..t.start).unwrap_or("");
        // Commas don't: "the domain, on the other hand, was filed" is one
        // statement, and "no website, only ssh" one reading.
        if let Some(p) = gap.rfind([
            '.', ';', '!', '?', ':', '(', ')', '\n', '。', '；', '！', '？', '：',
        ]) {
            cut(start, last_end, &mut out);
            start = last_end + p;
        }
        // A comma ends a clause only before a question, a contrast or a
        // correction ("our domain was never filed, do we need ...?"); in
        // Chinese every comma does: a run-on sentence chains statements
        // with commas (主体备过案，新网站不放 ECS), and a negation in one
        // must not reach the next.
        if gap.contains([',', '，'])
            && (COMMA_OPENERS.contains(&t.text)
                || chinese_comma(prepared, start, last_end, t.start))
        {
            cut(start, last_end, &mut out);
            start = start.max(t.start);
        }
        if CLAUSE_WORDS.contains(&t.text) || ZH_CLAUSE_WORDS.contains(&&prepared[t.start..t.end]) {
            cut(start, t.start, &mut out);
            start = start.max(t.start);
        }
        last_end = last_end.max(t.end);
    }
    cut(start, prepared.len(), &mut out);
    // A Chinese sentence states, then asks in its last comma clause
    // ("云服务器还没买，阿里云备案要做吗"): a question whether something is
    // needed is a clause of its own, so that it doubts only itself.
    let mut split = Vec::with_capacity(out.len());
    for c in out {
        let text = &prepared[c.start..c.end];
        match text.rfind([',', '，']) {
            Some(k)
                if asks_if_needed_zh(&text[k..])
                    && text[..k].chars().any(char::is_alphanumeric) =>
            {
                let comma = text[k..].chars().next().map_or(1, char::len_utf8);
                split.push(clause_of(prepared, c.start, c.start + k));
                split.push(clause_of(prepared, c.start + k + comma, c.end));
            }
            _ => split.push(c),
        }
    }
    let mut out = split;
    // Options listed, then denied together ("moving it or adding alibaba
    // cloud, but we do neither"): what they name is mentioned, not stated.
    for i in 0..out.len() {
        let own = out[i]
            .text
            .rfind(',')
            .is_some_and(|k| k > 0 && super::facts::is_closing_denial(&out[i].text[k..]));
        // The sentence's last clause after this one.
        let last = out[i + 1..]
            .iter()
            .take_while(|n| !prepared[out[i].end..n.start].contains(['.', '!', '?', '\n']))
            .last();
        let next = last.is_some_and(|n| super::facts::is_closing_denial(&n.text));
        if own || next {
            out[i].doubted = true;
        }
    }
    for i in 1..out.len() {
        if opens_with_pronoun(&out[i].text) {
            let before = out[i - 1].words.clone();
            out[i].context = before;
        }
    }
    out
}

/// Chinese words of need: 要 (also in 需要, 要不要), "must", "should", and
/// the A-not-A forms of 得 and 用, whose plain forms mean much else; 还用
/// ("still need to", "这种情况还用办备案吗") only in a question, as all of
/// these are read.
const ZH_NEED: &[&str] = &["要", "必须", "应该", "得不得", "用不用", "还用"];

/// Chinese question words (what, when, how, which, why).
const ZH_QUESTION_WORDS: &[&str] = &[
    "什么",
    "怎么",
    "怎样",
    "如何",
    "哪些",
    "哪种",
    "哪个",
    "何时",
    "为什么",
    "为啥",
    "啥",
];

/// A Chinese question whether something is needed ("这个二级域名需要在阿里云
/// 备案吗？", "要不要在阿里云备案"): what it names after the need is the
/// case asked about, not the asker's. A question particle (吗, 么, 嘛, a
/// closing 不) or an A-not-A need word asks.
fn asks_if_needed_zh(text: &str) -> bool {
    if !text.chars().any(super::cjk::is_han) {
        return false;
    }
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '?' | '？'));
    let particle = t.ends_with(['吗', '么', '嘛', '不']);
    let a_not_a = ["需不需要", "要不要", "应不应该", "用不用", "得不得"]
        .iter()
        .any(|w| t.contains(w));
    // A question word with its question mark: "什么情况下需要在阿里云再办一次备案？".
    let wh =
        text.trim_end().ends_with(['?', '？']) && ZH_QUESTION_WORDS.iter().any(|w| t.contains(w));
    (particle || a_not_a || wh) && ZH_NEED.iter().any(|w| t.contains(w))
}

/// Pronouns that stand for what the clause before spoke of.
/// (In Chinese, 它 opening a clause; 这/那 are mostly determiners.)
const PRONOUNS: &[&str] = &[
    "it", "it's", "that", "that's", "this", "they", "they're", "them", "which",
];
/// Pronouns that are also determiners: "this domain" names a thing of its
/// own, "this is on ecs" stands for the thing before.
const DETERMINERS: &[&str] = &["that", "this", "which"];

/// Words that stand for the thing asked about as an object ("we bought
/// one", "we do not have any", "we rent them"): in a reply to the fact's
/// own question they name what the question named.
const OBJECT_PRONOUNS: &[&str] = &["one", "ones", "them", "it", "any", "some"];

/// Whether a clause holds an object pronoun after its first word, not as
/// a determiner: "we bought one (now)", not "we have not bought any ecs".
fn holds_object_pronoun(text: &str) -> bool {
    let toks = normalize::tokens(text);
    toks.iter().enumerate().skip(1).any(|(i, t)| {
        OBJECT_PRONOUNS.contains(&t.text)
            && toks
                .get(i + 1)
                .is_none_or(|n| normalize::is_stopword(n.text))
    })
}

/// Whether a clause opens (after its clause word, if any) with a pronoun.
fn opens_with_pronoun(text: &str) -> bool {
    let toks = normalize::tokens(text);
    let mut words = toks.iter().map(|t| t.text);
    let first = match words.next() {
        Some(w) if CLAUSE_WORDS.contains(&w) => words.next(),
        w => w,
    };
    let Some(first) = first else {
        return false;
    };
    if !first.is_ascii() {
        // Chinese runs are not cut into words here: "它" opens "它不在 ecs 上".
        return first.starts_with('它');
    }
    PRONOUNS.contains(&first)
        && (!DETERMINERS.contains(&first) || words.next().is_none_or(normalize::is_stopword))
}

fn whole_clause(prepared: &str) -> Clause {
    clause_of(prepared, 0, prepared.len())
}

/// Whether the comma between two words (`prepared[from..to]`) joins
/// Chinese text: Han characters in the clause before it (from `start`) or
/// just after it ("不打算把 alibaba cloud 加成接入商, alibaba cloud 这边只用了邮箱").
fn chinese_comma(prepared: &str, start: usize, from: usize, to: usize) -> bool {
    let han = super::cjk::is_han;
    let mut end = (to + 24).min(prepared.len());
    while !prepared.is_char_boundary(end) {
        end -= 1;
    }
    prepared[start.min(from)..from].chars().any(han) || prepared[to..end].chars().any(han)
}

/// Content stems, negation and doubt of `prepared[start..end]`.
fn clause_of(prepared: &str, start: usize, end: usize) -> Clause {
    let text = &prepared[start..end];
    let toks = normalize::tokens(text);
    let plain: Vec<&str> = toks.iter().map(|t| t.text).collect();
    let mut negated = false;
    // A linking word before the question's opener leaves it a question
    // ("so does the subdomain need filing", "and is that needed?").
    let opener = plain.iter().find(|w| !LINKING_WORDS.contains(w)).copied();
    let asks = opener.is_some_and(|w| QUESTION_OPENERS.contains(&w))
        && prepared[end..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.trim_end().ends_with('?'), |i| {
                prepared[end + i..].starts_with('?')
            })
        || text.trim_end().ends_with('?') && opener.is_some_and(|w| QUESTION_OPENERS.contains(&w));
    // Chat drops the question mark: a last clause opening with an
    // inverted auxiliary asks all the same ("we have no ecs, is alibaba
    // icp filing needed").
    let asks = asks
        || opener.is_some_and(|w| INVERTED_AUXILIARIES.contains(&w))
            && prepared[end..].trim().is_empty()
        || plain.first().is_some_and(|w| TOPIC_OPENERS.contains(w))
        || ZH_TOPIC_OPENERS
            .iter()
            .any(|o| text.trim_start().starts_with(o));
    let mut doubted = ZH_DOUBT.iter().any(|d| text.contains(d)) || asks_if_needed_zh(text);
    let reported = super::facts::reported(prepared, end);
    // Where each English negation stands among the content words: it
    // reaches the few that follow it ("done by x, not alibaba" negates
    // "alibaba", not "done").
    let mut negations = Vec::new();
    let mut concord = Vec::new();
    let mut parts = Vec::new();
    let mut content: usize = 0;
    for (i, w) in plain.iter().enumerate() {
        if !NEGATIONS.contains(w) && !normalize::is_stopword(w) && !DOUBT.contains(w) {
            content += 1;
        }
        if DOUBT.contains(w) {
            doubted = true;
        }
        if let Some(next) = plain.get(i + 1) {
            if DOUBT_PAIRS.contains(&(*w, *next))
                || super::facts::CONDITIONS_ASKED.contains(&(*w, *next))
            {
                doubted = true;
            }
            // "vercel rather than ecs": what follows is set aside.
            if NEGATION_PAIRS.contains(&(*w, *next)) {
                negated = !negated;
                negations.push(content);
                concord.push(false);
                parts.push(text[..toks[i].start].matches([',', '，']).count());
            }
        }
        // A leading "no" before a pronoun answers a question; it negates
        // nothing after it ("no it's in hong kong"). So does a "no" set off
        // by a comma anywhere ("i asked them and no, they host it").
        let interjection = *w == "no"
            && (i == 0
                && plain.get(1).is_some_and(|x| {
                    ["it", "i", "we", "they", "that", "this", "the", "my", "our"].contains(x)
                })
                || text[toks[i].end..].trim_start().starts_with(','));
        if NEGATIONS.contains(w) && !interjection {
            let carries_on = matches!(*w, "neither" | "nor") && !negations.is_empty();
            concord.push(carries_on);
            parts.push(text[..toks[i].start].matches([',', '，']).count());
            if !carries_on {
                negated = !negated;
            }
            // "alibaba cloud had nothing to do with it": the predicate
            // denies its subject, the words just before it.
            let denies_subject = SUBJECT_DENIALS
                .iter()
                .any(|d| d[0] == *w && plain.get(i + 1..i + d.len()) == Some(&d[1..]));
            negations.push(if denies_subject {
                content.saturating_sub(SUBJECT_REACH)
            } else {
                content
            });
        }
    }
    let han_negated = !text.is_ascii() && cjk::has_negation(text);
    if han_negated {
        negated = !negated;
    }
    let content: Vec<&normalize::Token> = toks
        .iter()
        .filter(|t| {
            let w = &t.text;
            !NEGATIONS.contains(w) && !normalize::is_stopword(w) && !DOUBT.contains(w)
        })
        .collect();
    let words = content.iter().map(|t| normalize::stem(t.text)).collect();
    let spans = content
        .iter()
        .map(|t| (start + t.start, start + t.end))
        .collect();
    Clause {
        start,
        end,
        words,
        negated,
        negations,
        concord,
        parts,
        han_negated,
        doubted: doubted || reported,
        hearsay: reported && !doubted && !asks,
        asks,
        context: Vec::new(),
        spans,
        text: text.to_string(),
    }
}

impl Clause {
    /// Whether one of its English negations reaches the word `w`.
    /// (`ids`: its words' ids.)
    fn denies(&self, ids: &[Word], w: Word) -> bool {
        self.negations
            .iter()
            .any(|&at| ids.iter().skip(at).take(NEGATION_REACH).any(|&x| x == w))
    }

    /// The word each English negation stands before, the head of what it
    /// denies ("not have any servers with alibaba cloud": "server"); empty
    /// when only a Chinese negation negates it, which reaches the whole
    /// clause.
    fn negated_words(&self) -> Vec<String> {
        if self.han_negated {
            return Vec::new();
        }
        let mut out: Vec<String> = Vec::new();
        for &at in &self.negations {
            if let Some(w) = self.words.get(at) {
                if !out.contains(w) {
                    out.push(w.clone());
                }
            }
        }
        out
    }

    /// Every word its negations reach ([`NEGATION_REACH`]): "nothing
    /// about the filing has changed" denies the change as much as the
    /// filing. Empty when only a Chinese negation negates it.
    fn reached_words(&self) -> Vec<String> {
        if self.han_negated {
            return Vec::new();
        }
        let mut out: Vec<String> = Vec::new();
        for &at in &self.negations {
            for w in self.words.iter().skip(at).take(NEGATION_REACH) {
                if !out.contains(w) {
                    out.push(w.clone());
                }
            }
        }
        out
    }

    /// Whether the clause negates what it shares with `e`: an odd number
    /// of negations each followed, within [`NEGATION_REACH`] content words,
    /// by a word of the example (a Chinese negation reaches the clause).
    /// (`ids`: its words' ids.)
    fn negates(&self, ids: &[Word], e: &Example) -> bool {
        let shared = |k: usize| {
            ids.get(k)
                .is_some_and(|w| e.words.iter().any(|(x, _)| x == w))
        };
        let reach = |&(&at, _): &(&usize, &bool)| (at..at + NEGATION_REACH).any(shared);
        let all: Vec<(&usize, &bool)> = self.negations.iter().zip(&self.concord).collect();
        // Negations that reach it, counted per comma part: an odd count in
        // any part denies it.
        let mut own: Vec<(usize, usize)> = Vec::new();
        for (k, n) in all.iter().enumerate() {
            if !*n.1 && reach(n) {
                let part = self.parts.get(k).copied().unwrap_or(0);
                match own.iter_mut().find(|p| p.0 == part) {
                    Some(p) => p.1 += 1,
                    None => own.push((part, 1)),
                }
            }
        }
        // A "neither/nor" carrying an earlier negation on counts once, and
        // only when that negation itself reaches nothing of the example.
        let carried = all.iter().any(|n| *n.1 && reach(n));
        let denied = if own.is_empty() {
            carried
        } else {
            own.iter().any(|p| p.1 % 2 == 1)
        };
        denied != self.han_negated
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_questions_of_need_state_nothing() {
        assert!(asks_if_needed_zh("这个二级域名需要在阿里云备案吗？"));
        assert!(asks_if_needed_zh("要不要在阿里云备案"));
        assert!(asks_if_needed_zh("这样要在阿里云申请备案不？"));
        // A statement, and a question that needs nothing, are not.
        assert!(!asks_if_needed_zh("我们需要在阿里云备案"));
        assert!(!asks_if_needed_zh("主域名是在阿里云备的吗"));
        assert!(asks_if_needed_zh("什么情况下需要在阿里云再办一次备案？"));
        assert!(!asks_if_needed_zh("什么都不需要改了"));
        assert!(!asks_if_needed_zh("do we need to file with alibaba cloud?"));
    }

    proptest::proptest! {
        #[test]
        fn clauses_never_panic(text in "[a-z ,.()?，。没不]{0,60}") {
            for c in clauses(&text) {
                proptest::prop_assert!(c.start < c.end && c.end <= text.len());
            }
        }
    }

    #[test]
    fn chinese_commas_end_clauses_and_keep_negation_inside() {
        let c = clauses("filing subject 在 alibaba cloud icp filing ,新网站不放 ecs 上");
        assert_eq!(
            c.len(),
            2,
            "{:?}",
            c.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        assert!(!c[0].han_negated && c[1].han_negated);
        // An English comma still joins ("no website, only ssh").
        assert_eq!(clauses("no website, only ssh").len(), 1);
    }

    #[test]
    fn clauses_split_on_punctuation_and_contrast() {
        let c = clauses("we bought ecs, but there is no domain on it");
        assert_eq!(
            c.len(),
            2,
            "{:?}",
            c.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        assert!(!c[0].negated);
        assert!(c[1].negated);
        let c = clauses("not sure if the site will be on ecs");
        assert!(c[0].doubted || c[1].doubted);
        let c = clauses("our domain was never filed, do we need the initial filing?");
        assert_eq!(c.len(), 2);
        assert!(!c[0].asks && c[1].asks);
        // A linking word before the opener leaves the clause a question.
        let c = clauses("we looked it up. so does the second level domain need filing");
        assert!(
            c.last().is_some_and(|c| c.asks),
            "{:?}",
            c.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        let c = clauses("and is the domain filed already?");
        assert!(c[0].asks);
        let c = clauses("so the domain was filed before");
        assert!(!c[0].asks);
        // Mixed punctuation never cuts backwards.
        let c = clauses("in shanghai ( mainland china ), does it need icp ?");
        assert!(c.iter().all(|c| c.start < c.end));
        let c = clauses("no it's in hong kong");
        assert!(!c[0].negated);
        // Two negations cancel: "not without a domain".
        let c = clauses("not without a domain");
        assert!(!c[0].negated);
        // "neither ... nor" after a negation carries it on.
        let c = clauses("we never filed it, neither with alibaba nor anyone else");
        assert!(c[0].negated);
        assert!(clauses("neither alibaba nor tencent")[0].negated);
    }
}
