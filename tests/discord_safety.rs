//! End to end, safety: the real serenity client of `faqbot serve` against
//! the fake Discord of `fake_discord/` (here on its own thread, recording the
//! raw headers and bodies of REST calls and failing some on purpose).
//!
//! - the bot's token never reaches a log (captured at trace level, every
//!   target), an error, a reply or any REST body or URL; it only travels in
//!   the gateway IDENTIFY and the `Authorization` header;
//! - the per-channel cooldown of unprompted answers in support channels;
//! - Markdown and mentions that try to break an embed or ping someone.
//!
//! No token from outside, no internet; every wait has a timeout.

mod fake_discord;

use fake_discord::*;
use faqbot::front::discord::{self, Config};
use serde_json::{json, Value as Json};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The bot's token in these tests: distinctive, so any copy of it is found.
const TOKEN: &str = "Zm9vLmJhci5zZWNyZXQtdG9rZW4";
/// A confident question that gets a direct answer (no follow-up).
const CONFIDENT: &str = "my domain points to a server in Hangzhou, do I need ICP for my website?";
/// The fake Discord's thread: log lines written there are the fake's, not the bot's.
const FAKE_THREAD: &str = "fake-discord";
/// Channels where the fake REST answers a message with an error.
const CH_500: u64 = 2666;
const CH_401: u64 = 2667;
/// Channel where the fake REST closes the connection without answering.
const CH_DROP: u64 = 2668;

// ------------------------------------------------------------------ logs

#[derive(Default)]
struct Logs {
    /// The bot's events at debug level and above.
    bot: Vec<u8>,
    /// The bot's trace-level events.
    bot_trace: Vec<u8>,
    /// The fake Discord's events (which legitimately see the token).
    fake: Vec<u8>,
}

/// Everything logged in this test binary, every target at trace level
/// (`log` records of dependencies included), split by thread (the fake
/// Discord's own) and by level.
fn logs() -> &'static Mutex<Logs> {
    static INIT: std::sync::Once = std::sync::Once::new();
    let l = buffers();
    INIT.call_once(|| {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
            .with_ansi(false)
            .with_writer(CaptureWriter)
            .try_init();
    });
    l
}

fn buffers() -> &'static Mutex<Logs> {
    static LOGS: OnceLock<Mutex<Logs>> = OnceLock::new();
    LOGS.get_or_init(|| Mutex::new(Logs::default()))
}

struct CaptureWriter;

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for CaptureWriter {
    type Writer = Capture;
    fn make_writer(&'a self) -> Capture {
        Capture { trace: false }
    }
    fn make_writer_for(&'a self, meta: &tracing::Metadata<'_>) -> Capture {
        Capture {
            trace: *meta.level() == tracing::Level::TRACE,
        }
    }
}

struct Capture {
    trace: bool,
}

impl std::io::Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let fake = std::thread::current().name() == Some(FAKE_THREAD);
        let mut l = buffers().lock().unwrap_or_else(|e| e.into_inner());
        let buf = match (fake, self.trace) {
            (true, _) => &mut l.fake,
            (false, true) => &mut l.bot_trace,
            (false, false) => &mut l.bot,
        };
        buf.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn bot_log() -> String {
    String::from_utf8_lossy(&buffers().lock().unwrap().bot).into_owned()
}

fn bot_trace_log() -> String {
    String::from_utf8_lossy(&buffers().lock().unwrap().bot_trace).into_owned()
}

fn fake_log() -> String {
    String::from_utf8_lossy(&buffers().lock().unwrap().fake).into_owned()
}

