//! Engine benchmarks (issue 4): load and `respond` time for the bundled ICP
//! FAQ, and for generated folders of 1,000 and 10,000 sections built from the
//! StackFAQ text in `../shared/bench/stackfaq/`.
//!
//! Run: `cargo bench --bench engine` (add `-- --quick` for a faster pass).
//! After the criterion groups it prints a summary: per-query median/p99 of
//! `respond` (fresh session) over every dev query, the 10k/1k ratio, and the
//! index heap size. `examples/memory.rs` measures RSS around the 10k build.

mod common;

use common::*;
use criterion::{black_box, BatchSize, Criterion};
use faqbot::{knowledge, respond, Faq, Session};
use std::time::{Duration, Instant};

const SIZES: [usize; 2] = [1_000, 10_000];
/// Queries the criterion benches cycle through (spread over all threads).
const BENCH_QUERIES: usize = 50;

fn icp(c: &mut Criterion) {
    let dir = icp_dir();
    let mut g = c.benchmark_group("icp");
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    g.bench_function("load", |b| b.iter(|| Faq::load(black_box(&dir)).unwrap()));
    let faq = Faq::load(&dir).expect("bundled faq/ loads");
    for (i, q) in ICP_QUESTIONS.iter().enumerate() {
        g.bench_function(format!("respond/q{i}"), |b| {
            b.iter(|| {
                let mut s = Session::new();
                respond(&faq, &mut s, black_box(q))
            })
        });
    }
    let mut i = 0;
    g.bench_function("respond/mix", |b| {
        b.iter(|| {
            i = (i + 1) % ICP_QUESTIONS.len();
            let mut s = Session::new();
            respond(&faq, &mut s, black_box(ICP_QUESTIONS[i]))
        })
    });
    g.finish();
}

fn scale(c: &mut Criterion, threads: &[Thread], queries: &[String]) {
    let qs = sample_queries(queries, BENCH_QUERIES);
    for n in SIZES {
        let files = generate(threads, n);
        let mut g = c.benchmark_group(format!("gen{n}"));
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(if n >= 10_000 { 6 } else { 2 }));
        // Build from in-memory files (no disk I/O): parse, validate, index.
        g.bench_function("load", |b| {
            b.iter_batched(
                || files.clone(),
                |f| Faq::new(knowledge::build(f).unwrap()),
                BatchSize::PerIteration,
            )
        });
        let faq = Faq::new(knowledge::build(files.clone()).unwrap());
        assert_eq!(faq.kb.sections.len(), n);
        g.measurement_time(Duration::from_secs(2));
        if qs.is_empty() {
            println!(
                "note: no queries in stackfaq/queries.jsonl; skipping gen{n} respond/understand"
            );
        } else {
            let mut i = 0;
            g.bench_function("respond", |b| {
                b.iter(|| {
                    i = (i + 1) % qs.len();
                    let mut s = Session::new();
                    respond(&faq, &mut s, black_box(&qs[i]))
                })
            });
            let mut i = 0;
            g.bench_function("understand", |b| {
                b.iter(|| {
                    i = (i + 1) % qs.len();
                    faq.understand(black_box(&qs[i]))
                })
            });
        }
        g.finish();
    }
}

/// Per-query timings of `respond` with a fresh session: every query `reps`
/// times, each call timed on its own.
fn per_query_us(faq: &Faq, queries: &[String], reps: usize) -> Vec<f64> {
    // Warm caches and the allocator.
    for q in queries.iter().take(50) {
        black_box(respond(faq, &mut Session::new(), q));
    }
    let mut out = Vec::with_capacity(queries.len() * reps);
    for _ in 0..reps {
        for q in queries {
            let t = Instant::now();
            let r = respond(faq, &mut Session::new(), black_box(q));
            out.push(t.elapsed().as_secs_f64() * 1e6);
            black_box(r);
        }
    }
    out
}

fn summary(threads: Option<&[Thread]>, queries: &[String]) {
    println!("\n==== faqbot engine summary (per-call timings, fresh session) ====");
    let icp = Faq::load(&icp_dir()).expect("bundled faq/ loads");
    let icp_q: Vec<String> = ICP_QUESTIONS.iter().map(|s| s.to_string()).collect();
    let (m, p) = median_p99_us(per_query_us(&icp, &icp_q, 200));
    println!(
        "icp: {} sections, respond median {m:.1} us, p99 {p:.1} us ({} questions x 200); index heap {:.2} MB",
        icp.kb.sections.len(),
        icp_q.len(),
        mb(icp.index().heap_bytes() as u64)
    );
    let Some(threads) = threads else { return };
    if queries.is_empty() {
        return;
    }
    let mut medians = Vec::new();
    for n in SIZES {
        let files = generate(threads, n);
        let bytes = total_bytes(&files);
        let t = Instant::now();
        let faq = Faq::new(knowledge::build(files).unwrap());
        let load = t.elapsed();
        let terms_note = faq.index().heap_bytes();
        let (m, p) = median_p99_us(per_query_us(&faq, queries, 3));
        let mut u = Vec::new();
        for q in queries {
            let t = Instant::now();
            black_box(faq.understand(black_box(q)));
            u.push(t.elapsed().as_secs_f64() * 1e6);
        }
        let (um, up) = median_p99_us(u);
        println!(
            "gen{n}: {n} sections, {:.1} MB of Markdown; one load {:.1} ms; respond median {m:.1} us, p99 {p:.1} us; understand median {um:.1} us, p99 {up:.1} us ({} queries); index heap {:.2} MB",
            mb(bytes as u64),
            load.as_secs_f64() * 1e3,
            queries.len(),
            mb(terms_note as u64),
        );
        medians.push(m);
    }
    if let [a, b] = medians[..] {
        println!(
            "scaling: respond median 10k/1k = {:.2} (x10 sections; linear would be ~10)",
            b / a
        );
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    icp(&mut c);
    let threads = load_threads();
    let queries = load_queries();
    match &threads {
        Some(t) => scale(&mut c, t, &queries),
        None => println!(
            "note: {} is missing; skipping the 1k/10k scale benchmarks",
            stackfaq_dir().join("faq").display()
        ),
    }
    c.final_summary();
    if std::env::var_os("FAQBOT_BENCH_NO_SUMMARY").is_none() {
        summary(threads.as_deref(), &queries);
    }
}
