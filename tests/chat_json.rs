//! Black-box tests of the `faqbot` binary, driven exactly as a user (or the
//! Discord front) would: `faqbot chat --json --faq <repo>/faq` over
//! stdin/stdout, one JSON object per output line. Expectations come from
//! `../shared/icp-contract.md` (section ids, fact ids and values, verbatim rule
//! sentences, reply shapes), never from the engine's current output.
//!
//! Acceptance rule for "the first reply is about section S" (see
//! [`first_reply_hits`]):
//! * an `answer` or a `question` whose `section` is S is a hit;
//! * a `clarify` whose FIRST candidate is S counts as a hit only in the
//!   data-driven accuracy test (the user sees the right section on top and
//!   picks it with one click); the strict tests do not accept a clarify.
//! * for an out-of-scope message (`expect: null`) only `no_match` is a hit.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

// ------------------------------------------------------------------ contract

const KBW: &str = "section_kbw_s15_jgb";
const UN3: &str = "section_un3_kd5_jgb";
const FVV: &str = "section_fvv_dc5_jgb";
const X3G: &str = "section_x3g_l25_jgb";
const OMC: &str = "section_omc_r25_jgb";
const SRS: &str = "section_srs_v25_jgb";
const B24: &str = "section_b24_df5_jgb";
const FYG: &str = "section_fyg_sf5_jgb";
const SECTIONS: [&str; 8] = [KBW, UN3, FVV, X3G, OMC, SRS, B24, FYG];

const FACTS: [&str; 12] = [
    "points_to_mainland",
    "web_service",
    "domain_resolves_to_ecs",
    "purchased_ecs",
    "tld_filing",
    "subject_filed",
    "domain_filed",
    "provider_change",
    "subject_filing_provider",
    "new_website_on_ecs",
    "has_alibaba_icp_number",
    "modify_info",
];

const R_KBW: &str = "An ICP Filing is required if your domain name points to a node server in Mainland China and you need to activate web services.";
const R_UN3: &str = "An ICP Filing is not required if you do not point to your ECS instances through domain name resolution.";
const R_FVV_ALIBABA: &str = "If the top-level domain name has been filed with Alibaba Cloud, the second-level domain name does not require an ICP Filing.";
const R_FVV_OTHER: &str = "You need to apply for an ICP Filing in Alibaba Cloud if the top-level domain name corresponding to the second-level domain name has an ICP number but the original ICP Filing is not provided by Alibaba Cloud.";
const R_FVV_NONE: &str = "You need to apply for an ICP Filing if the top-level domain name corresponding to the second-level domain name does not have an ICP number.";
const R_X3G: &str =
    "An Alibaba Cloud ICP Filing is not required if you do not purchase any ECS instances.";
const R_OMC: &str = "You need to apply for the initial ICP Filing in the Alibaba Cloud ICP Filing system before service activation if the subject and domain name have not completed ICP Filing before.";
const R_SRS: &str = "You need to apply for an ICP Filing if you want to transfer the ICP Filing of the subject and domain name from the original service provider to Alibaba Cloud or add Alibaba Cloud as a new ICP Filing provider of your website.";
const R_B24_OTHER: &str = "You need to apply for a website ICP Filing if your filing subject has been filed with another service provider and you want to apply for an ICP Filing for a new website domain name in Alibaba Cloud when purchasing ECS instances.";
const R_B24_ALIBABA: &str = "You need to apply for a website ICP Filing if your filing subject has been filed with Alibaba Cloud and your new website is hosted on an ECS instance.";
const R_FYG: &str = "You need to change your ICP Filing on the Alibaba Cloud ICP Filing platform if your website has an ICP Filing number in Alibaba Cloud and you want to modify the information about the filing subject or website.";

/// The rule sentences a section may answer with (contract, verbatim).
fn rules_of(section: &str) -> &'static [&'static str] {
    match section {
        KBW => &[R_KBW],
        UN3 => &[R_UN3],
        FVV => &[R_FVV_ALIBABA, R_FVV_OTHER, R_FVV_NONE],
        X3G => &[R_X3G],
        OMC => &[R_OMC],
        SRS => &[R_SRS],
        B24 => &[R_B24_OTHER, R_B24_ALIBABA],
        FYG => &[R_FYG],
        _ => &[],
    }
}

/// Declared values of each fact (contract).
fn values_of(fact: &str) -> &'static [&'static str] {
    match fact {
        "tld_filing" | "subject_filing_provider" => &["alibaba", "other", "none"],
        "provider_change" => &["transfer", "add", "none"],
        _ => &["yes", "no"],
    }
}

// ------------------------------------------------------------------- helpers

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn faq_dir() -> PathBuf {
    repo().join("faq")
}

mod common;
use common::{bin, cases, s, ty, Chat};

