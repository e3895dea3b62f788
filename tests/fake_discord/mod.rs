//! A fake Discord on 127.0.0.1 for tests and examples: a hand-rolled
//! HTTP/1.1 REST server (keep-alive, Content-Length bodies) and a
//! tokio-tungstenite WebSocket gateway, plus a harness that runs the real
//! `faqbot serve` client against it and records the REST calls it makes.
//! Tests that need more (the raw requests, failing calls, the fake on a
//! thread of its own) say so through [`Rest`] and [`Fake::start_on_thread`].
#![allow(dead_code)]

use faqbot::front::discord::{self, Config};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value as Json};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message as WsMessage;

pub const BOT: u64 = 4242;
pub const APP: u64 = 4243;
pub const GUILD: u64 = 3001;
pub const SUPPORT_ROLE: u64 = 5005;
pub const WAIT: Duration = Duration::from_secs(15);

/// Questions and answers of the repository's `faq/` that several tests use.
pub const KBW: &str = "section_kbw_s15_jgb";
pub const KBW_RULE: &str = "An ICP Filing is required if your domain name points to a node server in Mainland China and you need to activate web services.";
pub const HANGZHOU: &str = "my domain points to a server in Hangzhou, do I need ICP?";
pub const SUBDOMAIN_Q: &str = "is an ICP filing required for second-level domain names?";

/// One REST call the bot made.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub body: Json,
    pub at: Instant,
}

/// The fake Discord: REST + gateway.
pub struct Fake {
    pub rest_url: String,
    pub reqs: mpsc::UnboundedReceiver<Req>,
    /// Requests received but not yet claimed by an `expect`.
    pub backlog: Vec<Req>,
    pub events: mpsc::UnboundedSender<Json>,
    pub identified: Arc<Mutex<Option<Json>>>,
    /// Every request as it came over the wire, when [`Rest::record_raw`].
    pub raw: Arc<Mutex<Vec<Raw>>>,
}

/// One REST request as it came over the wire.
#[derive(Debug, Clone)]
pub struct Raw {
    pub method: String,
    pub target: String,
    /// Request line and headers.
    pub head: String,
    pub body: String,
}

/// A call the fake REST fails on purpose instead of answering like Discord.
pub enum Fault {
    /// This status and JSON body.
    Status(u16, Json),
    /// The connection is closed without an answer.
    Drop,
}

/// Picks the fault, if any, for a request path.
pub type Faults = Arc<dyn Fn(&str) -> Option<Fault> + Send + Sync>;

/// How the fake REST departs from plain Discord (by default it does not).
#[derive(Clone, Default)]
pub struct Rest {
    /// Keeps every request in [`Fake::raw`].
    pub record_raw: bool,
    pub faults: Option<Faults>,
}

pub fn message_json(id: u64, channel: u64, author: Json, content: &str) -> Json {
    json!({
        "id": id.to_string(), "channel_id": channel.to_string(), "author": author,
        "content": content, "timestamp": "2026-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false,
        "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 0
    })
}

pub fn user(id: u64) -> Json {
    json!({"id": id.to_string(), "username": format!("user{id}"), "discriminator": "0"})
}

pub fn bot_user() -> Json {
    json!({"id": BOT.to_string(), "username": "faqbot", "discriminator": "0", "bot": true})
}

