//! End to end: the real serenity client of `faqbot serve` against a fake
//! Discord on 127.0.0.1 (a hand-rolled HTTP/1.1 REST server and a
//! tokio-tungstenite WebSocket gateway), asserting on the REST bodies the
//! bot sends. No token, no internet; every wait has a timeout.

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

const BOT: u64 = 4242;
const APP: u64 = 4243;
const GUILD: u64 = 3001;
const SUPPORT_ROLE: u64 = 5005;
const WAIT: Duration = Duration::from_secs(15);

const KBW: &str = "section_kbw_s15_jgb";
const KBW_RULE: &str = "An ICP Filing is required if your domain name points to a node server in Mainland China and you need to activate web services.";
const HANGZHOU: &str = "my domain points to a server in Hangzhou, do I need ICP?";

/// One REST call the bot made.
#[derive(Debug, Clone)]
struct Req {
    method: String,
    path: String,
    body: Json,
    at: Instant,
}

/// The fake Discord: REST + gateway.
struct Fake {
    rest_url: String,
    reqs: mpsc::UnboundedReceiver<Req>,
    /// Requests received but not yet claimed by an `expect`.
    backlog: Vec<Req>,
    events: mpsc::UnboundedSender<Json>,
    identified: Arc<Mutex<Option<Json>>>,
}

fn message_json(id: u64, channel: u64, author: Json, content: &str) -> Json {
    json!({
        "id": id.to_string(), "channel_id": channel.to_string(), "author": author,
        "content": content, "timestamp": "2026-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false,
        "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 0
    })
}

fn user(id: u64) -> Json {
    json!({"id": id.to_string(), "username": format!("user{id}"), "discriminator": "0"})
}

fn bot_user() -> Json {
    json!({"id": BOT.to_string(), "username": "faqbot", "discriminator": "0", "bot": true})
}

