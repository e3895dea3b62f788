//! End to end, hot reload: the real serenity client of `faqbot serve` against
//! the fake Discord of `fake_discord/`, on a temporary copy of `faq/` that the
//! tests edit on disk. Covers the FAQ folder watcher (a good edit is swapped
//! in, a broken one is logged and the last good FAQ keeps serving) and the
//! sessions whose pending follow-up vanished in a reload. No token, no
//! internet; every wait has a timeout.

mod fake_discord;

use fake_discord::*;
use serde_json::{json, Value as Json};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

const DOMAIN_Q: &str = "do I need ICP for my domain?";
const PROVIDER_Q: &str = "Under what conditions is an ICP Filing required?";
const QUOKKA_Q: &str = "how do I feed the quokka mascot?";
const QUOKKA_V2: &str = "exactly three blueberries every Tuesday (version two)";
const QUOKKA_V3: &str = "exactly five raspberries every Friday (version three)";
/// How long the watcher (500 ms debounce + a load) may take to react.
const RELOAD_WAIT: Duration = Duration::from_secs(10);

// ------------------------------------------------------------------ logs

/// What the library logs (target `faqbot`), captured for the whole test
/// binary: the watcher reports a broken folder only through the log.
fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let b = buf.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("faqbot=info"))
            .with_ansi(false)
            .with_writer(move || Capture(b.clone()))
            .try_init();
        buf
    })
    .clone()
}

struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn log_text() -> String {
    String::from_utf8_lossy(&logs().lock().unwrap()).into_owned()
}