/// Answers one REST call like Discord would (enough for serenity).
pub fn rest_answer(method: &str, path: &str, rest_port: u16, ws_url: &str) -> (u16, Json) {
    let _ = rest_port;
    match (method, path) {
        ("GET", "/api/v10/gateway") => (200, json!({"url": ws_url})),
        ("GET", "/api/v10/gateway/bot") => (
            200,
            json!({"url": ws_url, "shards": 1, "session_start_limit":
                {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}),
        ),
        ("PUT", p) if p.ends_with("/commands") => (200, json!([])),
        ("POST", p) if p.ends_with("/callback") => (204, Json::Null),
        ("POST", p) if p.starts_with("/api/v10/channels/") => {
            let channel: u64 = p
                .split('/')
                .nth(4)
                .and_then(|c| c.parse().ok())
                .unwrap_or(1);
            (200, message_json(900_000, channel, bot_user(), ""))
        }
        ("PATCH", p) | ("POST", p) if p.starts_with("/api/v10/webhooks/") => {
            (200, message_json(900_001, 1, bot_user(), ""))
        }
        _ => (200, json!({})),
    }
}

/// What the REST connections of one fake share.
#[derive(Clone)]
struct RestConn {
    tx: mpsc::UnboundedSender<Req>,
    raw: Option<Arc<Mutex<Vec<Raw>>>>,
    faults: Option<Faults>,
    port: u16,
    ws_url: String,
}

async fn serve_rest(stream: TcpStream, c: RestConn) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    loop {
        let mut line = String::new();
        if read.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let mut head = line.clone();
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or_default().to_string();
        let target = parts.next().unwrap_or_default().to_string();
        let path = target.split('?').next().unwrap_or_default().to_string();
        let mut len = 0usize;
        loop {
            let mut h = String::new();
            if read.read_line(&mut h).await? == 0 {
                return Ok(());
            }
            head.push_str(&h);
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; len];
        read.read_exact(&mut body).await?;
        let at = Instant::now();
        if let Some(raw) = &c.raw {
            raw.lock().unwrap().push(Raw {
                method: method.clone(),
                target,
                head,
                body: String::from_utf8_lossy(&body).into_owned(),
            });
        }
        let body: Json = serde_json::from_slice(&body).unwrap_or(Json::Null);
        let fault = c.faults.as_ref().and_then(|f| f(&path));
        let (status, answer) = match fault {
            Some(Fault::Status(status, answer)) => (status, answer),
            Some(Fault::Drop) => {
                let _ = c.tx.send(Req {
                    method,
                    path,
                    body,
                    at,
                });
                return Ok(());
            }
            None => rest_answer(&method, &path, c.port, &c.ws_url),
        };
        let _ = c.tx.send(Req {
            method,
            path,
            body,
            at,
        });
        let resp = if status == 204 {
            "HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n".to_string()
        } else {
            let b = answer.to_string();
            let reason = match status {
                401 => "Unauthorized",
                500 => "Internal Server Error",
                _ => "OK",
            };
            format!(
                "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{b}",
                b.len()
            )
        };
        write.write_all(resp.as_bytes()).await?;
    }
}

pub async fn serve_gateway(
    stream: TcpStream,
    events: Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<Json>>>,
    identified: Arc<Mutex<Option<Json>>>,
    ws_url: String,
) {
    let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 1000}});
    if ws.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    let mut events = events.lock().await;
    let mut seq = 1u64;
    loop {
        tokio::select! {
            frame = ws.next() => {
                let Some(Ok(frame)) = frame else { return };
                let Ok(text) = frame.to_text() else { continue };
                let Ok(v) = serde_json::from_str::<Json>(text) else { continue };
                match v["op"].as_u64() {
                    Some(1) => {
                        let _ = ws.send(WsMessage::Text(json!({"op": 11}).to_string())).await;
                    }
                    Some(2) => {
                        *identified.lock().unwrap() = Some(v["d"].clone());
                        let ready = json!({"op": 0, "s": seq, "t": "READY", "d": {
                            "v": 10, "user": bot_user(), "guilds": [], "session_id": "s",
                            "resume_gateway_url": ws_url, "application": {"id": APP.to_string(), "flags": 0}
                        }});
                        let _ = ws.send(WsMessage::Text(ready.to_string())).await;
                    }
                    _ => {}
                }
            }
            ev = events.recv() => {
                let Some(mut ev) = ev else { return };
                seq += 1;
                ev["s"] = json!(seq);
                if ws.send(WsMessage::Text(ev.to_string())).await.is_err() { return; }
            }
        }
    }
}

/// A fake's servers before they listen: the other ends of its channels.
struct Servers {
    rest: Rest,
    tx: mpsc::UnboundedSender<Req>,
    events: mpsc::UnboundedReceiver<Json>,
    identified: Arc<Mutex<Option<Json>>>,
    raw: Arc<Mutex<Vec<Raw>>>,
}

impl Servers {
    /// Binds REST and gateway on 127.0.0.1 and serves them on the current
    /// runtime; returns the REST port.
    async fn listen(self) -> u16 {
        let rest = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gw = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let rest_port = rest.local_addr().unwrap().port();
        let ws_url = format!("ws://127.0.0.1:{}/ws", gw.local_addr().unwrap().port());
        let conn = RestConn {
            tx: self.tx,
            raw: self.rest.record_raw.then_some(self.raw),
            faults: self.rest.faults,
            port: rest_port,
            ws_url: ws_url.clone(),
        };
        tokio::spawn(async move {
            while let Ok((s, _)) = rest.accept().await {
                tokio::spawn(serve_rest(s, conn.clone()));
            }
        });
        let erx = Arc::new(tokio::sync::Mutex::new(self.events));
        let ident = self.identified;
        tokio::spawn(async move {
            while let Ok((s, _)) = gw.accept().await {
                tokio::spawn(serve_gateway(s, erx.clone(), ident.clone(), ws_url.clone()));
            }
        });
        rest_port
    }
}

