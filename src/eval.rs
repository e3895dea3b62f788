//! `faqbot eval`: ranking and decision quality of an FAQ folder on sample
//! questions, and the engine's time per question, measured in-process.

use crate::dialogue::{respond_with, Reply, Session, Thresholds};
use crate::faq::Faq;
use serde::{Deserialize, Serialize};
use std::time::Instant;

/// One sample question: the section that should answer it, or `null` when
/// the FAQ should not answer it.
#[derive(Debug, Clone, Deserialize)]
pub struct Query {
    pub q: String,
    pub expect: Option<String>,
}

/// The example questions the rules files give each section, as queries
/// expecting that section (what `eval` uses when no queries file is given).
pub fn example_queries(faq: &Faq) -> Vec<Query> {
    faq.kb
        .sections
        .iter()
        .flat_map(|s| {
            s.examples.iter().map(|q| Query {
                q: q.clone(),
                expect: Some(s.id.to_string()),
            })
        })
        .collect()
}

/// Example questions that rank another section first: the FAQ's authors
/// should reword the example or the sections (reported by `check`).
pub fn example_conflicts(faq: &Faq) -> Vec<String> {
    let mut out = Vec::new();
    for s in &faq.kb.sections {
        for q in &s.examples {
            let top = faq
                .understand(q)
                .hits
                .first()
                .map(|h| &faq.kb.sections[h.section].id);
            if top != Some(&s.id) {
                out.push(format!(
                    "{}:{}: warning: example question {q:?} of section `{}` matches {} first",
                    s.source.file,
                    s.source.line,
                    s.id,
                    top.map_or("no section".to_string(), |t| format!("`{t}`"))
                ));
            }
        }
    }
    out
}

/// Reads JSON Lines of queries; errors name the line.
pub fn parse_queries(text: &str) -> Result<Vec<Query>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?);
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    pub queries: usize,
    pub in_scope: usize,
    pub out_of_scope: usize,
    pub p_at_1: f64,
    pub mrr_at_10: f64,
    pub recall_at_5: f64,
    /// Share of `expect: null` queries that got `no_match`.
    pub rejection: Option<f64>,
    /// Decisions on in-scope queries (fresh session each).
    pub answered_right: f64,
    pub answered_wrong: f64,
    pub clarified: f64,
    pub rejected_in_scope: f64,
    /// Share of `expect: null` queries answered with a section (the worst outcome).
    pub wrong_answer_out_of_scope: Option<f64>,
    pub median_us: f64,
    pub p99_us: f64,
    /// Per in-scope miss at rank 1: (question, expected, got).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub misses: Vec<(String, String, Option<String>)>,
}

/// The section a reply commits to (answer or follow-up question).
/// The sections a reply commits to: where the dialogue started and, for an
/// answer reached through hand-overs, the section whose rule decided. Either
/// one being the expected section counts as right.
fn committed(reply: &Reply) -> Option<Vec<&str>> {
    match reply {
        Reply::Answer(a) => Some(
            a.via
                .first()
                .into_iter()
                .chain(std::iter::once(&a.section))
                .map(|s| s.as_str())
                .collect(),
        ),
        Reply::Ask(q) => Some(vec![q.section.as_str()]),
        _ => None,
    }
}