/// Waits until the captured log has a line for which `pred` holds.
async fn wait_log(what: &str, pred: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + RELOAD_WAIT;
    loop {
        let text = log_text();
        if pred(&text) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "no log of {what} within {RELOAD_WAIT:?}; log:\n{text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// --------------------------------------------------------------- helpers

/// `text` without the part from `from` (included) to `to` (excluded).
fn cut_between(text: &str, from: &str, to: &str) -> String {
    let a = text.find(from).unwrap_or_else(|| panic!("no {from:?}"));
    let b = a + text[a..].find(to).unwrap_or_else(|| panic!("no {to:?}"));
    format!("{}{}", &text[..a], &text[b..])
}

/// `text` with `old` replaced, which must be there.
fn replace_once(text: &str, old: &str, new: &str) -> String {
    assert!(text.contains(old), "no {old:?}");
    text.replacen(old, new, 1)
}

fn quokka_section(body: &str) -> String {
    format!(
        "\n## How do I feed the quokka mascot? {{#section_quokka_mascot .section}}\n\n\
         Give the quokka mascot {body}.\n"
    )
}

/// Edits the FAQ copy: no `points_to_mainland` fact, no second-level domain
/// section (`tld_filing` follow-ups), no "add" choice for `provider_change`.
fn remove_follow_up_targets(faq: &Path) {
    let md = faq.join("icp-filing.md");
    let rules = faq.join("icp-filing.toml");
    let mut t = std::fs::read_to_string(&rules).unwrap();
    t = cut_between(&t, "[facts.points_to_mainland]", "[facts.web_service]");
    t = replace_once(
        &t,
        r#"when = { points_to_mainland = "yes", web_service = "yes" }"#,
        r#"when = { web_service = "yes" }"#,
    );
    t = cut_between(
        &t,
        "[sections.section_fvv_dc5_jgb]",
        "[sections.section_x3g_l25_jgb]",
    );
    t = cut_between(&t, r#"  { value = "add", label"#, r#"  { value = "none""#);
    t = replace_once(&t, r#"includes = { add = ["none"] }"#, "");
    t = cut_between(&t, "add = [\n", "\n[facts.subject_filing_provider]");
    t = replace_once(
        &t,
        r#"when = { provider_change = ["transfer", "add"] }"#,
        r#"when = { provider_change = "transfer" }"#,
    );
    std::fs::write(&rules, t).unwrap();
    let mut m = std::fs::read_to_string(&md).unwrap();
    m = cut_between(
        &m,
        "## Is an ICP Filing required for second-level domain names?",
        "## Is an Alibaba Cloud ICP Filing required if I do not",
    );
    m = m
        .lines()
        .filter(|l| !l.contains("(#section_fvv_dc5_jgb)"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&md, m).unwrap();
}

async fn ask(bot: &mut Bot, ch: u64, who: u64, q: &str) -> Json {
    bot.say(ch, who, &format!("<@{BOT}> {q}"), true).await
}

/// Asks `q` (as a new user each time, so no session carries over) until a
/// reply satisfies `pred`, for at most [`RELOAD_WAIT`]. Every question must
/// get its reply (`say` panics otherwise): nothing is dropped while the
/// folder is being reloaded.
async fn ask_until(
    bot: &mut Bot,
    ch: u64,
    first_user: u64,
    q: &str,
    what: &str,
    pred: impl Fn(&Json) -> bool,
) -> Json {
    let deadline = Instant::now() + RELOAD_WAIT;
    let mut who = first_user;
    loop {
        let body = ask(bot, ch, who, q).await;
        if pred(&body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: not seen within {RELOAD_WAIT:?}; last reply {body}"
        );
        who += 1;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// An ephemeral notice (no answer embed, no buttons), as a callback body.
fn assert_notice(cb: &Json) -> String {
    assert_eq!(cb["type"], 4, "a new message, not an update: {cb}");
    assert_eq!(cb["data"]["flags"], 64, "ephemeral: {cb}");
    assert!(
        cb["data"]["embeds"].as_array().is_none_or(|e| e.is_empty()),
        "{cb}"
    );
    assert!(custom_ids(&cb["data"]).is_empty(), "{cb}");
    let content = cb["data"]["content"].as_str().unwrap_or_default();
    assert!(!content.trim().is_empty(), "{cb}");
    content.to_string()
}

/// [`Bot::admin_reload`], pinging nobody; the outcome it reports.
async fn admin_reload(bot: &mut Bot, ch: u64, admin: u64) -> String {
    let edit = bot.admin_reload(ch, admin).await;
    assert_no_pings(&edit.body);
    edit.body["content"].as_str().unwrap().to_string()
}

// ----------------------------------------------------------------- tests

/// The watcher swaps a good edit in, logs a broken one and keeps the last
/// good FAQ serving, then picks the fixed folder up again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watcher_swaps_good_edits_and_keeps_last_good_faq() {
    logs();
    within(120, async {
        let (dir, faq) = faq_copy("reload-watch");
        let md = faq.join("icp-filing.md");
        let rules = faq.join("icp-filing.toml");
        let good_md = std::fs::read_to_string(&md).unwrap();
        let good_rules = std::fs::read_to_string(&rules).unwrap();
        let mut config = test_config(&dir);
        config.watch_faq = true;
        let mut bot = Bot::start(config, faq.clone()).await;
        bot.registered(None).await;
        let ch = 3100;

        // Before: the FAQ answers, and knows nothing of the quokka.
        let body = ask(&mut bot, ch, 1100, HANGZHOU).await;
        assert!(
            !custom_ids(&body).is_empty() || has(&body, KBW_RULE),
            "{body}"
        );
        let body = ask(&mut bot, ch, 1101, QUOKKA_Q).await;
        assert!(!has(&body, "quokka mascot exactly"), "{body}");

        // A new Markdown section on disk: the watcher swaps it in.
        std::fs::write(&md, format!("{good_md}{}", quokka_section(QUOKKA_V2))).unwrap();
        let body = ask_until(&mut bot, ch, 1110, QUOKKA_Q, "the new section", |b| {
            has(b, QUOKKA_V2)
        })
        .await;
        assert!(has(&body, "section_quokka_mascot"), "{body}");
        wait_log("the watcher's reload", |l| {
            l.contains("FAQ folder changed: reloaded") && l.contains("sections=9")
        })
        .await;

        // A broken rules file (unknown fact) first, then a Markdown edit that
        // would be visible if that folder were loaded: every reload from
        // here on fails, is logged, and the last good FAQ keeps serving.
        let broken = replace_once(
            &good_rules,
            r#"when = { points_to_mainland = "yes", web_service = "yes" }"#,
            r#"when = { no_such_fact_zz = "yes", web_service = "yes" }"#,
        );
        std::fs::write(&rules, broken).unwrap();
        std::fs::write(&md, format!("{good_md}{}", quokka_section(QUOKKA_V3))).unwrap();
        let log = wait_log("the broken folder", |l| {
            l.contains("no_such_fact_zz") && l.contains("keeping the last good FAQ")
        })
        .await;
        let line = log.lines().find(|l| l.contains("no_such_fact_zz")).unwrap();
        assert!(line.contains("icp-filing.toml:"), "names the file: {line}");
        // Let the Markdown write's own (failing) reload run too.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let body = ask(&mut bot, ch, 1130, QUOKKA_Q).await;
        assert!(has(&body, QUOKKA_V2), "last good FAQ: {body}");
        assert!(!has(&body, QUOKKA_V3), "{body}");
        // The rule the broken file touched still works as before.
        let (who, ch2) = (1131, 3101);
        let body = ask(&mut bot, ch2, who, HANGZHOU).await;
        let body = if has(&body, KBW_RULE) {
            body
        } else {
            let pick = format!("p:{who}:{KBW}");
            if custom_ids(&body).contains(&pick) {
                let cb = bot.press(ch2, who, &pick).await;
                assert_eq!(cb["type"], 7, "{cb}");
            }
            ask(&mut bot, ch2, who, "yes, a website").await
        };
        assert_eq!(description(&body), KBW_RULE, "{body}");

        // Fixed again: the watcher picks the folder up (with the v3 text).
        std::fs::write(&rules, &good_rules).unwrap();
        ask_until(&mut bot, ch, 1140, QUOKKA_Q, "the fixed folder", |b| {
            has(b, QUOKKA_V3)
        })
        .await;

        bot.stop().await;
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// Follow-ups whose fact, section or choice a reload removed: the old
/// button or a typed answer gets a polite notice, never an answer from the
/// old FAQ or a crash; the bot keeps answering afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_whose_follow_up_vanished_end_politely() {
    within(120, async {
        let (dir, faq) = faq_copy("reload-sessions");
        let mut config = test_config(&dir);
        config.guild_id = Some(GUILD);
        let mut bot = Bot::start(config, faq.clone()).await;
        bot.registered(Some(GUILD)).await;
        let ch = 3200;
        let admin = 1299;
        // ann and ben wait on a yes/no fact, cy and dee on a section, eve
        // and fay on a choice value: each pair answers by button and by text.
        let (ann, ben, cy, dee, eve, fay) = (1201, 1202, 1203, 1204, 1205, 1206);
        for who in [ann, ben] {
            let body = ask(&mut bot, ch, who, DOMAIN_Q).await;
            assert!(
                custom_ids(&body).contains(&format!("c:{who}:points_to_mainland:yes")),
                "{body}"
            );
        }
        for who in [cy, dee] {
            let body = ask(&mut bot, ch, who, SUBDOMAIN_Q).await;
            assert!(
                custom_ids(&body).contains(&format!("c:{who}:tld_filing:other")),
                "{body}"
            );
        }
        for who in [eve, fay] {
            let body = ask(&mut bot, ch, who, PROVIDER_Q).await;
            assert!(
                custom_ids(&body).contains(&format!("c:{who}:provider_change:add")),
                "{body}"
            );
        }

        // The new folder: no `points_to_mainland` fact, no second-level
        // domain section, no "add" choice for `provider_change`.
        remove_follow_up_targets(&faq);
        let content = admin_reload(&mut bot, ch, admin).await;
        assert!(
            content.starts_with("Reloaded the FAQ: 7 sections"),
            "{content}"
        );

        // Old buttons: a polite ephemeral notice that the FAQ changed.
        for (who, id) in [
            (ann, format!("c:{ann}:points_to_mainland:yes")),
            (cy, format!("c:{cy}:tld_filing:other")),
        ] {
            let cb = bot.press(ch, who, &id).await;
            let notice = assert_notice(&cb);
            assert!(notice.contains("FAQ was updated"), "{id}: {notice}");
        }
        // A removed choice of a fact that still exists.
        let cb = bot
            .press(ch, eve, &format!("c:{eve}:provider_change:add"))
            .await;
        let notice = assert_notice(&cb);
        println!("old button of a removed choice -> {notice:?}");

        // Typed answers: no answer from the old FAQ, no question about the
        // vanished fact, one polite reply.
        for (who, answer) in [(ben, "yes"), (dee, "other"), (fay, "add")] {
            let body = ask(&mut bot, ch, who, answer).await;
            println!("typed {answer:?} after the reload -> {body}");
            let text = body.to_string();
            assert!(!text.contains(KBW_RULE), "{body}");
            assert!(!text.contains("Filed with Alibaba Cloud"), "{body}");
            assert!(!text.contains("points_to_mainland"), "{body}");
            assert!(!text.contains("tld_filing"), "{body}");
            assert!(!description(&body).starts_with("You need to"), "{body}");
            let content = body["content"].as_str().unwrap_or_default();
            assert!(
                !content.trim().is_empty() || !description(&body).is_empty(),
                "{body}"
            );
        }

        // The bot keeps answering from the new FAQ: the domain question now
        // only asks about web services.
        let who = 1207;
        let body = ask(&mut bot, ch, who, DOMAIN_Q).await;
        assert!(
            custom_ids(&body).contains(&format!("c:{who}:web_service:yes")),
            "{body}"
        );
        let cb = bot
            .press(ch, who, &format!("c:{who}:web_service:yes"))
            .await;
        assert_eq!(cb["type"], 7, "{cb}");
        assert_eq!(description(&cb["data"]), KBW_RULE, "{cb}");

        bot.stop().await;
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// The same reload, held to the notice the old buttons get: a typed answer
/// to a follow-up that vanished is told the FAQ changed (not "no open
/// question" or "couldn't find that", which also ping the support role), and
/// an old button of a removed choice is not told "already answered".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_answers_to_vanished_follow_ups_get_the_update_notice() {
    within(120, async {
        let (dir, faq) = faq_copy("reload-typed");
        let mut config = test_config(&dir);
        config.guild_id = Some(GUILD);
        let mut bot = Bot::start(config, faq.clone()).await;
        bot.expect("PUT", "/api/v10/applications/").await;
        let (ch, admin) = (3400, 1499);
        let (ben, dee, eve) = (1401, 1402, 1403);
        for (who, q, fact) in [
            (ben, DOMAIN_Q, "points_to_mainland"),
            (dee, SUBDOMAIN_Q, "tld_filing"),
            (eve, PROVIDER_Q, "provider_change"),
        ] {
            let body = ask(&mut bot, ch, who, q).await;
            let prefix = format!("c:{who}:{fact}:");
            assert!(
                custom_ids(&body).iter().any(|id| id.starts_with(&prefix)),
                "{body}"
            );
        }
        remove_follow_up_targets(&faq);
        let content = admin_reload(&mut bot, ch, admin).await;
        assert!(content.starts_with("Reloaded the FAQ: 7 sections"), "{content}");

        let mut problems = Vec::new();
        for (who, answer) in [(ben, "yes"), (dee, "other")] {
            let body = ask(&mut bot, ch, who, answer).await;
            let pings = body["allowed_mentions"]["roles"]
                .as_array()
                .is_some_and(|r| !r.is_empty())
                || has(&body, "<@&");
            if pings || !has(&body, "FAQ was updated") {
                problems.push(format!(
                    "typed {answer:?} to a follow-up removed by the reload -> content {:?}, embed {:?}; expected the update notice (like the old button's), no support-role ping",
                    body["content"].as_str().unwrap_or_default(),
                    description(&body)
                ));
            }
        }
        let cb = bot
            .press(ch, eve, &format!("c:{eve}:provider_change:add"))
            .await;
        if has(&cb, "already answered") {
            problems.push(format!(
                "old button of a choice removed by the reload (provider_change=add, question still open) -> {:?}; expected the update notice or the question again",
                cb["data"]["content"].as_str().unwrap_or_default()
            ));
        }
        bot.stop().await;
        let _ = std::fs::remove_dir_all(dir);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}

/// Section ids too long for a custom id are sent as `#position`; a reload
/// that moves sections must not make an old menu or button open (or log
/// feedback for) a different section.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn old_positional_refs_never_open_another_section_after_a_reload() {
    within(120, async {
        const LONG: &str =
            "section_kbw_s15_jgb_is_an_icp_filing_required_for_domain_names_long_id";
        const KBW_TITLE: &str = "Is an ICP Filing required for domain names?";
        let (dir, faq) = faq_copy("reload-positions");
        let md = faq.join("icp-filing.md");
        let rules = faq.join("icp-filing.toml");
        for f in [&md, &rules] {
            let t = std::fs::read_to_string(f).unwrap();
            std::fs::write(f, t.replace(KBW, LONG)).unwrap();
        }
        let mut bot = Bot::start(test_config(&dir), faq.clone()).await;
        bot.registered(None).await;
        let (ch, who, admin) = (3300, 1301, 1399);

        // The old list menu and the old answer's feedback button.
        let cb = bot.slash(ch, who, "list", json!([]), "0").await;
        let menu = &cb["data"]["components"][0]["components"][0];
        let menu_id = menu["custom_id"].as_str().unwrap().to_string();
        let kbw_ref = menu["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["label"] == KBW_TITLE)
            .map(|o| o["value"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{cb}"));
        assert!(kbw_ref.starts_with('#'), "a positional ref: {kbw_ref}");
        let shown = bot.select(ch, who, &menu_id, &kbw_ref).await;
        // That section's first follow-up.
        assert!(has(&shown, "points_to_mainland"), "before the reload: {shown}");
        let feedback = format!("f:u:{kbw_ref}");

        // A new section before it: positions move.
        let m = std::fs::read_to_string(&md).unwrap();
        let m = replace_once(
            &m,
            "## Is an ICP Filing required for domain names?",
            &format!(
                "{}\n## Is an ICP Filing required for domain names?",
                quokka_section(QUOKKA_V2).trim_start()
            ),
        );
        std::fs::write(&md, m).unwrap();
        let content = admin_reload(&mut bot, ch, admin).await;
        assert!(content.starts_with("Reloaded the FAQ: 9 sections"), "{content}");

        let shown = bot.select(ch, who, &menu_id, &kbw_ref).await;
        println!("old menu value {kbw_ref:?} after the reload -> {shown}");
        let mut problems = Vec::new();
        if !has(&shown, "points_to_mainland") {
            problems.push(format!(
                "old /faq list menu, value {kbw_ref:?} (was {KBW_TITLE:?}) -> after the reload got {shown}"
            ));
        }
        let fb = bot.press(ch, who, &feedback).await;
        assert_eq!(fb["data"]["flags"], 64, "{fb}");
        bot.stop().await;
        let log = std::fs::read_to_string(dir.join("feedback.jsonl")).unwrap_or_default();
        let last = log
            .lines()
            .rev()
            .find(|l| l.contains(r#""kind":"feedback""#))
            .unwrap_or_default()
            .to_string();
        println!("feedback after the reload -> {last}");
        if last.contains("section_quokka_mascot") {
            problems.push(format!(
                "old 👍 button {feedback:?} (on {LONG}) -> feedback logged for section_quokka_mascot: {last}"
            ));
        }
        let _ = std::fs::remove_dir_all(dir);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}
