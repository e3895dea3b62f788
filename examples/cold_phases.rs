//! Times each phase of understanding for distinct questions, each once
//! (cold): where a first-seen question spends its time.
//! `cargo run --release --example cold_phases -- QUERIES.jsonl [FAQ_DIR]`
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let qfile = args.first().expect("a queries file");
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/faq").to_string());
    let faq = faqbot::Faq::load(std::path::Path::new(&dir)).expect("faq");
    let text = std::fs::read_to_string(qfile).expect("queries");
    let qs = faqbot::eval::parse_queries(&text).expect("queries parse");
    let mut t = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for q in &qs {
        let a = Instant::now();
        let p = faq.prepare(&q.q);
        let b = Instant::now();
        let _ = faq.extract_facts_prepared(&p);
        let c = Instant::now();
        let _ = faq.index().query_terms(&p);
        let d = Instant::now();
        let _ = faq.understand(&q.q);
        let e = Instant::now();
        for (k, (x, y)) in [(a, b), (b, c), (c, d), (d, e)].into_iter().enumerate() {
            t[k].push((y - x).as_secs_f64() * 1e6);
        }
    }
    for (name, v) in [
        "prepare",
        "facts",
        "query_terms",
        "understand (after the rest)",
    ]
    .iter()
    .zip(t.iter_mut())
    {
        v.sort_by(f64::total_cmp);
        println!("{name}: median {:.1} µs", v[v.len() / 2]);
    }
}
