//! Where the engine's time goes: times each phase of loading and of
//! answering, for the bundled ICP FAQ and a generated folder of N sections
//! (default 10,000, from `../shared/bench/stackfaq/`).
//!
//! Run: `cargo run --release --example profile [-- N]`

#[path = "../benches/common/mod.rs"]
mod common;

use common::*;
use faqbot::understanding::{
    index::Params, normalize, Extractor, Index, Model, SemanticIndex, Synonyms,
};
use faqbot::{knowledge, respond, Faq, Session};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let r = f();
    (r, t.elapsed())
}

/// Median per-call microseconds of `f` over the queries (3 passes).
fn med(queries: &[String], mut f: impl FnMut(&str)) -> f64 {
    let mut v = Vec::new();
    for _ in 0..3 {
        for q in queries {
            let t = Instant::now();
            f(q);
            v.push(t.elapsed().as_secs_f64() * 1e6);
        }
    }
    median_p99_us(v).0
}

fn query_phases(name: &str, faq: &Faq, queries: &[String]) {
    let prepared: Vec<String> = queries.iter().map(|q| faq.prepare(q)).collect();
    let terms: Vec<_> = prepared
        .iter()
        .map(|p| faq.index().query_terms(p))
        .collect();
    let fold = med(queries, |q| {
        black_box(faq.reading().fold(q));
    });
    let prep = med(queries, |q| {
        black_box(faq.prepare(q));
    });
    let facts = med(&prepared, |p| {
        black_box(faq.extract_facts_prepared(p));
    });
    let qt = med(&prepared, |p| {
        black_box(faq.index().query_terms(p));
    });
    let mut i = 0;
    let search = med(&prepared, |_| {
        let t = &terms[i % terms.len()];
        i += 1;
        black_box(faq.index().search(t, &vec![Vec::new(); t.len()]));
    });
    let hits: Vec<usize> = terms
        .iter()
        .map(|t| faq.index().search(t, &vec![Vec::new(); t.len()]).len())
        .collect();
    let mut hs = hits.clone();
    hs.sort();
    let und = med(queries, |q| {
        black_box(faq.understand(q));
    });
    let resp = med(queries, |q| {
        black_box(respond(faq, &mut Session::new(), q));
    });
    // The semantic feature over each question's top-30 lexical hits; the
    // first pass is cold on a large FAQ (vectors made when first scored).
    let cands: Vec<Vec<usize>> = terms
        .iter()
        .map(|t| {
            let hits = faq.index().search(t, &vec![Vec::new(); t.len()]);
            hits.iter().take(30).map(|h| h.section).collect()
        })
        .collect();
    let mut cold = Vec::new();
    for (q, c) in queries.iter().zip(cands.iter().cycle()) {
        let t = Instant::now();
        black_box(faq.semantic_scores(q, c));
        cold.push(t.elapsed().as_secs_f64() * 1e6);
    }
    let (sem_cold, sem_cold_p99) = median_p99_us(cold);
    let mut i = 0;
    let sem = med(queries, |q| {
        black_box(faq.semantic_scores(q, &cands[i % cands.len()]));
        i += 1;
    });
    println!("{name}: median us per query ({} queries):", queries.len());
    println!("  fold {fold:.1} | prepare (fold+synonyms) {prep:.1} | facts {facts:.1} | query_terms {qt:.1} | search {search:.1} | understand {und:.1} | respond {resp:.1}");
    println!("  semantic_scores over the top-30 hits {sem:.1} (first pass: median {sem_cold:.1}, p99 {sem_cold_p99:.1})");
    println!(
        "  sections scored per query: median {}, max {} (of {})",
        hs[hs.len() / 2],
        hs[hs.len() - 1],
        faq.kb.sections.len()
    );
}

fn load_phases(name: &str, files: Vec<knowledge::SourceFile>) -> Faq {
    let (loaded, t_build) = time(|| knowledge::build(files).unwrap());
    let kb = &loaded.knowledge;
    let reading = normalize::Reading::new(&kb.text);
    let (syn, t_syn) = time(|| Synonyms::read_as(&kb.synonyms, &reading));
    let (_, t_index) = time(|| Index::build(kb, &syn, Params::default()));
    let (_, t_ex) = time(|| Extractor::new(kb));
    // The table the folder's confidence model was fit on, as `Faq::new` picks it.
    let table = kb
        .confidence
        .model
        .as_ref()
        .map_or(Model::builtin().semantic_table, |m| m.semantic_table);
    let (_, t_sem) = time(|| SemanticIndex::build(kb, table));
    // The text pipeline Index::build runs per field, timed step by step.
    let texts: Vec<&str> = kb
        .sections
        .iter()
        .flat_map(|s| [s.title.as_str(), s.body.as_str()])
        .collect();
    let (folded, t_fold) = time(|| {
        texts
            .iter()
            .map(|t| reading.fold_long(t))
            .collect::<Vec<_>>()
    });
    let (prepared, t_apply) = time(|| folded.iter().map(|t| syn.apply(t)).collect::<Vec<_>>());
    let (toks, t_tok) = time(|| {
        prepared
            .iter()
            .map(|t| normalize::tokens(t).len())
            .sum::<usize>()
    });
    let (_, t_stop) = time(|| {
        prepared
            .iter()
            .flat_map(|t| normalize::tokens(t))
            .filter(|t| !normalize::is_stopword(t.text))
            .count()
    });
    let (_, t_stem) = time(|| {
        for t in &prepared {
            for tok in normalize::tokens(t) {
                black_box(reading.canonical(&normalize::stem(tok.text)).to_string());
            }
        }
    });
    let (faq, t_new) = time(|| Faq::new(loaded));
    println!(
        "{name}: load phases ({} sections, {toks} tokens):",
        faq.kb.sections.len()
    );
    println!(
        "  knowledge::build {} | Faq::new {} = Synonyms::new {} + Index::build {} + Extractor::new {} + SemanticIndex::build {} + rest",
        ms(t_build), ms(t_new), ms(t_syn), ms(t_index), ms(t_ex), ms(t_sem)
    );
    println!(
        "  inside Index::build (titles+bodies): fold_long {} | Synonyms::apply {} | tokens {} | tokens+is_stopword {} | tokens+stem+canonical {}",
        ms(t_fold), ms(t_apply), ms(t_tok), ms(t_stop), ms(t_stem)
    );
    faq
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let mut files = Vec::new();
    for e in std::fs::read_dir(icp_dir()).unwrap().flatten() {
        files.push(knowledge::SourceFile {
            path: e.file_name().into(),
            bytes: std::fs::read(e.path()).unwrap(),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let icp = load_phases("icp", files);
    let icp_q: Vec<String> = ICP_QUESTIONS.iter().map(|s| s.to_string()).collect();
    let many: Vec<String> = (0..50).flat_map(|_| icp_q.clone()).collect();
    query_phases("icp", &icp, &many);
    let Some(threads) = load_threads() else {
        println!("note: stackfaq folder missing; skipping generated folder");
        return;
    };
    let queries = load_queries();
    let faq = load_phases(&format!("gen{n}"), generate(&threads, n));
    query_phases(&format!("gen{n}"), &faq, &queries);
}
