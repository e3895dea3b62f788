//! A fake Discord on 127.0.0.1 for tests and examples: a hand-rolled
//! HTTP/1.1 REST server (keep-alive, Content-Length bodies) and a
//! tokio-tungstenite WebSocket gateway, plus a harness that runs the real
//! `faqbot serve` client against it and records the REST calls it makes.
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

pub async fn serve_rest(
    stream: TcpStream,
    tx: mpsc::UnboundedSender<Req>,
    port: u16,
    ws_url: String,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    loop {
        let mut line = String::new();
        if read.read_line(&mut line).await? == 0 {
            return Ok(());
        }
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
        let body: Json = serde_json::from_slice(&body).unwrap_or(Json::Null);
        let (status, answer) = rest_answer(&method, &path, port, &ws_url);
        let _ = tx.send(Req {
            method,
            path,
            body,
            at,
        });
        let resp = if status == 204 {
            "HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n".to_string()
        } else {
            let b = answer.to_string();
            format!(
                "HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{b}",
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

impl Fake {
    pub async fn start() -> Fake {
        let rest = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gw = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let rest_port = rest.local_addr().unwrap().port();
        let ws_url = format!("ws://127.0.0.1:{}/ws", gw.local_addr().unwrap().port());
        let (tx, reqs) = mpsc::unbounded_channel();
        let (events, erx) = mpsc::unbounded_channel();
        let erx = Arc::new(tokio::sync::Mutex::new(erx));
        let identified = Arc::new(Mutex::new(None));
        let url = ws_url.clone();
        tokio::spawn(async move {
            while let Ok((s, _)) = rest.accept().await {
                let (tx, url) = (tx.clone(), url.clone());
                tokio::spawn(serve_rest(s, tx, rest_port, url));
            }
        });
        let ident = identified.clone();
        tokio::spawn(async move {
            while let Ok((s, _)) = gw.accept().await {
                tokio::spawn(serve_gateway(s, erx.clone(), ident.clone(), ws_url.clone()));
            }
        });
        Fake {
            rest_url: format!("http://127.0.0.1:{rest_port}"),
            reqs,
            backlog: Vec::new(),
            events,
            identified,
        }
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
    pub async fn start(config: Config, faq_dir: PathBuf) -> Bot {
        let fake = Fake::start().await;
        let http = discord::http_builder("fake-token", Some(&fake.rest_url));
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(discord::run(config, faq_dir, http, async {
            let _ = rx.await;
        }));
        Bot {
            fake,
            shutdown: Some(tx),
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

    /// Nothing is sent for `d` (within a short grace period).
    pub async fn dispatch_silent(&mut self, t: &str, d: Json) {
        self.fake
            .events
            .send(json!({"op": 0, "t": t, "d": d}))
            .unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        while let Ok(r) = self.fake.reqs.try_recv() {
            assert!(
                !(r.method == "POST" && r.path.starts_with("/api/v10/channels/")),
                "expected silence, got {r:?}"
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

    /// A message; returns the bot's reply body.
    pub async fn say(&mut self, channel: u64, author: u64, content: &str, guild: bool) -> Json {
        let m = self.message(channel, author, content, guild);
        let id = m["id"].clone();
        let r = self
            .dispatch(
                "MESSAGE_CREATE",
                m,
                "POST",
                &format!("/api/v10/channels/{channel}/messages"),
            )
            .await;
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
        let mut message = message_json(900_000, channel, bot_user(), "");
        message["guild_id"] = json!(GUILD.to_string());
        let mut d = self.interaction(
            3,
            channel,
            who,
            json!({"custom_id": custom_id, "component_type": 2}),
        );
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
pub fn faq_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")
}

pub fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("faqbot-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
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
