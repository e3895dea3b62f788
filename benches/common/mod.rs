//! Shared helpers for the engine benchmarks and the memory example:
//! a synthetic FAQ folder of N sections built in memory from the StackFAQ
//! text in `../shared/bench/stackfaq/`, and its dev queries.
//!
//! Each generated section is one StackFAQ thread (125 of them) copied with a
//! fresh id (`{#gen_00042 .section}`), a lightly varied heading (a per-copy
//! word appended) and a varied body (sentences rotated per copy, one sentence
//! dropped on some copies, a per-copy word appended). The vocabulary grows
//! with the number of copies like a real FAQ's does (new rare words), while
//! common words keep realistic document frequencies.

#![allow(dead_code)]

use faqbot::knowledge::SourceFile;
use std::path::{Path, PathBuf};

/// Where the StackFAQ benchmark lives: `FAQBOT_STACKFAQ` (as for `faqbot
/// calibrate`), else `../shared/bench/stackfaq` beside the crate. Its
/// licence keeps it out of this repository.
pub fn stackfaq_dir() -> PathBuf {
    match std::env::var_os("FAQBOT_STACKFAQ") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/stackfaq"),
    }
}

/// The bundled ICP FAQ folder.
pub fn icp_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")
}

/// Realistic questions for the bundled ICP FAQ (first turn of a conversation).
pub const ICP_QUESTIONS: &[&str] = &[
    "do i need icp filing for my domain name?",
    "Is ICP filling required for domains?",
    "my website's domain resolves to a server in shanghai, do I have to get an ICP filing?",
    "do I need a beian for a subdomain if the main domain is already filed with aliyun?",
    "I bought an ECS instance but I'm not using any domain, do I still need ICP?",
    "when do I have to change my ICP filing?",
    "Hi, quick question: I registered a domain and I'm planning to run a small blog on a server in Beijing. Is an ICP filing necessary for that or not? Thanks in advance!",
];

/// One thread of the source: its heading and its body paragraphs.
#[derive(Debug, Clone)]
pub struct Thread {
    pub title: String,
    pub paragraphs: Vec<String>,
}

/// Reads `stackfaq/faq/*.md` into threads; `None` if the folder is missing or empty.
pub fn load_threads() -> Option<Vec<Thread>> {
    let dir = stackfaq_dir().join("faq");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let mut threads = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).ok()?;
        let mut cur: Option<Thread> = None;
        for line in text.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                threads.extend(cur.take());
                let title = match h.rfind(" {#") {
                    Some(i) => &h[..i],
                    None => h,
                };
                cur = Some(Thread {
                    title: title.trim().to_string(),
                    paragraphs: Vec::new(),
                });
            } else if line.starts_with("# ") {
                threads.extend(cur.take());
            } else if let Some(t) = cur.as_mut() {
                let l = line.trim();
                if !l.is_empty() {
                    t.paragraphs.push(l.to_string());
                }
            }
        }
        threads.extend(cur.take());
    }
    (!threads.is_empty()).then_some(threads)
}

/// A pronounceable pseudo-word unique to `n` (e.g. "bavoki").
pub fn copy_word(n: usize) -> String {
    const C: &[u8] = b"bdfgklmnprstvz";
    const V: &[u8] = b"aeiou";
    let mut n = n;
    let mut out = String::new();
    loop {
        out.push(C[n % C.len()] as char);
        n /= C.len();
        out.push(V[n % V.len()] as char);
        n /= V.len();
        if n == 0 {
            break;
        }
    }
    out.push_str("ix");
    out
}

fn sentences(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = p.as_bytes();
    for i in 0..b.len() {
        if matches!(b[i], b'.' | b'?' | b'!') && (i + 1 == b.len() || b[i + 1] == b' ') {
            let s = p[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let s = p[start..].trim();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// Text of section `i` of a generated folder.
fn section_text(threads: &[Thread], i: usize, out: &mut String) {
    use std::fmt::Write;
    let t = &threads[i % threads.len()];
    let copy = i / threads.len();
    let word = copy_word(copy);
    if copy == 0 {
        let _ = writeln!(out, "## {} {{#gen_{i:05} .section}}\n", t.title);
    } else {
        let _ = writeln!(out, "## {} ({word}) {{#gen_{i:05} .section}}\n", t.title);
    }
    for (pi, p) in t.paragraphs.iter().enumerate() {
        let mut s = sentences(p);
        if s.len() > 1 {
            let k = (copy + pi) % s.len();
            s.rotate_left(k);
            // Drop one sentence on every third copy of longer paragraphs.
            if copy % 3 == 2 && s.len() > 2 {
                s.pop();
            }
        }
        out.push_str(&s.join(" "));
        if pi == 0 && copy > 0 {
            let _ = write!(out, " See also {word}.");
        }
        out.push_str("\n\n");
    }
}

/// An FAQ folder of `n` sections, in files of at most 250 sections.
pub fn generate(threads: &[Thread], n: usize) -> Vec<SourceFile> {
    const PER_FILE: usize = 250;
    let mut files = Vec::new();
    let mut i = 0;
    let mut part = 0;
    while i < n {
        let mut text = String::new();
        text.push_str(&format!(
            "# Generated FAQ part {part} {{#gen_part_{part:03} .concept}}\n\n"
        ));
        let end = (i + PER_FILE).min(n);
        while i < end {
            section_text(threads, i, &mut text);
            i += 1;
        }
        files.push(SourceFile {
            path: PathBuf::from(format!("gen_{part:03}.md")),
            bytes: text.into_bytes(),
        });
        part += 1;
    }
    files
}

/// Total bytes of a generated folder.
pub fn total_bytes(files: &[SourceFile]) -> usize {
    files.iter().map(|f| f.bytes.len()).sum()
}

/// The `q` of every line of `stackfaq/queries.jsonl` (empty if missing).
pub fn load_queries() -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(stackfaq_dir().join("queries.jsonl")) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("q")?.as_str().map(str::to_string))
        .filter(|q| !q.trim().is_empty())
        .collect()
}

/// Every `stride`-th query (a spread over all 125 threads).
pub fn sample_queries(all: &[String], n: usize) -> Vec<String> {
    if all.is_empty() {
        return Vec::new();
    }
    let stride = (all.len() / n.max(1)).max(1);
    all.iter().step_by(stride).take(n).cloned().collect()
}

/// Current `VmRSS` and `VmHWM` of this process in bytes (Linux), if readable.
pub fn rss() -> Option<(u64, u64)> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = s.lines().find(|l| l.starts_with(name))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Resets the peak RSS (`VmHWM`) to the current RSS (Linux ≥ 4.0). Returns false if not possible.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Median and p99 of durations in microseconds.
pub fn median_p99_us(mut v: Vec<f64>) -> (f64, f64) {
    if v.is_empty() {
        return (f64::NAN, f64::NAN);
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let med = v[v.len() / 2];
    let p99 = v[((v.len() as f64 * 0.99).ceil() as usize)
        .saturating_sub(1)
        .min(v.len() - 1)];
    (med, p99)
}

pub fn mb(b: u64) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}