impl Chat {
    fn start() -> Chat {
        Chat::start_in(&faq_dir(), check_shape)
    }
}

/// The contract's required fields for each reply type; and any non-null
/// `rule` must be one of the contract's sentences for that section.
fn check_shape(v: &Value) {
    let t = ty(v);
    let has_str = |k: &str| v.get(k).is_some_and(Value::is_string);
    match t {
        "answer" => {
            assert!(
                has_str("section") && has_str("text"),
                "answer lacks section/text: {v}"
            );
            let rule = v.get("rule").unwrap_or_else(|| {
                panic!("answer lacks `rule` (must be present, maybe null): {v}")
            });
            assert!(
                rule.is_null() || rule.is_string(),
                "rule must be string or null: {v}"
            );
            if let Some(r) = rule.as_str() {
                assert!(
                    rules_of(s(v, "section")).contains(&r),
                    "rule is not a contract sentence of {}: {r:?}",
                    s(v, "section")
                );
            }
            assert!(SECTIONS.contains(&s(v, "section")), "unknown section: {v}");
        }
        "question" => {
            assert!(
                has_str("section") && has_str("fact") && has_str("text"),
                "question lacks section/fact/text: {v}"
            );
            assert!(SECTIONS.contains(&s(v, "section")), "unknown section: {v}");
            let fact = s(v, "fact");
            assert!(FACTS.contains(&fact), "unknown fact: {v}");
            let choices = v
                .get("choices")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if values_of(fact) == ["yes", "no"] {
                // "choices empty or absent for yes/no" (also accept Yes/No).
                for c in &choices {
                    assert!(
                        matches!(s(c, "value"), "yes" | "no"),
                        "yes/no fact with odd choice: {v}"
                    );
                }
            } else {
                let vals: Vec<&str> = choices.iter().map(|c| s(c, "value")).collect();
                assert_eq!(
                    vals,
                    values_of(fact),
                    "choices of {fact} (values, in contract order): {v}"
                );
                for c in &choices {
                    assert!(
                        c.get("label").is_some_and(Value::is_string),
                        "choice lacks label: {v}"
                    );
                }
            }
        }
        "clarify" | "no_match" => {
            let key = if t == "clarify" {
                "candidates"
            } else {
                "suggestions"
            };
            let list = v
                .get(key)
                .and_then(Value::as_array)
                .unwrap_or_else(|| panic!("{t} lacks `{key}` array: {v}"));
            if t == "clarify" {
                // The issue describes clarify as "two sections too close to call";
                // a one-candidate "did you mean" is tolerated here (see report).
                assert!(!list.is_empty(), "clarify without candidates: {v}");
            }
            for c in list {
                assert!(
                    SECTIONS.contains(&s(c, "section")),
                    "{key} entry with unknown section: {v}"
                );
                assert!(
                    c.get("title").is_some_and(Value::is_string),
                    "{key} entry lacks title: {v}"
                );
            }
        }
        other => panic!("unknown reply type {other:?}: {v}"),
    }
}

/// How to answer each follow-up in a dialogue, by fact id.
type Answers<'a> = &'a [(&'a str, &'a str)];

/// The outcome of a whole dialogue.
struct Outcome {
    answer: Value,
    chat: Chat,
}

impl Outcome {
    fn rule(&self) -> Option<&str> {
        self.answer.get("rule").and_then(Value::as_str)
    }
    fn section(&self) -> &str {
        s(&self.answer, "section")
    }
    fn expect(&self, section: &str, rule: Option<&str>) {
        assert_eq!(
            (self.section(), self.rule()),
            (section, rule),
            "final answer (section, rule); transcript:\n{}",
            self.chat.dump()
        );
    }
}

/// Runs messages in `chat`: the first message, then answers each follow-up
/// from `answers` (by fact), until an `answer` arrives. A follow-up about a
/// fact not in `answers`, a repeated follow-up, a clarify or a no_match fails.
fn converse_in(mut chat: Chat, first: &str, answers: Answers) -> Outcome {
    let mut asked: Vec<(String, String)> = Vec::new();
    let mut reply = chat.send(first);
    for _ in 0..20 {
        match ty(&reply) {
            "answer" => {
                return Outcome {
                    answer: reply,
                    chat,
                };
            }
            "question" => {
                let fact = s(&reply, "fact").to_string();
                let section = s(&reply, "section").to_string();
                assert!(
                    !asked.iter().any(|(_, f)| *f == fact),
                    "`{fact}` asked twice; transcript:\n{}",
                    chat.dump()
                );
                let Some((_, a)) = answers.iter().find(|(f, _)| *f == fact) else {
                    panic!(
                        "unexpected follow-up about `{fact}` (this dialogue only expects {:?}); transcript:\n{}",
                        answers.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
                        chat.dump()
                    );
                };
                asked.push((section, fact));
                reply = chat.send(a);
            }
            _ => panic!(
                "dialogue derailed: expected an answer or a follow-up; transcript:\n{}",
                chat.dump()
            ),
        }
    }
    panic!("dialogue did not end; transcript:\n{}", chat.dump());
}

