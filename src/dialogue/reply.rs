//! What the engine says back. The JSON form is the contract's chat interface;
//! the Discord front renders the same values.

use crate::ids::{FactId, SectionId, Value};
use crate::knowledge::{FactKind, Knowledge, Source};
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
    /// How it is asked: first, again, as a numbered list after two replies
    /// that didn't answer it, or to confirm a doubtful reading.
    pub form: AskForm,
}

/// How a follow-up question is put (see [`Question::form`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum AskForm {
    #[default]
    First,
    /// The last reply didn't answer it.
    Again,
    /// Two replies didn't answer it: the choices as a numbered list, with
    /// "start over" and (on Discord) the staff hand-over offered.
    Listed,
    /// A reading of the user's words below the confidence floor, to be
    /// confirmed before an answer rests on it: the first option confirms it.
    Confirm(Value),
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

/// The language a conversation is held in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// The language of a message, or `None` when it doesn't tell (a
    /// number, "yes", a host name): a message with Chinese characters is
    /// Chinese, one of three or more English words and none is English.
    pub fn of(message: &str) -> Option<Lang> {
        if message.chars().any(crate::understanding::cjk::is_han) {
            return Some(Lang::Zh);
        }
        let english = message
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 1)
            .count();
        (english >= 3).then_some(Lang::En)
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }
}

/// The engine's own sentences in Chinese.
const ZH_TEXTS: &[(&str, &str)] = &[
    ("Ask me a question about the FAQ.", "请问关于常见问题的问题吧。"),
    ("The FAQ was updated and the question I asked is no longer in it. Please ask again.", "常见问题已更新，我刚才问的问题已不在其中。请重新提问。"),
    ("Okay, I've forgotten this conversation. Ask me anything about the FAQ.", "好的，这次对话已清空。请随时提问。"),
    ("You're welcome! Ask me anything else about the FAQ.", "不客气！还有其他问题请随时问我。"),
    ("Hi! Ask me a question about the FAQ, or pick one of these.", "你好！请提问，或从下面选一个问题。"),
    ("Okay. Try asking in other words, or pick a topic from the list.", "好的。请换个说法提问，或从列表中选一个主题。"),
    ("Which one? Reply with its number or pick it from the list.", "是哪一个？请回复编号或从列表中选择。"),
    ("There is no open question right now. Ask me something about the FAQ.", "现在没有待回答的问题。请提问。"),
    ("There is no such FAQ section. The closest ones are below.", "没有这个问题。下面是最接近的几个。"),
    ("I couldn't find that in the FAQ.", "常见问题里没有找到相关内容。"),
    ("I couldn't find that in the FAQ. The closest sections are below; or rephrase your question.", "常见问题里没有找到相关内容。下面是最接近的几个问题；也可以换个说法再问。"),
    ("I'm not sure I understood. Did you mean this?", "我不太确定理解了您的意思。您是指这个问题吗？"),
    ("Which of these do you mean?", "您指的是下面哪一个？"),
    ("That FAQ section no longer exists. Please ask again.", "这个问题已不存在。请重新提问。"),
    ("That question is no longer in the FAQ. Please ask again.", "这个问题已不在常见问题中。请重新提问。"),
];

fn zh_text(text: &str) -> String {
    ZH_TEXTS
        .iter()
        .find(|(en, _)| *en == text)
        .map_or_else(|| text.to_string(), |(_, zh)| zh.to_string())
}

impl Reply {
    /// The reply as said in a Chinese conversation: follow-up questions,
    /// choices, "because" lines and section titles in the Chinese the rules
    /// files give (as written where they give none), the engine's own
    /// sentences in Chinese. A rule's answer quotes the FAQ as written.
    pub fn in_chinese(self, kb: &Knowledge) -> Reply {
        let zh = &kb.zh;
        let title = |id: &SectionId, t: String| zh.titles.get(id).cloned().unwrap_or(t);
        let cands = |v: Vec<Candidate>| -> Vec<Candidate> {
            v.into_iter()
                .map(|c| Candidate {
                    title: title(&c.section, c.title),
                    section: c.section,
                })
                .collect()
        };
        match self {
            Reply::Answer(mut a) => {
                a.title = title(&a.section, a.title);
                if a.kind == AnswerKind::Otherwise {
                    if let Some(t) = zh.otherwise.get(&a.section) {
                        a.text = t.clone();
                    }
                }
                for b in &mut a.because {
                    if let Some(t) = zh.because.get(&(b.fact.clone(), b.value.clone())) {
                        b.text = t.clone();
                    }
                }
                Reply::Answer(a)
            }
            Reply::Ask(mut q) => {
                let confirming = match &q.form {
                    AskForm::Confirm(v) => Some(v.clone()),
                    _ => None,
                };
                if let Some(v) = &confirming {
                    if let Some(b) = zh.because.get(&(q.fact.clone(), v.clone())) {
                        q.text = format!("想确认一下：{b}，对吗？");
                    }
                } else if let Some(t) = zh.questions.get(&q.fact) {
                    let hint = match (q.retry, q.kind) {
                        (false, _) => "",
                        (true, FactKind::YesNo) => "请回答是或否。",
                        (true, FactKind::Choice) => "请选择一个选项（编号或名称）。",
                    };
                    q.text = format!("{hint}{t}");
                }
                for o in &mut q.options {
                    if confirming.is_some() {
                        // "Yes" confirms; the others are the fact's own labels.
                        if Some(&o.value) == confirming.as_ref() {
                            o.label = "是".into();
                            continue;
                        }
                        if q.kind == FactKind::YesNo {
                            o.label = "否".into();
                            continue;
                        }
                    }
                    if let Some(l) = zh.labels.get(&(q.fact.clone(), o.value.clone())) {
                        o.label = l.clone();
                    } else if q.kind == FactKind::YesNo {
                        o.label = if o.value.as_str() == "yes" {
                            "是"
                        } else {
                            "否"
                        }
                        .into();
                    }
                }
                if q.form == AskForm::Listed {
                    let list: Vec<String> = q
                        .options
                        .iter()
                        .enumerate()
                        .map(|(i, o)| format!("{}. {}", i + 1, o.label))
                        .collect();
                    q.text = format!(
                        "我还是没看懂您的回答。{}\n{}\n请回复编号，或说“重新开始”。",
                        zh.questions.get(&q.fact).map_or("", String::as_str),
                        list.join("\n")
                    );
                }
                Reply::Ask(q)
            }
            Reply::Clarify { text, candidates } => Reply::Clarify {
                text: zh_text(&text),
                candidates: cands(candidates),
            },
            Reply::NoMatch { text, suggestions } => Reply::NoMatch {
                text: zh_text(&text),
                suggestions: cands(suggestions),
            },
            Reply::Reset { text } => Reply::Reset {
                text: zh_text(&text),
            },
        }
    }
}
