//! Times building the index of a generated 10,000-section folder (StackFAQ text repeated).
//! `cargo run --release --example build_timing [-- N]`
use std::time::Instant;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/stackfaq/faq");
    let loaded = faqbot::knowledge::load_dir(std::path::Path::new(dir)).expect("stackfaq");
    let base = loaded.knowledge.sections.clone();
    let mut sections = Vec::with_capacity(n);
    for i in 0..n {
        let mut s = base[i % base.len()].clone();
        s.id = faqbot::SectionId::new(format!("gen_{i:05}"));
        s.body.push_str(&format!(" copy{i}"));
        sections.push(s);
    }
    let kb = faqbot::knowledge::Knowledge::new(sections, Vec::new(), Vec::new());
    let mut walls = Vec::new();
    for _ in 0..9 {
        // The copy is made before the clock starts: only the build is timed.
        let loaded = faqbot::knowledge::Loaded {
            knowledge: kb.clone(),
            warnings: Vec::new(),
        };
        let t = Instant::now();
        let cpu = cpu_time();
        let faq = faqbot::Faq::new(loaded);
        let wall = t.elapsed().as_secs_f64() * 1e3;
        walls.push(wall);
        println!(
            "{n} sections: Faq::new {wall:.0} ms wall, {:.0} ms CPU, index heap {:.1} MB",
            (cpu_time() - cpu) * 1e3,
            faq.index().heap_bytes() as f64 / 1e6
        );
    }
    walls.sort_by(f64::total_cmp);
    println!(
        "median of {}: {:.0} ms wall",
        walls.len(),
        walls[walls.len() / 2]
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
