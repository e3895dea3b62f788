//! P@1 of the static semantic signal against the lexical ranking, and fused
//! with it, on every query set in the repository and on StackFAQ.
//!
//! Columns:
//! - `lex`: the lexical engine's order (`faq.understand(q).hits`);
//! - `sem:t`, `sem:f`, `sem:max`, `sem:bl`: semantic alone over all
//!   sections, scoring with the title vector, the full (title + examples +
//!   body) vector, the better of the two (what
//!   `SemanticIndex::similarities` uses), or their 50/50 blend;
//! - `z+w`: z-score fusion over the top-30 lexical hits,
//!   `z(lexical) + w * z(semantic)` with `faq.semantic_scores`, for w in
//!   {0.25, 0.5, 1.0};
//! - `lost`/`won`: questions `z+0.5` gets wrong that `lex` got right, and
//!   the reverse;
//! - `bl z+w`: the same fusion with `sem:bl` as the semantic score;
//! - `prep z+0.5`: `z+0.5` with the semantic score of `u.prepared` (folded,
//!   the FAQ's synonyms applied) instead of the raw question.
//!
//! Query sets: `{"q", "expect"}` lines (a null expect is skipped) and, for
//! dialogue files, the first turn of each dialogue whose expected end names a
//! section. StackFAQ is read from `../shared/bench/stackfaq` (or
//! `$FAQBOT_STACKFAQ`): its README asks that its data stay out of the
//! repository.
//!
//! Run: `cargo run --release --example semantic_eval`

use faqbot::Faq;
use std::path::{Path, PathBuf};
use std::time::Instant;

const TOP: usize = 30;
const WEIGHTS: [f32; 3] = [0.25, 0.5, 1.0];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stackfaq() -> PathBuf {
    std::env::var_os("FAQBOT_STACKFAQ")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/bench/stackfaq"))
}

/// (question, expected section id) pairs of a JSON Lines file.
fn queries(path: &Path) -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("note: {} missing", path.display());
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            if let (Some(q), Some(e)) = (v["q"].as_str(), v["expect"].as_str()) {
                return Some((q.to_string(), e.to_string()));
            }
            let first = v["turns"].get(0)?.as_str()?;
            let section = v["expect"]["section"].as_str()?;
            Some((first.to_string(), section.to_string()))
        })
        .collect()
}

fn zscores(v: &[f32]) -> Vec<f32> {
    let n = v.len() as f32;
    let mean = v.iter().sum::<f32>() / n;
    let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f32>() / n).sqrt();
    v.iter()
        .map(|x| if sd > 1e-9 { (x - mean) / sd } else { 0.0 })
        .collect()
}

fn argmax(v: &[f32]) -> Option<usize> {
    // First of equals: ties keep the earlier (lexical) order.
    (0..v.len()).fold(None, |b: Option<usize>, i| match b {
        Some(j) if v[j] >= v[i] => Some(j),
        _ => Some(i),
    })
}

#[derive(Default)]
struct Row {
    n: usize,
    lex: usize,
    sem: [usize; 4],
    fused: [usize; 3],
    /// Fusion with the blend of the two vectors instead of the better one.
    fused_blend: [usize; 3],
    /// z+0.5 with the semantic score of the prepared (folded, synonym-replaced) text.
    fused_prepared: usize,
    lost: usize,
    won: usize,
}

fn eval(faq: &Faq, qs: &[(String, String)]) -> Row {
    let sem = faq.semantic();
    let mut r = Row::default();
    for (q, expect) in qs {
        let Some(gold) = faq.kb.sections.iter().position(|s| s.id.as_str() == expect) else {
            continue;
        };
        r.n += 1;
        let u = faq.understand(q);
        let lex_ok = u.hits.first().is_some_and(|h| h.section == gold);
        r.lex += lex_ok as usize;
        let qv = sem.embed_query(q);
        let pairs: Vec<(f32, f32)> = (0..faq.kb.sections.len())
            .map(|s| sem.similarity_pair(&qv, s))
            .collect();
        let modes: [Vec<f32>; 4] = [
            pairs.iter().map(|p| p.0).collect(),
            pairs.iter().map(|p| p.1).collect(),
            pairs.iter().map(|p| p.0.max(p.1)).collect(),
            pairs.iter().map(|p| 0.5 * (p.0 + p.1)).collect(),
        ];
        debug_assert_eq!(sem.similarities_all(&qv), modes[2]);
        for (k, m) in modes.iter().enumerate() {
            r.sem[k] += (argmax(m) == Some(gold)) as usize;
        }
        let cand: Vec<usize> = u.hits.iter().take(TOP).map(|h| h.section).collect();
        if cand.is_empty() {
            r.lost += lex_ok as usize;
            continue;
        }
        let zl = zscores(&u.hits.iter().take(TOP).map(|h| h.score).collect::<Vec<_>>());
        let zs = zscores(&faq.semantic_scores(q, &cand));
        let zp = zscores(&faq.semantic_scores(&u.prepared, &cand));
        let fused: Vec<f32> = zl.iter().zip(&zp).map(|(l, s)| l + 0.5 * s).collect();
        r.fused_prepared += (argmax(&fused).map(|i| cand[i]) == Some(gold)) as usize;
        let zb = zscores(&cand.iter().map(|&s| modes[3][s]).collect::<Vec<_>>());
        for (k, w) in WEIGHTS.iter().enumerate() {
            let fused: Vec<f32> = zl.iter().zip(&zb).map(|(l, s)| l + w * s).collect();
            r.fused_blend[k] += (argmax(&fused).map(|i| cand[i]) == Some(gold)) as usize;
            let fused: Vec<f32> = zl.iter().zip(&zs).map(|(l, s)| l + w * s).collect();
            let ok = argmax(&fused).map(|i| cand[i]) == Some(gold);
            r.fused[k] += ok as usize;
            if k == 1 {
                r.lost += (lex_ok && !ok) as usize;
                r.won += (!lex_ok && ok) as usize;
            }
        }
    }
    r
}

