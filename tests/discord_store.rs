//! Conversations that outlive the process: the real serenity client against
//! the fake Discord, with a real SQLite file and a real `redis-server`
//! (started by the test on 127.0.0.1 with a free port; the Redis tests print
//! a skip note when `redis-server` is not installed, `.ci/run` installs it).

mod fake_discord;

use fake_discord::*;
use faqbot::dialogue::Session;
use faqbot::front::discord::store::{Spec, Store, Stored, Write};
use std::io::{BufRead, BufReader, Write as _};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Asks the Hangzhou question and brings it to the `web_service` follow-up;
/// returns that follow-up's "Yes" button as sent (versioned).
async fn web_service_yes(bot: &mut Bot, channel: u64, who: u64) -> String {
    let mut body = bot
        .say(channel, who, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    let is_yes = |id: &String| id.starts_with("c~") && id.contains(":web_service:yes:");
    if !raw_custom_ids(&body).iter().any(is_yes) {
        let pick = raw_custom_ids(&body)
            .into_iter()
            .find(|id| id.starts_with("p~") && id.ends_with(KBW))
            .unwrap_or_else(|| panic!("no pick of {KBW}: {body}"));
        let cb = bot.press(channel, who, &pick).await;
        assert_eq!(cb["type"], 7, "{cb}");
        body = cb["data"].clone();
    }
    raw_custom_ids(&body)
        .into_iter()
        .find(is_yes)
        .unwrap_or_else(|| panic!("no web_service button: {body}"))
}

fn store_config(dir: &std::path::Path, store: &str) -> faqbot::front::discord::Config {
    let mut c = test_config(dir);
    c.session_store = Some(store.to_string());
    c
}

/// Ask, stop the bot, start a new one on the same store, press the old
/// button: the answer uses the facts from before the restart.
async fn survives_restart(store: &str, name: &str) {
    let dir = temp_dir(name);
    let (ch, who) = (2101, 1101);
    let mut bot = Bot::start(store_config(&dir, store), faq_dir()).await;
    bot.registered(None).await;
    let yes = web_service_yes(&mut bot, ch, who).await;
    assert!(yes.len() <= 100, "{yes}");
    bot.stop().await;

    // A new process's worth of state: only the store is shared.
    let mut bot = Bot::start(store_config(&dir, store), faq_dir()).await;
    bot.registered(None).await;
    let cb = bot.press(ch, who, &yes).await;
    assert_eq!(cb["type"], 7, "continued in place: {cb}");
    // The rule needs `points_to_mainland`, given (Hangzhou) before the restart.
    assert_eq!(description(&cb["data"]), KBW_RULE, "{cb}");

    // A button of an FAQ that has since changed, whose follow-up is gone.
    let old = format!("c~000000:{who}:no_such_fact:yes:{KBW}");
    let cb = bot.press(ch, who, &old).await;
    assert_eq!(cb["data"]["flags"], 64, "{cb}");
    assert!(has(&cb, "FAQ was updated"), "{cb}");
    // And one whose conversation is over (not the FAQ's fault): expired.
    let cb = bot
        .press(
            ch,
            who + 1,
            &yes.replace(&who.to_string(), &(who + 1).to_string()),
        )
        .await;
    assert!(has(&cb, "expired"), "{cb}");
    bot.stop().await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_conversation_survives_a_restart() {
    within(120, async {
        let dir = temp_dir("sqlite-db");
        let db = dir.join("sessions.db");
        survives_restart(&format!("sqlite:{}", db.display()), "sqlite-restart").await;
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// `faqbot serve` with a store it cannot open at start exits (code 2) with
/// an error naming the store, before connecting to Discord.
#[test]
fn a_store_unreachable_at_start_is_an_error_naming_it() {
    let dir = temp_dir("store-unreachable");
    // A directory where the database should be; a port with no Redis.
    std::fs::create_dir_all(dir.join("sessions.db")).unwrap();
    let sqlite = format!("sqlite:{}", dir.join("sessions.db").display());
    for store in [sqlite.as_str(), "redis://127.0.0.1:1/0"] {
        std::fs::write(
            dir.join("faqbot.toml"),
            format!("watch_faq = false\nsession_store = {store:?}\n"),
        )
        .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_faqbot"))
            .arg("--faq")
            .arg(faq_dir())
            .args(["serve", "--config"])
            .arg(dir.join("faqbot.toml"))
            .current_dir(&dir)
            .env("DISCORD_TOKEN", "fake-token")
            // Nothing listens there: the store must fail first.
            .env("FAQBOT_DISCORD_API", "http://127.0.0.1:1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{store}: {stderr}");
        assert!(
            stderr.contains(&format!("faqbot: cannot open the session store {store}")),
            "{store}: {stderr}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// A `redis-server` of this test, on a free loopback port; killed on drop.
struct Redis {
    child: Child,
    port: u16,
}

impl Redis {
    fn start() -> Option<Redis> {
        let found = Command::new("redis-server")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !found {
            eprintln!("SKIPPED: redis-server is not on PATH (.ci/run installs it)");
            return None;
        }
        for _ in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let mut child = Command::new("redis-server")
                .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
                .args(["--save", "", "--appendonly", "no"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("redis-server starts");
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(5) {
                if let Ok(Some(_)) = child.try_wait() {
                    break; // the port was taken meanwhile: try another
                }
                if resp(port, &["PING"]).is_some_and(|p| p == "+PONG") {
                    return Some(Redis { child, port });
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("cannot start redis-server");
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    fn cmd(&mut self, args: &[&str]) -> Option<String> {
        resp(self.port, args)
    }
}

/// One command over RESP to the server on `port`; the first reply line.
fn resp(port: u16, args: &[&str]) -> Option<String> {
    {
        let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
        let mut req = format!("*{}\r\n", args.len());
        for a in args {
            req.push_str(&format!("${}\r\n{a}\r\n", a.len()));
        }
        s.write_all(req.as_bytes()).ok()?;
        let mut line = String::new();
        BufReader::new(&mut s).read_line(&mut line).ok()?;
        Some(line.trim_end().to_string())
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn stored() -> Stored {
    Stored {
        session: Session::new(),
        faq: 1,
    }
}

#[test]
fn redis_keys_expire_at_the_timeout() {
    let Some(mut redis) = Redis::start() else {
        return;
    };
    let store = Store::open(&Spec::Redis(redis.url()), 10, Duration::from_millis(800));
    assert!(
        store.describe().starts_with("redis://"),
        "{}",
        store.describe()
    );
    store.transact((1, 2), |cur| {
        assert!(cur.is_none());
        (Write::Put(stored()), ())
    });
    assert_eq!(store.get((1, 2)), Some(stored()));
    let ttl: i64 = redis
        .cmd(&["PTTL", "faqbot:session:1:2"])
        .and_then(|l| l.trim_start_matches(':').parse().ok())
        .unwrap();
    assert!((1..=800).contains(&ttl), "PTTL {ttl}");
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(
        redis.cmd(&["EXISTS", "faqbot:session:1:2"]).as_deref(),
        Some(":0")
    );
    assert_eq!(store.get((1, 2)), None);
    // Nor is a lock left behind.
    assert_eq!(
        redis.cmd(&["EXISTS", "faqbot:lock:1:2"]).as_deref(),
        Some(":0")
    );
    // An unknown version is dropped, not a crash.
    redis.cmd(&["SET", "faqbot:session:1:3", r#"{"version":99,"x":1}"#]);
    assert_eq!(store.get((1, 3)), None);
    assert_eq!(
        redis.cmd(&["EXISTS", "faqbot:session:1:3"]).as_deref(),
        Some(":0")
    );
}

/// Connections the server on `port` has accepted so far (this query's own
/// included).
fn connections_received(port: u16) -> u64 {
    let script = "return tonumber(string.match(redis.call('info', 'stats'), \
                  'total_connections_received:(%d+)'))";
    resp(port, &["EVAL", script, "0"])
        .and_then(|r| r.strip_prefix(':')?.parse().ok())
        .expect("INFO stats")
}

/// Many events at once on one process: they share a bounded set of
/// connections (a burst, as after a stall, must not open a connection per
/// event: that storm once turned a short pause of Redis into hundreds of
/// connections and 100 ms tails), and none of their updates is lost.
#[test]
fn redis_burst_of_events_shares_a_bounded_set_of_connections() {
    let Some(redis) = Redis::start() else {
        return;
    };
    let before = connections_received(redis.port);
    let store = Arc::new(Store::open(
        &Spec::Redis(redis.url()),
        10,
        Duration::from_secs(60),
    ));
    let threads: Vec<_> = (0..64u64)
        .map(|t| {
            let store = store.clone();
            std::thread::spawn(move || {
                for i in 0..20u64 {
                    for _ in 0..2 {
                        store.transact((9, t * 100 + i), |cur: Option<Stored>| {
                            let mut s = cur.unwrap_or_else(stored);
                            s.faq += 1;
                            (Write::Put(s), ())
                        });
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let opened = connections_received(redis.port) - before - 1;
    assert!(
        (1..=16).contains(&opened),
        "{opened} connections for 64 threads' events"
    );
    for t in 0..64u64 {
        for i in 0..20u64 {
            assert_eq!(store.get((9, t * 100 + i)).map(|s| s.faq), Some(3));
        }
    }
}

/// Two bot instances (two stores, each with its own connections, as two
/// processes have) handle an event of the same user at once: the second
/// waits for the first; another user's event does not.
#[test]
fn redis_events_of_one_user_on_two_instances_do_not_interleave() {
    let Some(redis) = Redis::start() else {
        return;
    };
    let a = Arc::new(Store::open(
        &Spec::Redis(redis.url()),
        10,
        Duration::from_secs(60),
    ));
    let b = Arc::new(Store::open(
        &Spec::Redis(redis.url()),
        10,
        Duration::from_secs(60),
    ));
    let log = Arc::new(Mutex::new(Vec::<(&str, Instant)>::new()));
    let event = |store: Arc<Store>, key, name: &'static str, log: Arc<Mutex<Vec<_>>>| {
        std::thread::spawn(move || {
            store.transact(key, |cur: Option<Stored>| {
                log.lock().unwrap().push((name, Instant::now()));
                std::thread::sleep(Duration::from_millis(300));
                let mut s = cur.unwrap_or_else(stored);
                s.faq += 1;
                log.lock().unwrap().push((name, Instant::now()));
                (Write::Put(s), ())
            })
        })
    };
    let first = event(a.clone(), (5, 6), "a", log.clone());
    std::thread::sleep(Duration::from_millis(50));
    let second = event(b.clone(), (5, 6), "b", log.clone());
    let other = event(b.clone(), (5, 7), "other", log.clone());
    first.join().unwrap();
    second.join().unwrap();
    other.join().unwrap();
    let log = log.lock().unwrap().clone();
    let names: Vec<&str> = log
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| *n != "other")
        .collect();
    assert_eq!(names, ["a", "a", "b", "b"], "one after the other: {log:?}");
    // Neither update was lost.
    assert_eq!(a.get((5, 6)).map(|s| s.faq), Some(3));
    // Another user's event ran alongside, not after.
    let other_start = log.iter().find(|(n, _)| *n == "other").unwrap().1;
    let a_end = log.iter().filter(|(n, _)| *n == "a").nth(1).unwrap().1;
    assert!(other_start < a_end, "{log:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_conversation_continues_on_a_fresh_instance() {
    let Some(redis) = Redis::start() else {
        return;
    };
    within(120, async {
        survives_restart(&redis.url(), "redis-restart").await;
    })
    .await;
    drop(redis);
}

/// Redis stops while the bot serves: the conversation in flight restarts
/// and says so, and the bot goes on answering (from memory), follow-ups
/// included; it neither crashes nor hangs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_going_away_leaves_the_bot_answering_from_memory() {
    let Some(redis) = Redis::start() else {
        return;
    };
    let url = redis.url();
    let mut redis = Some(redis);
    within(120, async {
        let dir = temp_dir("redis-away");
        let mut bot = Bot::start(store_config(&dir, &url), faq_dir()).await;
        bot.registered(None).await;
        let (ch, who) = (2601, 1601);
        let yes = web_service_yes(&mut bot, ch, who).await;
        drop(redis.take()); // the server is killed
        let cb = bot.press(ch, who, &yes).await;
        assert!(
            has(&cb, "expired"),
            "the conversation restarts, saying so: {cb}"
        );
        let yes = web_service_yes(&mut bot, ch, who).await;
        let cb = bot.press(ch, who, &yes).await;
        assert_eq!(cb["type"], 7, "{cb}");
        assert_eq!(description(&cb["data"]), KBW_RULE, "{cb}");
        bot.stop().await;
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// `faqbot serve` as a child process in `dir`, against `api`.
fn spawn_serve(dir: &std::path::Path, api: &str, log: &str, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_faqbot"))
        .arg("--faq")
        .arg(faq_dir())
        .args(["serve", "--config"])
        .arg(dir.join("faqbot.toml"))
        .args(args)
        .current_dir(dir)
        .env("DISCORD_TOKEN", "fake-token")
        .env("FAQBOT_DISCORD_API", api)
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("RUST_LOG", "info,serenity=warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join(log)).unwrap())
        .spawn()
        .expect("faqbot serve")
}

/// `faqbot serve` children, killed if a test fails before it stops them.
struct Procs(Vec<Child>);

impl Drop for Procs {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// SIGTERM, then the exit status (SIGKILL if it lingers).
async fn terminate(mut child: Child) -> Option<std::process::ExitStatus> {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(s)) = child.try_wait() {
            return Some(s);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// The binary with its defaults: `serve` keeps conversations in
/// `data/sessions.db`; SIGTERM it, start it again, press the old button.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_keeps_conversations_in_sqlite_across_sigterm() {
    within(120, async {
        let dir = temp_dir("sigterm");
        std::fs::write(
            dir.join("faqbot.toml"),
            format!(
                "feedback_log = {:?}\nwatch_faq = false\nrate_limit_questions = 1000\n",
                dir.join("feedback.jsonl").display().to_string()
            ),
        )
        .unwrap();
        let fake = Fake::start().await;
        let api = fake.rest_url.clone();
        let mut bot = Bot::drive(fake);
        let (ch, who) = (2301, 1301);

        let child = spawn_serve(&dir, &api, "first.log", &[]);
        bot.registered(None).await;
        let yes = web_service_yes(&mut bot, ch, who).await;
        let status = terminate(child).await;
        assert!(
            status.is_some_and(|s| s.success()),
            "exit 0 on SIGTERM: {status:?}"
        );
        assert!(dir.join("data/sessions.db").exists(), "the default store");

        let child = spawn_serve(&dir, &api, "second.log", &[]);
        bot.registered(None).await;
        let cb = bot.press(ch, who, &yes).await;
        let status = terminate(child).await;
        let log = std::fs::read_to_string(dir.join("second.log")).unwrap_or_default();
        assert_eq!(cb["type"], 7, "{cb}\n{log}");
        assert_eq!(description(&cb["data"]), KBW_RULE, "{cb}");
        assert!(log.contains("sqlite:data/sessions.db"), "{log}");
        assert!(status.is_some_and(|s| s.success()), "{status:?}");

        // The feedback of both processes is in the store's database too:
        // `faqbot report` reads it there and exports it as JSON Lines.
        std::fs::write(
            dir.join("report.toml"),
            "session_store = \"sqlite:data/sessions.db\"\n",
        )
        .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_faqbot"))
            .args([
                "report",
                "--config",
                "report.toml",
                "--export",
                "export.jsonl",
            ])
            .current_dir(&dir)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains(KBW), "{stdout}");
        let export = std::fs::read_to_string(dir.join("export.jsonl")).unwrap();
        assert!(export.contains("\"kind\":\"answer\""), "{export}");
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// A `faqbot.toml` in `dir` that keeps conversations in `store`.
fn write_serve_config(dir: &std::path::Path, store: &str) {
    std::fs::write(
        dir.join("faqbot.toml"),
        format!(
            "feedback_log = {:?}\nwatch_faq = false\nrate_limit_questions = 1000\n\
             session_store = {store:?}\n",
            dir.join("feedback.jsonl").display().to_string()
        ),
    )
    .unwrap();
}

/// Waits until the fake has seen `n` IDENTIFYs.
async fn wait_identifies(identifies: &Arc<Mutex<Vec<serde_json::Value>>>, n: usize) {
    while identifies.lock().unwrap().len() < n {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A press of `custom_id` by `who` in `channel` (a guild channel), to be
/// sent on a shard's event stream; its id and token name its callback.
fn press_event(
    bot: &mut Bot,
    channel: u64,
    who: u64,
    custom_id: &str,
) -> (u64, String, serde_json::Value) {
    let data = serde_json::json!({"custom_id": custom_id, "component_type": 2});
    let mut d = bot.interaction(3, channel, who, data);
    let mut message = message_json(900_000, channel, bot_user(), "");
    message["guild_id"] = serde_json::json!(GUILD.to_string());
    d.2["message"] = message;
    d.2["guild_id"] = serde_json::json!(GUILD.to_string());
    d
}

/// Two `faqbot serve` processes (shards 0-0 and 1-1 of 2) on one Redis: the
/// same user's press of the same button is delivered to both at once. Redis
/// is told to hold every write for a moment first (`CLIENT PAUSE 1000
/// WRITE`: reads still run), so both processes are inside the event at the
/// same time. Serialised, the process that takes the conversation's lock
/// second reads what the first one wrote: one press gets the answer, the
/// other "already answered". Interleaved (no lock), both read the pending
/// follow-up before either writes, and both answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_one_users_events_on_two_processes_run_one_after_the_other() {
    let Some(mut redis) = Redis::start() else {
        return;
    };
    let url = redis.url();
    let dir = temp_dir("redis-serialise");
    write_serve_config(&dir, &url);
    let fake = Fake::start().await;
    let api = fake.rest_url.clone();
    let identifies = fake.identifies.clone();
    let shard0 = fake.shard_events(0);
    let shard1 = fake.shard_events(1);
    let range = |s: &'static str| ["--shards", s, "--total-shards", "2"];
    let mut procs = Procs(vec![
        spawn_serve(&dir, &api, "shard0.log", &range("0-0")),
        spawn_serve(&dir, &api, "shard1.log", &range("1-1")),
    ]);
    within(120, async {
        wait_identifies(&identifies, 2).await;
        let mut bot = Bot::drive(fake);
        bot.registered(None).await;
        let (ch, who) = (2501, 1501);
        let yes = web_service_yes(&mut bot, ch, who).await;

        // Both processes get the same press while Redis holds writes.
        assert_eq!(
            redis.cmd(&["CLIENT", "PAUSE", "1000", "WRITE"]).as_deref(),
            Some("+OK")
        );
        let a = press_event(&mut bot, ch, who, &yes);
        let b = press_event(&mut bot, ch, who, &yes);
        let callback = |d: &(u64, String, serde_json::Value)| {
            format!("/api/v10/interactions/{}/{}/callback", d.0, d.1)
        };
        let (ca, cb) = (callback(&a), callback(&b));
        for (events, d) in [(&shard0, a), (&shard1, b)] {
            events
                .send(serde_json::json!({"op": 0, "t": "INTERACTION_CREATE", "d": d.2}))
                .unwrap();
        }
        let ra = bot.expect("POST", &ca).await.body;
        let rb = bot.expect("POST", &cb).await.body;
        let answered =
            |r: &serde_json::Value| r["type"] == 7 && description(&r["data"]) == KBW_RULE;
        let stale = |r: &serde_json::Value| r["data"]["flags"] == 64 && has(r, "already answered");
        let logs = || {
            ["shard0.log", "shard1.log"]
                .map(|l| std::fs::read_to_string(dir.join(l)).unwrap_or_default())
                .join("\n---\n")
        };
        assert!(
            (answered(&ra) && stale(&rb)) || (stale(&ra) && answered(&rb)),
            "one press answers, the other waited and found it answered:\n\
             shard 0: {ra}\nshard 1: {rb}\n{}",
            logs()
        );
        assert!(!logs().contains("stayed locked"), "{}", logs());
        assert!(!logs().contains("session store failed"), "{}", logs());
    })
    .await;
    for p in procs.0.drain(..) {
        let status = terminate(p).await;
        assert!(status.is_some_and(|s| s.success()), "{status:?}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// SIGTERM while events are being handled: `serve` takes no new ones and
/// answers those it has received before it exits (0). Ten forum posts
/// from before a restart: reading each post's channel, which the bot does
/// before answering, takes the fake 1.5 s, and SIGTERM comes once all ten
/// reads are asked. (Without the wait for them, none was answered.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_answers_the_events_already_received() {
    const FORUM: u64 = 6700;
    within(120, async {
        let dir = temp_dir("sigterm-drain");
        std::fs::write(
            dir.join("faqbot.toml"),
            format!(
                "feedback_log = {:?}\nwatch_faq = false\nrate_limit_questions = 1000\n\
                 forum_channels = [{FORUM}]\n",
                dir.join("feedback.jsonl").display().to_string()
            ),
        )
        .unwrap();
        let faults: Faults = Arc::new(|path: &str| {
            let id = path.strip_prefix("/api/v10/channels/")?;
            (!id.contains('/')).then_some(Fault::Delay(Duration::from_millis(1500)))
        });
        let (fake, _thread) = Fake::start_on_thread(
            "fake-discord",
            Rest {
                faults: Some(faults),
                ..Rest::default()
            },
        );
        let api = fake.rest_url.clone();
        let mut bot = Bot::drive(fake);
        bot.add_channel(forum_json(FORUM, &[]));
        let posts: Vec<u64> = (6701..6711).collect();
        for &p in &posts {
            bot.add_channel(thread_json(
                p,
                FORUM,
                p + 1000,
                "Do subdomains need ICP filing?",
                &[],
            ));
        }
        let mut procs = Procs(vec![spawn_serve(&dir, &api, "drain.log", &[])]);
        bot.registered(None).await;
        for &p in &posts {
            let mut m = message_json(p, p, user(p + 1000), "My blog runs on blog.example.com.");
            m["guild_id"] = serde_json::json!(GUILD.to_string());
            bot.fake
                .events
                .send(serde_json::json!({"op": 0, "t": "MESSAGE_CREATE", "d": m}))
                .unwrap();
        }
        for &p in &posts {
            bot.expect("GET", &format!("/api/v10/channels/{p}")).await;
        }
        let status = terminate(procs.0.pop().unwrap()).await;
        let log = std::fs::read_to_string(dir.join("drain.log")).unwrap_or_default();
        assert!(status.is_some_and(|s| s.success()), "{status:?}\n{log}");
        for &p in &posts {
            let r = bot
                .expect("POST", &format!("/api/v10/channels/{p}/messages"))
                .await;
            assert_eq!(r.body["message_reference"]["message_id"], p.to_string());
        }
        assert!(!log.contains("still being handled"), "{log}");
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

/// Two `faqbot serve` processes, shards 0-0 and 1-1 of 2, sharing one Redis
/// store. A conversation on shard 1 continues after shard 1's process is
/// killed (SIGTERM) and shard 1 is started by a fresh process. (The fake
/// routes the test's events to the connection of the shard the test names.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_a_conversation_survives_its_shard_moving_to_a_fresh_process() {
    let Some(redis) = Redis::start() else {
        return;
    };
    let url = redis.url();
    within(120, async move {
        let dir = temp_dir("redis-shards");
        write_serve_config(&dir, &url);
        let fake = Fake::start().await;
        let api = fake.rest_url.clone();
        let identifies = fake.identifies.clone();
        let shard1 = fake.shard_events(1);
        let range = |s: &'static str| ["--shards", s, "--total-shards", "2"];
        let p0 = spawn_serve(&dir, &api, "shard0.log", &range("0-0"));
        let p1 = spawn_serve(&dir, &api, "shard1.log", &range("1-1"));
        wait_identifies(&identifies, 2).await;
        let mut bot = Bot::drive(fake);
        bot.registered(None).await;
        // From now on the test's events go to shard 1.
        bot.fake.events = shard1;
        let (ch, who) = (2401, 1401);
        let yes = web_service_yes(&mut bot, ch, who).await;
        let status = terminate(p1).await;
        assert!(status.is_some_and(|s| s.success()), "{status:?}");

        let p1 = spawn_serve(&dir, &api, "shard1-again.log", &range("1-1"));
        wait_identifies(&identifies, 3).await;
        let shards: Vec<String> = identifies
            .lock()
            .unwrap()
            .iter()
            .map(|d| d["shard"].to_string())
            .collect();
        assert_eq!(
            shards.iter().filter(|s| *s == "[1,2]").count(),
            2,
            "{shards:?}"
        );
        let cb = bot.press(ch, who, &yes).await;
        let log = std::fs::read_to_string(dir.join("shard1-again.log")).unwrap_or_default();
        assert_eq!(cb["type"], 7, "{cb}\n{log}");
        assert_eq!(description(&cb["data"]), KBW_RULE, "{cb}");
        assert!(log.contains("redis://127.0.0.1"), "{log}");
        for p in [p0, p1] {
            let status = terminate(p).await;
            assert!(status.is_some_and(|s| s.success()), "{status:?}");
        }
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
    drop(redis);
}
