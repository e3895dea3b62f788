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

/// The answer a fresh chat gets to `question` (a panic for any other reply).
fn answer_to(faq: &Faq, question: &str) -> faqbot::dialogue::Answer {
    let reply = respond(faq, &mut Session::new(), question);
    let Reply::Answer(a) = reply else {
        panic!("expected an answer to {question:?}, got {reply:?}");
    };
    a
}

#[test]
fn an_answer_shows_relative_links_as_text() {
    let faq = Faq::new(load_dir(&folder()).expect("the folder loads"));
    let a = answer_to(&faq, "what does the storage template decide?");
    assert_eq!(a.section.as_str(), "storage-template");
    assert_eq!(
        a.text,
        "The storage template decides where files go. See the template guide or [the upstream docs](https://example.org/docs).\n\nUse `{{y}}/{{MM}}` for yearly folders."
    );
}

/// A "Q:" label before every question heading is layout: it leaves the
/// title (the anchor keeps it, as GitHub's does) and is not the FAQ's
/// topic, which would make every question without it "off-topic".
#[test]
fn a_question_label_is_neither_title_nor_topic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/validation/videojs/faq");
    let faq = Faq::load(&dir).expect("the folder loads");
    let s = faq
        .kb
        .sections
        .iter()
        .find(|s| s.id.as_str() == "q-what-is-videojs")
        .expect("the anchor keeps the label");
    assert_eq!(s.title, "What is video.js?");
    assert!(
        faq.index().topic_words().is_empty(),
        "{:?}",
        faq.index().topic_words()
    );
    assert!(
        faq.understand("how do i stop the player logging to the console")
            .on_topic
    );
    // A topic in every title is still one: the ICP FAQ's.
    let icp = Faq::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).expect("ICP loads");
    assert!(icp.index().topic_words().contains(&"icp"));
}

/// A Jekyll page (GitHub Pages): Liquid tags, kramdown attribute lists and
/// reference links whose definitions sit at the end of the file, under
/// another section. The answer writes the links inline and shows no
/// template markup; a rule between parts of the page is no part of it.
#[test]
fn a_jekyll_page_answers_with_its_reference_links_inline() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/markdown_jekyll");
    let faq = Faq::new(load_dir(&dir).expect("the folder loads"));
    let a = answer_to(&faq, "How do I report a bug in Widget?");
    assert_eq!(a.section.as_str(), "how-do-i-report-a-bug-in-widget");
    assert_eq!(
        a.text,
        "File it in the [issue tracker](https://github.com/example/widget/issues) with the steps to reproduce it,\n\
         and mention your Widget version .\n\
         The [triage guide](https://example.org/triage) says what happens next.\n\n\
         | Channel | Use it for |\n|---------|------------|\n\
         | [Issues](https://github.com/example/widget/issues) | bugs |\n| Forum | questions |"
    );
    let a = answer_to(&faq, "Which licence does Widget use?");
    assert_eq!(
        a.text,
        "Widget is released under the [Apache License 2.0](https://www.apache.org/licenses/LICENSE-2.0)."
    );
}