/// The fake's own thread and runtime; dropping it stops them.
pub struct FakeThread {
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for FakeThread {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Fake {
    /// Plain Discord, served on the current runtime.
    pub async fn start() -> Fake {
        let (mut fake, servers) = Fake::new(Rest::default());
        fake.set_port(servers.listen().await);
        fake
    }

    /// Served on a thread of its own named `thread` (so that what is logged
    /// there can be told from the bot's lines), with the departures of `rest`.
    pub fn start_on_thread(thread: &str, rest: Rest) -> (Fake, FakeThread) {
        let (mut fake, servers) = Fake::new(rest);
        let (stop, stop_rx) = oneshot::channel::<()>();
        let (port_tx, port_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(thread.into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async move {
                    port_tx.send(servers.listen().await).unwrap();
                    let _ = stop_rx.await;
                });
            })
            .unwrap();
        let port = port_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the fake Discord did not start");
        fake.set_port(port);
        let thread = FakeThread {
            stop: Some(stop),
            thread: Some(thread),
        };
        (fake, thread)
    }

    /// The test's side of a fake, and its servers' side, not yet listening.
    fn new(rest: Rest) -> (Fake, Servers) {
        let (tx, reqs) = mpsc::unbounded_channel();
        let (events, erx) = mpsc::unbounded_channel();
        let identified = Arc::new(Mutex::new(None));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let servers = Servers {
            rest,
            tx,
            events: erx,
            identified: identified.clone(),
            raw: raw.clone(),
        };
        let fake = Fake {
            rest_url: String::new(),
            reqs,
            backlog: Vec::new(),
            events,
            identified,
            raw,
        };
        (fake, servers)
    }

    fn set_port(&mut self, port: u16) {
        self.rest_url = format!("http://127.0.0.1:{port}");
    }
}

/// A running bot and its fake Discord.
pub struct Bot {
    pub fake: Fake,
    pub shutdown: Option<oneshot::Sender<()>>,
    pub task: tokio::task::JoinHandle<Result<(), discord::RunError>>,
    pub next_id: u64,
    /// When the last event was injected.
    pub injected: Instant,
    pub latencies: Vec<Duration>,
}

impl Bot {
    /// The bot, with a dummy token, against a fresh plain fake.
    pub async fn start(config: Config, faq_dir: PathBuf) -> Bot {
        Bot::run(Fake::start().await, "fake-token", config, faq_dir)
    }

    /// The bot, with `token`, against `fake`.
    pub fn run(fake: Fake, token: &str, config: Config, faq_dir: PathBuf) -> Bot {
        let http = discord::http_builder(token, Some(&fake.rest_url));
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(discord::run(config, faq_dir, http, async {
            let _ = rx.await;
        }));
        Bot::new(fake, Some(tx), task)
    }

    /// Drives a bot that runs elsewhere (e.g. the `faqbot serve` binary):
    /// events and REST calls as usual, but nothing for [`Bot::stop`] to stop.
    pub fn drive(fake: Fake) -> Bot {
        Bot::new(fake, None, tokio::spawn(async { Ok(()) }))
    }

    fn new(
        fake: Fake,
        shutdown: Option<oneshot::Sender<()>>,
        task: tokio::task::JoinHandle<Result<(), discord::RunError>>,
    ) -> Bot {
        Bot {
            fake,
            shutdown,
            task,
            next_id: 10_000,
            injected: Instant::now(),
            latencies: Vec::new(),
        }
    }

    pub fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Waits for the next REST call matching `method path-prefix`.
    pub async fn expect(&mut self, method: &str, prefix: &str) -> Req {
        let matches = |r: &Req| r.method == method && r.path.starts_with(prefix);
        if let Some(i) = self.fake.backlog.iter().position(matches) {
            return self.fake.backlog.remove(i);
        }
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let r = tokio::time::timeout_at(deadline, self.fake.reqs.recv())
                .await
                .unwrap_or_else(|_| {
                    panic!(
                        "no {method} {prefix} within {WAIT:?}; saw {:?}",
                        self.fake.backlog
                    )
                })
                .expect("fake closed");
            if matches(&r) {
                return r;
            }
            self.fake.backlog.push(r);
        }
    }

