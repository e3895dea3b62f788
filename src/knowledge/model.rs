//! The loaded knowledge: sections, facts and rules, already validated.

use super::pattern::PatternRegex;
use crate::ids::{FactId, SectionId, Value};
use serde::Serialize;
use std::collections::HashMap;

/// Where a section comes from, quoted with every answer.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Source {
    /// Path of the Markdown file relative to the FAQ folder.
    pub file: String,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: SectionId,
    pub title: String,
    pub topic: String,
    /// The answer text as written in the Markdown (what matching reads).
    pub body: String,
    /// The text an answer shows, before links inside the docs are unlinked:
    /// the body with reference links inline and template markup out.
    pub shown: String,
    pub source: Source,
    /// Example user questions from the rules file (matching and `eval`).
    pub examples: Vec<String>,
    /// Extra matching words from the rules file.
    pub keywords: Vec<String>,
    pub rules: Vec<Rule>,
    /// Answer when no rule applies (a sentence written by the FAQ's authors).
    pub otherwise: Option<String>,
}

impl Section {
    /// A bare section for unit tests: id `s`, this title and body, from `f.md`.
    #[cfg(test)]
    pub(crate) fn for_test(title: &str, body: &str) -> Section {
        Section {
            id: SectionId("s".into()),
            title: title.into(),
            topic: String::new(),
            body: body.into(),
            shown: body.into(),
            source: Source {
                file: "f.md".into(),
                line: 1,
            },
            examples: Vec::new(),
            keywords: Vec::new(),
            rules: Vec::new(),
            otherwise: None,
        }
    }

    /// The first rule, in order, that no known fact rules out: the one
    /// that fires once its facts are known.
    pub fn first_open_rule(
        &self,
        facts: &std::collections::BTreeMap<FactId, Value>,
    ) -> Option<&Rule> {
        self.rules.iter().find(|rule| {
            rule.when
                .iter()
                .all(|c| facts.get(&c.fact).is_none_or(|v| c.values.contains(v)))
        })
    }

    /// Whether `facts` fire one of its rules: its first open rule has
    /// every fact known.
    pub fn fired_by(&self, facts: &std::collections::BTreeMap<FactId, Value>) -> bool {
        self.first_open_rule(facts)
            .is_some_and(|r| r.when.iter().all(|c| facts.contains_key(&c.fact)))
    }

    /// Facts any of this section's rules depends on, in first-use order.
    pub fn facts_used(&self) -> Vec<&FactId> {
        let mut out: Vec<&FactId> = Vec::new();
        for r in &self.rules {
            for c in &r.when {
                if !out.contains(&&c.fact) {
                    out.push(&c.fact);
                }
            }
        }
        out
    }

    /// Whether `fact = value` only ever sends this section's dialogue to
    /// another section: every rule naming that value hands over, so the
    /// section is not the one about a user who states it ("I bought ECS"
    /// for "Is a filing required if I do not purchase ECS?").
    pub fn hands_over_on(&self, fact: &FactId, value: &Value) -> bool {
        let mut naming = self
            .rules
            .iter()
            .filter(|r| {
                r.when
                    .iter()
                    .any(|c| &c.fact == fact && c.values.contains(value))
            })
            .peekable();
        naming.peek().is_some() && naming.all(|r| matches!(r.then, Outcome::Goto(_)))
    }
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub when: Vec<Condition>,
    pub then: Outcome,
    /// Line of the rule in its rules file (diagnostics).
    pub line: usize,
}

/// `fact` has one of `values`.
#[derive(Debug, Clone)]
pub struct Condition {
    pub fact: FactId,
    pub values: Vec<Value>,
}

#[derive(Debug, Clone)]
pub enum Outcome {
    /// The FAQ sentence that answers.
    Answer(String),
    /// Continue in another section with the facts known so far.
    Goto(SectionId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    YesNo,
    Choice,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: Value,
    pub label: String,
    /// How an answer phrases this value in its "because" list.
    #[serde(skip)]
    pub because: String,
}

/// A regex that sets a fact to a value when it matches the user's text.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub value: Value,
    pub regex: PatternRegex,
    /// The negations it spells ("not", "no", 不, 没): one of these in its
    /// match is part of what it means, not a reversal; another ("信息都没变"
    /// matched by a pattern spelling 不对) negates it as in any pattern.
    pub negations: Vec<String>,
    /// A presumption (`[facts.X.presumptions]`): what a message usually
    /// implies; another value said outright wins over it.
    pub presumed: bool,
}

