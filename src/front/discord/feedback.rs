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
    /// 👍 / 👎 on an answer. One per user per answer: a changed vote is
    /// logged with the vote it `replaces`, which the report takes back.
    Feedback {
        section: String,
        up: bool,
        /// The vote is the asker's own (not a bystander's).
        #[serde(default)]
        asker: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replaces: Option<bool>,
    },
    /// A forum post marked solved with the "Solved" button.
    Solved,
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
    /// Also appended to the session store's database (SQLite or Redis),
    /// where `faqbot report` merges every process's events.
    store: Option<std::sync::Arc<super::store::Store>>,
}

impl FeedbackLog {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            file: Mutex::new(None),
            store: None,
        }
    }

    /// A log whose events also go to `store`'s database.
    pub fn with_store(path: PathBuf, store: std::sync::Arc<super::store::Store>) -> Self {
        Self {
            store: Some(store),
            ..Self::new(path)
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
        if let Some(store) = &self.store {
            store.append_event(&line);
        }
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

/// 👍 / 👎 on one section's answers, and how many of them are the askers'.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Votes {
    pub section: String,
    pub up: usize,
    pub down: usize,
    pub asker_up: usize,
    pub asker_down: usize,
}

impl Votes {
    fn add(&mut self, up: bool, asker: bool, n: isize) {
        let bump = |c: &mut usize| *c = c.saturating_add_signed(n);
        match (up, asker) {
            (true, false) => bump(&mut self.up),
            (false, false) => bump(&mut self.down),
            (true, true) => {
                bump(&mut self.up);
                bump(&mut self.asker_up)
            }
            (false, true) => {
                bump(&mut self.down);
                bump(&mut self.asker_down)
            }
        }
    }
}

/// What `faqbot report` prints.
#[derive(Debug, Default, PartialEq)]
pub struct Summary {
    /// (section, answers) most first.
    pub asked: Vec<(String, usize)>,
    /// (question, times) most first.
    pub missed: Vec<(String, usize)>,
    /// Votes per section by 👎 rate.
    pub votes: Vec<Votes>,
    /// Forum posts marked solved.
    pub solved: usize,
    pub bad_lines: usize,
}

pub fn summarise(reader: impl BufRead) -> io::Result<Summary> {
    let mut asked: HashMap<String, usize> = HashMap::new();
    let mut missed: HashMap<String, (String, usize)> = HashMap::new();
    let mut votes: HashMap<String, Votes> = HashMap::new();
    let mut solved = 0;
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
                Event::Feedback {
                    section,
                    up,
                    asker,
                    replaces,
                } => {
                    let v = votes.entry(section.clone()).or_insert_with(|| Votes {
                        section,
                        ..Votes::default()
                    });
                    if let Some(old) = replaces {
                        v.add(old, asker, -1);
                    }
                    v.add(up, asker, 1);
                }
                Event::Solved => solved += 1,
            },
            Err(_) => bad += 1,
        }
    }
    let mut asked: Vec<_> = asked.into_iter().collect();
    asked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut missed: Vec<_> = missed.into_values().collect();
    missed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut votes: Vec<Votes> = votes.into_values().filter(|v| v.up + v.down > 0).collect();
    let rate = |v: &Votes| v.down as f64 / (v.up + v.down).max(1) as f64;
    votes.sort_by(|a, b| rate(b).total_cmp(&rate(a)).then(a.section.cmp(&b.section)));
    Ok(Summary {
        asked,
        missed,
        votes,
        solved,
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
    out.push_str("\n👎 rate per section (👍 / 👎; the askers' own votes in brackets):\n");
    if s.votes.is_empty() {
        out.push_str("  (none)\n");
    }
    for v in &s.votes {
        let rate = 100.0 * v.down as f64 / (v.up + v.down).max(1) as f64;
        out.push_str(&format!(
            "  {rate:>5.1}%  {}  ({} / {}) [asker {} / {}]\n",
            v.section, v.up, v.down, v.asker_up, v.asker_down
        ));
    }
    if s.solved > 0 {
        out.push_str(&format!("\nForum posts marked solved: {}\n", s.solved));
    }
    if s.bad_lines > 0 {
        out.push_str(&format!("\n({} unreadable line(s) skipped)\n", s.bad_lines));
    }
    out
}

/// `faqbot report` on a session store's database: the events of every
/// process that used it; `export` also writes them as JSON Lines.
pub fn report_lines(
    lines: &[String],
    export: Option<&Path>,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut text = lines.join("\n");
    text.push('\n');
    if let Some(p) = export {
        std::fs::write(p, &text).map_err(|e| crate::front::with_path(p, e))?;
    }
    let s = summarise(io::Cursor::new(text))?;
    out.write_all(format_summary(&s, 20).as_bytes())
}

/// `faqbot report`: prints the summary of the log at `path`.
pub fn report(path: &Path, out: &mut impl Write) -> io::Result<()> {
    let file = File::open(path).map_err(|e| crate::front::with_path(path, e))?;
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
            asker: true,
            replaces: None,
        });
        log.record(Event::Feedback {
            section: "b".into(),
            up: true,
            asker: false,
            replaces: None,
        });
        // A changed vote: 👍 then 👎 by the same bystander counts once, as 👎.
        log.record(Event::Feedback {
            section: "b".into(),
            up: false,
            asker: false,
            replaces: Some(true),
        });
        log.record(Event::Solved);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("not json\n");
        let s = summarise(text.as_bytes()).unwrap();
        assert_eq!(s.asked, vec![("a".into(), 2), ("b".into(), 1)]);
        assert_eq!(s.missed, vec![("What about Mars?".into(), 2)]);
        assert_eq!(
            s.votes[0],
            Votes {
                section: "a".into(),
                up: 0,
                down: 1,
                asker_up: 0,
                asker_down: 1
            }
        );
        assert_eq!((s.votes[1].up, s.votes[1].down), (0, 1));
        assert_eq!(s.solved, 1);
        assert_eq!(s.bad_lines, 1);
        let text = format_summary(&s, 5);
        assert!(text.contains("100.0%  a  (0 / 1) [asker 0 / 1]"), "{text}");
        assert!(text.contains("marked solved: 1"), "{text}");
        // Lines of older versions (no asker, no replaces) still read.
        let old = r#"{"ts":1,"kind":"feedback","section":"c","up":true}"#;
        assert_eq!(summarise(old.as_bytes()).unwrap().votes[0].up, 1);
        let _ = std::fs::remove_dir_all(dir);
    }
}