    /// Waits for the command registration: global, or in `guild`.
    pub async fn registered(&mut self, guild: Option<u64>) -> Req {
        let path = match guild {
            Some(g) => format!("/api/v10/applications/{APP}/guilds/{g}/commands"),
            None => format!("/api/v10/applications/{APP}/commands"),
        };
        self.expect("PUT", &path).await
    }

    /// Injects a gateway event; `reply` waits for the REST call it causes and
    /// records the latency.
    pub async fn dispatch(&mut self, t: &str, d: Json, method: &str, prefix: &str) -> Req {
        self.injected = Instant::now();
        self.fake
            .events
            .send(json!({"op": 0, "t": t, "d": d}))
            .unwrap();
        let r = self.expect(method, prefix).await;
        self.latencies
            .push(r.at.saturating_duration_since(self.injected));
        r
    }

    /// Nothing is posted in any channel for `d` (within a short grace period).
    pub async fn dispatch_silent(&mut self, t: &str, d: Json) {
        let grace = Duration::from_millis(400);
        self.dispatch_silent_for(t, d, "/api/v10/channels/", grace)
            .await;
    }

    /// Nothing is POSTed under `prefix` for `d` within `wait`.
    pub async fn dispatch_silent_for(&mut self, t: &str, d: Json, prefix: &str, wait: Duration) {
        self.fake
            .events
            .send(json!({"op": 0, "t": t, "d": d}))
            .unwrap();
        let deadline = tokio::time::Instant::now() + wait;
        while let Ok(Some(r)) = tokio::time::timeout_at(deadline, self.fake.reqs.recv()).await {
            assert!(
                !(r.method == "POST" && r.path.starts_with(prefix)),
                "expected no POST under {prefix} within {wait:?}, got {r:?}"
            );
            self.fake.backlog.push(r);
        }
    }

    pub fn message(&mut self, channel: u64, author: u64, content: &str, guild: bool) -> Json {
        let id = self.id();
        let mut m = message_json(id, channel, user(author), content);
        if guild {
            m["guild_id"] = json!(GUILD.to_string());
        }
        if content.contains(&format!("<@{BOT}>")) {
            m["mentions"] = json!([bot_user()]);
        }
        if content.contains("@everyone") {
            m["mention_everyone"] = json!(true);
        }
        m
    }

    /// Injects the message event `m`; returns the bot's post in its channel,
    /// unchecked.
    pub async fn post(&mut self, m: Json) -> Req {
        let channel = m["channel_id"].as_str().unwrap().to_string();
        let prefix = format!("/api/v10/channels/{channel}/messages");
        self.dispatch("MESSAGE_CREATE", m, "POST", &prefix).await
    }

    /// A message; returns the bot's reply body.
    pub async fn say(&mut self, channel: u64, author: u64, content: &str, guild: bool) -> Json {
        let m = self.message(channel, author, content, guild);
        let id = m["id"].clone();
        let r = self.post(m).await;
        assert_eq!(
            r.body["message_reference"]["message_id"], id,
            "{:?}",
            r.body
        );
        assert_no_pings(&r.body);
        r.body
    }

    pub fn interaction(
        &mut self,
        kind: u8,
        channel: u64,
        who: u64,
        data: Json,
    ) -> (u64, String, Json) {
        let id = self.id();
        let token = format!("tok{id}");
        let d = json!({
            "id": id.to_string(), "application_id": APP.to_string(), "type": kind,
            "channel_id": channel.to_string(), "user": user(who), "token": token,
            "version": 1, "locale": "en-US", "entitlements": [],
            "attachment_size_limit": 8_388_608, "data": data
        });
        (id, token, d)
    }

    /// An interaction; returns the callback body.
    pub async fn interact(&mut self, d: (u64, String, Json)) -> Json {
        let (id, token, d) = d;
        let r = self
            .dispatch(
                "INTERACTION_CREATE",
                d,
                "POST",
                &format!("/api/v10/interactions/{id}/{token}/callback"),
            )
            .await;
        if r.body["data"].get("allowed_mentions").is_some() {
            assert_no_pings(&r.body["data"]);
        }
        r.body
    }

    /// Presses the button `custom_id` on the bot's message (in `channel`) as `who`.
    pub async fn press(&mut self, channel: u64, who: u64, custom_id: &str) -> Json {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        self.component(channel, who, data).await
    }

