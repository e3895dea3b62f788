//! The terminal front: `chat`, `ask` and `check`, in text or JSON lines.

use crate::dialogue::{respond, AnswerKind, Reply, Session};
use crate::faq::Faq;
use crate::knowledge::{self, FactKind, LoadError};
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;

/// Loads the folder or prints every problem (exit code 2 for the caller);
/// quickly, as a console question needs (see [`knowledge::Checks`]).
pub fn load_or_report(dir: &Path) -> Result<Faq, LoadError> {
    match Faq::load_quick(dir) {
        Ok(f) => Ok(f),
        Err(e) => {
            eprint!("{e}");
            Err(e)
        }
    }
}

/// Text for people: numbered choices, the answer, why, and where it is from.
pub fn render_text(reply: &Reply) -> String {
    let mut out = String::new();
    match reply {
        Reply::Answer(a) => {
            out.push_str(&format!("{}\n\n{}\n", a.title, a.text));
            if !a.because.is_empty() {
                let why: Vec<&str> = a.because.iter().map(|b| b.text.as_str()).collect();
                out.push_str(&format!("\nBecause: {}.\n", why.join("; ")));
            }
            if a.kind == AnswerKind::Otherwise {
                out.push_str("(None of this section's rules applies to your case.)\n");
            }
            out.push_str(&format!("Source: {} § {}\n", a.source.file, a.section));
        }
        Reply::Ask(q) => {
            out.push_str(&format!("{}\n", q.text));
            match q.kind {
                FactKind::YesNo => out.push_str("  1. Yes\n  2. No\n"),
                FactKind::Choice => {
                    for (i, c) in q.options.iter().enumerate() {
                        out.push_str(&format!("  {}. {}\n", i + 1, c.label));
                    }
                }
            }
        }
        Reply::Clarify { text, candidates } => {
            out.push_str(&format!("{text}\n"));
            for (i, c) in candidates.iter().enumerate() {
                out.push_str(&format!("  {}. {}\n", i + 1, c.title));
            }
        }
        Reply::NoMatch { text, suggestions } => {
            out.push_str(&format!("{text}\n"));
            for (i, c) in suggestions.iter().enumerate() {
                out.push_str(&format!("  {}. {}\n", i + 1, c.title));
            }
        }
        Reply::Reset { text } => out.push_str(&format!("{text}\n")),
    }
    out
}

fn print_reply(out: &mut impl Write, reply: &Reply, json: bool) -> io::Result<()> {
    if json {
        writeln!(out, "{}", reply.to_json())?;
    } else {
        writeln!(out, "{}", render_text(reply))?;
    }
    out.flush()
}

/// Longest line read from stdin; the rest of a longer line is dropped.
const MAX_LINE_BYTES: usize = 256 * 1024;

/// One conversation over stdin/stdout; one reply per input line.
pub fn chat(faq: &Faq, json: bool) -> io::Result<()> {
    let stdin = io::stdin();
    let interactive = stdin.is_terminal() && !json;
    let mut out = io::stdout().lock();
    let mut session = Session::new();
    if interactive {
        writeln!(
            out,
            "faqbot: {} FAQ sections loaded. Ask a question; \"start over\" forgets the conversation, \"quit\" leaves.\n",
            faq.kb.sections.len()
        )?;
    }
    let mut reader = stdin.lock();
    let mut buf = Vec::new();
    loop {
        if interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        buf.clear();
        // Bytes, not String: invalid UTF-8 on stdin must not end the chat.
        let n = read_line_bounded(&mut reader, &mut buf)?;
        if n == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        if !json && matches!(line.trim().to_lowercase().as_str(), "quit" | "exit" | "bye") {
            break;
        }
        let reply = respond(faq, &mut session, line);
        print_reply(&mut out, &reply, json)?;
    }
    Ok(())
}

/// Reads one line, keeping at most `MAX_LINE_BYTES` of it.
fn read_line_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut total = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(total);
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(p) => (&available[..=p], true),
            None => (available, false),
        };
        let room = MAX_LINE_BYTES.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        total += used;
        reader.consume(used);
        if done {
            return Ok(total);
        }
    }
}

/// One message, one reply.
pub fn ask(faq: &Faq, question: &str, json: bool) -> io::Result<()> {
    let mut session = Session::new();
    let reply = respond(faq, &mut session, question);
    print_reply(&mut io::stdout().lock(), &reply, json)
}

