//! Lists the sections the engine reads from an FAQ folder, one per line:
//! id, a tab, the title. For comparing a folder's split with another's
//! (a blind set's `sections.txt`).
//! `cargo run --release --example sections -- FAQ_DIR`
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/faq").to_string());
    let faq = faqbot::Faq::load(std::path::Path::new(&dir)).expect("faq");
    for s in &faq.kb.sections {
        println!("{}\t{}", s.id, s.title);
    }
}
