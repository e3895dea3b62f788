//! A loaded FAQ folder: the knowledge plus the indexes that understand
//! questions about it. Built once per (re)load and shared read-only.

use crate::ids::{FactId, Value};
use crate::knowledge::{self, Diagnostic, Knowledge, LoadError};
use crate::understanding::{
    cjk,
    index::Params,
    normalize,
    normalize::Reading,
    semantic::{Table, TableKind, MAX_PIECES},
    sentence::{self, SentenceIndex},
    Cutoffs, Extracted, Extractor, Features, Found, Hit, Index, Model, QueryTerm, SemanticIndex,
    Statements, Synonyms,
};
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Ranking boost per stated fact that a section's rules use (at most two
/// count). It orders candidates only; how much stated facts say about being
/// right is the confidence model's `stated_facts` weight.
const STATED_FACT_BOOST: f32 = 0.3;

/// Whether a Chinese clause asks by its own form: a question particle at
/// its end (吗, 呢, 不, 没) or an A-not-A form (是不是, 要不要, 需不需要).
fn zh_asks_itself(clause: &str) -> bool {
    let clause = clause.trim_end_matches(|c: char| c.is_whitespace() || "?？".contains(c));
    ["吗", "呢", "不", "没"].iter().any(|p| clause.ends_with(p))
        || cjk::ASK_FORMS.iter().any(|f| clause.contains(f))
}

/// The bytes of the sentence that asks: the last one ending in a question
/// mark, else the last one. A Chinese sentence chains its clauses with
/// commas; the last one asks when it has the question form and a word of
/// the FAQ ("..., 刚在阿里云买了台 ECS, 想问下这种情况要备案不"); a tag
/// ("是这样吗", "真的假的") asks about what comes before it.
fn asking_span(prepared: &str, terms: &[QueryTerm]) -> (usize, usize) {
    let body = prepared.trim_end();
    let end = body.rfind(['?', '？']).unwrap_or(body.len());
    let start = body[..end]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '。' | '！' | '？'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let start = match body[start..end].rfind([',', '，']) {
        Some(i)
            if body[start..end].chars().any(cjk::is_han)
                && zh_asks_itself(&body[start + i..end])
                && terms
                    .iter()
                    .any(|t| t.term.is_some() && t.start >= start + i && t.end <= end) =>
        {
            start + i
        }
        _ => start,
    };
    (start, end)
}

/// Share of a section's title (IDF-weighted) the asking sentence must
/// cover to restate it, and how close behind the first candidate it must be
/// (see [`Faq::prefer_the_title_asked`]).
const TITLE_ASKED: f32 = 0.8;
const ASKED_CLOSE: f32 = 0.5;

/// Candidates by score, best first (ties by section, so the order is stable).
fn best_first(hits: &mut [Hit]) {
    hits.sort_unstable_by(|a, b| b.score.total_cmp(&a.score).then(a.section.cmp(&b.section)));
}

/// Lexical candidates re-ranked with the semantic signal.
const FUSED: usize = 30;

/// The static cosine's weight in the fusion, by table: the closer a
/// table's cosines are to the full model's, the more they may reorder the
/// lexical candidates. Distilled: `examples/semantic_eval` found no set
/// losing net at 0.5, and the ICP questions losing 3 of 69 at 1.0. Refined
/// (held-out cosine with the full model 0.90 against 0.78): on the
/// training pool's drop-in halves A, P@1 0.784 at 0.5, 0.800 at 1.5-2.0,
/// 0.797 at 3.0, and each set left out in turn answered 58.2% right at
/// 0.5 against 59.0% at 2.0, with fewer out-of-scope answers (5.5% → 3.6%).
fn semantic_weight(kind: TableKind) -> f32 {
    match kind {
        TableKind::Distilled => 0.5,
        TableKind::Refined => 2.0,
    }
}

/// The static cosine taken for a question's Han text, which the table
/// cannot read: the feature's mean over the candidates the confidence
/// model is fit on, as a logistic model takes a missing value (by
/// `--example features_dump`, in- and out-of-scope questions). Distilled:
/// ICP 0.74, SaaS 0.58, StackFAQ dev 0.72. Refined: SaaS 0.33, StackFAQ
/// dev 0.55, eight drop-in halves A 0.30-0.35; 0.38 over all ten.
fn semantic_prior(kind: TableKind) -> f32 {
    match kind {
        TableKind::Distilled => 0.68,
        TableKind::Refined => 0.38,
    }
}

/// Share of a text's non-space characters that are Han: how much of it the
/// English static table and sentence model cannot read.
fn han_share(text: &str) -> f32 {
    let (mut han, mut chars) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        chars += 1;
        han += cjk::is_han(c) as usize;
    }
    han as f32 / chars.max(1) as f32
}

/// With the sentence model: its best sections over the whole FAQ join the
/// lexical candidates (a paraphrase sharing no word still gets a hit), and
/// its cosine's weight in the fusion (see the README's Performance section
/// for how it was chosen; `FAQBOT_SENTENCE_WEIGHT` overrides it, for
/// measuring).
const SENTENCE_ADDED: usize = 10;
const SENTENCE_WEIGHT: f32 = 2.0;

fn sentence_weight() -> f32 {
    static W: std::sync::OnceLock<f32> = std::sync::OnceLock::new();
    *W.get_or_init(|| {
        std::env::var("FAQBOT_SENTENCE_WEIGHT")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|w: &f32| w.is_finite())
            .unwrap_or(SENTENCE_WEIGHT)
    })
}

/// z-scores of `v` (all 0 when it does not vary).
fn z_scores(v: &[f32]) -> Vec<f32> {
    let mean = v.iter().sum::<f32>() / v.len().max(1) as f32;
    let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f32>() / v.len().max(1) as f32).sqrt();
    v.iter()
        .map(|x| if sd > 1e-6 { (x - mean) / sd } else { 0.0 })
        .collect()
}

/// Candidates given a calibrated probability: the dialogue looks at no more
/// than the first four (close calls, "did you mean").
const SCORED: usize = 5;