/// Validates a folder: prints every error and warning; true when it loads.
pub fn check(dir: &Path) -> bool {
    match knowledge::load_dir(dir) {
        Ok(loaded) => {
            // Patterns compile on first use when serving; here, all of them.
            let uncompiled = knowledge::pattern::compile_all(&loaded.knowledge);
            if !uncompiled.is_empty() {
                for d in &uncompiled {
                    println!("{d}");
                }
                println!("failed: {} error(s)", uncompiled.len());
                return false;
            }
            let faq = Faq::new(loaded.clone());
            // The loader's warnings and the engine's (examples that read alike).
            let warnings = faq.all_warnings();
            for w in &warnings {
                println!("{w}");
            }
            let conflicts = crate::eval::example_conflicts(&faq);
            for c in &conflicts {
                println!("{c}");
            }
            let topic = faq.index().topic_words();
            if !topic.is_empty() {
                println!(
                    "topic: {} (in every section title; a question with none of them is read as off-topic)",
                    topic.join(", ")
                );
            }
            let k = &loaded.knowledge;
            let rules: usize = k.sections.iter().map(|s| s.rules.len()).sum();
            println!(
                "ok: {} sections, {} facts, {} rules, {} synonym groups, {} warning(s)",
                k.sections.len(),
                k.facts.len(),
                rules,
                k.synonyms.len(),
                warnings.len() + conflicts.len()
            );
            true
        }
        Err(e) => {
            for d in &e.diagnostics {
                println!("{d}");
            }
            println!("failed: {} error(s)", e.errors().count());
            false
        }
    }
}

/// `faqbot eval`: reads the queries file (or uses the sections' example
/// questions) and prints the report.
pub fn eval(
    faq: &Faq,
    path: Option<&Path>,
    json: bool,
    misses: bool,
    sweep: bool,
    explain: bool,
) -> io::Result<()> {
    use crate::dialogue::Thresholds;
    let queries = match path {
        None => crate::eval::example_queries(faq),
        Some(path) => crate::eval::read_file(path, crate::eval::parse_queries)
            .map_err(|e| io::Error::new(e.kind(), e))?,
    };
    let report = crate::eval::run(faq, &queries, &Thresholds::for_faq(faq));
    let mut out = io::stdout().lock();
    if json {
        let mut v = serde_json::to_value(&report).map_err(io::Error::other)?;
        if !misses {
            if let Some(o) = v.as_object_mut() {
                o.remove("misses");
            }
        }
        writeln!(out, "{v}")?;
    } else {
        write!(out, "{}", crate::eval::render(&report, misses))?;
    }
    if explain {
        for q in &queries {
            let mut session = Session::new();
            let reply = crate::dialogue::respond(faq, &mut session, &q.q);
            let fine = match &q.expect {
                Some(want) => {
                    crate::eval::outcome(&reply, want) == crate::eval::Outcome::AnsweredRight
                }
                None => matches!(reply, crate::Reply::NoMatch { .. }),
            };
            if !fine {
                writeln!(
                    out,
                    "\n=== {:?} (expected {})",
                    q.q,
                    q.expect.as_deref().unwrap_or("no match")
                )?;
                write!(
                    out,
                    "{}",
                    crate::dialogue::explain(faq, &Session::new(), &q.q)
                )?;
            }
        }
    }
    if sweep {
        writeln!(
            out,
            "\nmax wrong  max oos | answer  suggest | in-scope: right  wrong  asked  clarify  rejected | out-of-scope answered"
        )?;
        for max_wrong in [0.005f32, 0.01, 0.02, 0.05, 0.1] {
            for max_out_of_scope in [0.02f32, 0.05, 0.1] {
                let c = faq.cutoffs_for(crate::understanding::Rates {
                    max_wrong,
                    max_out_of_scope,
                });
                let r = crate::eval::run(faq, &queries, &Thresholds::from_cutoffs(c));
                writeln!(
                    out,
                    "{max_wrong:>9.3}  {max_out_of_scope:>7.2} | {:>6.2}  {:>7.2} | {:>14.3}  {:>5.3}  {:>5.3}  {:>7.3}  {:>8.3} | {:>8.3}",
                    c.answer,
                    c.suggest,
                    r.answered_right,
                    r.answered_wrong,
                    r.asked_right + r.asked_wrong,
                    r.clarified + r.clarified_right_first,
                    r.rejected_in_scope,
                    r.wrong_answer_out_of_scope.unwrap_or(0.0)
                )?;
            }
        }
    }
    Ok(())
}

/// `faqbot eval --dialogues FILE`: how scripted conversations end.
pub fn eval_dialogues(faq: &Faq, path: Option<&Path>, json: bool, misses: bool) -> io::Result<()> {
    let Some(path) = path else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "--dialogues needs a JSON Lines file of dialogues",
        ));
    };
    let dialogues = crate::eval::read_file(path, crate::eval::parse_dialogues)
        .map_err(|e| io::Error::new(e.kind(), e))?;
    let mut r =
        crate::eval::run_dialogues(faq, &dialogues, &crate::dialogue::Thresholds::for_faq(faq));
    let mut out = io::stdout().lock();
    if !misses {
        r.failures.clear();
    }
    if json {
        writeln!(
            out,
            "{}",
            serde_json::to_value(&r).map_err(io::Error::other)?
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "dialogues: {}  ended right {} ({:.1}%)  wrong answer {}  other ending {}",
        r.dialogues,
        r.right,
        100.0 * r.right as f64 / r.dialogues.max(1) as f64,
        r.wrong_answer,
        r.other
    )?;
    for f in &r.failures {
        writeln!(out, "\nmiss: {f}")?;
    }
    Ok(())
}