pub fn run(faq: &Faq, queries: &[Query], th: &Thresholds) -> Report {
    let mut r = Report {
        queries: queries.len(),
        ..Default::default()
    };
    let mut times = Vec::with_capacity(queries.len());
    let (mut p1, mut mrr, mut r5) = (0.0, 0.0, 0.0);
    let (mut right, mut wrong, mut clar, mut rej_in) = (0.0, 0.0, 0.0, 0.0);
    let (mut rejected, mut answered_null) = (0.0, 0.0);
    for q in queries {
        let u = faq.understand(&q.q);
        let mut session = Session::new();
        let t = Instant::now();
        let reply = respond_with(faq, &mut session, &q.q, th);
        times.push(t.elapsed().as_secs_f64() * 1e6);
        match &q.expect {
            Some(want) => {
                r.in_scope += 1;
                let rank = u
                    .hits
                    .iter()
                    .position(|h| faq.kb.sections[h.section].id.as_str() == want);
                if rank == Some(0) {
                    p1 += 1.0;
                } else {
                    let got = u
                        .hits
                        .first()
                        .map(|h| faq.kb.sections[h.section].id.to_string());
                    r.misses.push((q.q.clone(), want.clone(), got));
                }
                if let Some(k) = rank.filter(|&k| k < 10) {
                    mrr += 1.0 / (k as f64 + 1.0);
                }
                if rank.is_some_and(|k| k < 5) {
                    r5 += 1.0;
                }
                match (&reply, committed(&reply)) {
                    (_, Some(s)) if s.contains(&want.as_str()) => right += 1.0,
                    (_, Some(_)) => wrong += 1.0,
                    (Reply::Clarify { .. }, _) => clar += 1.0,
                    _ => rej_in += 1.0,
                }
            }
            None => {
                r.out_of_scope += 1;
                match reply {
                    Reply::NoMatch { .. } => rejected += 1.0,
                    Reply::Answer(_) | Reply::Ask(_) => answered_null += 1.0,
                    _ => {}
                }
            }
        }
    }
    let n = r.in_scope.max(1) as f64;
    r.p_at_1 = p1 / n;
    r.mrr_at_10 = mrr / n;
    r.recall_at_5 = r5 / n;
    r.answered_right = right / n;
    r.answered_wrong = wrong / n;
    r.clarified = clar / n;
    r.rejected_in_scope = rej_in / n;
    if r.out_of_scope > 0 {
        r.rejection = Some(rejected / r.out_of_scope as f64);
        r.wrong_answer_out_of_scope = Some(answered_null / r.out_of_scope as f64);
    }
    times.sort_by(f64::total_cmp);
    if !times.is_empty() {
        r.median_us = times[times.len() / 2];
        r.p99_us = times[((times.len() as f64 * 0.99).ceil() as usize).min(times.len()) - 1];
    }
    r
}

/// Text summary for people.
pub fn render(r: &Report, show_misses: bool) -> String {
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    let mut s = format!(
        "queries: {} ({} in scope, {} out of scope)\n\
         ranking (in scope): P@1 {:.3}  MRR@10 {:.3}  Recall@5 {:.3}\n\
         decisions (in scope): answered right {}  answered wrong {}  clarify {}  no_match {}\n",
        r.queries,
        r.in_scope,
        r.out_of_scope,
        r.p_at_1,
        r.mrr_at_10,
        r.recall_at_5,
        pct(r.answered_right),
        pct(r.answered_wrong),
        pct(r.clarified),
        pct(r.rejected_in_scope)
    );
    if let (Some(rej), Some(wa)) = (r.rejection, r.wrong_answer_out_of_scope) {
        s.push_str(&format!(
            "out of scope: rejected {}  answered anyway {}\n",
            pct(rej),
            pct(wa)
        ));
    }
    s.push_str(&format!(
        "engine time per question: median {:.1} µs, p99 {:.1} µs\n",
        r.median_us, r.p99_us
    ));
    if show_misses {
        for (q, want, got) in &r.misses {
            s.push_str(&format!(
                "  miss: {q:?} expected {want}, ranked first {}\n",
                got.as_deref().unwrap_or("nothing")
            ));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{build, SourceFile};

    #[test]
    fn examples_become_queries_and_conflicts_are_reported() {
        let md = "## How do I reset my password? {#reset}\n\nUse the reset link.\n\n## How do I delete my account? {#delete}\n\nWrite to support.\n";
        // The same example under two sections: it can only route to one of them.
        let rules = "[sections.reset]\nexamples = [\"forgot my password\", \"delete my account\"]\n[sections.delete]\nexamples = [\"delete my account\"]\n";
        let faq = Faq::new(
            build(vec![
                SourceFile {
                    path: "a.md".into(),
                    bytes: md.as_bytes().to_vec(),
                },
                SourceFile {
                    path: "a.toml".into(),
                    bytes: rules.as_bytes().to_vec(),
                },
            ])
            .unwrap(),
        );
        let q = example_queries(&faq);
        assert_eq!(q.len(), 3);
        assert_eq!(
            q.iter()
                .filter(|q| q.expect.as_deref() == Some("reset"))
                .count(),
            2
        );
        let conflicts = example_conflicts(&faq);
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert!(conflicts[0].contains("delete my account") && conflicts[0].contains("`delete`"));
        let r = run(&faq, &q, &Thresholds::default());
        assert_eq!(r.in_scope, 3);
        assert!((r.p_at_1 - 2.0 / 3.0).abs() < 1e-9);
    }
}
