//! What the engine says back. The JSON form is the contract's chat interface;
//! the Discord front renders the same values.

use crate::ids::{FactId, SectionId, Value};
use crate::knowledge::{FactKind, Source};
use serde_json::{json, Value as Json};

#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A section's answer: a rule's sentence, its "otherwise" text, or its body.
    Answer(Answer),
    /// One missing fact asked for.
    Ask(Question),
    /// Two or more sections are too close to call (or the best is uncertain).
    Clarify {
        text: String,
        candidates: Vec<Candidate>,
    },
    /// Nothing in the FAQ answers this; the closest sections are offered.
    NoMatch {
        text: String,
        suggestions: Vec<Candidate>,
    },
    /// The session was cleared ("cancel", "start over").
    Reset { text: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The section whose rule (or text) decided.
    pub section: SectionId,
    pub title: String,
    pub text: String,
    /// The FAQ sentence of the rule that decided, verbatim; `None` for an
    /// "otherwise" answer or a section without rules.
    pub rule: Option<String>,
    pub because: Vec<Because>,
    pub source: Source,
    /// Sections handed over from before reaching `section`.
    pub via: Vec<SectionId>,
    pub kind: AnswerKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    /// A rule's sentence applied.
    Rule,
    /// No rule applied; the authors' "otherwise" text (or the section text).
    Otherwise,
    /// The section has no rules: its text is the answer.
    Text,
}

/// A fact that decided an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Because {
    pub fact: FactId,
    pub value: Value,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub section: SectionId,
    pub fact: FactId,
    pub text: String,
    pub kind: FactKind,
    /// Declared choices (for yes/no: Yes and No, rendered as buttons).
    pub options: Vec<ChoiceOption>,
    /// Asked again because the previous reply didn't answer it.
    pub retry: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub value: Value,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub section: SectionId,
    pub title: String,
}

impl Reply {
    pub fn kind(&self) -> &'static str {
        match self {
            Reply::Answer(_) => "answer",
            Reply::Ask(_) => "question",
            Reply::Clarify { .. } => "clarify",
            Reply::NoMatch { .. } | Reply::Reset { .. } => "no_match",
        }
    }

    /// The contract's JSON object (one line of `chat --json`).
    pub fn to_json(&self) -> Json {
        let cands = |v: &[Candidate]| -> Json {
            v.iter()
                .map(|c| json!({"section": c.section, "title": c.title}))
                .collect()
        };
        match self {
            Reply::Answer(a) => json!({
                "type": "answer",
                "section": a.section,
                "title": a.title,
                "text": a.text,
                "rule": a.rule,
                "because": a.because.iter().map(|b| json!({"fact": b.fact, "value": b.value, "text": b.text})).collect::<Vec<_>>(),
                "source": {"file": a.source.file, "line": a.source.line, "section": a.section},
                "via": a.via,
            }),
            Reply::Ask(q) => {
                // The contract: choices empty for yes/no.
                let choices: Vec<Json> = if q.kind == crate::knowledge::FactKind::YesNo {
                    Vec::new()
                } else {
                    q.options
                        .iter()
                        .map(|c| json!({"value": c.value, "label": c.label}))
                        .collect()
                };
                json!({
                    "type": "question",
                    "section": q.section,
                    "fact": q.fact,
                    "text": q.text,
                    "choices": choices,
                    "kind": q.kind,
                    "retry": q.retry,
                })
            }
            Reply::Clarify { text, candidates } => json!({
                "type": "clarify",
                "text": text,
                "candidates": cands(candidates),
            }),
            Reply::NoMatch { text, suggestions } => json!({
                "type": "no_match",
                "text": text,
                "suggestions": cands(suggestions),
            }),
            Reply::Reset { text } => json!({
                "type": "no_match",
                "text": text,
                "suggestions": [],
                "reset": true,
            }),
        }
    }
}