/// Waits (bounded) until the bot's log satisfies `pred`.
async fn wait_log(what: &str, pred: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = bot_log();
        if pred(&text) {
            return text;
        }
        assert!(Instant::now() < deadline, "no log of {what} within 10 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

// ------------------------------------------------------- the fake Discord

/// The fake on its own thread (see [`FAKE_THREAD`]), keeping the raw
/// requests and failing the calls to the `CH_*` channels, `failtok`
/// callbacks and, if `gateway_unauthorized`, the gateway URL.
fn start_fake(gateway_unauthorized: bool) -> (Fake, FakeThread) {
    let faults: Faults = Arc::new(move |path: &str| {
        let msgs = |ch: u64| format!("/api/v10/channels/{ch}/messages");
        let unauthorized = json!({"message": "401: Unauthorized", "code": 0});
        if gateway_unauthorized && path.starts_with("/api/v10/gateway") {
            Some(Fault::Status(401, unauthorized))
        } else if path == msgs(CH_500) || path.contains("/failtok") {
            let error = json!({"message": "Internal Server Error", "code": 0});
            Some(Fault::Status(500, error))
        } else if path == msgs(CH_401) {
            Some(Fault::Status(401, unauthorized))
        } else if path == msgs(CH_DROP) {
            Some(Fault::Drop)
        } else {
            None
        }
    });
    let rest = Rest {
        record_raw: true,
        faults: Some(faults),
        ..Rest::default()
    };
    Fake::start_on_thread(FAKE_THREAD, rest)
}

/// `Bot::start` with [`TOKEN`] and the fake on its own thread.
fn start_bot(config: Config, faq: PathBuf) -> (Bot, FakeThread) {
    let (fake, thread) = start_fake(false);
    (Bot::run(fake, TOKEN, config, faq), thread)
}

// --------------------------------------------------------------- helpers

/// [`within`], with the log capture set up first: every test does it, as
/// whichever runs first sets it up for the whole binary.
async fn within_logged(secs: u64, f: impl std::future::Future<Output = ()>) {
    logs();
    within(secs, f).await;
}

/// Sends a message event and asserts that the bot posts nothing in its
/// channel within `wait`.
async fn assert_silent(bot: &mut Bot, m: Json, wait: Duration) {
    let channel = m["channel_id"].as_str().unwrap().to_string();
    let prefix = format!("/api/v10/channels/{channel}/");
    bot.dispatch_silent_for("MESSAGE_CREATE", m, &prefix, wait)
        .await;
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The token as `{:?}` of its bytes prints it (a `Vec<u8>` debug list).
fn byte_list(s: &str) -> String {
    let v: Vec<String> = s.bytes().map(|b| b.to_string()).collect();
    v.join(", ")
}

// ------------------------------------------------------ 1. token secrecy

/// The token is in the IDENTIFY payload and the `Authorization` header the
/// fake receives, and nowhere else: not in any REST body or URL, any other
/// header, any log line (every target, trace level, warnings of failed
/// sends and of a broken reload included), the feedback log, nor in the
/// errors `run` returns.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_never_leaks() {
    within_logged(60, async {
        let (dir, faq) = faq_copy("safety-token");
        let mut config = test_config(&dir);
        config.support_channels = vec![2950];
        let (mut bot, thread) = start_bot(config, faq.clone());
        bot.registered(None).await;
        let ident = bot.fake.identified.lock().unwrap().clone().unwrap();
        assert_eq!(ident["token"], format!("Bot {TOKEN}"), "IDENTIFY");

        let (ch, admin, user) = (2901, 1901, 1902);
        // Ordinary traffic: a mention, an unprompted answer, slash commands,
        // autocomplete, a button.
        let body = bot.say(ch, user, &format!("<@{BOT}> {CONFIDENT}"), true).await;
        assert!(has(&body, KBW_RULE), "{body}");
        bot.say(2950, user + 1, CONFIDENT, true).await;
        bot.slash(ch, user, "list", json!([]), "0").await;
        let d = bot.interaction(
            4,
            ch,
            user,
            json!({"id": "77", "name": "faq", "type": 1, "options": [{"name": "ask", "type": 1,
                "options": [{"name": "question", "type": 3, "value": "second-level dom", "focused": true}]}]}),
        );
        bot.interact(d).await;
        let body = bot
            .say(ch, user, &format!("<@{BOT}> do I need ICP for my domain?"), true)
            .await;
        if let Some(id) = custom_ids(&body).first() {
            bot.press(ch, user, id).await;
        }
        // 200 KB in one message.
        let big = format!("<@{BOT}> {}", "why is the sky blue? ".repeat(10_000));
        assert!(big.len() >= 200_000);
        bot.say(ch, user, &big, true).await;
        // A DM.
        bot.say(2902, user, SUBDOMAIN_Q, false).await;

        // A broken FAQ folder; an admin's reload reports it, a non-admin's is refused.
        let rules = faq.join("icp-filing.toml");
        let mut t = std::fs::read_to_string(&rules).unwrap();
        t.push_str("\nthis is = = not toml\n");
        std::fs::write(&rules, t).unwrap();
        std::fs::write(faq.join("broken.md"), b"# Broken \xff\xfe\n\n## \n").unwrap();
        let cb = bot.slash(ch, user, "reload", json!([]), "0").await;
        assert!(has(&cb, "Manage Server"), "{cb}");
        let edit = bot.admin_reload(ch, admin).await;
        let content = edit.body["content"].as_str().unwrap_or_default();
        assert!(content.contains("last good FAQ"), "{content}");
        wait_log("the failed reload", |l| l.contains("reload failed")).await;

        // Failing sends: 500, 401, a dropped connection, a failed callback.
        for c in [CH_500, CH_401, CH_DROP] {
            let m = bot.message(c, user, &format!("<@{BOT}> {CONFIDENT}"), true);
            bot.post(m).await;
        }
        let (id, _, mut d) = bot.interaction(
            2,
            ch,
            user,
            json!({"id": "77", "name": "faq", "type": 1,
                   "options": [{"name": "list", "type": 1, "options": []}]}),
        );
        let failtok = format!("failtok{id}");
        d["token"] = json!(failtok);
        set_member(&mut d, user, "0");
        bot.dispatch(
            "INTERACTION_CREATE",
            d,
            "POST",
            &format!("/api/v10/interactions/{id}/{failtok}/callback"),
        )
        .await;
        wait_log("the failed sends", |l| {
            l.matches("cannot send a reply").count() >= 3
                && l.contains("cannot answer an interaction")
        })
        .await;
        // The bot still answers after all that.
        let body = bot.say(ch, user + 2, &format!("<@{BOT}> {CONFIDENT}"), true).await;
        assert!(has(&body, KBW_RULE), "{body}");

        // ---- what the bot wrote, before anyone types the token themselves
        let log = bot_log();
        let raw = bot.fake.raw.lock().unwrap().clone();
        let feedback = std::fs::read_to_string(dir.join("feedback.jsonl")).unwrap_or_default();
        assert!(raw.len() >= 15, "{} requests", raw.len());
        let mut problems = Vec::new();
        let mut authorized = 0;
        for r in &raw {
            if r.body.contains(TOKEN) {
                problems.push(format!("REST body of {} {}: {}", r.method, r.target, r.body));
            }
            if r.target.contains(TOKEN) {
                problems.push(format!("REST URL {} {}", r.method, r.target));
            }
            let mut other_headers = String::new();
            for h in r.head.lines() {
                match h.split_once(':') {
                    Some((k, v)) if k.eq_ignore_ascii_case("authorization") => {
                        if v.trim() == format!("Bot {TOKEN}") {
                            authorized += 1;
                        }
                    }
                    _ => other_headers.push_str(h),
                }
            }
            if other_headers.contains(TOKEN) {
                problems.push(format!("a header other than Authorization: {}", r.head));
            }
        }
        assert!(
            authorized >= raw.len() - 1,
            "the Authorization header carries the token ({authorized}/{})",
            raw.len()
        );
        // The capture works: the bot's side logged at trace level, and the
        // fake's side saw the token (tungstenite logs the IDENTIFY it receives).
        let trace = bot_trace_log();
        assert!(trace.contains("TRACE"), "trace-level capture");
        assert!(log.contains("reload failed"), "warnings captured");
        println!(
            "log: bot side {} KB (+{} KB trace), fake side {} KB; fake side shows the token: {}",
            log.len() / 1024,
            trace.len() / 1024,
            fake_log().len() / 1024,
            fake_log().contains(TOKEN)
        );
        // The token as such: at no level.
        for (i, line) in log.lines().chain(trace.lines()).enumerate() {
            if line.contains(TOKEN) {
                problems.push(format!("log line {i}: {}", cut(line)));
            }
        }
        // Encoded copies (dependencies dumping WebSocket frames): not at
        // debug level and above. At trace level, see the `cli_trace_log_*` test.
        for (how, enc) in [("hex", hex(TOKEN)), ("byte list", byte_list(TOKEN))] {
            if let Some(line) = log.lines().find(|l| l.contains(&enc)) {
                problems.push(format!("log line with the token as {how}: {}", cut(line)));
            }
            println!(
                "token as {how} in the bot's trace-level log: {}",
                trace.contains(&enc)
            );
        }
        if feedback.contains(TOKEN) {
            problems.push("the feedback log".into());
        }

        // ---- a user types the token: informational (it is their own text)
        let body = bot
            .say(ch, user + 3, &format!("<@{BOT}> is {TOKEN} a valid bot token?"), true)
            .await;
        println!(
            "a user's question containing the token -> echoed in the reply: {}",
            has(&body, TOKEN)
        );
        bot.stop().await;
        drop(thread);
        let _ = std::fs::remove_dir_all(dir);
        assert!(problems.is_empty(), "the token leaked:\n{}", problems.join("\n"));
    })
    .await;
}

fn cut(line: &str) -> String {
    line.chars().take(400).collect()
}

/// `run` fails when Discord rejects the token: neither the error's
/// `Display` (what `faqbot serve` prints) nor its `Debug` carries the token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_absent_from_startup_errors() {
    within_logged(30, async {
        let dir = temp_dir("safety-startup");
        let (fake, thread) = start_fake(true);
        let http = discord::http_builder(TOKEN, Some(&fake.rest_url));
        let r = discord::run(test_config(&dir), faq_dir(), http, std::future::pending()).await;
        let e = r.expect_err("Discord answered 401");
        let (shown, debug) = (e.to_string(), format!("{e:?}"));
        println!("startup error with a rejected token -> {shown}");
        assert!(shown.starts_with("Discord:"), "{shown}");
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(!debug.contains(TOKEN), "{debug}");
        let raw = fake.raw.lock().unwrap().clone();
        assert!(!raw.is_empty());
        assert!(raw
            .iter()
            .all(|r| !r.body.contains(TOKEN) && !r.target.contains(TOKEN)));
        drop(thread);
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// Runs the real `faqbot serve` binary (its own log set-up, `RUST_LOG`
/// as given) against the fake Discord, drives a reply and a failed send,
/// stops it with SIGTERM and returns what it wrote to stderr.
async fn serve_cli_stderr(name: &str, rust_log: Option<&str>) -> String {
    let dir = temp_dir(&format!("safety-cli-{name}"));
    let (fake, thread) = start_fake(false);
    let config = dir.join("faqbot.toml");
    std::fs::write(
        &config,
        format!(
            "feedback_log = {:?}\nwatch_faq = false\nrate_limit_questions = 1000\n",
            dir.join("feedback.jsonl").display().to_string()
        ),
    )
    .unwrap();
    let err_path = dir.join("stderr.txt");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_faqbot"));
    cmd.args(["--faq"])
        .arg(faq_dir())
        .args(["serve", "--config"])
        .arg(&config)
        .current_dir(&dir)
        .env("DISCORD_TOKEN", TOKEN)
        .env("FAQBOT_DISCORD_API", &fake.rest_url)
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env_remove("RUST_LOG")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&err_path).unwrap());
    if let Some(l) = rust_log {
        cmd.env("RUST_LOG", l);
    }
    let mut child = cmd.spawn().expect("faqbot serve");
    let mut bot = Bot::drive(fake);
    let ok = tokio::time::timeout(Duration::from_secs(20), async {
        bot.expect("PUT", "/api/v10/applications/").await;
        let body = bot
            .say(2501, 1501, &format!("<@{BOT}> {CONFIDENT}"), true)
            .await;
        assert!(has(&body, KBW_RULE), "{body}");
        let m = bot.message(CH_500, 1501, &format!("<@{BOT}> {CONFIDENT}"), true);
        bot.post(m).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    })
    .await;
    // Stop it by its pid: SIGTERM, then SIGKILL if it lingers.
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    drop(bot);
    drop(thread);
    let err = std::fs::read_to_string(&err_path).unwrap_or_default();
    let _ = std::fs::remove_dir_all(dir);
    assert!(
        ok.is_ok(),
        "faqbot serve did not answer; stderr:\n{}",
        cut(&err)
    );
    err
}

fn token_copies(log: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (how, enc) in [
        ("as is", TOKEN.to_string()),
        ("as hex", hex(TOKEN)),
        ("as a byte list", byte_list(TOKEN)),
    ] {
        if let Some(line) = log.lines().find(|l| l.contains(&enc)) {
            found.push(format!("the token {how}: {}", cut(line)));
        }
    }
    found
}

/// `faqbot serve` as run by an operator, with its default log filter and
/// with `RUST_LOG=debug`: the token appears nowhere on stderr, in no form.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_log_never_shows_the_token() {
    within_logged(60, async {
        for (name, rust_log) in [("default", None), ("debug", Some("debug"))] {
            let err = serve_cli_stderr(name, rust_log).await;
            if rust_log.is_some() {
                assert!(err.contains("DEBUG"), "debug logs on: {}", cut(&err));
            }
            assert!(err.contains("cannot send a reply"), "{}", cut(&err));
            let found = token_copies(&err);
            assert!(
                found.is_empty(),
                "RUST_LOG={rust_log:?}:\n{}",
                found.join("\n")
            );
        }
    })
    .await;
}

/// `faqbot serve` with `RUST_LOG=trace`: tungstenite (a `log` dependency,
/// forwarded by the subscriber) dumps every outgoing WebSocket frame,
/// IDENTIFY included, as hex and as a byte list, so the token reaches the
/// log in encoded form.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_trace_log_never_shows_the_token_encoded() {
    within_logged(60, async {
        let err = serve_cli_stderr("trace", Some("trace")).await;
        assert!(err.contains("TRACE"), "trace logs on: {}", cut(&err));
        let found = token_copies(&err);
        assert!(found.is_empty(), "RUST_LOG=trace:\n{}", found.join("\n"));
    })
    .await;
}

