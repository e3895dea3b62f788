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

/// Example questions the bot, asked them afresh, takes to another section
/// (its answer or follow-up is another's, or another comes first among the
/// sections it offers): the FAQ's authors should reword the example or the
/// sections (reported by `check`). What the bot does counts, not the raw
/// ranking: stated facts may settle a close call the ranking leaves.
pub fn example_conflicts(faq: &Faq) -> Vec<String> {
    let mut out = Vec::new();
    for s in &faq.kb.sections {
        for q in &s.examples {
            let reply = crate::dialogue::respond(faq, &mut Session::new(), q);
            let top = match &reply {
                Reply::Answer(a) if a.via.contains(&s.id) => Some(&s.id),
                Reply::Answer(a) => Some(&a.section),
                Reply::Ask(x) => Some(&x.section),
                Reply::Clarify { candidates: c, .. } | Reply::NoMatch { suggestions: c, .. } => {
                    c.first().map(|c| &c.section)
                }
                Reply::Reset { .. } => None,
            };
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

/// A line of a JSON Lines file that doesn't parse.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {source}")]
pub struct LineError {
    /// 1-based.
    pub line: usize,
    #[source]
    pub source: serde_json::Error,
}

/// A question or dialogue file that can't be read or parsed; the message
/// names the file (and the line).
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}: {source}", path.display())]
    Read {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Parse {
        path: std::path::PathBuf,
        #[source]
        source: LineError,
    },
}

impl FileError {
    /// The `io::ErrorKind` the command line reports it as.
    pub fn kind(&self) -> std::io::ErrorKind {
        match self {
            FileError::Read { source, .. } => source.kind(),
            FileError::Parse { .. } => std::io::ErrorKind::InvalidData,
        }
    }
}

/// Reads and parses a JSON Lines file with `parse`.
pub fn read_file<T>(
    path: &std::path::Path,
    parse: impl FnOnce(&str) -> Result<T, LineError>,
) -> Result<T, FileError> {
    let text = std::fs::read_to_string(path).map_err(|source| FileError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text).map_err(|source| FileError::Parse {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads JSON Lines of queries; errors name the line.
pub fn parse_queries(text: &str) -> Result<Vec<Query>, LineError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|source| LineError {
            line: i + 1,
            source,
        })?);
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
    /// Decisions on in-scope queries (fresh session each). Answered right:
    /// an answer from the expected section (or handed over by its rule).
    pub answered_right: f64,
    /// An answer from another section (the worst outcome).
    pub answered_wrong: f64,
    /// A follow-up question asked in the expected section / in another one.
    pub asked_right: f64,
    pub asked_wrong: f64,
    /// "Did you mean" with the expected section first / otherwise.
    pub clarified_right_first: f64,
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

/// What one reply did with an in-scope question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    AnsweredRight,
    AnsweredWrong,
    AskedRight,
    AskedWrong,
    ClarifiedRightFirst,
    Clarified,
    NoMatch,
}

/// Classifies a reply to a question expecting section `want`. An answer
/// reached through hand-overs is right for the section whose rule decided
/// it, and for the one whose rule handed over to it.
pub fn outcome(reply: &Reply, want: &str) -> Outcome {
    match reply {
        Reply::Answer(a) => {
            if a.section.as_str() == want || a.via.first().is_some_and(|v| v.as_str() == want) {
                Outcome::AnsweredRight
            } else {
                Outcome::AnsweredWrong
            }
        }
        Reply::Ask(q) if q.section.as_str() == want => Outcome::AskedRight,
        Reply::Ask(_) => Outcome::AskedWrong,
        Reply::Clarify { candidates, .. }
            if candidates
                .first()
                .is_some_and(|c| c.section.as_str() == want) =>
        {
            Outcome::ClarifiedRightFirst
        }
        Reply::Clarify { .. } => Outcome::Clarified,
        _ => Outcome::NoMatch,
    }
}

pub fn run(faq: &Faq, queries: &[Query], th: &Thresholds) -> Report {
    let mut r = Report {
        queries: queries.len(),
        ..Default::default()
    };
    let mut times = Vec::with_capacity(queries.len());
    let (mut p1, mut mrr, mut r5) = (0.0, 0.0, 0.0);
    let mut counts = [0.0f64; 7];
    let (mut rejected, mut answered_null) = (0.0, 0.0);
    for q in queries {
        // Timed once, cold: before anything else has looked at this question.
        let mut session = Session::new();
        let t = Instant::now();
        let reply = respond_with(faq, &mut session, &q.q, th);
        times.push(t.elapsed().as_secs_f64() * 1e6);
        let u = faq.understand(&q.q);
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
                counts[outcome(&reply, want) as usize] += 1.0;
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
    r.answered_right = counts[Outcome::AnsweredRight as usize] / n;
    r.answered_wrong = counts[Outcome::AnsweredWrong as usize] / n;
    r.asked_right = counts[Outcome::AskedRight as usize] / n;
    r.asked_wrong = counts[Outcome::AskedWrong as usize] / n;
    r.clarified_right_first = counts[Outcome::ClarifiedRightFirst as usize] / n;
    r.clarified = counts[Outcome::Clarified as usize] / n;
    r.rejected_in_scope = counts[Outcome::NoMatch as usize] / n;
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

/// One scripted conversation: the user's turns and the reply expected last.
#[derive(Debug, Clone, Deserialize)]
pub struct Dialogue {
    pub turns: Vec<String>,
    pub expect: Expected,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Expected {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub rule: Option<String>,
}

/// How scripted conversations ended.
#[derive(Debug, Clone, Serialize, Default)]
pub struct DialogueReport {
    pub dialogues: usize,
    /// Ended with the expected reply (answer: same section and rule).
    pub right: usize,
    /// Ended with an answer that is not the expected one.
    pub wrong_answer: usize,
    /// Every other ending (a question, "did you mean", no match).
    pub other: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<String>,
}

pub fn parse_dialogues(text: &str) -> Result<Vec<Dialogue>, LineError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|source| LineError {
                line: i + 1,
                source,
            })
        })
        .collect()
}

/// Plays each dialogue in a fresh session and compares its last reply.
pub fn run_dialogues(faq: &Faq, dialogues: &[Dialogue], th: &Thresholds) -> DialogueReport {
    let mut r = DialogueReport {
        dialogues: dialogues.len(),
        ..Default::default()
    };
    for d in dialogues {
        let mut session = Session::new();
        let mut transcript = String::new();
        let mut last = None;
        for t in &d.turns {
            let reply = respond_with(faq, &mut session, t, th);
            let stage = session
                .stage()
                .map(|s| format!("   [{s}]"))
                .unwrap_or_default();
            transcript.push_str(&format!("  > {t}\n  < {}{stage}\n", summary(&reply)));
            last = Some(reply);
        }
        let ok = match (&last, d.expect.kind.as_str()) {
            (Some(Reply::Answer(a)), "answer") => {
                d.expect.section.as_deref() == Some(a.section.as_str()) && d.expect.rule == a.rule
            }
            (Some(Reply::NoMatch { .. }), "no_match") => true,
            _ => false,
        };
        if ok {
            r.right += 1;
            continue;
        }
        if matches!(last, Some(Reply::Answer(_))) {
            r.wrong_answer += 1;
        } else {
            r.other += 1;
        }
        r.failures.push(format!(
            "expected {} {}\n{transcript}",
            d.expect.kind,
            d.expect.section.as_deref().unwrap_or("")
        ));
    }
    r
}

fn summary(reply: &Reply) -> String {
    match reply {
        Reply::Answer(a) => format!(
            "answer {} rule {}",
            a.section,
            a.rule.as_deref().map_or("none".to_string(), |r| format!(
                "{:?}",
                r.chars().take(60).collect::<String>()
            ))
        ),
        Reply::Ask(q) => format!("asks {} ({})", q.fact, q.section),
        Reply::Clarify { candidates, .. } => format!(
            "did you mean {}",
            candidates
                .iter()
                .map(|c| c.section.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Reply::NoMatch { .. } => "no match".into(),
        Reply::Reset { .. } => "reset".into(),
    }
}

/// Text summary for people.
pub fn render(r: &Report, show_misses: bool) -> String {
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    let mut s = format!(
        "queries: {} ({} in scope, {} out of scope)\n\
         ranking (in scope): P@1 {:.3}  MRR@10 {:.3}  Recall@5 {:.3}\n\
         decisions (in scope): answered right {}  answered wrong {}  follow-up right {}  follow-up wrong {}  did-you-mean right first {}  other did-you-mean {}  no_match {}\n",
        r.queries,
        r.in_scope,
        r.out_of_scope,
        r.p_at_1,
        r.mrr_at_10,
        r.recall_at_5,
        pct(r.answered_right),
        pct(r.answered_wrong),
        pct(r.asked_right),
        pct(r.asked_wrong),
        pct(r.clarified_right_first),
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

    #[test]
    fn a_bad_line_names_file_and_line_and_keeps_its_json_error() {
        let dir = std::env::temp_dir().join(format!("faqbot-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("q.jsonl");
        std::fs::write(&path, "{\"q\": \"a\", \"expect\": null}\n\n{\"x\": 1}\n").unwrap();
        let e = read_file(&path, parse_queries).unwrap_err();
        let shown = e.to_string();
        assert!(
            shown.starts_with(&format!("{}: line 3: missing field `q`", path.display())),
            "{shown}"
        );
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
        let line = std::error::Error::source(&e)
            .and_then(|s| s.downcast_ref::<LineError>())
            .expect("the line is the source");
        assert_eq!(line.line, 3);
        assert!(line.source.is_data());
        let missing = read_file(&dir.join("none.jsonl"), parse_dialogues).unwrap_err();
        assert_eq!(missing.kind(), std::io::ErrorKind::NotFound);
        std::fs::remove_dir_all(&dir).ok();
    }
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
        let r = run(&faq, &q, &Thresholds::for_faq(&faq));
        assert_eq!(r.in_scope, 3);
        assert!((r.p_at_1 - 2.0 / 3.0).abs() < 1e-9);
    }

    /// The bundled FAQ's examples all reach their sections: what the bot
    /// does with them counts, so an example whose stated fact settles a
    /// close call ("Is filing required without buying ECS?") is no conflict.
    #[test]
    fn the_bundled_faq_examples_reach_their_sections() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("faq");
        let faq = Faq::new(crate::knowledge::load_dir(&dir).expect("the bundled FAQ loads"));
        assert!(!example_queries(&faq).is_empty());
        assert_eq!(example_conflicts(&faq), Vec::<String>::new());
    }
}
