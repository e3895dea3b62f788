//! Memory of the loaded index at N generated sections (default 10,000):
//! `index().heap_bytes()` and the process RSS around the build.
//!
//! Run: `cargo run --release --example memory [-- N]`
//! Needs `../shared/bench/stackfaq/faq/` (prints a note and exits otherwise).

#[path = "../benches/common/mod.rs"]
mod common;

use common::*;
use faqbot::{knowledge, Faq};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let Some(threads) = load_threads() else {
        println!(
            "note: {} is missing; nothing to measure",
            stackfaq_dir().join("faq").display()
        );
        return;
    };
    let files = generate(&threads, n);
    let bytes = total_bytes(&files);
    drop(threads);
    let reset = reset_peak_rss();
    let (rss0, hwm0) = rss().unwrap_or((0, 0));
    let t = Instant::now();
    let faq = Faq::new(knowledge::build(files).unwrap());
    let load = t.elapsed();
    let (rss1, hwm1) = rss().unwrap_or((0, 0));
    let heap = faq.index().heap_bytes();
    println!(
        "sections: {} ({:.1} MB of Markdown, generated in memory)",
        faq.kb.sections.len(),
        mb(bytes as u64)
    );
    println!("load (build + index): {:.1} ms", load.as_secs_f64() * 1e3);
    println!("index heap_bytes(): {heap} ({:.2} MB)", mb(heap as u64));
    let sem = faq.semantic().heap_bytes();
    println!(
        "semantic heap_bytes() after load: {sem} ({:.2} MB; texts kept for vectors made when first scored)",
        mb(sem as u64)
    );
    println!(
        "RSS before {:.1} MB (source files held), after {:.1} MB: retained delta {:.1} MB (knowledge + index, minus the freed source bytes)",
        mb(rss0),
        mb(rss1),
        (rss1 as f64 - rss0 as f64) / (1024.0 * 1024.0)
    );
    if reset {
        println!(
            "peak RSS during build {:.1} MB: peak delta {:.1} MB over the pre-build RSS",
            mb(hwm1),
            (hwm1 as f64 - rss0 as f64) / (1024.0 * 1024.0)
        );
    } else {
        println!(
            "peak RSS (VmHWM) before {:.1} MB, after {:.1} MB (could not reset the peak counter)",
            mb(hwm0),
            mb(hwm1)
        );
    }
    std::hint::black_box(&faq);
}