#[derive(Debug, Clone)]
pub struct Faq {
    pub kb: Knowledge,
    pub warnings: Vec<Diagnostic>,
    /// How the FAQ's wording is read (its rules files' `[text]`).
    reading: Reading,
    synonyms: Synonyms,
    index: Index,
    extractor: Extractor,
    /// fact position -> sections whose rules use it.
    fact_sections: Vec<Vec<u32>>,
    /// Per section: facts its title states, the case it is about ("...if I
    /// do not purchase any ECS instances?" is about purchased_ecs = no).
    presupposed: Vec<Vec<(FactId, Value)>>,
    /// Sections whose titles state any fact.
    titled: Vec<usize>,
    /// fact position -> how many sections' rules use it.
    rule_uses: Vec<usize>,
    /// Turns a candidate's features into a probability.
    model: Model,
    /// Cut-offs on that probability for the FAQ's stated rates.
    cutoffs: Cutoffs,
    /// Static embedding vectors of the sections (a ranking feature).
    semantic: SemanticIndex,
    /// The table example statements and the clauses of a message are
    /// compared in (the bundled one; `None` when it cannot be read).
    statement_table: Option<Arc<Table>>,
    /// The facts' example statements written without Chinese, built at load.
    statements: Statements,
    /// All example statements, Chinese ones too. Built on the first message
    /// with Han characters (or by [`Faq::warm_up`]): segmenting Chinese
    /// loads jieba's dictionary (about 80 ms), which a bot whose users
    /// write English never needs. A message without Han characters can
    /// share only Latin words with a Chinese example, and the English
    /// examples state those better.
    statements_all: OnceLock<Statements>,
    /// Some example has Han characters.
    han_examples: bool,
    /// The Chinese words the rules files use (titles, questions, labels,
    /// answers, examples), built with [`Faq::all_statements`]: a Chinese
    /// word of a question is one the FAQ uses if it is here, even when the
    /// Markdown is English.
    zh_words: OnceLock<HashSet<String>>,
    /// The optional sentence model's section vectors.
    sentence: Option<SentenceIndex>,
    /// Why a sentence model that was asked for is not in use.
    pub sentence_error: Option<String>,
}

/// What the engine made of one message.
#[derive(Debug, Clone)]
pub struct Understood {
    /// Folded text with synonyms applied (what patterns and the index see).
    pub prepared: String,
    pub terms: Vec<QueryTerm>,
    pub facts: Vec<Found>,
    /// Every phrase that spoke of a fact, also in doubt or contradicted.
    pub mentions: Vec<Found>,
    /// Sections best first.
    pub hits: Vec<Hit>,
    /// The question uses a word of the FAQ's overall topic, or the FAQ has none,
    /// or its best section is itself outside that topic.
    pub on_topic: bool,
    /// Sections whose title's case the message names itself ("...needed if
    /// you don't buy any ecs? I did buy one"): a stated fact against that
    /// case doesn't make them beside the point.
    pub names_case_of: Vec<usize>,
    /// Facts the message gave two values without taking one back.
    pub contradicted: Vec<FactId>,
    /// The section whose title the message's asking sentence restates,
    /// after background the rest of the message states (see
    /// [`Faq::prefer_the_title_asked`]).
    pub asked: Option<usize>,
}

impl Understood {
    /// Words that carry meaning (not stopwords).
    pub fn content_words(&self) -> usize {
        self.terms.len()
    }
    /// Words the FAQ knows (exactly or through a typo).
    pub fn known_words(&self) -> usize {
        self.terms.iter().filter(|t| t.term.is_some()).count()
    }
}

impl Faq {
    /// Loads and indexes a folder; every problem is in the error.
    pub fn load(dir: &Path) -> Result<Self, LoadError> {
        Ok(Self::new(knowledge::load_dir(dir)?))
    }

    /// [`Faq::load`] for a console question: without the examples'
    /// cross-check, which `check` and `serve` run (see [`knowledge::Checks`]).
    pub fn load_quick(dir: &Path) -> Result<Self, LoadError> {
        Ok(Self::new(knowledge::load_dir_with(
            dir,
            knowledge::Checks::AllButExampleCrossCheck,
        )?))
    }

    pub fn new(loaded: knowledge::Loaded) -> Self {
        Self::with_params(loaded, Params::default())
    }

    pub fn with_params(loaded: knowledge::Loaded, params: Params) -> Self {
        Self::with_options(loaded, params, true)
    }

    /// [`Faq::with_params`]; `sentence_model: false` leaves out a sentence
    /// model even when one is configured (`eval` measures without it too).
    pub fn with_options(loaded: knowledge::Loaded, params: Params, sentence_model: bool) -> Self {
        let kb = loaded.knowledge;
        let reading = Reading::new(&kb.text);
        // The sentence model: the command line's or bot config's folder,
        // else the rules file's. A model that can't load leaves the
        // lexical engine as it is, with a warning.
        let (mut sentence, mut sentence_error) = (None, None);
        let configured = sentence::override_dir().or_else(|| kb.confidence.semantic_model.clone());
        if let Some(dir) = configured.filter(|_| sentence_model) {
            match sentence::shared(&dir) {
                Ok(m) => sentence = Some(SentenceIndex::build(&kb, m)),
                Err(e) => {
                    tracing::warn!("sentence model not used: {e}");
                    sentence_error = Some(e.to_string());
                }
            }
        }
        // The confidence model fit for the features in use; sections are
        // compared in the static table it was fit on.
        let builtin = || {
            if sentence.is_some() {
                Model::builtin_sentence()
            } else {
                Model::builtin()
            }
        };
        let own = match (&kb.confidence.model_with_sentence, sentence.is_some()) {
            (Some(m), true) => Some(m.clone()),
            _ => kb.confidence.model.clone(),
        };
        let model = match own {
            Some(m) if m.uses_sentence() == sentence.is_some() => m,
            Some(_) => {
                tracing::warn!(
                    "the FAQ's calibration model was fit {} the sentence model: the built-in one is used",
                    if sentence.is_some() { "without" } else { "with" }
                );
                builtin()
            }
            None => builtin(),
        };
        // On two cores: the patterns' gates, then the facts each section
        // title states (reading a title compiles the patterns it opens:
        // the case the section is about), beside the synonyms, the index
        // and the static table's section vectors.
        let (semantic, extractor, synonyms, index, presupposed) = std::thread::scope(|scope| {
            let gates = scope.spawn(|| Extractor::new(&kb));
            let synonyms = Synonyms::read_as(&kb.synonyms, &reading);
            // Without facts a title states none: no title is read.
            let titles: Vec<String> = match kb.facts.is_empty() {
                true => Vec::new(),
                false => kb
                    .sections
                    .iter()
                    .map(|s| synonyms.apply_read(&reading, &reading.fold(&s.title)))
                    .collect(),
            };
            let kb = &kb;
            let titled = scope.spawn(move || {
                let extractor = gates.join().expect("gates thread panicked");
                let mut presupposed: Vec<Vec<(FactId, Value)>> = titles
                    .iter()
                    .map(|title| {
                        extractor
                            .extract_title(kb, title)
                            .into_iter()
                            .map(|f| (f.fact, f.value))
                            .collect()
                    })
                    .collect();
                presupposed.resize(kb.sections.len(), Vec::new());
                (extractor, presupposed)
            });
            let index = Index::build(kb, &synonyms, params);
            let semantic = SemanticIndex::build(kb, model.semantic_table);
            let (extractor, presupposed) = titled.join().expect("titles thread panicked");
            (semantic, extractor, synonyms, index, presupposed)
        });
        let has_han = |t: &str| t.chars().any(cjk::is_han);
        let statement_table = semantic
            .is_enabled()
            .then(Table::bundled)
            .and_then(Result::ok);
        let statements = Statements::new(
            &kb,
            &|t: &str| prepare_with(&synonyms, &reading, t),
            &|t: &str| embed_with(statement_table.as_deref(), t),
            &|t: &str| !has_han(t),
        );
        let han_examples = kb
            .facts
            .iter()
            .any(|f| f.examples.iter().any(|e| has_han(&e.text)));
        let mut warnings = loaded.warnings;
        for ((fa, ea), (_, eb), score) in statements.too_close() {
            warnings.push(too_close_warning(&kb, (fa, ea), eb, score));
        }
        // A section speaks to a fact its rules use or its title states.
        let mut fact_sections = vec![Vec::new(); kb.facts.len()];
        for (si, s) in kb.sections.iter().enumerate() {
            let titled = presupposed[si].iter().map(|(f, _)| f);
            for f in s.facts_used().into_iter().chain(titled) {
                if let Some(fi) = kb.facts.iter().position(|x| &x.id == f) {
                    if fact_sections[fi].last() != Some(&(si as u32)) {
                        fact_sections[fi].push(si as u32);
                    }
                }
            }
        }
        let titled = (0..presupposed.len())
            .filter(|&i| !presupposed[i].is_empty())
            .collect();
        let rule_uses = kb
            .facts
            .iter()
            .map(|f| {
                kb.sections
                    .iter()
                    .filter(|s| s.facts_used().contains(&&f.id))
                    .count()
            })
            .collect();
        let cutoffs = model.cutoffs(kb.confidence.rates);
        Self {
            model,
            cutoffs,
            kb,
            warnings,
            reading,
            synonyms,
            index,
            extractor,
            fact_sections,
            presupposed,
            titled,
            rule_uses,
            semantic,
            statement_table,
            statements,
            statements_all: OnceLock::new(),
            han_examples,
            zh_words: OnceLock::new(),
            sentence,
            sentence_error,
        }
    }

