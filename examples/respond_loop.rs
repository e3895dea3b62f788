//! Runs `respond` over the ICP question sets for a few seconds, warm: a
//! steady-state loop to profile (`perf record`), not a benchmark.
//! `cargo run --release --example respond_loop [-- SECONDS]`; with
//! `RESPOND_ROUNDS=N`, exactly N passes over the questions instead, for
//! counting instructions (`valgrind --tool=callgrind`), which a noisy
//! machine does not change.
#[path = "../benches/common/mod.rs"]
mod common;
use faqbot::{respond, Faq, Session};
use std::time::{Duration, Instant};

fn main() {
    let secs: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let root = env!("CARGO_MANIFEST_DIR");
    let loaded =
        faqbot::knowledge::load_dir(std::path::Path::new(&format!("{root}/faq"))).expect("faq");
    let faq = Faq::new(loaded);
    let mut qs: Vec<String> = Vec::new();
    let files: &[&str] = if std::env::var_os("BENCH_QS").is_some() {
        qs = common::ICP_QUESTIONS
            .iter()
            .map(|s| s.to_string())
            .collect();
        &[]
    } else {
        &[
            "icp_questions.jsonl",
            "icp_blind.jsonl",
            "icp_holdout.jsonl",
        ]
    };
    for f in files {
        let text = std::fs::read_to_string(format!("{root}/tests/data/{f}")).expect("set");
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            if let Some(q) = v["q"].as_str() {
                qs.push(q.to_string());
            }
        }
    }
    for q in &qs {
        respond(&faq, &mut Session::new(), q);
    }
    let rounds: Option<usize> = std::env::var("RESPOND_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok());
    let (t, mut n) = (Instant::now(), 0usize);
    while match rounds {
        Some(r) => n < r * qs.len(),
        None => t.elapsed() < Duration::from_secs(secs),
    } {
        for q in &qs {
            std::hint::black_box(respond(&faq, &mut Session::new(), q));
        }
        n += qs.len();
    }
    println!(
        "{} questions, {:.1} µs mean",
        n,
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