fn main() {
    let sf = stackfaq();
    let icp = root().join("faq");
    let data = root().join("tests/data");
    let sets: Vec<(&str, PathBuf, Vec<PathBuf>)> = vec![
        (
            "stackfaq dev",
            sf.join("faq"),
            vec![sf.join("queries.jsonl")],
        ),
        (
            "stackfaq generated",
            sf.join("faq"),
            vec![sf.join("queries_generated.jsonl")],
        ),
        (
            "icp questions",
            icp.clone(),
            vec![data.join("icp_questions.jsonl")],
        ),
        (
            "icp holdout",
            icp.clone(),
            vec![data.join("icp_holdout.jsonl")],
        ),
        ("icp blind", icp.clone(), vec![data.join("icp_blind.jsonl")]),
        (
            "icp fresh",
            icp.clone(),
            vec![data.join("fresh/icp_fresh.jsonl")],
        ),
        (
            "icp fresh2",
            icp.clone(),
            vec![data.join("fresh2/questions.jsonl")],
        ),
        (
            "icp dialogues (1st turn)",
            icp.clone(),
            vec![
                data.join("icp_holdout_dialogues.jsonl"),
                data.join("icp_blind_dialogues.jsonl"),
                data.join("fresh/icp_fresh_dialogues.jsonl"),
                data.join("fresh2/dialogues.jsonl"),
                data.join("fresh3/dialogues.jsonl"),
            ],
        ),
        (
            "saas",
            data.join("faqs/saas"),
            vec![
                data.join("faqs/saas_queries.jsonl"),
                data.join("faqs/saas_dialogues.jsonl"),
            ],
        ),
        (
            "gameserver",
            data.join("faqs/gameserver"),
            vec![data.join("faqs/gameserver_queries.jsonl")],
        ),
        (
            "library",
            data.join("faqs/library"),
            vec![data.join("faqs/library_queries.jsonl")],
        ),
    ];
    println!(
        "| set | n | lex | sem:t | sem:f | sem:max | sem:bl | z+0.25 | z+0.5 | z+1.0 | lost/won (z+0.5) | bl z+0.25 | bl z+0.5 | bl z+1.0 | prep z+0.5 |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, dir, files) in &sets {
        let faq = match Faq::load(dir) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("note: {name}: {} not loaded: {e:?}", dir.display());
                continue;
            }
        };
        let qs: Vec<_> = files.iter().flat_map(|f| queries(f)).collect();
        let r = eval(&faq, &qs);
        if r.n == 0 {
            continue;
        }
        let p = |k: usize| format!("{:.3}", k as f64 / r.n as f64);
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {}/{} | {} | {} | {} | {} |",
            r.n,
            p(r.lex),
            p(r.sem[0]),
            p(r.sem[1]),
            p(r.sem[2]),
            p(r.sem[3]),
            p(r.fused[0]),
            p(r.fused[1]),
            p(r.fused[2]),
            r.lost,
            r.won,
            p(r.fused_blend[0]),
            p(r.fused_blend[1]),
            p(r.fused_blend[2]),
            p(r.fused_prepared),
        );
    }

    // Time: the semantic part per question on the ICP FAQ (top-30 hits).
    let faq = Faq::load(&icp).expect("ICP FAQ");
    let qs = queries(&data.join("icp_questions.jsonl"));
    let mut und = Vec::new();
    let mut semt = Vec::new();
    for _ in 0..20 {
        for (q, _) in &qs {
            let t = Instant::now();
            let u = faq.understand(q);
            und.push(t.elapsed().as_secs_f64() * 1e6);
            let cand: Vec<usize> = u.hits.iter().take(TOP).map(|h| h.section).collect();
            let t = Instant::now();
            std::hint::black_box(faq.semantic_scores(q, &cand));
            semt.push(t.elapsed().as_secs_f64() * 1e6);
        }
    }
    let med = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "\nICP FAQ, median us per question: understand {:.1}, semantic_scores over its top-{TOP} hits {:.1}",
        med(und),
        med(semt)
    );
}
