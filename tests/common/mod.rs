//! Shared by the integration tests that drive the real binary: one
//! `faqbot chat --json` process per conversation, with a transcript for
//! failure messages. Each test file passes its own reply-shape check.
#![allow(dead_code)] // each test crate uses a different part

pub mod cases;

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_faqbot")
}

pub fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

pub fn ty(v: &Value) -> &str {
    s(v, "type")
}

/// How long one reply may take before the test calls the chat hung.
pub const REPLY_TIMEOUT: Duration = Duration::from_secs(60);

/// One `faqbot chat --json` process.
pub struct Chat {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    /// Every (message, reply) so far, for failure messages.
    pub transcript: Vec<(String, String)>,
    /// Asserts the shape of every reply.
    check: fn(&Value),
}

impl Chat {
    pub fn start_in(faq: &Path, check: fn(&Value)) -> Chat {
        let mut child = Command::new(bin())
            .arg("chat")
            .arg("--json")
            .arg("--faq")
            .arg(faq)
            .env_remove("FAQBOT_FAQ_DIR")
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn faqbot chat --json");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut buf = Vec::new();
                match r.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        let s = String::from_utf8(buf)
                            .unwrap_or_else(|e| panic!("stdout is not UTF-8: {e}"));
                        if tx.send(s).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Chat {
            child,
            stdin,
            lines: rx,
            transcript: Vec::new(),
            check,
        }
    }

    pub fn send_bytes(&mut self, bytes: &[u8]) -> Value {
        let shown = String::from_utf8_lossy(bytes);
        let shown: String = if shown.len() > 120 {
            format!(
                "{}… ({} bytes)",
                &shown[..shown
                    .char_indices()
                    .nth(100)
                    .map_or(shown.len(), |(i, _)| i)],
                bytes.len()
            )
        } else {
            shown.into_owned()
        };
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("write message");
        stdin.write_all(b"\n").expect("write newline");
        stdin.flush().expect("flush");
        let line = match self.lines.recv_timeout(REPLY_TIMEOUT) {
            Ok(l) => l,
            Err(e) => panic!(
                "no reply to {shown:?} within {REPLY_TIMEOUT:?} ({e}); transcript:\n{}",
                self.dump()
            ),
        };
        assert!(
            line.ends_with('\n'),
            "reply line not newline-terminated: {line:?}"
        );
        let body = line.trim_end_matches(['\n', '\r']);
        assert!(!body.contains('\n'), "reply spans several lines: {body:?}");
        let v: Value = serde_json::from_str(body)
            .unwrap_or_else(|e| panic!("reply to {shown:?} is not JSON ({e}): {body:?}"));
        self.transcript.push((shown, body.to_string()));
        (self.check)(&v);
        v
    }

    /// Sends one user line and returns the one JSON reply.
    pub fn send(&mut self, msg: &str) -> Value {
        assert!(!msg.contains('\n'));
        self.send_bytes(msg.as_bytes())
    }

    pub fn dump(&self) -> String {
        self.transcript
            .iter()
            .map(|(m, r)| format!("  > {m}\n  < {r}\n"))
            .collect()
    }

    /// Closes stdin and returns the lines printed after the last read reply
    /// (there must be none) and whether the process exited successfully.
    pub fn finish(mut self) -> (Vec<String>, bool) {
        drop(self.stdin.take());
        let status = self.child.wait().expect("wait");
        let mut extra = Vec::new();
        while let Ok(l) = self.lines.recv_timeout(Duration::from_secs(2)) {
            extra.push(l);
        }
        (extra, status.success())
    }
}

impl Drop for Chat {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs a JSON Lines file of scripted dialogues (`{"turns": [...], "expect":
/// {"section", "rule"}}`), each in a fresh chat from `start`, and asserts that
/// at least `floor_pct` percent end in the expected answer and rule.
#[allow(dead_code)]
pub fn dialogues_floor(file: &Path, floor_pct: usize, start: impl Fn() -> Chat) {
    let text = std::fs::read_to_string(file).unwrap();
    let total = text.lines().count();
    let mut passed = 0;
    let mut failed = Vec::new();
    for line in text.lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        let mut chat = start();
        let mut last = Value::Null;
        for t in d["turns"].as_array().unwrap() {
            last = chat.send(t.as_str().unwrap());
        }
        let e = &d["expect"];
        if ty(&last) == "answer" && last["section"] == e["section"] && last["rule"] == e["rule"] {
            passed += 1;
        } else {
            failed.push(chat.dump());
        }
    }
    assert!(
        passed * 100 >= total * floor_pct,
        "{}: {passed}/{total} passed; failures:\n{}",
        file.display(),
        failed.join("\n")
    );
}
