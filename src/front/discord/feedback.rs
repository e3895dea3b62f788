//! The feedback log (JSON Lines) and `faqbot report`, which summarises it
//! for the FAQ's authors. No user ids are written: only sections, votes and
//! the text of questions that were missed.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

/// Longest question text written to the log.
const QUESTION_MAX: usize = 500;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// A question answered from a section.
    Answer {
        section: String,
        #[serde(default)]
        score: f32,
    },
    /// A question that got `no_match`, or an answer with a low score.
    Miss {
        question: String,
        reply: String,
        #[serde(default)]
        score: f32,
    },
    /// 👍 / 👎 on an answer.
    Feedback { section: String, up: bool },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Line {
    ts: u64,
    #[serde(flatten)]
    event: Event,
}

/// Appends events to the log; failures are logged, never fatal.
#[derive(Debug)]
pub struct FeedbackLog {
    path: PathBuf,
    file: Mutex<Option<File>>,
}

impl FeedbackLog {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            file: Mutex::new(None),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn record(&self, event: Event) {
        let event = match event {
            Event::Miss {
                question,
                reply,
                score,
            } => Event::Miss {
                question: question.chars().take(QUESTION_MAX).collect(),
                reply,
                score,
            },
            e => e,
        };
        let ts = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let Ok(mut line) = serde_json::to_string(&Line { ts, event }) else {
            return;
        };
        line.push('\n');
        let mut guard = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            match self.open() {
                Ok(f) => *guard = Some(f),
                Err(e) => {
                    tracing::warn!(path = %self.path.display(), error = %e, "cannot open the feedback log");
                    return;
                }
            }
        }
        if let Some(f) = guard.as_mut() {
            if let Err(e) = f.write_all(line.as_bytes()) {
                tracing::warn!(error = %e, "cannot write the feedback log");
                *guard = None;
            }
        }
    }

    fn open(&self) -> io::Result<File> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
    }
}

/// What `faqbot report` prints.
#[derive(Debug, Default, PartialEq)]
pub struct Summary {
    /// (section, answers) most first.
    pub asked: Vec<(String, usize)>,
    /// (question, times) most first.
    pub missed: Vec<(String, usize)>,
    /// (section, 👍, 👎) by 👎 rate.
    pub votes: Vec<(String, usize, usize)>,
    pub bad_lines: usize,
}

pub fn summarise(reader: impl BufRead) -> io::Result<Summary> {
    let mut asked: HashMap<String, usize> = HashMap::new();
    let mut missed: HashMap<String, (String, usize)> = HashMap::new();
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    let mut bad = 0;
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(&line) {
            Ok(l) => match l.event {
                Event::Answer { section, .. } => *asked.entry(section).or_default() += 1,
                Event::Miss { question, .. } => {
                    let key = question.trim().to_lowercase();
                    missed.entry(key).or_insert((question, 0)).1 += 1;
                }
                Event::Feedback { section, up } => {
                    let v = votes.entry(section).or_default();
                    if up {
                        v.0 += 1;
                    } else {
                        v.1 += 1;
                    }
                }
            },
            Err(_) => bad += 1,
        }
    }
    let mut asked: Vec<_> = asked.into_iter().collect();
    asked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut missed: Vec<_> = missed.into_values().collect();
    missed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut votes: Vec<_> = votes.into_iter().map(|(s, (u, d))| (s, u, d)).collect();
    let rate = |u: usize, d: usize| d as f64 / (u + d).max(1) as f64;
    votes.sort_by(|a, b| {
        rate(b.1, b.2)
            .total_cmp(&rate(a.1, a.2))
            .then(a.0.cmp(&b.0))
    });
    Ok(Summary {
        asked,
        missed,
        votes,
        bad_lines: bad,
    })
}

pub fn format_summary(s: &Summary, top: usize) -> String {
    let mut out = String::new();
    out.push_str("Most asked sections:\n");
    if s.asked.is_empty() {
        out.push_str("  (none)\n");
    }
    for (sec, n) in s.asked.iter().take(top) {
        out.push_str(&format!("  {n:>5}  {sec}\n"));
    }
    out.push_str("\nMost missed questions:\n");
    if s.missed.is_empty() {
        out.push_str("  (none)\n");
    }
    for (q, n) in s.missed.iter().take(top) {
        out.push_str(&format!("  {n:>5}  {q}\n"));
    }
    out.push_str("\n👎 rate per section (👍 / 👎):\n");
    if s.votes.is_empty() {
        out.push_str("  (none)\n");
    }
    for (sec, up, down) in &s.votes {
        let rate = 100.0 * *down as f64 / (up + down).max(1) as f64;
        out.push_str(&format!("  {rate:>5.1}%  {sec}  ({up} / {down})\n"));
    }
    if s.bad_lines > 0 {
        out.push_str(&format!("\n({} unreadable line(s) skipped)\n", s.bad_lines));
    }
    out
}

/// `faqbot report`: prints the summary of the log at `path`.
pub fn report(path: &Path, out: &mut impl Write) -> io::Result<()> {
    let file = File::open(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    let s = summarise(BufReader::new(file))?;
    out.write_all(format_summary(&s, 20).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_then_summarise() {
        let dir = std::env::temp_dir().join(format!("faqbot-fb-{}", std::process::id()));
        let path = dir.join("sub/feedback.jsonl");
        let log = FeedbackLog::new(path.clone());
        log.record(Event::Answer {
            section: "a".into(),
            score: 0.9,
        });
        log.record(Event::Answer {
            section: "a".into(),
            score: 0.9,
        });
        log.record(Event::Answer {
            section: "b".into(),
            score: 0.9,
        });
        log.record(Event::Miss {
            question: "What about Mars?".into(),
            reply: "no_match".into(),
            score: 0.1,
        });
        log.record(Event::Miss {
            question: "what about mars?".into(),
            reply: "no_match".into(),
            score: 0.1,
        });
        log.record(Event::Feedback {
            section: "a".into(),
            up: false,
        });
        log.record(Event::Feedback {
            section: "b".into(),
            up: true,
        });
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("not json\n");
        let s = summarise(text.as_bytes()).unwrap();
        assert_eq!(s.asked, vec![("a".into(), 2), ("b".into(), 1)]);
        assert_eq!(s.missed, vec![("What about Mars?".into(), 2)]);
        assert_eq!(s.votes[0], ("a".into(), 0, 1));
        assert_eq!(s.bad_lines, 1);
        assert!(format_summary(&s, 5).contains("100.0%  a"));
        let _ = std::fs::remove_dir_all(dir);
    }
}
