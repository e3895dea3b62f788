//! Conversations about facts said in people's own words: example
//! statements, confirmations, contradictions, corrections and replies the
//! bot cannot read. The cases are data (`tests/data/fact_dialogues.jsonl`):
//! each turn says what the reply must be; every failing case is reported.

use faqbot::dialogue::{respond, Reply, Session};
use faqbot::Faq;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Case {
    name: String,
    #[serde(default)]
    faq: Option<String>,
    turns: Vec<Turn>,
}

#[derive(Deserialize)]
struct Turn {
    say: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    section: Option<String>,
    /// For an answer: the rule sentence, `null` for an "otherwise" answer.
    #[serde(default, deserialize_with = "some_null")]
    rule: Option<Option<String>>,
    #[serde(default)]
    fact: Option<String>,
    #[serde(default)]
    text_has: Option<String>,
    #[serde(default)]
    text_lacks: Option<String>,
    #[serde(default)]
    because_has: Option<String>,
}

/// `"rule": null` (the otherwise answer) apart from no `rule` key at all.
fn some_null<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Ok(Some(Option::deserialize(d)?))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// What is wrong with `reply` for `turn`, if anything.
fn check(turn: &Turn, reply: &Reply) -> Option<String> {
    let json = reply.to_json();
    let got = |k: &str| json[k].as_str().unwrap_or("").to_string();
    let mut wrong = Vec::new();
    if got("type") != turn.kind {
        wrong.push(format!("type {} (want {})", got("type"), turn.kind));
    }
    for (key, want) in [("section", &turn.section), ("fact", &turn.fact)] {
        if let Some(w) = want {
            if &got(key) != w {
                wrong.push(format!("{key} {:?} (want {w:?})", got(key)));
            }
        }
    }
    if let Some(rule) = &turn.rule {
        let have = json["rule"].as_str().map(str::to_string);
        if &have != rule {
            wrong.push(format!("rule {have:?} (want {rule:?})"));
        }
    }
    let text = got("text");
    if let Some(t) = &turn.text_has {
        if !text.contains(t.as_str()) {
            wrong.push(format!("text lacks {t:?}"));
        }
    }
    if let Some(t) = &turn.text_lacks {
        if text.contains(t.as_str()) {
            wrong.push(format!("text has {t:?}"));
        }
    }
    if let Some(t) = &turn.because_has {
        let because = json["because"].to_string();
        if !because.contains(t.as_str()) {
            wrong.push(format!("because lacks {t:?}"));
        }
    }
    (!wrong.is_empty()).then(|| format!("{}\n      reply: {json}", wrong.join("; ")))
}

#[test]
fn fact_dialogues_end_as_written() {
    let path = root().join("tests/data/fact_dialogues.jsonl");
    let text = std::fs::read_to_string(&path).expect("cases");
    let mut faqs: HashMap<String, Faq> = HashMap::new();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
        cases += 1;
        let dir = case.faq.clone().unwrap_or_else(|| "faq".into());
        let faq = faqs
            .entry(dir.clone())
            .or_insert_with(|| Faq::load(&root().join(&dir)).expect("FAQ loads"));
        let mut session = Session::new();
        for (n, turn) in case.turns.iter().enumerate() {
            let reply = respond(faq, &mut session, &turn.say);
            if let Some(why) = check(turn, &reply) {
                failures.push(format!(
                    "line {} ({}), turn {} {:?}: {why}",
                    i + 1,
                    case.name,
                    n + 1,
                    turn.say
                ));
                break;
            }
        }
    }
    assert!(cases >= 10, "only {cases} cases read");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
