//! Property tests: the loaders and the dialogue never panic, answers quote
//! the FAQ files verbatim, and stated or answered facts are never asked again.

use faqbot::dialogue::{respond, AskForm, Reply, Session};
use faqbot::knowledge::{build, SourceFile};
use faqbot::Faq;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn faq() -> &'static Faq {
    static FAQ: OnceLock<Faq> = OnceLock::new();
    FAQ.get_or_init(|| {
        Faq::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).expect("bundled FAQ loads")
    })
}

/// The FAQ's Markdown only, whitespace collapsed: not the rules file, where
/// the rule sentences are written again (a check against it could not fail).
fn faq_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("faq");
        let mut all = String::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "md") {
                all.push_str(&std::fs::read_to_string(path).unwrap());
                all.push(' ');
            }
        }
        collapse(&all)
    })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words users type, so random messages hit real sections and facts.
const WORDS: &[&str] = &[
    "icp",
    "filing",
    "beian",
    "domain",
    "subdomain",
    "ecs",
    "website",
    "not",
    "no",
    "don't",
    "without",
    "hangzhou",
    "hong kong",
    "cn-shanghai",
    "us-west-1",
    "yes",
    "nope",
    "1",
    "2",
    "3",
    "transfer",
    "add",
    "change",
    "company",
    "filed",
    "alibaba",
    "another provider",
    "new website",
    "cancel",
    "start over",
    "?",
    ",",
    "@everyone",
    "ＩＣＰ",
    "\u{202E}",
    "😀",
    "\0",
    "modify",
    "information",
    "top-level domain",
    "has no icp number",
    "bought",
    // Chinese, so random messages reach the Chinese readings (topics
    // carried past commas, A-not-A questions, ellipses, denied denials).
    "主域名",
    "二级域名",
    "备案",
    "备不备案",
    "有没有",
    "不是没",
    "没有",
    "查不到",
    "阿里云",
    "公司",
    "，",
    "……",
    "。",
];

fn message() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec(proptest::sample::select(WORDS), 0..12).prop_map(|w| w.join(" ")),
        1 => any::<String>(),
        1 => "\\PC{0,300}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn dialogue_never_panics_and_quotes_the_faq(msgs in proptest::collection::vec(message(), 1..8)) {
        let faq = faq();
        let mut session = Session::new();
        for m in &msgs {
            let known_before = session.facts().clone();
            let reply = respond(faq, &mut session, m);
            match &reply {
                Reply::Answer(a) => {
                    prop_assert!(faq.kb.section(&a.section).is_some());
                    if let Some(rule) = &a.rule {
                        // Every rule sentence is verbatim in the FAQ files.
                        prop_assert!(faq_text().contains(&collapse(rule)), "rule not in the FAQ's Markdown: {rule}");
                        prop_assert_eq!(rule, &a.text);
                    }
                }
                Reply::Ask(q) => {
                    // A fact known before this message (stated or answered) is never
                    // asked, unless this message contradicted itself about it, or
                    // took it back in words read too loosely to use unconfirmed (then
                    // it is a confirmation of the other value).
                    let taken_back = matches!(&q.form, AskForm::Confirm(v) if known_before.get(&q.fact) != Some(v));
                    prop_assert!(!known_before.contains_key(&q.fact) || q.retry || session.unclear().contains(&q.fact) || taken_back, "asked known fact {}", q.fact);
                    prop_assert!(!session.facts().contains_key(&q.fact), "asked a fact just stated: {}", q.fact);
                }
                _ => {}
            }
            let json = reply.to_json();
            prop_assert!(json["type"].is_string());
        }
    }

    #[test]
    fn markdown_loader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000), text in "\\PC{0,500}") {
        for b in [bytes, format!("# T\n## {text}\nbody\n## Q {{#x}}\n{text}").into_bytes()] {
            let _ = build(vec![SourceFile { path: PathBuf::from("a.md"), bytes: b }]);
        }
    }

    #[test]
    fn rules_loader_never_panics(text in "\\PC{0,400}", fact in "[a-z_]{1,8}", pat in "\\PC{0,20}") {
        let md = SourceFile { path: PathBuf::from("a.md"), bytes: b"## Q {#q}\nAnswer.\n".to_vec() };
        let toml = format!(
            "[facts.{fact}]\nquestion = \"Q?\"\npatterns.yes = [{pat:?}]\n[sections.q]\notherwise = \"x\"\n[[sections.q.rules]]\nwhen = {{ {fact} = \"yes\" }}\nanswer = \"Answer.\"\n"
        );
        for t in [text.clone(), toml] {
            let r = build(vec![md.clone(), SourceFile { path: PathBuf::from("r.toml"), bytes: t.into_bytes() }]);
            if let Err(e) = r {
                // Every error names its file.
                for d in e.errors() {
                    prop_assert!(!d.file.as_os_str().is_empty());
                }
            }
        }
    }
}

#[test]
fn answered_fact_is_not_asked_again_in_the_same_session() {
    let faq = faq();
    let mut s = Session::new();
    let r = respond(faq, &mut s, "is an icp filing required for my domain?");
    let Reply::Ask(q) = r else {
        panic!("expected a follow-up, got {r:?}")
    };
    assert_eq!(q.fact.as_str(), "points_to_mainland");
    let r = respond(faq, &mut s, "yes");
    let Reply::Ask(q2) = r else {
        panic!("expected a second follow-up, got {r:?}")
    };
    assert_eq!(q2.fact.as_str(), "web_service");
    let r = respond(faq, &mut s, "yes");
    let Reply::Answer(a) = r else {
        panic!("expected an answer, got {r:?}")
    };
    assert_eq!(a.section.as_str(), "section_kbw_s15_jgb");
    // A new question in the same session reuses both facts.
    let r = respond(faq, &mut s, "Is an ICP Filing required for domain names?");
    assert!(matches!(r, Reply::Answer(_)), "{r:?}");
}

/// Pieces of FAQ text where folding and the index's shortcut could disagree:
/// contractions with every apostrophe form, case, punctuation, non-ASCII.
const TEXT_PIECES: &[&str] = &[
    "Don't", "can", "'t", "n't", "won", "’", "‘", "ʼ", "`", "'", "re", "I", "'m", "ll", "d", "ve",
    "cannot", "CANT", "wont", "dont", "neednt", "US", "U.S.", "us", " ", "\n", "\t", ",", ".", "-",
    "—", "“", "”", "…", "═", "→", "™", "é", "e\u{301}", "备案", "２", "ﬁ", "\u{200b}", "\u{7f}",
    "filing", "ECS", "x", "42",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The index build's ASCII shortcut sees exactly the words of the folded
    /// text, or declines and leaves the text to folding.
    #[test]
    fn ascii_shortcut_matches_folding(parts in proptest::collection::vec(0..TEXT_PIECES.len(), 0..24)) {
        let text: String = parts.iter().map(|&i| TEXT_PIECES[i]).collect();
        let mut fast = Vec::new();
        if faqbot::understanding::normalize::for_each_ascii_word(&text, |w| fast.push(w.to_string())) {
            let folded = faqbot::understanding::normalize::fold_long(&text);
            let slow: Vec<String> = faqbot::understanding::normalize::tokens(&folded)
                .iter()
                .map(|t| t.text.to_string())
                .collect();
            prop_assert_eq!(fast, slow, "{:?}", text);
        }
    }
}
