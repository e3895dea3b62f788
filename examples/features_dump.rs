//! Dumps the first candidates' confidence features as JSON lines, for
//! studying the confidence model outside the engine (training data only).
//! `cargo run --release --example features_dump -- NAME=FAQDIR:QUERIES ...`
//! Each set's in-scope questions are also run, as out-of-scope ones,
//! against every other set's FAQ (up to 60 per pair, as `calibrate` does).
use faqbot::eval::{parse_queries, read_file, Query};
use faqbot::understanding::confidence::FEATURE_NAMES;
use faqbot::Faq;

fn main() {
    // As the commands do: `FAQBOT_SEMANTIC_MODEL` loads the sentence model
    // (in a `--features sentence-model` build).
    if let Some(dir) = std::env::var_os("FAQBOT_SEMANTIC_MODEL") {
        faqbot::understanding::sentence::set_override(Some(dir.into()));
    }
    // `DUMP_BODY` adds each candidate's body (for feature experiments).
    let with_body = std::env::var_os("DUMP_BODY").is_some();
    let mut sets: Vec<(String, Faq, Vec<Query>)> = Vec::new();
    for spec in std::env::args().skip(1) {
        let (name, rest) = spec.split_once('=').expect("NAME=FAQDIR:QUERIES");
        let (dir, files) = rest.split_once(':').expect("FAQDIR:QUERIES");
        let faq = Faq::load(std::path::Path::new(dir)).expect("faq");
        let mut qs = Vec::new();
        for f in files.split(',') {
            qs.extend(read_file(std::path::Path::new(f), parse_queries).expect("queries"));
        }
        sets.push((name.to_string(), faq, qs));
    }
    for (i, (name, faq, qs)) in sets.iter().enumerate() {
        let mut items: Vec<(String, &Query, bool)> =
            qs.iter().map(|q| (name.clone(), q, false)).collect();
        for (j, (other, _, oq)) in sets.iter().enumerate() {
            if i == j {
                continue;
            }
            let inside: Vec<&Query> = oq.iter().filter(|q| q.expect.is_some()).collect();
            let step = (inside.len() / 60).max(1);
            items.extend(
                inside
                    .iter()
                    .step_by(step)
                    .take(60)
                    .map(|q| (other.clone(), *q, true)),
            );
        }
        for (k, (from, q, cross)) in items.iter().enumerate() {
            let u = faq.understand(&q.q);
            let want = if *cross { None } else { q.expect.as_deref() };
            let cands: Vec<serde_json::Value> = u
                .hits
                .iter()
                .take(3)
                .map(|h| {
                    let f: serde_json::Map<String, serde_json::Value> = FEATURE_NAMES
                        .iter()
                        .zip(h.features.0.iter())
                        .map(|(n, v)| (n.to_string(), serde_json::json!(v)))
                        .collect();
                    let sec = &faq.kb.sections[h.section];
                    serde_json::json!({
                        "id": sec.id.as_str(),
                        "title": sec.title,
                        "body": if with_body { sec.body.as_str() } else { "" },
                        "right": want == Some(sec.id.as_str()),
                        "p": h.confidence,
                        "f": f,
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::json!({"set": name, "from": from, "k": k, "in_scope": want.is_some(), "q": q.q, "cands": cands})
            );
        }
    }
}
