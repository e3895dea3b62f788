//! Prints what the engine understands of each argument: prepared text, facts, top sections.
//! `cargo run --example understand -- "my domain points to Hangzhou"`
fn main() {
    let faq = faqbot::Faq::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/faq"
    )))
    .expect("faq");
    for q in std::env::args().skip(1) {
        let u = faq.understand(&q);
        println!("{q:?}\n  prepared: {:?}", u.prepared);
        for f in &u.facts {
            println!(
                "  fact {} = {} ({:?})",
                f.fact,
                f.value,
                &u.prepared[f.start..f.end]
            );
        }
        for h in u.hits.iter().take(4) {
            println!(
                "  {:<22} score {:.3} coverage {:.2}",
                faq.kb.sections[h.section].id, h.score, h.coverage
            );
        }
    }
}
