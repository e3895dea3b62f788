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

/// A one-section refund FAQ with the given rules file (`rules.toml`).
fn refund_faq_with(rules: &str) -> Result<faqbot::knowledge::Loaded, faqbot::knowledge::LoadError> {
    use faqbot::knowledge::{build, SourceFile};
    build(vec![
        SourceFile {
            path: "faq.md".into(),
            bytes: b"## Can I get a refund? {#refund}\n\nRefunds are issued if the order has not shipped.\n"
                .to_vec(),
        },
        SourceFile {
            path: "rules.toml".into(),
            bytes: rules.as_bytes().to_vec(),
        },
    ])
}

/// `check`'s errors for example statements, each with its file and line.
#[test]
fn bad_examples_are_errors_with_their_line() {
    let load = refund_faq_with;
    let head = "[facts.shipped]\nquestion = \"Has it shipped?\"\n[facts.shipped.patterns]\nyes = ['\\bshipped\\b']\n[facts.shipped.examples]\n";
    for (examples, line, needle) in [
        ("maybe = [\"who knows\"]\n", 6, "undeclared value `maybe`"),
        ("yes = []\n", 6, "are empty"),
        (
            "yes = [\"it left\"]\nno = [\"It left\"]\n",
            6,
            "given for both",
        ),
        // The fact's own pattern reads "shipped" in an example for `no`.
        ("no = [\"it shipped on monday\"]\n", 6, "also states `yes`"),
    ] {
        let e = load(&format!("{head}{examples}")).expect_err(examples);
        let d = e.errors().next().expect("an error");
        assert_eq!((d.file.to_str(), d.line), (Some("rules.toml"), line), "{e}");
        assert!(d.message.contains(needle), "{examples}: {e}");
    }
    // A negated pattern match is the example's own value: no error.
    assert!(load(&format!("{head}no = [\"it has not shipped\"]\n")).is_ok());
    // Examples of two values that read alike: a warning naming both.
    let faq = Faq::new(
        load("[facts.shipped]\nquestion = \"Has it shipped?\"\n[facts.shipped.examples]\nyes = [\"the parcel left the warehouse\"]\nno = [\"the parcel left the warehouse today\"]\n")
            .expect("loads"),
    );
    assert!(
        faq.warnings
            .iter()
            .any(|w| w.message.contains("read alike") && w.line == 4),
        "{:?}",
        faq.warnings
    ); // Chinese examples are built on first use (jieba's dictionary loads
       // then): `check`'s full list has their warnings too.
    let faq = Faq::new(
        load("[facts.shipped]\nquestion = \"Has it shipped?\"\n[facts.shipped.examples]\nyes = [\"包裹已经离开仓库\"]\nno = [\"包裹已经离开仓库了\"]\n")
            .expect("loads"),
    );
    let alike = |ws: &[faqbot::knowledge::Diagnostic]| {
        ws.iter()
            .any(|w| w.message.contains("read alike") && w.line == 4)
    };
    assert!(!alike(&faq.warnings), "{:?}", faq.warnings);
    assert!(alike(&faq.all_warnings()), "{:?}", faq.all_warnings());
}

/// `implies`: a value read entails another fact's value from the same
/// words; a value or fact it names that is not declared is an error with
/// the fact's line.
#[test]
fn implied_values_come_with_the_value_read() {
    let load = refund_faq_with;
    let facts = "[facts.shipped]\nquestion = \"Has it shipped?\"\n[facts.shipped.patterns]\nyes = ['\\bshipped\\b']\n[facts.shipped.implies]\nyes = { paid = \"yes\" }\n[facts.paid]\nquestion = \"Is it paid?\"\n[facts.paid.patterns]\nno = ['\\bunpaid\\b']\n";
    let faq = Faq::new(load(facts).expect("loads"));
    let read = |t: &str| {
        faq.extract_facts(t)
            .into_iter()
            .map(|f| (f.fact.to_string(), f.value.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("the parcel shipped"),
        [
            ("shipped".into(), "yes".into()),
            ("paid".into(), "yes".into())
        ]
    );
    // What the message says of the other fact itself wins.
    assert!(read("it shipped, but it is unpaid").contains(&("paid".into(), "no".into())));
    for (bad, needle) in [
        ("maybe = { paid = \"yes\" }", "value `maybe`"),
        ("yes = { cost = \"yes\" }", "unknown fact `cost`"),
        ("yes = { paid = \"half\" }", "value `half`"),
    ] {
        let rules = facts.replace("yes = { paid = \"yes\" }", bad);
        let e = load(&rules).expect_err(bad);
        let d = e.errors().next().expect("an error");
        assert_eq!((d.file.to_str(), d.line), (Some("rules.toml"), 1), "{e}");
        assert!(d.message.contains(needle), "{bad}: {e}");
    }
}

/// Each reply says which stage produced it, so a transcript shows why a
/// conversation went where it did.
#[test]
fn replies_name_the_stage_that_made_them() {
    use faqbot::dialogue::Stage;
    let faq = Faq::load(&root().join("faq")).expect("FAQ loads");
    let mut s = Session::new();
    let stage = |s: &Session| s.stage().cloned().expect("a stage");
    respond(
        &faq,
        &mut s,
        "so how does icp work for the ecs stuff we got?",
    );
    assert!(matches!(stage(&s), Stage::NewQuestion(d) if d.starts_with("below the did-you-mean")));
    // Details after "I couldn't find that" are read with the question.
    respond(
        &faq,
        &mut s,
        "nothing points at them by name, partners use the raw ip",
    );
    assert_eq!(stage(&s), Stage::Elaboration);
    let mut s = Session::new();
    // An answer resting on a fact read in other words (an example
    // statement), then a reply to the question the bot skipped.
    respond(&faq, &mut s, "Alibaba Cloud sorted out the business filing for us years ago. our new site will run on an ecs instance, do we need to add a website filing?");
    respond(&faq, &mut s, "nope, tencent did that one");
    assert_eq!(
        stage(&s),
        Stage::UnaskedReply("subject_filing_provider".into())
    );
    // A presumption is checked before an answer rests on it.
    let mut s = Session::new();
    respond(&faq, &mut s, "our company already has its icp filing through alibaba cloud; we're putting up another site for a new brand, do we need to add a website filing?");
    respond(&faq, &mut s, "nope, that one is going on a wix page");
    assert_eq!(stage(&s), Stage::FollowUpReply("new_website_on_ecs".into()));
}
