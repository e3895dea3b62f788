//! Times loading the ICP folder by phase, each in a fresh state where it
//! can be: reading + Markdown as a console question loads them (see
//! `knowledge::Checks`), the rules file's regexes, jieba's dictionary.
//! `cargo run --release --example load_phases [-- [whole] FAQ_DIR]`
use std::time::Instant;

fn main() {
    // `-- whole [DIR]`: only the load `ask` and `chat` run, end to end
    // (`Faq::load_quick`), in this fresh process.
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let whole = args.first().is_some_and(|a| a == "whole");
    if whole {
        args.remove(0);
    }
    let dir = args
        .first()
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/faq").to_string());
    if whole {
        let t = Instant::now();
        let faq = faqbot::Faq::load_quick(std::path::Path::new(&dir)).expect("faq");
        println!(
            "Faq::load_quick {:.1} ms ({} sections)",
            t.elapsed().as_secs_f64() * 1e3,
            faq.kb.sections.len()
        );
        return;
    }
    let t = Instant::now();
    let loaded = faqbot::knowledge::load_dir_with(
        std::path::Path::new(&dir),
        faqbot::knowledge::Checks::AllButExampleCrossCheck,
    )
    .expect("faq");
    let build = t.elapsed();
    let srcs: Vec<String> = loaded
        .knowledge
        .facts
        .iter()
        .flat_map(|f| f.patterns.iter().map(|p| p.regex.as_str().to_string()))
        .collect();
    let compiled = compiled_patterns(&loaded.knowledge);
    println!(
        "patterns compiled by load_dir: {compiled} of {}",
        srcs.len()
    );
    let t = Instant::now();
    for s in &srcs {
        let _ = regex::RegexBuilder::new(s).size_limit(1 << 20).build();
    }
    let compile = t.elapsed();
    let t = Instant::now();
    drop(jieba_rs::Jieba::new());
    let jieba = t.elapsed();
    let t = Instant::now();
    let faq = faqbot::Faq::new(loaded);
    let new = t.elapsed();
    println!(
        "patterns compiled after Faq::new: {}",
        compiled_patterns(&faq.kb)
    );
    let t = Instant::now();
    let _ = faqbot::dialogue::respond(
        &faq,
        &mut faqbot::dialogue::Session::default(),
        "do i need an icp filing for my website?",
    );
    let first = t.elapsed();
    println!(
        "load_dir {:.1} ms (its {} regexes compile again in {:.1} ms) | a Jieba::new {:.1} ms | Faq::new {:.1} ms | first respond {:.1} ms",
        build.as_secs_f64() * 1e3,
        srcs.len(),
        compile.as_secs_f64() * 1e3,
        jieba.as_secs_f64() * 1e3,
        new.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3
    );
}

/// How many of the fact patterns have been compiled so far.
fn compiled_patterns(kb: &faqbot::knowledge::Knowledge) -> usize {
    kb.facts
        .iter()
        .flat_map(|f| &f.patterns)
        .filter(|p| p.regex.is_compiled())
        .count()
}