    /// Builds now what the first messages would otherwise build: every
    /// pattern's regex, and for a Chinese message jieba's dictionary and the
    /// Chinese example statements. A bot calls this after loading, off its
    /// event loop.
    pub fn warm_up(&self) {
        if self.han_examples {
            self.all_statements();
        }
        self.zh_words();
        for d in knowledge::pattern::compile_all(&self.kb) {
            tracing::warn!("{d}");
        }
    }

    /// Every warning: the loader's, the engine's, and those of the Chinese
    /// example statements (which builds them).
    pub fn all_warnings(&self) -> Vec<Diagnostic> {
        let mut out = self.warnings.clone();
        if self.han_examples {
            let han = |(fa, ea): (usize, usize)| {
                self.kb.facts[fa].examples[ea].text.chars().any(cjk::is_han)
            };
            for (a, b, score) in self.all_statements().too_close() {
                if han(a) || han(b) {
                    out.push(too_close_warning(&self.kb, a, b.1, score));
                }
            }
        }
        out
    }

    /// [`Faq::zh_words`], built on first use (it segments Chinese).
    fn zh_words(&self) -> &HashSet<String> {
        self.zh_words.get_or_init(|| {
            let zh = &self.kb.zh;
            let texts = zh
                .titles
                .values()
                .chain(zh.otherwise.values())
                .chain(zh.questions.values())
                .chain(zh.labels.values())
                .chain(zh.because.values())
                .map(String::as_str)
                .chain(
                    self.kb
                        .facts
                        .iter()
                        .flat_map(|f| f.examples.iter().map(|e| e.text.as_str())),
                )
                .filter(|t| t.chars().any(cjk::is_han));
            let mut out: HashSet<String> =
                cjk::NEGATION_WORDS.iter().map(|w| w.to_string()).collect();
            for t in texts {
                let prepared = prepare_with(&self.synonyms, &self.reading, t);
                for tok in crate::understanding::normalize::tokens(&prepared) {
                    if tok.text.chars().next().is_some_and(cjk::is_han) {
                        out.insert(tok.text.to_string());
                    }
                }
            }
            out
        })
    }

    /// All example statements, built on first use.
    fn all_statements(&self) -> &Statements {
        self.statements_all.get_or_init(|| {
            Statements::new(
                &self.kb,
                &|t: &str| prepare_with(&self.synonyms, &self.reading, t),
                &|t: &str| self.embed_statement(t),
                &|_| true,
            )
        })
    }

    /// The example statements a message is compared with: the Chinese ones
    /// too when it has Han characters.
    fn statements_for(&self, prepared: &str) -> &Statements {
        if self.han_examples && prepared.chars().any(cjk::is_han) {
            self.all_statements()
        } else {
            &self.statements
        }
    }

    /// A clause or example statement's vector in the statement table.
    fn embed_statement(&self, text: &str) -> Vec<f32> {
        embed_with(self.statement_table.as_deref(), text)
    }

    /// The sentence model's index, when one is loaded.
    pub fn sentence(&self) -> Option<&SentenceIndex> {
        self.sentence.as_ref()
    }

    pub fn semantic(&self) -> &SemanticIndex {
        &self.semantic
    }

    /// Static-embedding cosine of a message (raw or prepared) with each of
    /// `sections`, in that order: a feature for ranking, not a cut-off.
    /// The table was distilled from an English model: Han characters give
    /// it noise, not meaning, so a question's Han text is left out (its
    /// terms the rules files know are English by now, "备案" read as "icp
    /// filing"); see [`han_share`] for how much the cosine then counts.
    pub fn semantic_scores(&self, text: &str, sections: &[usize]) -> Vec<f32> {
        let q = if text.chars().any(cjk::is_han) {
            let latin: String = text
                .chars()
                .map(|c| if cjk::is_han(c) { ' ' } else { c })
                .collect();
            self.semantic.embed_query(&latin)
        } else {
            self.semantic.embed_query(text)
        };
        self.semantic.similarities(&q, sections)
    }

    /// Whether `fact = value` is the opposite of a case the section's title
    /// names (someone who bought ECS asking near "...if I do not purchase
    /// any ECS instances?").
    /// Only facts its rules decide on count: a passing word of a title
    /// ("add a website ICP Filing") is not the case it is about.
    pub fn contradicts_title(&self, section: usize, fact: &FactId, value: &Value) -> bool {
        let Some(s) = self.kb.sections.get(section) else {
            return false;
        };
        s.facts_used().contains(&fact)
            && self.presupposed[section]
                .iter()
                .any(|(f, v)| f == fact && v != value)
    }

    /// Whether the section's title names the case `fact = value` ("...if I
    /// purchase ECS instances without using domain names?" names
    /// `purchased_ecs = yes`).
    pub fn title_names(&self, section: usize, fact: &FactId, value: &Value) -> bool {
        self.presupposed
            .get(section)
            .is_some_and(|p| p.iter().any(|(f, v)| f == fact && v == value))
    }

