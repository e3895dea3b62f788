//! Times loading the generated 10,000-section folder the benchmarks use
//! (StackFAQ text repeated, in memory): Markdown parsing and validation,
//! then building the index. `cargo run --release --example build_timing [-- N]`
use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let threads = common::load_threads().expect("../shared/bench/stackfaq/faq");
    let files = common::generate(&threads, n);
    println!(
        "{n} sections, {:.1} MB of Markdown",
        common::total_bytes(&files) as f64 / 1e6
    );
    let mut loads = Vec::new();
    for _ in 0..9 {
        // The copy is made before the clock starts.
        let files = files.clone();
        let t = Instant::now();
        let cpu = cpu_time();
        let loaded = faqbot::knowledge::build(files).expect("generated FAQ loads");
        let parse = t.elapsed().as_secs_f64() * 1e3;
        let faq = faqbot::Faq::new(loaded);
        let wall = t.elapsed().as_secs_f64() * 1e3;
        loads.push(wall);
        println!(
            "load {wall:.0} ms wall (parse {parse:.0}, index {:.0}), {:.0} ms CPU, index heap {:.1} MB",
            wall - parse,
            (cpu_time() - cpu) * 1e3,
            faq.index().heap_bytes() as f64 / 1e6
        );
    }
    loads.sort_by(f64::total_cmp);
    println!(
        "median of {}: {:.0} ms wall",
        loads.len(),
        loads[loads.len() / 2]
    );
}

/// Process CPU time in seconds (user + system), from /proc/self/stat.
fn cpu_time() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}