    /// Chooses `value` in the select menu `custom_id` of the bot's message.
    pub async fn select(&mut self, channel: u64, who: u64, custom_id: &str, value: &str) -> Json {
        let data = json!({"custom_id": custom_id, "component_type": 3, "values": [value]});
        self.component(channel, who, data).await
    }

    /// Uses a component of the bot's message (in `channel`) as `who`.
    async fn component(&mut self, channel: u64, who: u64, data: Json) -> Json {
        let mut message = message_json(900_000, channel, bot_user(), "");
        message["guild_id"] = json!(GUILD.to_string());
        let mut d = self.interaction(3, channel, who, data);
        d.2["message"] = message;
        d.2["guild_id"] = json!(GUILD.to_string());
        self.interact(d).await
    }

    pub async fn slash(
        &mut self,
        channel: u64,
        who: u64,
        sub: &str,
        opts: Json,
        perms: &str,
    ) -> Json {
        let mut d = self.interaction(
            2,
            channel,
            who,
            json!({"id": "77", "name": "faq", "type": 1,
                   "options": [{"name": sub, "type": 1, "options": opts}]}),
        );
        set_member(&mut d.2, who, perms);
        self.interact(d).await
    }

    /// `/faq reload` by an admin (Manage Server): deferred, then the edit of
    /// the deferred reply that reports the outcome.
    pub async fn admin_reload(&mut self, channel: u64, admin: u64) -> Req {
        let cb = self.slash(channel, admin, "reload", json!([]), "32").await;
        assert_eq!(cb["type"], 5, "deferred: {cb}");
        self.expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await
    }

    pub async fn stop(mut self) -> Vec<Duration> {
        let _ = self.shutdown.take().unwrap().send(());
        let r = tokio::time::timeout(WAIT, &mut self.task)
            .await
            .expect("the bot did not stop");
        r.unwrap().unwrap();
        self.latencies
    }
}

pub fn set_member(d: &mut Json, who: u64, perms: &str) {
    d["guild_id"] = json!(GUILD.to_string());
    d["member"] = json!({
        "user": user(who), "roles": [], "joined_at": "2025-01-01T00:00:00.000000+00:00",
        "deaf": false, "mute": false, "flags": 0, "permissions": perms
    });
    d.as_object_mut().unwrap().remove("user");
}

/// Nobody is pinged, except possibly the configured support role.
pub fn assert_no_pings(body: &Json) {
    let am = &body["allowed_mentions"];
    assert_eq!(am["parse"], json!([]), "{body}");
    assert_eq!(am["users"], json!([]), "{body}");
    let roles = am["roles"].as_array().expect("allowed_mentions.roles");
    assert!(
        roles.iter().all(|r| r == &json!(SUPPORT_ROLE.to_string())),
        "{body}"
    );
}

pub fn custom_ids(body: &Json) -> Vec<String> {
    let mut out = Vec::new();
    for row in body["components"].as_array().into_iter().flatten() {
        for c in row["components"].as_array().into_iter().flatten() {
            if let Some(id) = c["custom_id"].as_str() {
                out.push(id.to_string());
            }
        }
    }
    out
}

pub fn description(body: &Json) -> String {
    body["embeds"][0]["description"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

pub fn has(body: &Json, text: &str) -> bool {
    body.to_string().contains(text)
}

pub fn faq_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")
}

pub fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("faqbot-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A fresh copy of the repository's `faq/` in `temp_dir(name)`: the folder
/// and the copy.
pub fn faq_copy(name: &str) -> (PathBuf, PathBuf) {
    let dir = temp_dir(name);
    let faq = dir.join("faq");
    std::fs::create_dir_all(&faq).unwrap();
    for f in std::fs::read_dir(faq_dir()).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), faq.join(f.file_name())).unwrap();
    }
    (dir, faq)
}

pub fn test_config(dir: &Path) -> Config {
    Config {
        feedback_log: dir.join("feedback.jsonl"),
        support_role: Some(SUPPORT_ROLE),
        rate_limit_questions: 1000,
        watch_faq: false,
        ..Config::default()
    }
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// Runs a test's body with a time limit.
pub async fn within(secs: u64, f: impl std::future::Future<Output = ()>) {
    // A CI proxy must not capture the calls to 127.0.0.1.
    std::env::set_var("NO_PROXY", "127.0.0.1,localhost");
    tokio::time::timeout(Duration::from_secs(secs), f)
        .await
        .expect("the test took too long");
}