    /// How many sections' rules use the fact (computed once at load).
    pub fn sections_using(&self, fact: &FactId) -> usize {
        self.kb
            .facts
            .iter()
            .position(|f| &f.id == fact)
            .map_or(0, |i| self.rule_uses[i])
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The confidence model in use (the FAQ's own, or the built-in one).
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Cut-offs for the FAQ's rates (rules file `[confidence]`, else 2% / 5%).
    pub fn cutoffs(&self) -> Cutoffs {
        self.cutoffs
    }

    /// Cut-offs for other rates (a support channel's own, from the bot config).
    pub fn cutoffs_for(&self, rates: crate::understanding::Rates) -> Cutoffs {
        self.model.cutoffs(rates)
    }

    /// How the FAQ's wording is read (its rules files' `[text]`).
    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    /// Folded, synonym-replaced text.
    pub fn prepare(&self, text: &str) -> String {
        self.prepare_beside(text, &[])
    }

    /// [`Faq::prepare`] for a message of a conversation that named the
    /// subdomains `earlier`: a domain named alone is their parent.
    pub fn prepare_beside(&self, text: &str, earlier: &[String]) -> String {
        let text = normalize::without_chat_markup(text);
        let text = normalize::shorthand_spelt_out(&text);
        self.synonyms
            .apply_read_keeping(&self.reading, &self.reading.fold(&text), earlier, &|h| {
                self.index.names_host(h)
            })
    }

    /// The subdomains a message names, for [`Faq::prepare_beside`] later.
    pub fn subdomains_in(&self, text: &str) -> Vec<String> {
        // (Only a text with a dot, full-width ones included, names a host.)
        if !text.contains(['.', '．', '。']) {
            return Vec::new();
        }
        self.synonyms
            .subdomains_in(&self.reading, &self.reading.fold(text))
    }

    /// Facts stated in a message.
    pub fn extract_facts(&self, text: &str) -> Vec<Found> {
        self.understand(text).facts
    }

    /// Facts stated in already prepared text.
    pub fn extract_facts_prepared(&self, prepared: &str) -> Vec<Found> {
        self.extract_prepared(prepared).facts
    }

    /// Facts stated, mentioned and contradicted in already prepared text,
    /// by the patterns and the example statements.
    pub fn extract_prepared(&self, prepared: &str) -> Extracted {
        let embed = |t: &str| self.embed_statement(t);
        self.extractor.extract_all(
            &self.kb,
            prepared,
            Some((self.statements_for(prepared), &embed)),
        )
    }

    /// The value a reply to the question about `fact` states by its
    /// example statements (only that fact's examples compete).
    pub fn stated_answer(&self, fact: &FactId, prepared: &str) -> Option<Value> {
        self.stated_answer_at(fact, prepared).map(|(v, _)| v)
    }

    /// [`Faq::stated_answer`] with the byte where the statement starts.
    pub fn stated_answer_at(&self, fact: &FactId, prepared: &str) -> Option<(Value, usize)> {
        let fi = self.kb.facts.iter().position(|f| &f.id == fact)?;
        let embed = |t: &str| self.embed_statement(t);
        self.statements_for(prepared)
            .answer(&self.kb, fi, prepared, &embed)
            .map(|s| (s.value, s.start))
    }

    /// The share of the section's title (or one of its example questions)
    /// that the sentence asking covers: the last one ending in "?", else
    /// the last one. "..., we did buy the ECS. does that mean an Alibaba
    /// Cloud ICP filing is required?" covers the no-ECS exemption's.
    pub fn asked_title_cover(&self, prepared: &str, section: usize) -> f32 {
        let terms = self.index.query_terms(prepared);
        let (start, end) = asking_span(prepared, &terms);
        let asked: Vec<QueryTerm> = terms
            .into_iter()
            .filter(|t| t.start >= start && t.end <= end)
            .collect();
        self.index.title_precision(section, &asked)
    }

    /// How much of what the message asks, in the clauses `asking` picks
    /// (by byte range), one of the section's title or example questions
    /// asks too ([`Index::covered_by_head`]).
    pub fn asked_in_title(
        &self,
        prepared: &str,
        section: usize,
        asking: impl Fn(usize, usize) -> bool,
    ) -> f32 {
        let asked: Vec<QueryTerm> = self
            .index
            .query_terms(prepared)
            .into_iter()
            .filter(|t| asking(t.start, t.end))
            .collect();
        self.index.covered_by_head(section, &asked)
    }

    /// A question that states its background, then asks in words that
    /// restate one section's title ("... brand new domain, never filed. do i
    /// need the initial icp filing?"), asks about that section, though the
    /// background's words and facts may rank another first. The restated
    /// one goes just ahead when it is close behind and the asking sentence
    /// hardly covers the first one's title; it is returned.
    fn prefer_the_title_asked(
        &self,
        prepared: &str,
        terms: &[QueryTerm],
        hits: &mut [Hit],
    ) -> Option<usize> {
        // The last sentence that asks, after one that says something.
        let q_end = prepared.rfind(['?', '？'])?;
        let q_start = prepared[..q_end]
            .rfind(['.', '!', '?', '\n', '。', '！', '？'])
            .map_or(0, |i| i + 1);
        if q_start == 0 || hits.len() < 2 {
            return None;
        }
        let asked: Vec<QueryTerm> = terms
            .iter()
            .filter(|t| t.start >= q_start && t.end <= q_end)
            .cloned()
            .collect();
        let cover = |h: &Hit| self.index.title_precision(h.section, &asked);
        if asked.is_empty() {
            return None;
        }
        let first = cover(&hits[0]);
        if first >= TITLE_ASKED / 2.0 {
            // The first is the one asked about when only its title is
            // restated: the background's facts firing a runner-up's rule
            // ("we're from yunnan ... do we need the initial filing?") do
            // not make that one the question.
            let alone = (1..hits.len().min(3)).all(|i| cover(&hits[i]) < TITLE_ASKED);
            return (first >= TITLE_ASKED && alone).then_some(hits[0].section);
        }
        let top = hits[0].score;
        let restated: Vec<usize> = (1..hits.len().min(3))
            .filter(|&i| hits[i].score >= ASKED_CLOSE * top && cover(&hits[i]) >= TITLE_ASKED)
            .collect();
        let [i] = restated.as_slice() else {
            return None;
        };
        let section = hits[*i].section;
        hits[*i].score = top * 1.05;
        best_first(hits);
        Some(section)
    }

    /// Gives the first candidates their features and calibrated probability.
    /// Re-ranks the first lexical candidates by `z(lexical) + w·z(semantic)`
    /// (the static embedding's cosine, z-scored among them): paraphrases
    /// that share few words still move up, while the lexical order keeps
    /// the say. Returns the cosines of the re-ranked candidates, in order.
    /// `known` is the question's non-Han share ([`han_share`]).
    fn fuse_semantic(&self, prepared: &str, known: f32, hits: &mut [Hit]) -> Vec<f32> {
        let n = hits.len().min(FUSED);
        if n == 0 || !self.semantic.is_enabled() {
            return Vec::new();
        }
        let ids: Vec<usize> = hits[..n].iter().map(|h| h.section).collect();
        let sims = self.semantic_scores(prepared, &ids);
        if n < 2 {
            return sims;
        }
        let z = |v: &[f32]| -> Vec<f32> {
            let mean = v.iter().sum::<f32>() / v.len() as f32;
            let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f32>() / v.len() as f32).sqrt();
            v.iter()
                .map(|x| if sd > 1e-6 { (x - mean) / sd } else { 0.0 })
                .collect()
        };
        let lex: Vec<f32> = hits[..n].iter().map(|h| h.score).collect();
        let (zl, zs) = (z(&lex), z(&sims));
        // The cosine read only the question's non-Han text: it weighs as
        // much as that text is of the question.
        let w = semantic_weight(self.semantic.kind()) * known;
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| {
            let fa = zl[a] + w * zs[a];
            let fb = zl[b] + w * zs[b];
            fb.total_cmp(&fa).then(a.cmp(&b))
        });
        let reordered: Vec<Hit> = order.iter().map(|&i| hits[i]).collect();
        hits[..n].copy_from_slice(&reordered);
        order.iter().map(|&i| sims[i]).collect()
    }

