//! What the engine says back. The JSON form is the contract's chat interface;
//! the Discord front renders the same values.

use crate::ids::{FactId, SectionId, Value};
use crate::knowledge::{FactKind, Knowledge, Source};
use serde::Serialize;
use serde_json::Value as Json;

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Because {
    pub fact: FactId,
    // Serialised in alphabetical order, as a JSON value prints them.
    pub text: String,
    pub value: Value,
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceOption {
    // Serialised in alphabetical order, as a JSON value prints them.
    pub label: String,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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

    /// The contract's JSON object (one line of `chat --json`); keys come
    /// out sorted, as a `serde_json::Value` prints them.
    pub fn to_json(&self) -> Json {
        serde_json::to_value(self).expect("a reply serialises")
    }
}

/// A reply as the contract's JSON shows it: one object per reply, tagged
/// by `type`. Borrowed from the [`Reply`]. Fields are in alphabetical
/// order, the order a `serde_json::Value` prints them in, so a reply
/// written straight out differs from its [`Reply::to_json`] line only in
/// `type` coming first.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Wire<'a> {
    Answer {
        because: &'a [Because],
        rule: &'a Option<String>,
        section: &'a SectionId,
        source: WireSource<'a>,
        text: &'a str,
        title: &'a str,
        via: &'a [SectionId],
    },
    Question {
        /// The contract: empty for yes/no.
        choices: &'a [ChoiceOption],
        fact: &'a FactId,
        kind: FactKind,
        retry: bool,
        section: &'a SectionId,
        text: &'a str,
    },
    Clarify {
        candidates: &'a [Candidate],
        text: &'a str,
    },
    /// Also the reply to "start over" (with `reset: true`).
    NoMatch {
        #[serde(skip_serializing_if = "Option::is_none")]
        reset: Option<bool>,
        suggestions: &'a [Candidate],
        text: &'a str,
    },
}

/// Where an answer comes from: the Markdown file and line, and its section.
#[derive(Serialize)]
struct WireSource<'a> {
    file: &'a str,
    line: usize,
    section: &'a SectionId,
}

