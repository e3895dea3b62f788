//! Conversations as data: a TOML file of cases, each a few turns sent to a
//! fresh `faqbot chat --json` and what each reply must be. One runner plays
//! every case and reports every failing one with its name and line.
//!
//! ```toml
//! [[case]]
//! name = "kbw: a negated website is the otherwise answer"
//! # faq = "tests/data/faqs/x"   (default: the runner's folder)
//! # each = ["cn-hangzhou", "cn-beijing"]   (the case once per value: {each})
//! turns = [
//!   { say = "Is an ICP Filing required for domain names?", type = "question", section = "kbw", fact = "points_to_mainland" },
//!   # answers: follow-ups answered by fact until an answer comes (a
//!   # follow-up about another fact, or one asked twice, fails the case)
//!   { say = "My domain points to...", answers = { web_service = "no" }, type = "answer", section = "kbw", rule = "none" },
//! ]
//! ```
//!
//! What a turn may expect of its (last) reply: `type`, `not_type`,
//! `section`, `not_section`, `fact`, `rule` (a sentence or an alias;
//! `"none"` for null), `retry`, `offers` (the section, or one it offers),
//! `offers_at_least`, `same_as` / `same_offers_as` / `picks_first_offer_of`
//! (another turn's reply, 1-based), `suggestions_empty`, `because_first`
//! ("fact=value"), `has_because`, `text` (exact), `text_has` / `text_not`,
//! `quotes_rule` (the text shows the rule's sentence), `choices` (values,
//! in order), `labels_has`; and of the follow-ups
//! `answers` led to: `asked` (["section:fact", ...] in order),
//! `asked_count`, `never_asked`, `asked_in` (the section every follow-up
//! after the first was asked in).
#![allow(dead_code)]

use super::{s, ty, Chat};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<toml::Spanned<Case>>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    faq: Option<String>,
    /// The case once per entry: a string fills `{each}`, a table fills
    /// `{key}` for each of its keys, in every string of the turns.
    #[serde(default)]
    each: Vec<toml::Value>,
    turns: Vec<Turn>,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct Turn {
    say: String,
    #[serde(default)]
    answers: Option<BTreeMap<String, String>>,
    #[serde(default, rename = "type")]
    ty: Option<String>,
    #[serde(default)]
    not_type: Vec<String>,
    #[serde(default)]
    section: Option<String>,
    #[serde(default)]
    not_section: Option<String>,
    #[serde(default)]
    fact: Option<String>,
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    retry: Option<bool>,
    #[serde(default)]
    offers: Option<String>,
    #[serde(default)]
    offers_at_least: Option<usize>,
    #[serde(default)]
    same_as: Option<usize>,
    #[serde(default)]
    same_offers_as: Option<usize>,
    #[serde(default)]
    picks_first_offer_of: Option<usize>,
    #[serde(default)]
    suggestions_empty: Option<bool>,
    #[serde(default)]
    because_first: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    text_has: Vec<String>,
    #[serde(default)]
    quotes_rule: Option<bool>,
    #[serde(default)]
    has_because: Option<bool>,
    #[serde(default)]
    choices: Option<Vec<String>>,
    #[serde(default)]
    labels_has: Vec<String>,
    #[serde(default)]
    text_not: Vec<String>,
    #[serde(default)]
    asked: Option<Vec<String>>,
    #[serde(default)]
    asked_count: Option<usize>,
    #[serde(default)]
    never_asked: Vec<String>,
    #[serde(default)]
    asked_in: Option<String>,
}

/// The runner's setting: the default FAQ folder, the reply-shape check and
/// the short names cases may use for section ids and rule sentences.
pub struct Runner<'a> {
    pub repo: &'a Path,
    pub faq: PathBuf,
    pub check: fn(&Value),
    pub sections: &'a [(&'a str, &'a str)],
    pub rules: &'a [(&'a str, &'a str)],
    /// Workers playing cases side by side (each case is its own process).
    pub workers: usize,
}

/// The sections a reply offers: a "did you mean" or a "no match" with
/// suggestions.
pub fn offered(reply: &Value) -> Vec<Value> {
    reply["candidates"]
        .as_array()
        .or(reply["suggestions"].as_array())
        .cloned()
        .unwrap_or_default()
}

