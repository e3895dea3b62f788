//! The rules file (`*.toml` beside the Markdown): facts, rules per section,
//! synonyms and example questions. Read with serde; spans give line numbers.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    #[serde(default)]
    pub synonyms: Vec<Spanned<SynonymDef>>,
    #[serde(default)]
    pub facts: BTreeMap<Spanned<String>, Spanned<FactDef>>,
    #[serde(default)]
    pub sections: BTreeMap<Spanned<String>, Spanned<SectionDef>>,
    /// How sure the bot must be to answer: `[confidence]`.
    #[serde(default)]
    pub confidence: Option<Spanned<ConfidenceDef>>,
    /// The optional sentence model's folder (`model.safetensors` and
    /// `tokenizer.json`), relative to the rules file; needs a build with
    /// the `sentence-model` feature.
    #[serde(default)]
    pub semantic_model: Option<Spanned<String>>,
}

/// `[confidence]`: the wrong-answer rates the answer cut-off is chosen for,
/// and optionally a model fit for this FAQ (`faqbot calibrate --out`).
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceDef {
    /// At most this share of in-scope questions answered wrong (default 0.02).
    #[serde(default)]
    pub max_wrong_rate: Option<f32>,
    /// At most this share of out-of-scope questions answered (default 0.05).
    #[serde(default)]
    pub max_out_of_scope_rate: Option<f32>,
    /// A calibration model file (JSON), relative to the rules file.
    #[serde(default)]
    pub model: Option<String>,
    /// The same for when the sentence model is loaded: a model fit with it
    /// (`faqbot calibrate --semantic-model DIR --out`).
    #[serde(default)]
    pub model_with_sentence: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynonymDef {
    pub canonical: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Regexes over folded text for aliases no list can hold (any cloud
    /// brand "X云"); group 1, when there is one, is the alias.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Texts a form matches that are not aliases ("私有云").
    #[serde(default)]
    pub except: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    /// The follow-up question asked when the fact is missing.
    pub question: String,
    /// The same question in Chinese, asked in a Chinese conversation.
    #[serde(default)]
    pub question_zh: Option<String>,
    /// Declared values with button labels; absent for a yes/no fact.
    #[serde(default)]
    pub choices: Vec<ChoiceDef>,
    /// For yes/no facts: how an answer phrases each value ("because: ...").
    #[serde(default)]
    pub because: BTreeMap<String, String>,
    /// The "because" lines in Chinese.
    #[serde(default)]
    pub because_zh: BTreeMap<String, String>,
    /// value -> regexes over the normalised message that set the fact to it.
    /// For exact forms: region ids, domain names, numbers.
    #[serde(default)]
    pub patterns: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    /// value -> regexes for what a message usually implies without saying
    /// it ("a new domain" is usually a new site on the ECS at hand): read
    /// like patterns, but any other value said outright wins over them.
    #[serde(default)]
    pub presumptions: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    /// value -> other facts' values it entails ("the subject never filed"
    /// is "filed with no provider"), read with it from the same words.
    #[serde(default)]
    pub implies: BTreeMap<String, BTreeMap<String, String>>,
    /// value -> values of this fact it includes ("add a provider" keeps
    /// the current one: `add = ["none"]`): a message saying both means it
    /// ("we're keeping the filing there. we'll also add Alibaba Cloud").
    #[serde(default)]
    pub includes: BTreeMap<String, Vec<String>>,
    /// value -> sentences that state it ("no website, only SSH"): the
    /// usual way to teach a fact.
    #[serde(default)]
    pub examples: BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>,
    /// Words next to a pattern's match that make it about something else
    /// ("living in Suzhou", "our Shenzhen subsidiary" are not where the
    /// server is).
    #[serde(default)]
    pub asides: Asides,
}

/// `[facts.X.asides]`: a pattern's match right after one of `before`, or
/// right before one of `after` (whole words), reads nothing.
#[derive(Debug, Deserialize, Default, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Asides {
    #[serde(default)]
    pub before: Vec<String>,
    #[serde(default)]
    pub after: Vec<String>,
    /// The fact's own things ("server", "ECS"): someone saying what they
    /// run or open before a place ("we're opening a restaurant in
    /// Chongqing") speaks of themselves, unless what they name is one of
    /// these ("we run a server in Shanghai"). Single words.
    #[serde(default)]
    pub things: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    pub value: String,
    pub label: String,
    #[serde(default)]
    pub label_zh: Option<String>,
    #[serde(default)]
    pub because: Option<String>,
    #[serde(default)]
    pub because_zh: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SectionDef {
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub rules: Vec<Spanned<RuleDef>>,
    #[serde(default)]
    pub otherwise: Option<String>,
    /// The section's question in Chinese: the title of its answers in a
    /// Chinese conversation (the answer itself quotes the FAQ as written).
    #[serde(default)]
    pub title_zh: Option<String>,
    /// The "otherwise" text in Chinese.
    #[serde(default)]
    pub otherwise_zh: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub when: BTreeMap<Spanned<String>, OneOrMany>,
    #[serde(default)]
    pub answer: Option<String>,
    #[serde(default)]
    pub goto: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn values(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}