impl Serialize for Reply {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let wire = match self {
            Reply::Answer(a) => Wire::Answer {
                because: &a.because,
                rule: &a.rule,
                section: &a.section,
                source: WireSource {
                    file: &a.source.file,
                    line: a.source.line,
                    section: &a.section,
                },
                text: &a.text,
                title: &a.title,
                via: &a.via,
            },
            Reply::Ask(q) => Wire::Question {
                choices: if q.kind == FactKind::YesNo {
                    &[]
                } else {
                    &q.options
                },
                fact: &q.fact,
                kind: q.kind,
                retry: q.retry,
                section: &q.section,
                text: &q.text,
            },
            Reply::Clarify { text, candidates } => Wire::Clarify { candidates, text },
            Reply::NoMatch { text, suggestions } => Wire::NoMatch {
                reset: None,
                suggestions,
                text,
            },
            Reply::Reset { text } => Wire::NoMatch {
                reset: Some(true),
                suggestions: &[],
                text,
            },
        };
        wire.serialize(serializer)
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
    /// Chinese, unless they are a term or two in an English sentence (a
    /// filing number's 赣ICP备, "is 备案 needed for ..."): English words at
    /// least twice as many as Chinese characters. One of three or more
    /// English words and no Chinese is English.
    pub fn of(message: &str) -> Option<Lang> {
        let han = message
            .chars()
            .filter(|&c| crate::understanding::cjk::is_han(c))
            .count();
        let english = message
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 1)
            .count();
        if han > 0 && english < 2 * han.max(3) {
            return Some(Lang::Zh);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(id: &str, title: &str) -> Candidate {
        Candidate {
            section: SectionId(id.into()),
            title: title.into(),
        }
    }

    /// One reply of every kind (and both shapes of answer and question).
    fn samples() -> Vec<(&'static str, Reply)> {
        let answer = |rule: Option<&str>, kind| Answer {
            section: SectionId("section_kbw_s15_jgb".into()),
            title: "Is an ICP Filing required for domain names?".into(),
            text: "An ICP Filing is required if \"quoted\" \u{4e2d}.".into(),
            rule: rule.map(str::to_string),
            because: vec![Because {
                fact: FactId("points_to_mainland".into()),
                value: Value("yes".into()),
                text: "your domain name points to Mainland China".into(),
            }],
            source: Source {
                file: "icp-filing.md".into(),
                line: 12,
            },
            via: vec![SectionId("section_un3_kd5_jgb".into())],
            kind,
        };
        let question = |kind, retry| Question {
            section: SectionId("section_fvv_dc5_jgb".into()),
            fact: FactId("tld_filing".into()),
            text: "Is the top-level domain filed?".into(),
            kind,
            options: vec![
                ChoiceOption {
                    value: Value("alibaba".into()),
                    label: "With Alibaba Cloud".into(),
                },
                ChoiceOption {
                    value: Value("none".into()),
                    label: "Not filed".into(),
                },
            ],
            retry,
            form: AskForm::First,
        };
        vec![
            (
                "answer with a rule",
                Reply::Answer(answer(Some("An ICP Filing is required."), AnswerKind::Rule)),
            ),
            (
                "otherwise answer",
                Reply::Answer(Answer {
                    because: vec![],
                    via: vec![],
                    ..answer(None, AnswerKind::Otherwise)
                }),
            ),
            (
                "choice question",
                Reply::Ask(question(FactKind::Choice, false)),
            ),
            (
                "yes/no question asked again",
                Reply::Ask(question(FactKind::YesNo, true)),
            ),
            (
                "clarify",
                Reply::Clarify {
                    text: "Which of these do you mean?".into(),
                    candidates: vec![cand("a", "A?"), cand("b", "B?")],
                },
            ),
            (
                "no match",
                Reply::NoMatch {
                    text: "I couldn't find that in the FAQ.".into(),
                    suggestions: vec![cand("a", "A?")],
                },
            ),
            (
                "no match without suggestions",
                Reply::NoMatch {
                    text: "x".into(),
                    suggestions: vec![],
                },
            ),
            (
                "reset",
                Reply::Reset {
                    text: "Okay, I've forgotten this conversation.".into(),
                },
            ),
        ]
    }

    /// `chat --json` lines as the hand-built `json!` objects printed them
    /// before `Reply` was serialised with serde.
    const BEFORE: &[&str] = &[
        r#"{"because":[{"fact":"points_to_mainland","text":"your domain name points to Mainland China","value":"yes"}],"rule":"An ICP Filing is required.","section":"section_kbw_s15_jgb","source":{"file":"icp-filing.md","line":12,"section":"section_kbw_s15_jgb"},"text":"An ICP Filing is required if \"quoted\" 中.","title":"Is an ICP Filing required for domain names?","type":"answer","via":["section_un3_kd5_jgb"]}"#,
        r#"{"because":[],"rule":null,"section":"section_kbw_s15_jgb","source":{"file":"icp-filing.md","line":12,"section":"section_kbw_s15_jgb"},"text":"An ICP Filing is required if \"quoted\" 中.","title":"Is an ICP Filing required for domain names?","type":"answer","via":[]}"#,
        r#"{"choices":[{"label":"With Alibaba Cloud","value":"alibaba"},{"label":"Not filed","value":"none"}],"fact":"tld_filing","kind":"choice","retry":false,"section":"section_fvv_dc5_jgb","text":"Is the top-level domain filed?","type":"question"}"#,
        r#"{"choices":[],"fact":"tld_filing","kind":"yes_no","retry":true,"section":"section_fvv_dc5_jgb","text":"Is the top-level domain filed?","type":"question"}"#,
        r#"{"candidates":[{"section":"a","title":"A?"},{"section":"b","title":"B?"}],"text":"Which of these do you mean?","type":"clarify"}"#,
        r#"{"suggestions":[{"section":"a","title":"A?"}],"text":"I couldn't find that in the FAQ.","type":"no_match"}"#,
        r#"{"suggestions":[],"text":"x","type":"no_match"}"#,
        r#"{"reset":true,"suggestions":[],"text":"Okay, I've forgotten this conversation.","type":"no_match"}"#,
    ];

    #[test]
    fn a_chinese_term_in_an_english_sentence_keeps_it_english() {
        let of = Lang::of;
        assert_eq!(of("Yep, the root domain has its filing already (赣ICP备), and Alibaba Cloud was the provider."), Some(Lang::En));
        assert_eq!(
            of("is 备案 needed for my website on ECS in Hangzhou?"),
            Some(Lang::En)
        );
        assert_eq!(
            of("我们的 web app 在 cn-shanghai，要 ICP 吗"),
            Some(Lang::Zh)
        );
        assert_eq!(of("ECS 在香港"), Some(Lang::Zh));
        assert_eq!(of("是的"), Some(Lang::Zh));
        assert_eq!(of("yes"), None);
        assert_eq!(of("my domain is in Shanghai"), Some(Lang::En));
    }

    #[test]
    fn json_lines_are_as_before() {
        for ((name, reply), before) in samples().iter().zip(BEFORE) {
            assert_eq!(reply.to_json().to_string(), *before, "{name}");
            // Written straight out, the same object with `type` first.
            let direct = serde_json::to_string(reply).unwrap();
            assert!(direct.starts_with(r#"{"type":"#), "{name}: {direct}");
            let parsed: Json = serde_json::from_str(&direct).unwrap();
            assert_eq!(parsed.to_string(), *before, "{name}");
        }
        assert_eq!(BEFORE.len(), samples().len());
    }

    /// The fields `../shared/icp-contract.md` requires of each reply type.
    #[test]
    fn json_has_the_contract_fields() {
        for (name, reply) in samples() {
            let v = reply.to_json();
            let required: &[&str] = match v["type"].as_str() {
                Some("answer") => &["section", "text", "rule"],
                Some("question") => &["section", "fact", "text", "choices"],
                Some("clarify") => &["candidates"],
                Some("no_match") => &["suggestions"],
                other => panic!("{name}: type {other:?}"),
            };
            for k in required {
                assert!(v.get(k).is_some(), "{name}: no `{k}` in {v}");
            }
            for list in ["candidates", "suggestions"] {
                for c in v.get(list).and_then(Json::as_array).into_iter().flatten() {
                    assert!(
                        c["section"].is_string() && c["title"].is_string(),
                        "{name}: {c}"
                    );
                }
            }
            for c in v
                .get("choices")
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
            {
                assert!(
                    c["value"].is_string() && c["label"].is_string(),
                    "{name}: {c}"
                );
            }
        }
    }
}