fn converse(first: &str, answers: Answers) -> Outcome {
    converse_in(Chat::start(), first, answers)
}

/// A message that must get a follow-up about `fact` in `section`.
fn expect_question(chat: &mut Chat, msg: &str, section: &str, fact: &str) -> Value {
    let r = chat.send(msg);
    assert_eq!(
        (ty(&r), s(&r, "section"), s(&r, "fact")),
        ("question", section, fact),
        "reply to {msg:?}; transcript:\n{}",
        chat.dump()
    );
    r
}

// ------------------------------------------------------ question -> section

#[derive(Debug)]
struct Case {
    q: String,
    expect: Option<String>,
}

fn load_cases() -> Vec<Case> {
    let path = repo().join("tests/data/icp_questions.jsonl");
    let text = std::fs::read_to_string(&path).expect("read icp_questions.jsonl");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let v: Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("icp_questions.jsonl:{}: {e}", i + 1));
            let q = v["q"]
                .as_str()
                .unwrap_or_else(|| panic!("line {}: no q", i + 1))
                .to_string();
            let expect = match &v["expect"] {
                Value::Null => None,
                Value::String(s) => {
                    assert!(
                        SECTIONS.contains(&s.as_str()),
                        "line {}: unknown section {s}",
                        i + 1
                    );
                    Some(s.clone())
                }
                other => panic!("line {}: bad expect {other}", i + 1),
            };
            Case { q, expect }
        })
        .collect()
}

/// Whether the first reply to a fresh session is about `expect` (see the
/// acceptance rule at the top of this file).
fn first_reply_hits(reply: &Value, expect: Option<&str>, accept_clarify: bool) -> bool {
    match expect {
        None => ty(reply) == "no_match",
        Some(sec) => match ty(reply) {
            "answer" | "question" => s(reply, "section") == sec,
            "clarify" if accept_clarify => reply["candidates"]
                .as_array()
                .and_then(|c| c.first())
                .is_some_and(|c| s(c, "section") == sec),
            _ => false,
        },
    }
}

/// The first reply of a fresh chat to each question ("cancel" between
/// questions would also do, but a fresh session is what a new user gets).
fn first_replies(qs: &[&str]) -> Vec<Value> {
    // One process, a reset between questions keeps it fast; a second
    // process cross-checks that the reset really gives a fresh session.
    let mut chat = Chat::start();
    let mut out = Vec::new();
    for q in qs {
        out.push(chat.send(q));
        let r = chat.send("start over");
        assert!(matches!(
            ty(&r),
            "no_match" | "answer" | "clarify" | "question"
        ));
    }
    out
}

#[test]
fn question_data_accuracy() {
    let cases = load_cases();
    let inscope = cases.iter().filter(|c| c.expect.is_some()).count();
    let outscope = cases.len() - inscope;
    assert!(
        cases.len() >= 60 && outscope >= 12,
        "{} cases, {outscope} out of scope",
        cases.len()
    );
    for sec in SECTIONS {
        let n = cases
            .iter()
            .filter(|c| c.expect.as_deref() == Some(sec))
            .count();
        assert!(n >= 6, "only {n} questions for {sec}");
    }
    let qs: Vec<&str> = cases.iter().map(|c| c.q.as_str()).collect();
    let replies = first_replies(&qs);

    let (mut hit_in, mut hit_clarify, mut hit_out, mut answered_out) = (0, 0, 0, 0);
    let mut failures = String::new();
    for (c, r) in cases.iter().zip(&replies) {
        let ok = first_reply_hits(r, c.expect.as_deref(), true);
        match &c.expect {
            Some(_) if ok => {
                hit_in += 1;
                if ty(r) == "clarify" {
                    hit_clarify += 1;
                    failures.push_str(&format!("  (clarify accepted) {:?}: {}\n", c.q, r));
                }
            }
            None if ok => hit_out += 1,
            _ => failures.push_str(&format!(
                "  MISS {:?}\n       expect {}\n       got    {}\n",
                c.q,
                c.expect.as_deref().unwrap_or("no_match"),
                r
            )),
        }
        if c.expect.is_none() && ty(r) == "answer" {
            answered_out += 1;
        }
    }
    let acc_in = hit_in as f64 / inscope as f64;
    let acc_out = hit_out as f64 / outscope as f64;
    println!("{failures}");
    println!(
        "in-scope: {hit_in}/{inscope} = {:.1}% ({hit_clarify} of them via a clarify ranked first)\n\
         out-of-scope no_match: {hit_out}/{outscope} = {:.1}%; out-of-scope answered: {answered_out}",
        acc_in * 100.0,
        acc_out * 100.0
    );
    // Floors (chosen after running against the engine of this commit; raise them as it improves).
    assert_eq!(
        answered_out, 0,
        "an out-of-scope question got a forced answer:\n{failures}"
    );
    assert!(
        acc_in >= IN_SCOPE_FLOOR,
        "in-scope accuracy {:.1}% below floor:\n{failures}",
        acc_in * 100.0
    );
    assert!(
        acc_out >= OUT_OF_SCOPE_FLOOR,
        "out-of-scope no_match rate {:.1}% below floor:\n{failures}",
        acc_out * 100.0
    );
}