    /// [`Faq::fuse_semantic`] with the sentence model: the lexical
    /// candidates plus the sentence model's best sections, re-ranked by
    /// `z(lexical) + v·z(static) + w·z(sentence)` (v the table's
    /// [`semantic_weight`]). Returns the static and
    /// the sentence cosines of the re-ranked candidates, in order.
    fn fuse_sentence(
        &self,
        si: &SentenceIndex,
        prepared: &str,
        known: f32,
        hits: &mut Vec<Hit>,
    ) -> (Vec<f32>, Vec<f32>) {
        let all = si.similarities_all(&si.embed_query(prepared));
        let n = hits.len().min(FUSED);
        let mut cand: Vec<Hit> = hits[..n].to_vec();
        let mut best: Vec<usize> = (0..all.len()).collect();
        let k = SENTENCE_ADDED.min(best.len());
        if k > 0 {
            best.select_nth_unstable_by(k - 1, |&a, &b| all[b].total_cmp(&all[a]).then(a.cmp(&b)));
        }
        best.truncate(k);
        best.sort_by(|&a, &b| all[b].total_cmp(&all[a]).then(a.cmp(&b)));
        for s in best {
            if !cand.iter().any(|h| h.section == s) {
                let h = hits[n..]
                    .iter()
                    .find(|h| h.section == s)
                    .copied()
                    .unwrap_or(Hit {
                        section: s,
                        score: 0.0,
                        coverage: 0.0,
                        precision: 0.0,
                        confidence: 0.0,
                        features: Features::default(),
                    });
                cand.push(h);
            }
        }
        if cand.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let ids: Vec<usize> = cand.iter().map(|h| h.section).collect();
        let stat = self.semantic_scores(prepared, &ids);
        let sent: Vec<f32> = ids.iter().map(|&s| all[s]).collect();
        let lex: Vec<f32> = cand.iter().map(|h| h.score).collect();
        let (zl, zs, zn) = (z_scores(&lex), z_scores(&stat), z_scores(&sent));
        // all-MiniLM-L6-v2 learnt English: a question in Han characters
        // leans on it in proportion to the rest (at full weight it lost 2
        // of the 35 Chinese development questions); so on the static table.
        let w = sentence_weight() * known;
        let v = semantic_weight(self.semantic.kind()) * known;
        let fused: Vec<f32> = (0..cand.len())
            .map(|i| zl[i] + v * zs[i] + w * zn[i])
            .collect();
        let mut order: Vec<usize> = (0..cand.len()).collect();
        order.sort_by(|&a, &b| fused[b].total_cmp(&fused[a]).then(a.cmp(&b)));
        let mut out: Vec<Hit> = order.iter().map(|&i| cand[i]).collect();
        out.extend(
            hits[n..]
                .iter()
                .filter(|h| !ids.contains(&h.section))
                .copied(),
        );
        *hits = out;
        (
            order.iter().map(|&i| stat[i]).collect(),
            order.iter().map(|&i| sent[i]).collect(),
        )
    }