// ------------------------------------------------- 2. per-channel cooldown

/// Unprompted answers in a support channel are spaced by the channel's
/// cooldown; other support channels, mentions and DMs are not held back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unprompted_answers_have_a_per_channel_cooldown() {
    within_logged(60, async {
        let dir = temp_dir("safety-cooldown");
        let (a, b) = (2801, 2802);
        let mut config = test_config(&dir);
        config.support_channels = vec![a, b];
        config.channel_cooldown_secs = 3;
        // Precondition: the question is confident enough to be answered unprompted.
        let faq = faqbot::Faq::load(&faq_dir()).unwrap();
        let c = faqbot::dialogue::confidence(&faq, CONFIDENT);
        assert!(c >= config.auto_answer_threshold, "confidence {c}");
        let (mut bot, fake) = start_bot(config, faq_dir());
        bot.expect("PUT", "/api/v10/applications/").await;

        // First confident question in A: answered unprompted.
        let body = bot.say(a, 1801, CONFIDENT, true).await;
        let armed = Instant::now();
        assert_eq!(description(&body), KBW_RULE, "{body}");
        // Second one right after, by someone else: nothing.
        let m = bot.message(a, 1802, CONFIDENT, true);
        assert_silent(&mut bot, m, Duration::from_millis(1500)).await;
        // Another support channel has its own cooldown.
        let body = bot.say(b, 1803, CONFIDENT, true).await;
        assert_eq!(description(&body), KBW_RULE, "{body}");
        // A mention in A during the cooldown is answered: the user asked.
        let body = bot
            .say(a, 1804, &format!("<@{BOT}> {CONFIDENT}"), true)
            .await;
        assert_eq!(description(&body), KBW_RULE, "{body}");
        // ... and so is a DM.
        let body = bot.say(2803, 1804, CONFIDENT, false).await;
        assert_eq!(description(&body), KBW_RULE, "{body}");
        // Still in A's cooldown (answering the mention did not reset it).
        // (Skipped on a machine too loaded to be still well inside it.)
        if armed.elapsed() < Duration::from_millis(2400) {
            let m = bot.message(a, 1805, CONFIDENT, true);
            assert_silent(&mut bot, m, Duration::from_millis(300)).await;
        } else {
            println!(
                "skipped the second in-cooldown check: {:?}",
                armed.elapsed()
            );
        }
        // After the cooldown, A gets an unprompted answer again.
        let wait = Duration::from_millis(3200).saturating_sub(armed.elapsed());
        tokio::time::sleep(wait).await;
        let body = bot.say(a, 1806, CONFIDENT, true).await;
        assert_eq!(description(&body), KBW_RULE, "{body}");
        bot.stop().await;
        drop(fake);
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

// ----------------------------------------- 3. Markdown that breaks embeds

fn hostile(len: usize) -> String {
    let unit = "```rust\n**bold** __u__ ~~s~~ [link](http://x) @here @everyone <@123> <@!123> <@&456> ||spoiler|| > quote\n# heading\n```\n";
    let mut s = String::new();
    while s.chars().count() < len {
        s.push_str(unit);
    }
    s.chars().take(len).collect()
}

fn chars(v: &Json) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// Discord's limits and no pings, for one message body (a channel message,
/// an interaction callback's `data` or an edit); problems are returned.
fn check_limits(what: &str, body: &Json) -> Vec<String> {
    let mut p = Vec::new();
    let mut bad = |m: String| p.push(format!("{what}: {m}"));
    if chars(&body["content"]) > 2000 {
        bad(format!("content of {} chars", chars(&body["content"])));
    }
    let embeds = body["embeds"].as_array().cloned().unwrap_or_default();
    if embeds.len() > 10 {
        bad(format!("{} embeds", embeds.len()));
    }
    let mut total = 0;
    for e in &embeds {
        for (k, max) in [("title", 256), ("description", 4096)] {
            let n = chars(&e[k]);
            total += n;
            if n > max {
                bad(format!("embed {k} of {n} chars"));
            }
        }
        let n = chars(&e["footer"]["text"]);
        total += n;
        if n > 2048 {
            bad(format!("footer of {n} chars"));
        }
        let n = chars(&e["author"]["name"]);
        total += n;
        if n > 256 {
            bad(format!("author of {n} chars"));
        }
        let fields = e["fields"].as_array().cloned().unwrap_or_default();
        if fields.len() > 25 {
            bad(format!("{} fields", fields.len()));
        }
        for f in &fields {
            let (n, v) = (chars(&f["name"]), chars(&f["value"]));
            total += n + v;
            if n > 256 || v > 1024 {
                bad(format!("field of {n}/{v} chars"));
            }
        }
    }
    if total > 6000 {
        bad(format!("embeds total {total} chars"));
    }
    for row in body["components"].as_array().into_iter().flatten() {
        for c in row["components"].as_array().into_iter().flatten() {
            if chars(&c["custom_id"]) > 100 || chars(&c["label"]) > 80 {
                bad(format!("component {c}"));
            }
            for o in c["options"].as_array().into_iter().flatten() {
                if chars(&o["label"]) > 100 || chars(&o["value"]) > 100 {
                    bad(format!("menu option {o}"));
                }
            }
        }
    }
    if !body["content"].as_str().unwrap_or_default().is_empty() || !embeds.is_empty() {
        let am = &body["allowed_mentions"];
        if am["parse"] != json!([]) {
            bad(format!("allowed_mentions.parse = {}", am["parse"]));
        }
        if am["users"].as_array().is_some_and(|u| !u.is_empty()) {
            bad(format!("allowed_mentions.users = {}", am["users"]));
        }
        let roles_ok = am["roles"]
            .as_array()
            .is_some_and(|r| r.iter().all(|r| r == &json!(SUPPORT_ROLE.to_string())));
        if !roles_ok {
            bad(format!("allowed_mentions.roles = {}", am["roles"]));
        }
    }
    p
}

/// The hostile text's live parts must not come back raw.
fn check_escaped(what: &str, body: &Json) -> Vec<String> {
    let text = body.to_string();
    [
        "<@123>",
        "<@!123>",
        "<@&456>",
        "@here",
        "@everyone",
        "[link](http://x)",
        "||spoiler||",
        "**bold**",
        "```rust",
    ]
    .iter()
    .filter(|raw| text.contains(*raw))
    .map(|raw| format!("{what}: echoes {raw:?} raw"))
    .collect()
}

/// The same message event as `Bot::message`, with the mentions Discord
/// would resolve in it.
fn hostile_message(bot: &mut Bot, channel: u64, who: u64, content: &str, guild: bool) -> Json {
    let mut m = bot.message(channel, who, content, guild);
    m["mentions"].as_array_mut().unwrap().push(user(123));
    m["mention_roles"] = json!(["456"]);
    m["mention_everyone"] = json!(true);
    m
}

/// Questions full of Markdown, mentions and 5,000 characters, by mention,
/// DM, `/faq ask` (whose 500-character limit a client may not respect) and
/// autocomplete: every reply within Discord's limits, pinging nobody, and
/// the quoted question escaped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markdown_and_mentions_cannot_break_an_embed() {
    within_logged(60, async {
        let dir = temp_dir("safety-markdown");
        let (mut bot, fake) = start_bot(test_config(&dir), faq_dir());
        bot.expect("PUT", "/api/v10/applications/").await;
        let (ch, who) = (2701, 1701);
        let q = hostile(5000);
        let mut problems = Vec::new();
        let mut bodies: Vec<(String, Json)> = Vec::new();

        // A mention (no match: the question is quoted back), in a guild and a DM.
        for (what, channel, guild) in [("mention", ch, true), ("DM", 2702, false)] {
            let m = hostile_message(&mut bot, channel, who, &format!("<@{BOT}> {q}"), guild);
            let r = bot.post(m).await;
            let asked = r.body["embeds"][0]["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|f| f["name"] == "You asked")
                .map(|f| f["value"].as_str().unwrap_or_default().to_string());
            assert!(
                asked.is_some(),
                "{what}: the question is quoted: {}",
                r.body
            );
            bodies.push((what.into(), r.body));
        }
        // A hostile question that also matches a section: answered, nothing echoed.
        let m = hostile_message(
            &mut bot,
            ch,
            who + 1,
            &format!("<@{BOT}> {CONFIDENT} {}", hostile(3000)),
            true,
        );
        let r = bot.post(m).await;
        bodies.push(("mention matching a section".into(), r.body));
        // /faq ask with the hostile text, ephemeral and public.
        for public in [false, true] {
            let cb = bot
                .slash(
                    ch,
                    who + 2,
                    "ask",
                    json!([{"name": "question", "type": 3, "value": q},
                           {"name": "public", "type": 5, "value": public}]),
                    "0",
                )
                .await;
            assert_eq!(cb["type"], 4, "{cb}");
            bodies.push((format!("/faq ask (public: {public})"), cb["data"].clone()));
        }
        // Autocomplete while typing it.
        let d = bot.interaction(
            4,
            ch,
            who + 3,
            json!({"id": "77", "name": "faq", "type": 1, "options": [{"name": "ask", "type": 1,
                "options": [{"name": "question", "type": 3, "value": q, "focused": true}]}]}),
        );
        let ac = bot.interact(d).await;
        let choices = ac["data"]["choices"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(choices.len() <= 25, "{ac}");
        for c in &choices {
            if chars(&c["name"]) > 100 || chars(&c["value"]) > 100 {
                problems.push(format!("autocomplete choice {c}"));
            }
        }
        problems.extend(check_escaped("autocomplete", &ac));

        for (what, body) in &bodies {
            problems.extend(check_limits(what, body));
            problems.extend(check_escaped(what, body));
        }
        // The quoted question: escaped Markdown, broken mentions.
        let quoted = bodies[0].1["embeds"][0]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == "You asked")
            .unwrap()["value"]
            .as_str()
            .unwrap()
            .to_string();
        println!("quoted question (start): {}", cut(&quoted));
        assert!(quoted.contains(r"\*\*bold\*\*"), "{quoted}");
        assert!(quoted.contains("@\u{200b}here"), "{quoted}");
        for (what, body) in &bodies {
            println!(
                "{what} -> content {:?}",
                cut(body["content"].as_str().unwrap_or_default())
            );
        }
        bot.stop().await;
        drop(fake);
        let _ = std::fs::remove_dir_all(dir);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}

/// `/faq show` with a section that does not exist (autocomplete options
/// accept free text): the reply names it, so it must be escaped too, and
/// stay within the limits at 5,000 characters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_section_name_is_echoed_escaped() {
    within_logged(30, async {
        let dir = temp_dir("safety-show");
        let (mut bot, fake) = start_bot(test_config(&dir), faq_dir());
        bot.expect("PUT", "/api/v10/applications/").await;
        let mut problems = Vec::new();
        for (what, section) in [
            (
                "short",
                "x` <@123> <@&456> @here **bold** [link](http://x) ||spoiler|| `".to_string(),
            ),
            ("5,000 chars", hostile(5000)),
        ] {
            let cb = bot
                .slash(
                    2601,
                    1601,
                    "show",
                    json!([{"name": "section", "type": 3, "value": section}]),
                    "0",
                )
                .await;
            println!(
                "/faq show section:{what} -> {}",
                cut(&description(&cb["data"]))
            );
            let what = format!("/faq show ({what})");
            problems.extend(check_limits(&what, &cb["data"]));
            problems.extend(check_escaped(&what, &cb["data"]));
        }
        bot.stop().await;
        drop(fake);
        let _ = std::fs::remove_dir_all(dir);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}