#[derive(Debug, Clone)]
pub struct Fact {
    pub id: FactId,
    pub question: String,
    pub kind: FactKind,
    /// For yes/no facts: `yes` then `no`.
    pub choices: Vec<Choice>,
    pub patterns: Vec<Pattern>,
    /// Sentences that state each value, matched clause by clause with the
    /// same understanding as questions (see `understanding::statements`).
    pub examples: Vec<Statement>,
    /// Words around a pattern's match that make it about something else
    /// (`[facts.X.asides]`), folded as messages are.
    pub asides: super::rules_file::Asides,
    /// (value, fact, value): a value of this fact entails the other
    /// fact's value (`[facts.X.implies]`).
    pub implies: Vec<(Value, FactId, Value)>,
    /// (value, included value): said together, the first holds
    /// (`[facts.X.includes]`).
    pub includes: Vec<(Value, Value)>,
}

/// An example sentence that states `value` of a fact ("no website, only
/// SSH"), with where it is written (for `check`).
#[derive(Debug, Clone)]
pub struct Statement {
    pub value: Value,
    pub text: String,
    pub file: std::path::PathBuf,
    pub line: usize,
}

impl Fact {
    pub fn choice(&self, v: &Value) -> Option<&Choice> {
        self.choices.iter().find(|c| &c.value == v)
    }
}

/// A group of phrases that mean the same when matching questions.
#[derive(Debug, Clone, Default)]
pub struct SynonymGroup {
    pub canonical: String,
    pub aliases: Vec<String>,
    /// Regexes whose matches (group 1 if any) are aliases too.
    pub forms: Vec<String>,
    /// Matches of `forms` that are not aliases.
    pub except: Vec<String>,
}

/// Chinese texts from the rules files (`title_zh`, `question_zh`,
/// `label_zh`, `because_zh`, `otherwise_zh`), used in a Chinese
/// conversation; anything without one is said as written.
#[derive(Debug, Clone, Default)]
pub struct ZhTexts {
    pub titles: HashMap<SectionId, String>,
    pub otherwise: HashMap<SectionId, String>,
    pub questions: HashMap<FactId, String>,
    pub labels: HashMap<(FactId, Value), String>,
    pub because: HashMap<(FactId, Value), String>,
}

impl ZhTexts {
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty()
            && self.otherwise.is_empty()
            && self.questions.is_empty()
            && self.labels.is_empty()
            && self.because.is_empty()
    }
}

/// Everything one FAQ folder says.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    pub sections: Vec<Section>,
    pub facts: Vec<Fact>,
    pub synonyms: Vec<SynonymGroup>,
    /// Chinese texts of sections and facts.
    pub zh: ZhTexts,
    section_index: HashMap<SectionId, usize>,
    fact_index: HashMap<FactId, usize>,
    /// The rules files' `[confidence]` settings.
    pub confidence: ConfidenceSettings,
    /// How the FAQ's wording is read: the rules files' `[text]`.
    pub text: super::TextRules,
}

/// How sure the bot must be to answer, from the rules files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfidenceSettings {
    pub rates: crate::understanding::Rates,
    /// A model fit for this FAQ; the built-in one otherwise.
    pub model: Option<crate::understanding::Model>,
    /// A model fit for this FAQ with the sentence model, used when that is
    /// loaded (before `model`).
    pub model_with_sentence: Option<crate::understanding::Model>,
    /// The optional sentence model's folder (a rules file's
    /// `semantic_model`, relative to that file).
    pub semantic_model: Option<std::path::PathBuf>,
}

impl Knowledge {
    pub fn new(sections: Vec<Section>, facts: Vec<Fact>, synonyms: Vec<SynonymGroup>) -> Self {
        let section_index = sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let fact_index = facts
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i))
            .collect();
        Self {
            sections,
            facts,
            synonyms,
            zh: ZhTexts::default(),
            section_index,
            fact_index,
            confidence: ConfidenceSettings::default(),
            text: super::TextRules::general(),
        }
    }
    pub fn with_confidence(mut self, confidence: ConfidenceSettings) -> Self {
        self.confidence = confidence;
        self
    }
    pub fn section(&self, id: &SectionId) -> Option<&Section> {
        self.section_index.get(id).map(|&i| &self.sections[i])
    }
    pub fn section_pos(&self, id: &SectionId) -> Option<usize> {
        self.section_index.get(id).copied()
    }
    pub fn fact(&self, id: &FactId) -> Option<&Fact> {
        self.fact_index.get(id).map(|&i| &self.facts[i])
    }
}