    fn score_candidates(
        &self,
        hits: &mut [Hit],
        // The static and the sentence model's cosines of the candidates.
        (semantic, sentence): (&[f32], &[f32]),
        // The question as prepared, its non-Han share, and its words.
        (prepared, known, terms): (&str, f32, &[QueryTerm]),
        facts: &[Found],
        names_case_of: &[usize],
        on_topic: bool,
    ) {
        // Question-level features: shared by every candidate.
        let (mut total, mut unknown, mut typo) = (0f32, 0f32, 0f32);
        for t in terms {
            let w = self.index.word_weight(t);
            total += w;
            match t.term {
                // A Chinese word the rules files use is no word the FAQ
                // never uses, though the Markdown is English; nor is an
                // everyday Chinese verb or adverb, which English FAQ text
                // cannot hold.
                None if prepared[t.start..].chars().next().is_some_and(cjk::is_han)
                    && (self.zh_words().contains(&prepared[t.start..t.end])
                        || cjk::is_everyday(&prepared[t.start..t.end])) => {}
                // Nor is a word the rules files know ("hangzhou" in a
                // pattern), though the Markdown never uses it.
                None if self.index.knows(&prepared[t.start..t.end]) => {}
                None => unknown += w,
                Some(_) if t.weight < 1.0 => typo += w,
                Some(_) => {}
            }
        }
        let total = total.max(1e-6);
        // The facts an answer may rest on: sure ones only.
        let sure: std::collections::BTreeMap<FactId, Value> = facts
            .iter()
            .filter(|f| f.confidence >= crate::understanding::facts::FACT_FLOOR)
            .map(|f| (f.fact.clone(), f.value.clone()))
            .collect();
        let scores: Vec<f32> = hits.iter().take(SCORED + 1).map(|h| h.score).collect();
        for (i, h) in hits.iter_mut().take(SCORED).enumerate() {
            let best_other = if i == 0 {
                scores.get(1).copied().unwrap_or(0.0)
            } else {
                scores[0]
            };
            let section = &self.kb.sections[h.section];
            let used = section.facts_used();
            let stated = facts.iter().filter(|f| used.contains(&&f.fact)).count();
            let against = !names_case_of.contains(&h.section)
                && facts
                    .iter()
                    .any(|f| self.contradicts_title(h.section, &f.fact, &f.value));
            let mut x = Features::default();
            x.set("coverage", h.coverage);
            x.set("title_match", h.precision);
            x.set("covered_title", h.coverage * h.precision);
            x.set(
                "lead",
                ((h.score - best_other) / h.score.max(1e-6)).clamp(-1.0, 1.0),
            );
            x.set("unknown_share", unknown / total);
            x.set("typo_share", typo / total);
            x.set("stated_facts", (stated.min(2) as f32) / 2.0);
            x.set("against_title", against as u8 as f32);
            x.set(
                "rule_fires",
                (!sure.is_empty() && section.fired_by(&sure)) as u8 as f32,
            );
            x.set("off_topic", (!on_topic) as u8 as f32);
            x.set("log_words", (terms.len() as f32).ln_1p());
            // A question partly in Han text: its cosine counts for its
            // non-Han share, the pool's usual level for the rest (a
            // missing value taken at its mean, as a logistic model wants).
            if let Some(&s) = semantic.get(i) {
                x.set(
                    "semantic",
                    known * s + (1.0 - known) * semantic_prior(self.semantic.kind()),
                );
                let best_other = semantic
                    .iter()
                    .take(SCORED)
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, &v)| v)
                    .fold(f32::NEG_INFINITY, f32::max);
                if best_other.is_finite() {
                    x.set("semantic_lead", known * (s - best_other));
                }
            }
            if let Some(&s) = sentence.get(i) {
                let best_other = sentence
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, &v)| v)
                    .fold(f32::NEG_INFINITY, f32::max);
                x.set("sentence", s);
                if best_other.is_finite() {
                    x.set("sentence_lead", s - best_other);
                }
            }
            h.features = x;
            h.confidence = self.model.probability(&x);
        }
    }

    /// Ranks sections and extracts facts for one message.
    pub fn understand(&self, text: &str) -> Understood {
        self.understand_prepared(self.prepare(text))
    }

    /// [`Faq::understand`] for text already passed through [`Faq::prepare`].
    pub fn understand_prepared(&self, prepared: String) -> Understood {
        // Corrected words may be aliases ("subdomian" -> "subdomain"): the
        // synonyms run again over the corrected text.
        let prepared = match self.index.correct(&prepared) {
            Some(corrected) => self.synonyms.apply(&corrected),
            None => prepared,
        };
        let Extracted {
            facts,
            mentions,
            contradicted,
        } = self.extract_prepared(&prepared);
        let terms = self.index.query_terms(&prepared);
        // A word that stated a fact is explained by every section using that fact.
        let explained: Vec<Vec<u32>> = terms
            .iter()
            .map(|t| {
                let mut secs: Vec<u32> = Vec::new();
                // An example statement spans its clause: only a pattern's
                // words are explained by the fact.
                for f in mentions
                    .iter()
                    .filter(|f| f.example.is_none() && f.start < t.end && t.start < f.end)
                {
                    if let Some(fi) = self.kb.facts.iter().position(|x| x.id == f.fact) {
                        secs.extend(&self.fact_sections[fi]);
                    }
                }
                secs.sort_unstable();
                secs.dedup();
                secs
            })
            .collect();
        let mut hits = self.index.search(&terms, &explained);
        // Only sections whose titles state facts (few) are looked at: no
        // scan of every section per question.
        let names_case_of: Vec<usize> = self
            .titled
            .iter()
            .copied()
            .filter(|&si| {
                self.presupposed[si].iter().any(|(f, v)| {
                    mentions.iter().any(|m| &m.fact == f && &m.value == v)
                        && facts.iter().any(|x| &x.fact == f && &x.value != v)
                })
            })
            .collect();
        // A section whose rules decide on a fact the question states is
        // likelier to be the one asked about.
        if !facts.is_empty() {
            for h in &mut hits {
                let section = &self.kb.sections[h.section];
                let used = section.facts_used();
                let titled = &self.presupposed[h.section];
                let (mut boost, mut away, mut against) = (0, 0, false);
                for x in facts
                    .iter()
                    .filter(|x| used.contains(&&x.fact) || titled.iter().any(|(f, _)| f == &x.fact))
                {
                    if self.contradicts_title(h.section, &x.fact, &x.value)
                        && !names_case_of.contains(&h.section)
                    {
                        against = true;
                    } else if section.hands_over_on(&x.fact, &x.value) {
                        away += 1;
                    } else if used.contains(&&x.fact)
                        || titled.iter().any(|(f, v)| f == &x.fact && v == &x.value)
                    {
                        boost += 1;
                    }
                }
                if against {
                    // The opposite of the case the title names: the question
                    // is about another section's case.
                    h.score *= 1.0 - STATED_FACT_BOOST;
                    continue;
                }
                h.score *= 1.0 + STATED_FACT_BOOST * boost.min(2) as f32;
                // Only hand-overs: the question is about another section's case.
                if boost == 0 && away > 0 {
                    h.score *= 1.0 - STATED_FACT_BOOST;
                }
            }
            best_first(&mut hits);
        }
        let asked = self.prefer_the_title_asked(&prepared, &terms, &mut hits);
        let on_topic = self.index.on_topic(&terms)
            || hits
                .first()
                .is_some_and(|h| !self.index.titled_on_topic(h.section));
        // What of the question the English static table and sentence
        // model can read, once for both.
        let known = 1.0 - han_share(&prepared);
        let (semantic, sentence) = match &self.sentence {
            Some(si) => self.fuse_sentence(si, &prepared, known, &mut hits),
            None => (self.fuse_semantic(&prepared, known, &mut hits), Vec::new()),
        };
        self.score_candidates(
            &mut hits,
            (&semantic, &sentence),
            (&prepared, known, &terms),
            &facts,
            &names_case_of,
            on_topic,
        );
        Understood {
            on_topic,
            prepared,
            terms,
            facts,
            mentions,
            hits,
            names_case_of,
            contradicted,
            asked,
        }
    }
}

/// Folding, chat shorthand, host names and the FAQ's synonyms: what
/// patterns, examples and the index see of a text.
/// A text's unit vector in `table` (empty without one, as the statements
/// expect when the semantic signal is off).
fn embed_with(table: Option<&Table>, text: &str) -> Vec<f32> {
    table.map_or_else(Vec::new, |t| t.embed(text, MAX_PIECES))
}

fn prepare_with(synonyms: &Synonyms, reading: &Reading, text: &str) -> String {
    prepare_beside(synonyms, reading, text, &[])
}

fn prepare_beside(
    synonyms: &Synonyms,
    reading: &Reading,
    text: &str,
    earlier: &[String],
) -> String {
    let text = normalize::without_chat_markup(text);
    let text = normalize::shorthand_spelt_out(&text);
    synonyms.apply_read_beside(reading, &reading.fold(&text), earlier)
}

