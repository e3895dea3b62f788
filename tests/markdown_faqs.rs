//! Markdown as people write it for documentation sites: a Docusaurus `.mdx`
//! page (front matter, MDX imports, admonitions, `<details>`, `<Tabs>`,
//! headings holding a link or code) and a table-of-contents file, loaded as
//! a folder (`tests/data/markdown/`).

use faqbot::knowledge::load_dir;
use faqbot::{respond, Faq, Reply, Session};
use std::path::Path;

fn folder() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/markdown")
}

#[test]
fn the_mdx_page_loads_and_the_table_of_contents_adds_nothing() {
    let loaded = load_dir(&folder()).expect("the folder loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let got: Vec<_> = loaded
        .knowledge
        .sections
        .iter()
        .map(|s| (s.id.as_str(), s.title.as_str(), s.source.file.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("storage-template", "Storage template", "storage-faq.mdx"),
            ("how-do-i-use-foo", "How do I use foo?", "storage-faq.mdx"),
            ("can-i-undo-a-move", "Can I undo a move?", "storage-faq.mdx"),
            (
                "index-location",
                "Where is the index kept?",
                "storage-faq.mdx"
            ),
        ]
    );
    // No markup left in what is matched and shown.
    for s in &loaded.knowledge.sections {
        for junk in ["<", ":::", "!!!", "???", "import ", "---"] {
            assert!(!s.body.contains(junk), "{junk} in {}: {}", s.id, s.body);
        }
    }
}

#[test]
fn an_answer_shows_relative_links_as_text() {
    let faq = Faq::new(load_dir(&folder()).expect("the folder loads"));
    let mut session = Session::new();
    let reply = respond(&faq, &mut session, "what does the storage template decide?");
    let Reply::Answer(a) = reply else {
        panic!("expected an answer, got {reply:?}");
    };
    assert_eq!(a.section.as_str(), "storage-template");
    assert_eq!(
        a.text,
        "The storage template decides where files go. See the template guide or [the upstream docs](https://example.org/docs).\n\nUse `{{y}}/{{MM}}` for yearly folders."
    );
}