const IN_SCOPE_FLOOR: f64 = 0.90;
const OUT_OF_SCOPE_FLOOR: f64 = 0.95;

/// Clear cases that must all land on their section at once (no clarify).
const STRICT: &[(&str, Option<&str>)] = &[
    ("Is an ICP Filing required for domain names?", Some(KBW)),
    ("Do I need an ICP filing for my domain name?", Some(KBW)),
    (
        "My domain points to a server in Mainland China, is ICP filing required?",
        Some(KBW),
    ),
    (
        "Does my domain need beian if it resolves to a server in Hangzhou?",
        Some(KBW),
    ),
    ("is icp filing required for domain names", Some(KBW)),
    (
        "Is an ICP Filing required if I purchase ECS instances without using domain names?",
        Some(UN3),
    ),
    (
        "I use my ECS instance without any domain name, is ICP filing required?",
        Some(UN3),
    ),
    (
        "Do I need ICP filing for an ECS instance I only access by IP address?",
        Some(UN3),
    ),
    (
        "ECS instances without domain names: ICP filing needed?",
        Some(UN3),
    ),
    (
        "Does an ECS instance need ICP filing when it comes to domain name resolution?",
        Some(UN3),
    ),
    (
        "Is an ICP Filing required for second-level domain names?",
        Some(FVV),
    ),
    ("Do subdomains need ICP filing?", Some(FVV)),
    (
        "Does a second-level domain need its own ICP filing?",
        Some(FVV),
    ),
    ("Is ICP filling required for a subdomain?", Some(FVV)),
    ("second level domain icp filing", Some(FVV)),
    (
        "Is an Alibaba Cloud ICP Filing required if I do not purchase any ECS instances?",
        Some(X3G),
    ),
    (
        "Do I need an Alibaba Cloud ICP filing if I don't purchase any ECS instances?",
        Some(X3G),
    ),
    (
        "Is Alibaba Cloud ICP filing required without purchasing ECS?",
        Some(X3G),
    ),
    (
        "I have no ECS instances, is an Alibaba Cloud ICP filing required?",
        Some(X3G),
    ),
    (
        "Under what conditions is the initial ICP Filing required?",
        Some(OMC),
    ),
    ("When is the initial ICP filing required?", Some(OMC)),
    ("When do I need an initial ICP filing?", Some(OMC)),
    ("initial icp filing conditions", Some(OMC)),
    (
        "Under what conditions is an ICP Filing required when I transfer it to Alibaba Cloud?",
        Some(SRS),
    ),
    (
        "How do I transfer my ICP filing to Alibaba Cloud?",
        Some(SRS),
    ),
    (
        "I want to add Alibaba Cloud as a new ICP filing provider",
        Some(SRS),
    ),
    (
        "transfer icp filing from original service provider to alibaba cloud",
        Some(SRS),
    ),
    (
        "Under what conditions do I need to add a website ICP Filing?",
        Some(B24),
    ),
    ("When do I need to add a website ICP filing?", Some(B24)),
    (
        "Do I need a website ICP filing for a new website?",
        Some(B24),
    ),
    ("add website icp filing", Some(B24)),
    (
        "Under what conditions does the ICP Filing need to be changed?",
        Some(FYG),
    ),
    ("When does my ICP filing need to be changed?", Some(FYG)),
    (
        "I want to modify the information of my ICP filing",
        Some(FYG),
    ),
    ("change icp filing", Some(FYG)),
    ("how do I reset my ECS password?", None),
    ("thanks!", None),
    ("how long does ICP review take?", None),
    ("hello", None),
    ("How much does an ICP filing cost?", None),
    ("What's the weather like today?", None),
    ("How do I create an OSS bucket?", None),
];

#[test]
fn question_strict_subset() {
    assert!(STRICT.len() >= 40);
    let qs: Vec<&str> = STRICT.iter().map(|(q, _)| *q).collect();
    let replies = first_replies(&qs);
    let mut failures = String::new();
    for ((q, exp), r) in STRICT.iter().zip(&replies) {
        if !first_reply_hits(r, *exp, false) {
            failures.push_str(&format!(
                "  MISS {q:?}\n       expect {}\n       got    {r}\n",
                exp.unwrap_or("no_match")
            ));
        }
    }
    let n_fail = failures.matches("MISS").count();
    println!(
        "strict: {}/{} pass\n{failures}",
        STRICT.len() - n_fail,
        STRICT.len()
    );
    assert!(failures.is_empty(), "strict cases failed:\n{failures}");
}

