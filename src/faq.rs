//! A loaded FAQ folder: the knowledge plus the indexes that understand
//! questions about it. Built once per (re)load and shared read-only.

use crate::ids::{FactId, Value};
use crate::knowledge::{self, Diagnostic, Knowledge, LoadError};
use crate::understanding::{
    index::Params, normalize, Extractor, Found, Hit, Index, QueryTerm, SemanticIndex, Synonyms,
};
use std::path::Path;

/// Score boost per stated fact that a section's rules use (at most two count).
const STATED_FACT_BOOST: f32 = 0.3;

#[derive(Debug, Clone)]
pub struct Faq {
    pub kb: Knowledge,
    pub warnings: Vec<Diagnostic>,
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
    /// Static embedding vectors of the sections (a ranking feature).
    semantic: SemanticIndex,
}

/// What the engine made of one message.
#[derive(Debug, Clone)]
pub struct Understood {
    /// Folded text with synonyms applied (what patterns and the index see).
    pub prepared: String,
    pub terms: Vec<QueryTerm>,
    pub facts: Vec<Found>,
    /// Sections best first.
    pub hits: Vec<Hit>,
    /// The question uses a word of the FAQ's overall topic, or the FAQ has none,
    /// or its best section is itself outside that topic.
    pub on_topic: bool,
    /// Sections whose title's case the message names itself ("...needed if
    /// you don't buy any ecs? I did buy one"): a stated fact against that
    /// case doesn't make them beside the point.
    pub names_case_of: Vec<usize>,
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

    pub fn new(loaded: knowledge::Loaded) -> Self {
        Self::with_params(loaded, Params::default())
    }

    pub fn with_params(loaded: knowledge::Loaded, params: Params) -> Self {
        let kb = loaded.knowledge;
        let synonyms = Synonyms::new(&kb.synonyms);
        let index = Index::build(&kb, &synonyms, params);
        let extractor = Extractor::new(&kb);
        let semantic = SemanticIndex::build(&kb);
        // Facts each title states: the case the section is about.
        let presupposed: Vec<Vec<(FactId, Value)>> = kb
            .sections
            .iter()
            .map(|s| {
                if kb.facts.is_empty() {
                    return Vec::new();
                }
                let title =
                    synonyms.apply(&normalize::host_names_as_words(&normalize::fold(&s.title)));
                extractor
                    .extract(&kb, &title)
                    .into_iter()
                    .map(|f| (f.fact, f.value))
                    .collect()
            })
            .collect();
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
        Self {
            kb,
            warnings: loaded.warnings,
            synonyms,
            index,
            extractor,
            fact_sections,
            presupposed,
            titled,
            rule_uses,
            semantic,
        }
    }

    pub fn semantic(&self) -> &SemanticIndex {
        &self.semantic
    }

    /// Static-embedding cosine of a message (raw or prepared) with each of
    /// `sections`, in that order: a feature for ranking, not a cut-off.
    pub fn semantic_scores(&self, text: &str, sections: &[usize]) -> Vec<f32> {
        let q = self.semantic.embed_query(text);
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

    /// Folded, synonym-replaced text.
    pub fn prepare(&self, text: &str) -> String {
        let text = normalize::without_chat_markup(text);
        let text = normalize::shorthand_spelt_out(&text);
        self.synonyms
            .apply(&normalize::host_names_as_words(&normalize::fold(&text)))
    }

    /// Facts stated in a message.
    pub fn extract_facts(&self, text: &str) -> Vec<Found> {
        self.understand(text).facts
    }

    /// Facts stated in already prepared text.
    pub fn extract_facts_prepared(&self, prepared: &str) -> Vec<Found> {
        self.extractor.extract(&self.kb, prepared)
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
        let (facts, mentions) = self.extractor.extract_with_mentions(&self.kb, &prepared);
        let terms = self.index.query_terms(&prepared);
        // A word that stated a fact is explained by every section using that fact.
        let explained: Vec<Vec<u32>> = terms
            .iter()
            .map(|t| {
                let mut secs: Vec<u32> = Vec::new();
                for f in mentions
                    .iter()
                    .filter(|f| f.start < t.end && t.start < f.end)
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
            hits.sort_unstable_by(|a, b| {
                b.score.total_cmp(&a.score).then(a.section.cmp(&b.section))
            });
        }
        Understood {
            on_topic: self.index.on_topic(&terms)
                || hits
                    .first()
                    .is_some_and(|h| !self.index.titled_on_topic(h.section)),
            prepared,
            terms,
            facts,
            hits,
            names_case_of,
        }
    }
}