/// Answers one REST call like Discord would (enough for serenity).
fn rest_answer(method: &str, path: &str, rest_port: u16, ws_url: &str) -> (u16, Json) {
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

async fn serve_rest(
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

async fn serve_gateway(
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
    async fn start() -> Fake {
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
struct Bot {
    fake: Fake,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), discord::RunError>>,
    next_id: u64,
    /// When the last event was injected.
    injected: Instant,
    latencies: Vec<Duration>,
}

impl Bot {
    async fn start(config: Config, faq_dir: PathBuf) -> Bot {
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

    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Waits for the next REST call matching `method path-prefix`.
    async fn expect(&mut self, method: &str, prefix: &str) -> Req {
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
    async fn dispatch(&mut self, t: &str, d: Json, method: &str, prefix: &str) -> Req {
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
    async fn dispatch_silent(&mut self, t: &str, d: Json) {
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

    fn message(&mut self, channel: u64, author: u64, content: &str, guild: bool) -> Json {
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
    async fn say(&mut self, channel: u64, author: u64, content: &str, guild: bool) -> Json {
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

    fn interaction(&mut self, kind: u8, channel: u64, who: u64, data: Json) -> (u64, String, Json) {
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
    async fn interact(&mut self, d: (u64, String, Json)) -> Json {
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
    async fn press(&mut self, channel: u64, who: u64, custom_id: &str) -> Json {
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

    async fn slash(&mut self, channel: u64, who: u64, sub: &str, opts: Json, perms: &str) -> Json {
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

    async fn stop(mut self) -> Vec<Duration> {
        let _ = self.shutdown.take().unwrap().send(());
        let r = tokio::time::timeout(WAIT, &mut self.task)
            .await
            .expect("the bot did not stop");
        r.unwrap().unwrap();
        self.latencies
    }
}

fn set_member(d: &mut Json, who: u64, perms: &str) {
    d["guild_id"] = json!(GUILD.to_string());
    d["member"] = json!({
        "user": user(who), "roles": [], "joined_at": "2025-01-01T00:00:00.000000+00:00",
        "deaf": false, "mute": false, "flags": 0, "permissions": perms
    });
    d.as_object_mut().unwrap().remove("user");
}

/// Nobody is pinged, except possibly the configured support role.
fn assert_no_pings(body: &Json) {
    let am = &body["allowed_mentions"];
    assert_eq!(am["parse"], json!([]), "{body}");
    assert_eq!(am["users"], json!([]), "{body}");
    let roles = am["roles"].as_array().expect("allowed_mentions.roles");
    assert!(
        roles.iter().all(|r| r == &json!(SUPPORT_ROLE.to_string())),
        "{body}"
    );
}

fn custom_ids(body: &Json) -> Vec<String> {
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

fn description(body: &Json) -> String {
    body["embeds"][0]["description"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Brings a reply about the Hangzhou question to the `web_service` follow-up:
/// directly, or through the "did you mean" button of section kbw.
async fn to_web_service(bot: &mut Bot, channel: u64, who: u64, body: Json) -> Json {
    let yes = format!("c:{who}:web_service:yes");
    if custom_ids(&body).contains(&yes) {
        return body;
    }
    let pick = format!("p:{who}:{KBW}");
    assert!(custom_ids(&body).contains(&pick), "{body}");
    let cb = bot.press(channel, who, &pick).await;
    assert_eq!(cb["type"], 7, "a pick updates the message in place: {cb}");
    assert!(custom_ids(&cb["data"]).contains(&yes), "{cb}");
    cb["data"].clone()
}

fn faq_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("faqbot-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn test_config(dir: &Path) -> Config {
    Config {
        feedback_log: dir.join("feedback.jsonl"),
        support_role: Some(SUPPORT_ROLE),
        rate_limit_questions: 1000,
        watch_faq: false,
        ..Config::default()
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

async fn main_flows(latencies: &mut Vec<Duration>) {
    let dir = temp_dir("main");
    let mut config = test_config(&dir);
    config.support_channels = vec![2900];
    let mut bot = Bot::start(config, faq_dir()).await;

    // READY → global command registration.
    let reg = bot
        .expect("PUT", &format!("/api/v10/applications/{APP}/commands"))
        .await;
    let cmd = &reg.body[0];
    assert_eq!(cmd["name"], "faq");
    let subs: Vec<&str> = cmd["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(subs, ["ask", "show", "list", "cancel", "reload"]);
    assert_eq!(cmd["options"][0]["options"][0]["autocomplete"], true);
    let ident = bot.fake.identified.lock().unwrap().clone().unwrap();
    assert_eq!(ident["token"], "Bot fake-token");

    // Mention → follow-up with buttons → someone else's press refused →
    // the asker's press → answer embed, updated in place.
    let (ch, alice, mallory) = (2001, 1001, 1002);
    let body = bot
        .say(ch, alice, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    let body = to_web_service(&mut bot, ch, alice, body).await;
    assert_eq!(
        custom_ids(&body)[..2],
        [
            format!("c:{alice}:web_service:yes"),
            format!("c:{alice}:web_service:no")
        ]
    );
    let refused = bot
        .press(ch, mallory, &format!("c:{alice}:web_service:yes"))
        .await;
    assert_eq!(refused["type"], 4, "{refused}");
    assert_eq!(refused["data"]["flags"], 64, "ephemeral: {refused}");
    assert!(refused["data"]["content"]
        .as_str()
        .unwrap()
        .contains("belongs to someone else"));
    let cb = bot
        .press(ch, alice, &format!("c:{alice}:web_service:yes"))
        .await;
    assert_eq!(cb["type"], 7, "updated in place: {cb}");
    assert_eq!(description(&cb["data"]), KBW_RULE);
    let embed = cb["data"]["embeds"][0].to_string();
    assert!(embed.contains(KBW), "{embed}");
    assert!(custom_ids(&cb["data"]).contains(&format!("f:u:{KBW}")));
    // The same button again: that question is no longer pending.
    let again = bot
        .press(ch, alice, &format!("c:{alice}:web_service:yes"))
        .await;
    assert_eq!(again["data"]["flags"], 64);
    // 👎 feedback is logged.
    let fb = bot.press(ch, mallory, &format!("f:d:{KBW}")).await;
    assert_eq!(fb["data"]["flags"], 64);

    // A typed reply (mentioning the bot) to a follow-up.
    let bob = 1003;
    let body = bot
        .say(ch, bob, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    to_web_service(&mut bot, ch, bob, body).await;
    let body = bot.say(ch, bob, &format!("<@{BOT}> yes"), true).await;
    assert_eq!(description(&body), KBW_RULE, "{body}");

    // A DM conversation: no mention needed.
    let (dm, carol) = (2004, 1004);
    let body = bot
        .say(
            dm,
            carol,
            "is an ICP filing required for second-level domain names?",
            false,
        )
        .await;
    assert_eq!(
        custom_ids(&body)[..3],
        [
            format!("c:{carol}:tld_filing:alibaba"),
            format!("c:{carol}:tld_filing:other"),
            format!("c:{carol}:tld_filing:none")
        ],
        "{body}"
    );
    let body = bot.say(dm, carol, "other", false).await;
    assert!(
        description(&body).starts_with("You need to apply for an ICP Filing in Alibaba Cloud"),
        "{body}"
    );

    // /faq ask with autocomplete: suggestions while typing, then the pick.
    let dave = 1005;
    let d = bot.interaction(
        4,
        ch,
        dave,
        json!({"id": "77", "name": "faq", "type": 1, "options": [{"name": "ask", "type": 1,
            "options": [{"name": "question", "type": 3, "value": "second-level dom", "focused": true}]}]}),
    );
    let ac = bot.interact(d).await;
    assert_eq!(ac["type"], 8, "{ac}");
    let choices = ac["data"]["choices"].as_array().unwrap();
    assert_eq!(choices[0]["value"], "section_fvv_dc5_jgb", "{ac}");
    let cb = bot
        .slash(
            ch,
            dave,
            "ask",
            json!([{"name": "question", "type": 3, "value": "section_fvv_dc5_jgb"}]),
            "0",
        )
        .await;
    assert_eq!(cb["type"], 4);
    assert_eq!(cb["data"]["flags"], 64, "ephemeral by default: {cb}");
    assert!(custom_ids(&cb["data"]).contains(&format!("c:{dave}:tld_filing:alibaba")));
    // Free text, posted publicly.
    let cb = bot
        .slash(
            ch,
            dave,
            "ask",
            json!([{"name": "question", "type": 3, "value": "do I need ICP if I do not purchase any ECS instances?"},
                   {"name": "public", "type": 5, "value": true}]),
            "0",
        )
        .await;
    assert_eq!(cb["type"], 4);
    assert!(cb["data"].get("flags").is_none_or(|f| f == 0), "{cb}");
    assert!(!cb["data"]["embeds"].as_array().unwrap().is_empty());
    // /faq list: a menu of every section.
    let cb = bot.slash(ch, dave, "list", json!([]), "0").await;
    assert_eq!(
        cb["data"]["components"][0]["components"][0]["options"]
            .as_array()
            .unwrap()
            .len(),
        8
    );

    // @everyone in a question pings nobody (only the support role is allowed).
    let body = bot
        .say(
            ch,
            1006,
            &format!("<@{BOT}> @everyone what is the weather on mars"),
            true,
        )
        .await;
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));
    assert_eq!(
        body["allowed_mentions"]["roles"],
        json!([SUPPORT_ROLE.to_string()])
    );
    assert!(!body.to_string().contains("@everyone"), "{body}");

    // Never answers bots; stays silent on unmentioned chatter, and in a
    // support channel unless confident.
    let mut m = bot.message(ch, 1007, &format!("<@{BOT}> {HANGZHOU}"), true);
    m["author"]["bot"] = json!(true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    let m = bot.message(ch, 1007, HANGZHOU, true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    let m = bot.message(2900, 1007, "anyone up for lunch?", true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    let body = bot
        .say(
            2900,
            1008,
            "is an ICP filing required for second-level domain names?",
            true,
        )
        .await;
    assert!(
        custom_ids(&body).iter().any(|c| c.contains("tld_filing")),
        "{body}"
    );

    latencies.extend(bot.stop().await);
    let log = std::fs::read_to_string(dir.join("feedback.jsonl")).unwrap();
    assert!(log.contains(r#""kind":"feedback""#), "{log}");
    assert!(log.contains(r#""kind":"miss""#), "{log}");
}

async fn expiry_and_rate_limit(latencies: &mut Vec<Duration>) {
    let dir = temp_dir("expiry");
    let mut config = test_config(&dir);
    config.session_timeout_secs = 1;
    config.rate_limit_questions = 3;
    let mut bot = Bot::start(config, faq_dir()).await;
    bot.expect("PUT", "/api/v10/applications/").await;
    let (ch, erin) = (2010, 1010);
    let body = bot
        .say(ch, erin, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    to_web_service(&mut bot, ch, erin, body).await;
    tokio::time::sleep(Duration::from_millis(1300)).await;
    let cb = bot
        .press(ch, erin, &format!("c:{erin}:web_service:yes"))
        .await;
    assert_eq!(cb["type"], 4, "{cb}");
    assert_eq!(cb["data"]["flags"], 64);
    assert!(
        cb["data"]["content"].as_str().unwrap().contains("expired"),
        "{cb}"
    );
    // Rate limit: one polite notice, then silence.
    let frank = 1011;
    for _ in 0..3 {
        bot.say(ch, frank, &format!("<@{BOT}> {HANGZHOU}"), true)
            .await;
    }
    let body = bot
        .say(ch, frank, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    assert!(
        body["content"].as_str().unwrap().contains("quickly"),
        "{body}"
    );
    let m = bot.message(ch, frank, &format!("<@{BOT}> {HANGZHOU}"), true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    latencies.extend(bot.stop().await);
}

async fn reload(latencies: &mut Vec<Duration>) {
    let dir = temp_dir("reload");
    let faq = dir.join("faq");
    std::fs::create_dir_all(&faq).unwrap();
    for f in std::fs::read_dir(faq_dir()).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), faq.join(f.file_name())).unwrap();
    }
    let mut config = test_config(&dir);
    config.guild_id = Some(GUILD);
    let mut bot = Bot::start(config, faq.clone()).await;
    // Guild-scoped registration when guild_id is configured.
    bot.expect(
        "PUT",
        &format!("/api/v10/applications/{APP}/guilds/{GUILD}/commands"),
    )
    .await;
    let (ch, grace, admin) = (2020, 1020, 1021);
    let cb = bot.slash(ch, grace, "reload", json!([]), "0").await;
    assert_eq!(cb["type"], 4);
    assert_eq!(cb["data"]["flags"], 64);
    assert!(cb["data"]["content"]
        .as_str()
        .unwrap()
        .contains("Manage Server"));

    // Break the folder; an admin's reload reports it and keeps the old FAQ.
    let rules = faq.join("icp-filing.toml");
    let mut text = std::fs::read_to_string(&rules).unwrap();
    text.push_str("\nthis is = = not toml\n");
    std::fs::write(&rules, text).unwrap();
    let cb = bot.slash(ch, admin, "reload", json!([]), "32").await;
    assert_eq!(cb["type"], 5, "deferred: {cb}");
    let edit = bot
        .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
        .await;
    assert!(edit.path.ends_with("/messages/@original"));
    let content = edit.body["content"].as_str().unwrap();
    assert!(content.contains("icp-filing.toml:"), "{content}");
    assert!(content.contains("last good FAQ"), "{content}");
    assert_no_pings(&edit.body);
    // The old FAQ keeps serving.
    let body = bot
        .say(
            ch,
            grace,
            "<@4242> is an ICP filing required for second-level domain names?",
            true,
        )
        .await;
    assert!(
        custom_ids(&body).iter().any(|c| c.contains("tld_filing")),
        "{body}"
    );
    // Fixed again: the reload succeeds.
    std::fs::copy(faq_dir().join("icp-filing.toml"), &rules).unwrap();
    let cb = bot.slash(ch, admin, "reload", json!([]), "32").await;
    assert_eq!(cb["type"], 5, "{cb}");
    let edit = bot
        .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
        .await;
    let content = edit.body["content"].as_str().unwrap();
    assert!(
        content.starts_with("Reloaded the FAQ: 8 sections"),
        "{content}"
    );
    latencies.extend(bot.stop().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_end_to_end() {
    // A CI proxy must not capture the calls to 127.0.0.1.
    std::env::set_var("NO_PROXY", "127.0.0.1,localhost");
    let mut latencies = Vec::new();
    tokio::time::timeout(Duration::from_secs(180), async {
        main_flows(&mut latencies).await;
        expiry_and_rate_limit(&mut latencies).await;
        reload(&mut latencies).await;
    })
    .await
    .expect("the end-to-end test took too long");
    let n = latencies.len();
    let max = latencies.iter().max().copied().unwrap_or_default();
    println!(
        "event -> REST reply: median {:.2} ms over {n} events (max {:.2} ms)",
        median(latencies).as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
}