/// "start over" between questions must really give a fresh session: the
/// first replies are the same as from brand-new processes.
#[test]
fn reset_between_questions_is_a_fresh_session() {
    let qs = [
        "Do subdomains need ICP filing?",
        "Is an ICP Filing required for domain names?",
        "When is the initial ICP filing required?",
    ];
    let via_reset = first_replies(&qs);
    for (q, r) in qs.iter().zip(&via_reset) {
        let mut fresh = Chat::start();
        let f = fresh.send(q);
        assert_eq!(
            (ty(r), s(r, "section"), s(r, "fact")),
            (ty(&f), s(&f, "section"), s(&f, "fact")),
            "{q:?}"
        );
    }
}

// ---------------------------------------------------------------- dialogues

/// The conversations of `tests/data/dialogue_cases.toml` (d01-d48): every
/// case is played in a fresh chat, and every failing one is reported with
/// its name and line. The runner: `tests/common/cases.rs`.
#[test]
fn dialogue_cases() {
    let repo = repo();
    cases::Runner {
        repo: &repo,
        faq: faq_dir(),
        check: check_shape,
        sections: &[
            ("kbw", KBW),
            ("un3", UN3),
            ("fvv", FVV),
            ("x3g", X3G),
            ("omc", OMC),
            ("srs", SRS),
            ("b24", B24),
            ("fyg", FYG),
        ],
        rules: &[
            ("kbw", R_KBW),
            ("un3", R_UN3),
            ("fvv_alibaba", R_FVV_ALIBABA),
            ("fvv_other", R_FVV_OTHER),
            ("fvv_none", R_FVV_NONE),
            ("x3g", R_X3G),
            ("omc", R_OMC),
            ("srs", R_SRS),
            ("b24_other", R_B24_OTHER),
            ("b24_alibaba", R_B24_ALIBABA),
            ("fyg", R_FYG),
        ],
        workers: 2,
    }
    .run("tests/data/dialogue_cases.toml");
}

const FVV_OPENER: &str = "Do subdomains need ICP filing?";

fn fvv_rule(value: &str) -> &'static str {
    match value {
        "alibaba" => R_FVV_ALIBABA,
        "other" => R_FVV_OTHER,
        _ => R_FVV_NONE,
    }
}

