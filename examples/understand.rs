//! Prints what the engine understands of each argument: prepared text, facts, top sections.
//! `cargo run --example understand -- "my domain points to Hangzhou"`
//! `--faq DIR` first to use another folder.
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dir = if args.first().is_some_and(|a| a == "--faq") && args.len() >= 2 {
        let d = args.remove(1);
        args.remove(0);
        std::path::PathBuf::from(d)
    } else {
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/faq"))
    };
    let faq = faqbot::Faq::load(&dir).expect("faq");
    for q in args {
        let u = faq.understand(&q);
        println!("{q:?}\n  prepared: {:?}", u.prepared);
        for f in &u.facts {
            println!(
                "  fact {} = {} ({:?}, confidence {:.2})",
                f.fact,
                f.value,
                &u.prepared[f.start..f.end],
                f.confidence
            );
        }
        for h in u.hits.iter().take(4) {
            println!(
                "  {:<22} score {:.3} coverage {:.2} precision {:.2} confidence {:.2}",
                faq.kb.sections[h.section].id, h.score, h.coverage, h.precision, h.confidence
            );
        }
    }
}