impl Runner<'_> {
    fn alias<'b>(&'b self, v: &'b str) -> &'b str {
        self.sections
            .iter()
            .find(|(k, _)| *k == v)
            .map_or(v, |(_, full)| full)
    }

    fn rule_alias<'b>(&'b self, v: &'b str) -> &'b str {
        self.rules
            .iter()
            .find(|(k, _)| *k == v)
            .map_or(v, |(_, full)| full)
    }

    /// Plays every case of `file`; panics listing every failure.
    pub fn run(&self, file: &str) {
        let path = self.repo.join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let parsed: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut runs: Vec<(String, Case)> = Vec::new();
        for c in parsed.case {
            let line = text[..c.span().start].matches('\n').count() + 1;
            let c = c.into_inner();
            let at = format!("{file}:{line}: {}", c.name);
            if c.each.is_empty() {
                runs.push((at, c));
            } else {
                for v in &c.each {
                    runs.push((format!("{at} [each = {v}]"), with_each(&c, v)));
                }
            }
        }
        assert!(!runs.is_empty(), "{file} has no cases");
        let next = std::sync::atomic::AtomicUsize::new(0);
        let failures = std::sync::Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            for _ in 0..self.workers.max(1) {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some((at, case)) = runs.get(i) else { break };
                    let outcome =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.play(case)));
                    let problem = match outcome {
                        Ok(Ok(())) => continue,
                        Ok(Err(p)) => p,
                        Err(panic) => panic
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_else(|| "panicked".into()),
                    };
                    failures
                        .lock()
                        .unwrap()
                        .push((i, format!("{at}\n{problem}")));
                });
            }
        });
        let mut failures = failures.into_inner().unwrap();
        failures.sort();
        let n = runs.len();
        println!("{file}: {} of {n} case runs pass", n - failures.len());
        assert!(
            failures.is_empty(),
            "{} of {n} case runs of {file} failed:\n\n{}",
            failures.len(),
            failures
                .iter()
                .map(|(_, f)| f.as_str())
                .collect::<Vec<_>>()
                .join("\n\n")
        );
    }

    fn play(&self, case: &Case) -> Result<(), String> {
        let faq = case
            .faq
            .as_ref()
            .map_or_else(|| self.faq.clone(), |f| self.repo.join(f));
        let mut chat = Chat::start_in(&faq, self.check);
        let mut replies: Vec<Value> = Vec::new();
        for (i, turn) in case.turns.iter().enumerate() {
            let fail = |chat: &Chat, what: String| {
                Err(format!(
                    "  turn {} ({:?}): {what}\n  transcript:\n{}",
                    i + 1,
                    turn.say,
                    chat.dump()
                ))
            };
            let mut reply = chat.send(&turn.say);
            let mut asked: Vec<(String, String)> = Vec::new();
            if let Some(answers) = &turn.answers {
                let mut n = 0;
                while ty(&reply) == "question" {
                    let fact = s(&reply, "fact").to_string();
                    if asked.iter().any(|(_, f)| *f == fact) {
                        return fail(&chat, format!("`{fact}` asked twice"));
                    }
                    let Some(a) = answers.get(&fact) else {
                        return fail(
                            &chat,
                            format!(
                                "unexpected follow-up about `{fact}` (answers only {:?})",
                                answers.keys().collect::<Vec<_>>()
                            ),
                        );
                    };
                    asked.push((s(&reply, "section").to_string(), fact));
                    reply = chat.send(a);
                    n += 1;
                    if n > 20 {
                        return fail(&chat, "the dialogue did not end".into());
                    }
                }
            }
            if let Err(what) = self.expect(turn, &reply, &asked, &replies) {
                return fail(&chat, what);
            }
            replies.push(reply);
        }
        Ok(())
    }

    fn expect(
        &self,
        t: &Turn,
        r: &Value,
        asked: &[(String, String)],
        before: &[Value],
    ) -> Result<(), String> {
        let mut bad = Vec::new();
        let mut want = |ok: bool, what: String| {
            if !ok {
                bad.push(what);
            }
        };
        let earlier = |n: usize| -> Result<&Value, String> {
            before
                .get(n.wrapping_sub(1))
                .ok_or(format!("no turn {n} before this one"))
        };
        if let Some(x) = &t.ty {
            want(ty(r) == x, format!("type {:?}, expected {x:?}", ty(r)));
        }
        for x in &t.not_type {
            want(ty(r) != x, format!("type {x:?} is not expected here"));
        }
        if let Some(x) = &t.section {
            let x = self.alias(x);
            want(
                s(r, "section") == x,
                format!("section {:?}, expected {x:?}", s(r, "section")),
            );
        }
        if let Some(x) = &t.not_section {
            let x = self.alias(x);
            want(
                s(r, "section") != x,
                format!("section {x:?} is not expected"),
            );
        }
        if let Some(x) = &t.fact {
            want(
                s(r, "fact") == x,
                format!("fact {:?}, expected {x:?}", s(r, "fact")),
            );
        }
        if let Some(x) = &t.rule {
            let got = r.get("rule").and_then(Value::as_str);
            let expected = (x != "none").then(|| self.rule_alias(x));
            want(
                got == expected,
                format!("rule {got:?}, expected {expected:?}"),
            );
        }
        if let Some(x) = t.retry {
            let got = r["retry"].as_bool();
            want(got == Some(x), format!("retry {got:?}, expected {x}"));
        }
        if let Some(x) = &t.offers {
            let x = self.alias(x);
            let ok = s(r, "section") == x || offered(r).iter().any(|o| o["section"] == x);
            want(ok, format!("{x:?} neither the section nor offered"));
        }
        if let Some(n) = t.offers_at_least {
            let got = offered(r).len();
            want(
                got >= n,
                format!("{got} sections offered, expected {n} or more"),
            );
        }
        if let Some(n) = t.same_as {
            let e = earlier(n)?;
            want(r == e, format!("not the same reply as turn {n}"));
        }
        if let Some(n) = t.same_offers_as {
            let e = earlier(n)?;
            want(
                offered(r) == offered(e),
                format!("not the same sections offered as turn {n}"),
            );
        }
        if let Some(n) = t.picks_first_offer_of {
            let first = offered(earlier(n)?)
                .first()
                .map(|o| s(o, "section").to_string())
                .unwrap_or_default();
            want(
                !first.is_empty() && s(r, "section") == first,
                format!(
                    "section {:?}, expected turn {n}'s first offer {first:?}",
                    s(r, "section")
                ),
            );
        }
        if let Some(x) = t.suggestions_empty {
            let n = r["suggestions"].as_array().map_or(0, Vec::len);
            want((n == 0) == x, format!("{n} suggestions"));
        }
        if let Some(x) = &t.because_first {
            let b = &r["because"][0];
            let got = format!("{}={}", s(b, "fact"), s(b, "value"));
            want(&got == x, format!("first because {got:?}, expected {x:?}"));
        }
        if let Some(x) = &t.text {
            want(
                s(r, "text") == x,
                format!("text {:?}, expected {x:?}", s(r, "text")),
            );
        }
        if t.quotes_rule == Some(true) {
            let rule = s(r, "rule");
            want(
                !rule.is_empty() && s(r, "text").contains(rule),
                "the text does not show the rule's sentence".into(),
            );
        }
        if let Some(x) = t.has_because {
            let n = r["because"].as_array().map_or(0, Vec::len);
            want((n > 0) == x, format!("{n} because lines"));
        }
        let choices = r["choices"].as_array().cloned().unwrap_or_default();
        if let Some(x) = &t.choices {
            let got: Vec<&str> = choices.iter().map(|c| s(c, "value")).collect();
            want(got == *x, format!("choices {got:?}, expected {x:?}"));
        }
        for x in &t.labels_has {
            want(
                choices.iter().any(|c| s(c, "label") == x),
                format!("no choice labelled {x:?}"),
            );
        }
        for x in &t.text_has {
            want(
                s(r, "text").contains(x.as_str()),
                format!("text lacks {x:?}"),
            );
        }
        for x in &t.text_not {
            want(
                !s(r, "text").contains(x.as_str()),
                format!("text has {x:?}"),
            );
        }
        let asked_list: Vec<String> = asked.iter().map(|(sec, f)| format!("{sec}:{f}")).collect();
        if let Some(x) = &t.asked {
            let x: Vec<String> = x
                .iter()
                .map(|a| match a.split_once(':') {
                    Some((sec, f)) => format!("{}:{f}", self.alias(sec)),
                    None => a.clone(),
                })
                .collect();
            want(
                asked_list == x,
                format!("asked {asked_list:?}, expected {x:?}"),
            );
        }
        if let Some(n) = t.asked_count {
            want(
                asked.len() == n,
                format!(
                    "{} follow-ups asked {asked_list:?}, expected {n}",
                    asked.len()
                ),
            );
        }
        for f in &t.never_asked {
            want(
                !asked.iter().any(|(_, a)| a == f),
                format!("`{f}` was stated before, yet asked"),
            );
        }
        if let Some(x) = &t.asked_in {
            let x = self.alias(x);
            for (sec, f) in asked.iter().skip(1) {
                want(sec == x, format!("`{f}` asked in {sec}, expected {x}"));
            }
        }
        if bad.is_empty() {
            Ok(())
        } else {
            Err(format!("{}; reply: {r}", bad.join("; ")))
        }
    }
}

fn with_each(c: &Case, each: &toml::Value) -> Case {
    let subs: Vec<(String, String)> = match each {
        toml::Value::Table(t) => t
            .iter()
            .map(|(k, v)| {
                let v = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                (format!("{{{k}}}"), v)
            })
            .collect(),
        toml::Value::String(v) => vec![("{each}".to_string(), v.clone())],
        other => vec![("{each}".to_string(), other.to_string())],
    };
    fn fill(v: &mut Value, subs: &[(String, String)]) {
        match v {
            Value::String(s) => {
                for (k, x) in subs {
                    *s = s.replace(k.as_str(), x);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| fill(x, subs)),
            Value::Object(o) => o.values_mut().for_each(|x| fill(x, subs)),
            _ => {}
        }
    }
    let mut c = c.clone();
    for t in &mut c.turns {
        let mut v = serde_json::to_value(&*t).expect("a turn serialises");
        fill(&mut v, &subs);
        *t = serde_json::from_value(v).expect("a filled turn reads back");
    }
    c
}