/// fvv: each tld_filing choice answered with its label, as the engine printed
/// it (read from the question's choices), and in the user's own casing.
#[test]
fn d12_fvv_choice_by_label() {
    let mut chat = Chat::start();
    let q = expect_question(&mut chat, FVV_OPENER, FVV, "tld_filing");
    let labels: Vec<(String, String)> = q["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (s(c, "value").to_string(), s(c, "label").to_string()))
        .collect();
    assert_eq!(labels.len(), 3);
    for (value, label) in &labels {
        for text in [label.clone(), label.to_lowercase()] {
            let o = converse(FVV_OPENER, &[("tld_filing", text.as_str())]);
            o.expect(FVV, Some(fvv_rule(value)));
        }
    }
}

/// `eval` counts an answer reached through a hand-over as right for the
/// section whose rule decided it (b24 hands a never-filed subject to omc).
#[test]
fn eval_counts_the_deciding_section_of_a_hand_over() {
    let dir = std::env::temp_dir().join(format!("faqbot-eval-via-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let q = dir.join("q.jsonl");
    std::fs::write(
        &q,
        format!("{{\"q\": \"brand new subject, brand new domain, no previous beian at all\", \"expect\": \"{OMC}\"}}\n"),
    )
    .unwrap();
    let a = ask_json("brand new subject, brand new domain, no previous beian at all");
    assert_eq!((ty(&a), s(&a, "section")), ("answer", OMC), "{a}");
    let out = Command::new(bin())
        .args(["eval", "--json", "--faq"])
        .arg(faq_dir())
        .arg(&q)
        .output()
        .expect("run eval");
    let v: Value = serde_json::from_slice(&out.stdout).expect("eval --json");
    assert_eq!(v["answered_right"].as_f64(), Some(1.0), "{v}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A question that never touches the FAQ's topic (every ICP section title
/// says "ICP filing") is at most a "did you mean", even when it shares words
/// with a section (the follow-ups of an on-topic conversation: case d39).
#[test]
fn d39_off_topic_questions_are_not_answered() {
    for q in [
        "how to buy a domain on alibaba cloud",
        "how to transfer my domain registrar to alibaba cloud",
    ] {
        let a = ask_json(q);
        assert!(matches!(ty(&a), "clarify" | "no_match"), "{q}: {a}");
    }
}

/// Dialogue files written from the contract only (never tuned on one by
/// one): floors sit below the measured pass rates so that a real
/// regression, not a single wobble, fails them.
fn dialogues_floor(file: &str, floor_pct: usize) {
    common::dialogues_floor(&repo().join(file), floor_pct, Chat::start);
}

/// Blind set: 46/46 pass now (30/46 on its first run).
#[test]
fn blind_dialogues_floor() {
    dialogues_floor("tests/data/icp_blind_dialogues.jsonl", 90);
}

/// Fresh set (session 3; 28/40 on its first run, 37/40 now).
#[test]
fn fresh_dialogues_floor() {
    dialogues_floor("tests/data/fresh/icp_fresh_dialogues.jsonl", 85);
}

/// Second fresh set (session 3, terse and non-native English; 21/25 on its
/// first run, 24/25 now).
#[test]
fn fresh2_dialogues_floor() {
    dialogues_floor("tests/data/fresh2/dialogues.jsonl", 85);
}

/// Third fresh set (session 3: corrections, start-overs, "what if" after an
/// answer; 24/30 on its first run, 28/30 now).
#[test]
fn fresh3_dialogues_floor() {
    dialogues_floor("tests/data/fresh3/dialogues.jsonl", 85);
}

// --------------------------------------------------------------- ask --json

fn ask_json(q: &str) -> Value {
    let out = Command::new(bin())
        .args(["ask", "--json", "--faq"])
        .arg(faq_dir())
        .arg(q)
        .output()
        .expect("run faqbot ask");
    assert!(
        out.status.success(),
        "ask {q:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "ask --json must print exactly one line: {text:?}"
    );
    let v: Value = serde_json::from_str(lines[0]).expect("json");
    check_shape(&v);
    v
}

#[test]
fn ask_json_one_shot() {
    let v = ask_json("Do subdomains need ICP filing?");
    assert_eq!(
        (ty(&v), s(&v, "section"), s(&v, "fact")),
        ("question", FVV, "tld_filing")
    );
    let v = ask_json("My domain points to my website on an ECS in cn-hangzhou; is an ICP filing required for domain names?");
    assert_eq!(
        (ty(&v), s(&v, "section"), v["rule"].as_str()),
        ("answer", KBW, Some(R_KBW))
    );
    let v = ask_json("how do I reset my ECS password?");
    assert_eq!(ty(&v), "no_match");
    // Several words are one question.
    let out = Command::new(bin())
        .args(["ask", "--json", "--faq"])
        .arg(faq_dir())
        .args(["Do", "subdomains", "need", "ICP", "filing?"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!((ty(&v), s(&v, "section")), ("question", FVV));
}

// ------------------------------------------------------------------- check

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh folder under the temp dir, removed on drop.
struct TempFaq(PathBuf);

impl TempFaq {
    fn new(files: &[(&str, &[u8])]) -> TempFaq {
        let dir = std::env::temp_dir().join(format!(
            "faqbot-test-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in files {
            let p = dir.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, bytes).unwrap();
        }
        TempFaq(dir)
    }
}

impl Drop for TempFaq {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `faqbot <cmd> --faq dir`; returns (success, stdout + stderr).
fn run(cmd: &[&str], dir: &Path) -> (bool, String) {
    let out = Command::new(bin())
        .args(cmd)
        .arg("--faq")
        .arg(dir)
        .stdin(Stdio::null())
        .output()
        .expect("run faqbot");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !text.contains("panicked"),
        "faqbot {cmd:?} panicked:\n{text}"
    );
    (out.status.success(), text)
}

const GOOD_MD: &str = "# Topic\n\n## Do I need a widget? {#sec_widget .section}\n\nYou need a widget if you have a gadget.\n\n## Is it blue? {#sec_blue .section}\n\nIt is blue.\n";

/// A valid rules file for GOOD_MD; tests break one line of it.
const GOOD_TOML: &str = "[facts.has_gadget]\nquestion = \"Do you have a gadget?\"\n[facts.has_gadget.patterns]\nyes = ['\\bgadget\\b']\n\n[sections.sec_widget]\n[[sections.sec_widget.rules]]\nwhen = { has_gadget = \"yes\" }\nanswer = \"You need a widget if you have a gadget.\"\n";

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in text")
        + 1
}

#[test]
fn check_passes_on_bundled_faq() {
    let (ok, text) = run(&["check"], &faq_dir());
    assert!(ok, "faqbot check faq/ failed:\n{text}");
}

#[test]
fn check_passes_on_a_small_valid_folder() {
    let t = TempFaq::new(&[
        ("w.md", GOOD_MD.as_bytes()),
        ("w.toml", GOOD_TOML.as_bytes()),
    ]);
    let (ok, text) = run(&["check"], &t.0);
    assert!(ok, "{text}");
    // A plain Markdown FAQ without rules works too.
    let t = TempFaq::new(&[("w.md", GOOD_MD.as_bytes())]);
    let (ok, text) = run(&["check"], &t.0);
    assert!(ok, "{text}");
}

/// A broken folder: check fails naming file:line and `needles`; chat and ask refuse it too.
fn assert_broken(files: &[(&str, &[u8])], file_line: &str, needles: &[&str]) {
    let t = TempFaq::new(files);
    let (ok, text) = run(&["check"], &t.0);
    assert!(!ok, "check accepted a broken folder ({file_line}):\n{text}");
    assert!(
        text.contains(file_line),
        "check output must name `{file_line}`:\n{text}"
    );
    for n in needles {
        assert!(text.contains(n), "check output must mention `{n}`:\n{text}");
    }
    let (ok, text2) = run(&["chat", "--json"], &t.0);
    assert!(!ok, "chat accepted a broken folder:\n{text2}");
    let (ok, text3) = run(&["ask", "--json", "hello"], &t.0);
    assert!(!ok, "ask accepted a broken folder:\n{text3}");
    assert!(
        text3.contains(file_line),
        "ask must report the problem (`{file_line}`):\n{text3}"
    );
}

#[test]
fn check_unknown_fact_in_rule() {
    let toml = GOOD_TOML.replace(
        "when = { has_gadget = \"yes\" }",
        "when = { has_gizmo = \"yes\" }",
    );
    let line = line_of(&toml, "has_gizmo");
    assert_broken(
        &[("w.md", GOOD_MD.as_bytes()), ("w.toml", toml.as_bytes())],
        &format!("w.toml:{line}"),
        &["has_gizmo"],
    );
}

#[test]
fn check_undeclared_value() {
    let toml = GOOD_TOML.replace(
        "when = { has_gadget = \"yes\" }",
        "when = { has_gadget = \"maybe\" }",
    );
    let line = line_of(&toml, "maybe");
    assert_broken(
        &[("w.md", GOOD_MD.as_bytes()), ("w.toml", toml.as_bytes())],
        &format!("w.toml:{line}"),
        &["maybe"],
    );
}

#[test]
fn check_bad_regex_names_pattern() {
    let toml = GOOD_TOML.replace("yes = ['\\bgadget\\b']", "yes = ['\\bgad(get\\b']");
    let line = line_of(&toml, "gad(get");
    assert_broken(
        &[("w.md", GOOD_MD.as_bytes()), ("w.toml", toml.as_bytes())],
        &format!("w.toml:{line}"),
        &["gad(get"],
    );
}

#[test]
fn check_duplicate_section_ids_name_both_files() {
    let b = "# Other\n\nintro\n\n## Is it blue again? {#sec_blue .section}\n\nMaybe.\n";
    let line = line_of(b, "sec_blue");
    let t = TempFaq::new(&[("a.md", GOOD_MD.as_bytes()), ("b.md", b.as_bytes())]);
    let (ok, text) = run(&["check"], &t.0);
    assert!(!ok, "{text}");
    assert!(text.contains("sec_blue"), "{text}");
    assert!(text.contains("a.md"), "must name the first file:\n{text}");
    assert!(
        text.contains(&format!("b.md:{line}")),
        "must name the second file and line:\n{text}"
    );
}

#[test]
fn check_rules_for_missing_section() {
    let toml = format!("{GOOD_TOML}\n[sections.sec_nope]\n[[sections.sec_nope.rules]]\nwhen = {{ has_gadget = \"no\" }}\nanswer = \"Nope.\"\n");
    let line = line_of(&toml, "[sections.sec_nope]");
    assert_broken(
        &[("w.md", GOOD_MD.as_bytes()), ("w.toml", toml.as_bytes())],
        &format!("w.toml:{line}"),
        &["sec_nope"],
    );
}

#[test]
fn check_empty_folder() {
    let t = TempFaq::new(&[]);
    let (ok, text) = run(&["check"], &t.0);
    assert!(!ok, "an empty folder must fail:\n{text}");
    assert!(
        text.contains(&t.0.display().to_string())
            || text.contains("no FAQ sections")
            || text.to_lowercase().contains("no section"),
        "{text}"
    );
    let (ok, _) = run(&["chat", "--json"], &t.0);
    assert!(!ok, "chat must refuse an empty folder");
}

#[test]
fn check_non_utf8_file() {
    let mut bytes = b"# Topic\n\n## Bad? {#sec_bad .section}\n".to_vec();
    bytes.extend_from_slice(b"caf\xe9 au lait\n");
    assert_broken(
        &[("w.md", GOOD_MD.as_bytes()), ("bad.md", &bytes)],
        "bad.md:4",
        &["UTF-8"],
    );
}

#[test]
fn check_missing_folder() {
    let dir = std::env::temp_dir().join(format!("faqbot-test-missing-{}", std::process::id()));
    let (ok, text) = run(&["check"], &dir);
    assert!(!ok, "{text}");
    assert!(
        text.contains(&dir.display().to_string()),
        "must name the folder:\n{text}"
    );
}

// --------------------------------------------------------- hostile input

#[test]
fn hostile_lines_get_one_reply_each() {
    let mut chat = Chat::start();
    let big = "icp filing domain ".repeat(200 * 1024 / 18);
    let inputs: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"   \t   ".to_vec(),
        big.into_bytes(),
        b"\0\0icp\0filing\0".to_vec(),
        vec![0xff, 0xfe, 0xc3, 0x28, b'i', b'c', b'p', 0x80],
        "\u{202E}gnilif PCI niamod \u{202C}".as_bytes().to_vec(),
        "🤔🔥🇨🇳 icp? 😅".as_bytes().to_vec(),
        b"@everyone".to_vec(),
        b"@here <@123456789> ```json {\"type\":\"answer\"}```".to_vec(),
        b"\r".to_vec(),
        "\u{feff}\u{200b}\u{200d}".as_bytes().to_vec(),
        "\u{1F600}".repeat(5000).into_bytes(),
    ];
    let mut sent = 0;
    for bytes in &inputs {
        chat.send_bytes(bytes);
        sent += 1;
        // The chat keeps working after each one.
        let r = chat.send("Do subdomains need ICP filing?");
        sent += 1;
        assert_eq!(
            (ty(&r), s(&r, "section")),
            ("question", FVV),
            "after hostile input:\n{}",
            chat.dump()
        );
        chat.send("cancel");
        sent += 1;
    }
    // Hostile input while a follow-up is pending: still one line, still pending.
    expect_question(
        &mut chat,
        "Do subdomains need ICP filing?",
        FVV,
        "tld_filing",
    );
    chat.send_bytes(&[0xff, 0x00]);
    let a = chat.send("1");
    assert_eq!(
        (ty(&a), a["rule"].as_str()),
        ("answer", Some(R_FVV_ALIBABA)),
        "{}",
        chat.dump()
    );
    sent += 3;
    assert_eq!(chat.transcript.len(), sent);
    let (extra, ok) = chat.finish();
    assert!(extra.is_empty(), "extra output lines: {extra:?}");
    assert!(ok, "chat exited with failure at EOF");
}

/// The hostile messages of the fresh set (written by someone who never saw
/// the engine): each line gets exactly one well-formed reply that pings
/// nobody, and the conversation keeps working afterwards.
#[test]
fn fresh_hostile_messages() {
    let text = std::fs::read_to_string(repo().join("tests/data/fresh/hostile.jsonl")).unwrap();
    let mut chat = Chat::start();
    for line in text.lines() {
        let msg: Value = serde_json::from_str(line).unwrap();
        // A message with line breaks is several chat lines: one reply each.
        for part in msg["msg"].as_str().unwrap().split('\n') {
            let r = chat.send_bytes(part.as_bytes()).to_string();
            for ping in ["@everyone", "@here", "<@"] {
                assert!(!r.contains(ping), "reply pings ({ping}): {r}");
            }
        }
    }
    chat.send("cancel");
    let r = chat.send("Do subdomains need ICP filing?");
    assert_eq!(
        (ty(&r), s(&r, "section")),
        ("question", FVV),
        "{}",
        chat.dump()
    );
}

/// Mentions and custom emoji around a question don't change how it is read.
#[test]
fn chat_markup_around_a_question_is_ignored() {
    let bare = ask_json("do i need icp filing for my domain name?");
    let wrapped = ask_json("@everyone <@123456789012345678> do i need icp filing for my domain name? <:pepe:987654321098765432>");
    assert_eq!(
        (ty(&wrapped), s(&wrapped, "section")),
        (ty(&bare), s(&bare, "section"))
    );
}

/// The reply to "@everyone" must not echo a mass mention (the Discord front renders it).
#[test]
fn hostile_mentions_not_echoed() {
    let mut chat = Chat::start();
    for m in ["@everyone", "@here is icp needed?"] {
        let r = chat.send(m);
        let text = r.to_string();
        assert!(
            !text.contains("@everyone") && !text.contains("@here"),
            "reply echoes a mass mention: {text}"
        );
    }
}

/// A last line without a newline still gets its reply before EOF.
#[test]
fn last_line_without_newline() {
    let mut child = Command::new(bin())
        .args(["chat", "--json", "--faq"])
        .arg(faq_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"hello\nDo subdomains need ICP filing?")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let v: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(s(&v, "section"), FVV, "{text}");
}
