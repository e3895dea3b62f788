//! Drives one session over the bundled FAQ with up to 8 messages (input split
//! on '\n', lossy UTF-8). Properties: no panic; a rule quoted in an answer is
//! verbatim in faq/*.md; a fact known before a message is asked again only as
//! a retry; every reply's JSON has a string "type".
#![no_main]

use faqbot::dialogue::{respond, Reply, Session};
use faqbot::Faq;
use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn faq_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("faq")
}

fn faq() -> &'static Faq {
    static FAQ: OnceLock<Faq> = OnceLock::new();
    FAQ.get_or_init(|| Faq::load(&faq_dir()).expect("bundled FAQ loads"))
}

/// The text of every faq/*.md file, concatenated.
fn md_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut all = String::new();
        let mut paths: Vec<_> = std::fs::read_dir(faq_dir())
            .expect("faq dir")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        paths.sort();
        for p in paths {
            all.push_str(&std::fs::read_to_string(p).unwrap());
            all.push('\n');
        }
        all
    })
}

fuzz_target!(|data: &[u8]| {
    let faq = faq();
    let text = md_text();
    let mut session = Session::new();
    for raw in data.split(|&b| b == b'\n').take(8) {
        let msg = String::from_utf8_lossy(raw);
        let known_before = session.facts().clone();
        let reply = respond(faq, &mut session, &msg);
        match &reply {
            Reply::Answer(a) => {
                if let Some(r) = &a.rule {
                    assert!(text.contains(r.as_str()), "rule not verbatim in faq/*.md: {r:?} (message {msg:?})");
                }
            }
            Reply::Ask(q) => {
                assert!(
                    !known_before.contains_key(&q.fact) || q.retry,
                    "asked known fact {} without retry (message {msg:?}, known {known_before:?})",
                    q.fact
                );
            }
            _ => {}
        }
        let json = reply.to_json();
        assert!(json["type"].is_string(), "reply JSON without string type: {json}");
    }
});