/// The warning for two examples of fact `fa` (numbers `ea` and `eb` in its
/// list) that state different values and read alike.
fn too_close_warning(
    kb: &Knowledge,
    (fa, ea): (usize, usize),
    eb: usize,
    score: f32,
) -> Diagnostic {
    let (a, b) = (&kb.facts[fa].examples[ea], &kb.facts[fa].examples[eb]);
    Diagnostic::warning(
        &b.file,
        b.line,
        format!(
            "fact `{}`: the examples \"{}\" (`{}`) and \"{}\" (`{}`) read alike ({score:.2}); users' words won't tell these values apart",
            kb.facts[fa].id, a.text, a.value, b.text, b.value
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{build, SourceFile};

    fn faq(rules: &str) -> Faq {
        let md = "## Where is my server? {#where}\n\nServers in the USA are in Virginia.\n\n## How do I register a firm? {#firm}\n\nA company is registered online.\n";
        let files = vec![
            SourceFile {
                path: "faq.md".into(),
                bytes: md.as_bytes().to_vec(),
            },
            SourceFile {
                path: "rules.toml".into(),
                bytes: rules.as_bytes().to_vec(),
            },
        ];
        Faq::new(build(files).expect("the folder loads"))
    }

    /// The static table reads a question's non-Han text only: Han
    /// characters add nothing to its cosine, and count against it only
    /// through `han_share`.
    #[test]
    fn han_text_is_left_out_of_the_static_cosine() {
        let f = faq("");
        let all = [0, 1];
        assert_eq!(
            f.semantic_scores("我的 server 在哪里", &all),
            f.semantic_scores("server", &all)
        );
        assert!(f
            .semantic_scores("服务器在哪里", &all)
            .iter()
            .all(|&c| c == 0.0));
        assert_eq!(han_share("服务器 ok"), 0.6);
        assert_eq!(han_share("server"), 0.0);
        assert_eq!(han_share(""), 0.0);
    }

    const FACT: &str = "[facts.in_usa]\nquestion = \"Is it in the USA?\"\n[facts.in_usa.patterns]\nyes = ['\\busa\\b']\n[sections.where]\nrules = [{ when = { in_usa = \"yes\" }, answer = \"Servers in the USA are in Virginia.\" }]\n";

    /// `[text]` of the rules file decides how questions are read; without
    /// one, the engine reads them as it always has.
    #[test]
    fn the_rules_file_text_table_is_how_questions_are_read() {
        let stated = |f: &Faq, q: &str| {
            f.extract_facts(q)
                .iter()
                .any(|x| x.fact.as_str() == "in_usa")
        };
        // Without a table, nothing FAQ-specific: "US" stays "us".
        let plain = faq(FACT);
        assert_eq!(plain.kb.text, crate::knowledge::TextRules::general());
        assert!(!stated(&plain, "my server is in the US"));
        // The ICP FAQ's reading, written as a table.
        let icp = faq(&format!("{FACT}[text]\nacronyms = {{ US = \"USA\" }}\n[text.host_names]\ndomain = \"domain\"\nsubdomain = \"subdomain\"\nparent_domain = \"parent domain\"\n"));
        assert!(stated(&icp, "my server is in the US"));
        assert_eq!(icp.prepare("is blog.example.com ok"), "is subdomain ok");

        let none = faq(&format!("{FACT}[text]\n"));
        assert!(!stated(&none, "my server is in the US"));
        assert_eq!(
            none.prepare("is blog.example.com ok"),
            "is blog.example.com ok"
        );

        let own = faq(&format!(
            "{FACT}[text]\nacronyms = {{ \"U.S.\" = \"USA\" }}\nword_groups = [[\"company\", \"firm\", \"startup\"]]\n[text.host_names]\ndomain = \"site\"\nsubdomain = \"site\"\nparent_domain = \"site\"\n"
        ));
        assert!(stated(&own, "my server is in the U.S. now"));
        assert_eq!(own.prepare("is blog.example.com ok"), "is site ok");
        // "startup" is a company here: the section about firms is found.
        let u = own.understand("how to register my startup");
        assert_eq!(own.kb.sections[u.hits[0].section].id.as_str(), "firm");
        assert!(u.known_words() >= 2, "{:?}", u.terms);
    }

    /// Facts taught by examples only, for the statement-reading tests.
    const SITE_FACTS: &str = r#"
[facts.on_vm]
question = "Will the new site run on a VM?"
[facts.on_vm.patterns]
yes = ['\bnew shop\b']
[facts.on_vm.examples]
yes = ["the new site will run on our VM", "we host the site on a VM"]
no = ["the new site will not be on a VM", "we will host the site elsewhere, not on a VM"]
[facts.rented_vm]
question = "Have you rented a VM?"
[facts.rented_vm.examples]
yes = ["we already rent a VM", "the VM is paid for"]
no = ["we have not rented a VM yet", "we have not paid for a VM"]
[facts.domain_filed]
question = "Was the domain filed?"
[facts.domain_filed.patterns]
no = ['\bdomain (has |was )?never been filed\b']
[facts.company_filed]
question = "Was the company filed?"
[facts.company_filed.examples]
yes = ["the company was filed before"]
no = ["the company has never been filed"]
[sections.where]
rules = [
  { when = { on_vm = "yes", rented_vm = "yes" }, answer = "Servers in the USA are in Virginia." },
  { when = { domain_filed = "no", company_filed = "no" }, answer = "Servers in the USA are in Virginia." },
]
"#;

    /// The value each fact gets from `q`, and the facts said both ways.
    fn read(f: &Faq, q: &str) -> (Vec<(String, String)>, Vec<String>) {
        let x = f.extract_prepared(&f.prepare(q));
        let facts = x
            .facts
            .iter()
            .map(|v| (v.fact.as_str().to_string(), v.value.as_str().to_string()))
            .collect();
        let both = x
            .contradicted
            .iter()
            .map(|c| c.as_str().to_string())
            .collect();
        (facts, both)
    }

    fn value_of(f: &Faq, q: &str, fact: &str) -> Option<String> {
        read(f, q)
            .0
            .into_iter()
            .find(|(k, _)| k == fact)
            .map(|(_, v)| v)
    }

    /// A negative example turned round needs the word it denies, and a
    /// positive one matched by its polarity alone the word that polarity is
    /// about: "we are building a new site" says nothing of "the new site
    /// will not be on a vm", nor of "the new site will run on our vm".
    #[test]
    fn a_negative_example_turns_round_only_on_the_word_it_denies() {
        let f = faq(SITE_FACTS);
        // The examples of both values hold "new site"; only "not ... vm"
        // tells them apart.
        assert_eq!(value_of(&f, "we are building a new site", "on_vm"), None);
        assert_eq!(
            value_of(&f, "the new site is on a vm", "on_vm").as_deref(),
            Some("yes")
        );
    }

    /// "it" stands for what the clause before spoke of; and two denials
    /// agree only when they deny the same thing.
    #[test]
    fn a_pronoun_reads_with_the_clause_before_and_denials_must_match() {
        let f = faq(SITE_FACTS);
        let q = "we are building a shop site, but it will not be on a vm";
        assert_eq!(value_of(&f, q, "on_vm").as_deref(), Some("no"));
        // "not be on a vm" does not deny having rented one.
        assert_eq!(value_of(&f, q, "rented_vm"), None);
    }

    /// A loose example reading (below the confirmation floor) does not
    /// stand against a sure one of another clause: "bought the domain
    /// second-hand ... it was already filed" is a filed domain. Two sure
    /// readings that disagree are still asked about.
    #[test]
    fn a_loose_reading_gives_way_to_a_sure_one_of_another_clause() {
        let f = faq(SITE_FACTS);
        let q = "we have not paid the rent yet. we already rent a vm";
        assert_eq!(value_of(&f, q, "rented_vm").as_deref(), Some("yes"));
        let (facts, both) = read(&f, "no vm rented yet, we think. we already rent a vm");
        assert!(
            both.contains(&"rented_vm".to_string()),
            "{facts:?} {both:?}"
        );
    }

    /// A pattern's reading and a sure example reading of another clause
    /// that disagree are asked about, not settled by the pattern.
    #[test]
    fn a_sure_denial_stands_against_a_pattern_of_another_clause() {
        let f = faq(SITE_FACTS);
        let (facts, both) = read(&f, "we made a new shop. it will not be on a vm");
        assert!(both.contains(&"on_vm".to_string()), "{facts:?} {both:?}");
        // Without the denial the pattern speaks alone.
        assert_eq!(
            value_of(&f, "we made a new shop", "on_vm").as_deref(),
            Some("yes")
        );
    }

    /// Words a pattern read as one fact ("domain has never been filed") do
    /// not state another fact ("the company has never been filed").
    #[test]
    fn a_phrase_read_as_one_fact_does_not_state_another() {
        let f = faq(SITE_FACTS);
        let q = "our domain has never been filed";
        assert_eq!(value_of(&f, q, "domain_filed").as_deref(), Some("no"));
        assert_eq!(value_of(&f, q, "company_filed"), None);
        assert_eq!(
            value_of(&f, "our company has never been filed", "company_filed").as_deref(),
            Some("no")
        );
    }

    /// A bad `[text]` entry is a load error naming the rules file and line.
    #[test]
    fn a_bad_text_table_is_an_error_with_its_line() {
        let md = SourceFile {
            path: "faq.md".into(),
            bytes: b"## Q? {#q}\n\nA.\n".to_vec(),
        };
        let rules = SourceFile {
            path: "rules.toml".into(),
            bytes: b"[sections.q]\nexamples = [\"e\"]\n\n[text]\nacronyms = { us = \"USA\" }\n"
                .to_vec(),
        };
        let e = build(vec![md, rules]).unwrap_err();
        let d = e.errors().next().expect("an error");
        assert_eq!((d.file.to_str(), d.line), (Some("rules.toml"), 4), "{e}");
        assert!(d.message.contains("acronym `us`"), "{e}");
    }

    #[test]
    fn a_host_name_the_faq_names_is_its_word_not_any_domain() {
        let f = faq_of(
            "## How do I use it with an internal IP address? {#ip}\n\nUse a wildcard DNS service such as xip.io or sslip.io.\n\n\
             ## How do I change the domain name? {#domain}\n\nEdit BASE_URL to the new domain.\n",
        );
        // Named by the FAQ: kept, and it finds the section that names it.
        assert_eq!(
            f.prepare("can i use xip.io with it"),
            "can i use xip.io with it"
        );
        assert_ranked_first(&f, &[("can i use xip.io with it", "ip")]);
        // Anyone's own domain is still read as a domain.
        assert_eq!(
            f.prepare("can i use mystore.com with it"),
            "can i use domain with it"
        );
    }

    /// A FAQ of one Markdown file and no rules file.
    fn faq_of(md: &str) -> Faq {
        Faq::new(
            build(vec![SourceFile {
                path: "faq.md".into(),
                bytes: md.as_bytes().to_vec(),
            }])
            .expect("the folder loads"),
        )
    }

    /// Each question ranks the section with the given id first.
    fn assert_ranked_first(f: &Faq, cases: &[(&str, &str)]) {
        for &(q, want) in cases {
            let u = f.understand(q);
            let top = u.hits.first().map(|h| f.kb.sections[h.section].id.as_str());
            assert_eq!(top, Some(want), "{q}");
        }
    }

    /// Chat shorthand of software support ("deps", "libs", "dir", "ppl")
    /// and "compile" for "build" meet the words an FAQ writes out.
    #[test]
    fn chat_shorthand_meets_the_words_written_out() {
        let md = "## What are the external dependencies? {#deps}\n\nOnly the C standard library.\n\n\
                  ## Where is the configuration directory? {#dir}\n\nIn your home, under .config.\n\n\
                  ## Why do I get errors when I build from source? {#source}\n\nUse the supported toolchain.\n\n\
                  ## Who are the developers? {#who}\n\nA team of volunteers.\n\n\
                  ## Can other people see my notes? {#share}\n\nOnly when you share them.\n";
        assert_ranked_first(
            &faq_of(md),
            &[
                ("which deps do i have to install first", "deps"),
                ("what other libs does it pull in", "deps"),
                ("where's the config dir", "dir"),
                ("compiling it myself fails with errors", "source"),
                ("who are the devs", "who"),
                ("can other ppl read my notes", "share"),
            ],
        );
    }

    /// A word of the general word groups is a word, not a typo: "charge"
    /// (a fee) is no misspelt "change".
    #[test]
    fn a_grouped_word_is_no_typo_of_another() {
        let md = "## How do I change my plan? {#plan}\n\nOpen the settings.\n";
        let f = faq_of(md);
        let u = f.understand("how much do you charge for a plan");
        let top = u.hits.first().expect("plan shares a word");
        assert_eq!(top.features.get("typo_share"), 0.0);
        let u = f.understand("how do i chnage it");
        assert!(!u.hits.is_empty(), "a real typo still is one");
    }

    /// A one-word title of a word most sections use ("About Widgetly") is
    /// not covered whole by every question that names the product; a
    /// one-word title of a rare word still is.
    #[test]
    fn a_one_word_title_of_a_common_word_is_no_full_match() {
        let md = "## About Widgetly {#about}\n\nWidgetly is a free board app.\n\n\
                  ## Can Widgetly be rewritten in another programming language? {#rewrite}\n\nNot yet.\n\n\
                  ## How do I back up Widgetly? {#backup}\n\nCopy the Widgetly data folder.\n\n\
                  ## Does Widgetly run offline? {#offline}\n\nYes, Widgetly needs no internet.\n\n\
                  ## Sandstorm {#sandstorm}\n\nA platform to host apps.\n";
        let f = faq_of(md);
        let precision = |q: &str, id: &str| {
            let u = f.understand(q);
            let h = u
                .hits
                .iter()
                .find(|h| f.kb.sections[h.section].id.as_str() == id);
            h.map_or(0.0, |h| h.features.get("title_match"))
        };
        assert!(precision("any plans to port widgetly to another language?", "about") < 0.5);
        assert!(precision("is sandstorm still around", "sandstorm") > 0.99);
    }

    /// Abbreviations of software support ("PR", "UI", "2FA") meet the long
    /// form an FAQ writes out, though the FAQ never defines them.
    #[test]
    fn common_abbreviations_meet_their_long_form() {
        let md = "## How do I get my pull request reviewed? {#review}\n\nAsk in the chat.\n\n\
                  ## Can I change the language of the user interface? {#lang}\n\nYes, in settings.\n\n\
                  ## How do I turn on two-factor authentication? {#twofa}\n\nOpen the security page.\n\n\
                  ## Which operating systems are supported? {#systems}\n\nLinux and macOS.\n";
        assert_ranked_first(
            &faq_of(md),
            &[
                ("who looks at my PR and when", "review"),
                ("ui in german possible?", "lang"),
                ("where do i set up 2fa", "twofa"),
                ("does it work on my os", "systems"),
            ],
        );
    }
}
