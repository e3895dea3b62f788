//! A fake Discord on 127.0.0.1 for tests and examples: a hand-rolled
//! HTTP/1.1 REST server (keep-alive, Content-Length bodies) and a
//! tokio-tungstenite WebSocket gateway, plus a harness that runs the real
//! `faqbot serve` client against it and records the REST calls it makes.
//! Tests that need more (the raw requests, failing calls, the fake on a
//! thread of its own) say so through [`Rest`] and [`Fake::start_on_thread`].
//! Like Discord, it keeps the messages the bot creates and honours `nonce`
//! with `enforce_nonce` (a second message with a nonce already used is
//! not created: the first is returned), and refuses a second response to
//! an interaction (40060); see [`Posted`]. [`MessageFaults`] injects 500s,
//! 429s and 500s after the message was stored into message creations.
#![allow(dead_code)]

use faqbot::front::discord::send::Backoff;
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

/// Discord's channel types used here.
pub const GUILD_TEXT: u64 = 0;
pub const PUBLIC_THREAD: u64 = 11;
pub const PRIVATE_THREAD: u64 = 12;
pub const GUILD_FORUM: u64 = 15;

/// The channels the fake knows, by id, as Discord's channel objects. A
/// channel it doesn't know is an ordinary text channel (older tests never
/// declare theirs). Requests are checked against Discord's documented rules
/// for the channels it knows: no message in a forum (40058), no edit of an
/// archived thread unless it is unarchived in the same request (50083), at
/// most 5 applied tags, all of the forum's (50035), no thread in a thread
/// (50024), thread names of 1 to 100 characters (50035).
#[derive(Debug, Default)]
pub struct Channels {
    pub by_id: std::collections::HashMap<u64, Json>,
    /// Ids given to threads the bot starts.
    pub next_id: u64,
    /// Channels where private threads can't be made (no permission: 50013).
    pub no_private_threads: Vec<u64>,
}

pub type SharedChannels = Arc<Mutex<Channels>>;

pub fn forum_json(id: u64, tags: &[(u64, &str)]) -> Json {
    json!({
        "id": id.to_string(), "type": GUILD_FORUM, "guild_id": GUILD.to_string(),
        "name": format!("forum{id}"), "position": 0, "permission_overwrites": [],
        "nsfw": false,
        "available_tags": tags.iter().map(|(id, name)| json!({
            "id": id.to_string(), "name": name, "moderated": false,
            "emoji_id": null, "emoji_name": null
        })).collect::<Vec<_>>()
    })
}

pub fn thread_json(id: u64, parent: u64, owner: u64, name: &str, applied: &[u64]) -> Json {
    json!({
        "id": id.to_string(), "type": PUBLIC_THREAD, "guild_id": GUILD.to_string(),
        "parent_id": parent.to_string(), "owner_id": owner.to_string(), "name": name,
        "applied_tags": applied.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
        "thread_metadata": {"archived": false, "auto_archive_duration": 4320,
            "archive_timestamp": "2026-01-01T00:00:00.000000+00:00", "locked": false},
        "message_count": 0, "member_count": 1, "rate_limit_per_user": 0
    })
}

/// A GUILD_CREATE payload for [`GUILD`] with these channels and threads
/// (what serenity's cache is filled from).
pub fn guild_create_json(channels: &[Json], threads: &[Json]) -> Json {
    json!({
        "id": GUILD.to_string(), "name": "guild", "icon": null, "splash": null,
        "discovery_splash": null, "owner_id": "1", "afk_channel_id": null,
        "afk_timeout": 300, "verification_level": 0, "default_message_notifications": 0,
        "explicit_content_filter": 0, "roles": [], "emojis": [], "features": [],
        "mfa_level": 0, "application_id": null, "system_channel_id": null,
        "system_channel_flags": 0, "rules_channel_id": null, "vanity_url_code": null,
        "description": null, "banner": null, "premium_tier": 0,
        "preferred_locale": "en-US", "public_updates_channel_id": null, "nsfw_level": 0,
        "stickers": [], "premium_progress_bar_enabled": false,
        "joined_at": "2025-01-01T00:00:00.000000+00:00", "large": false,
        "unavailable": false, "member_count": 1, "voice_states": [], "members": [],
        "channels": channels, "threads": threads, "presences": [],
        "stage_instances": [], "guild_scheduled_events": []
    })
}

fn discord_error(status: u16, code: u64, message: &str) -> (u16, Json) {
    (status, json!({"code": code, "message": message}))
}

fn id_of(v: &Json) -> u64 {
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// Discord's rules for the channels the fake knows; `None`: no rule applies
/// (plain answer).
pub fn channel_rules(
    ch: &SharedChannels,
    method: &str,
    path: &str,
    body: &Json,
) -> Option<(u16, Json)> {
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    if parts.first() != Some(&"channels") {
        return None;
    }
    let id: u64 = parts.get(1)?.parse().ok()?;
    let mut c = ch.lock().unwrap();
    let kind = c.by_id.get(&id).map(|v| v["type"].as_u64().unwrap_or(0));
    match (method, &parts[2..]) {
        ("GET", []) => Some(match c.by_id.get(&id) {
            Some(v) => (200, v.clone()),
            None => discord_error(404, 10003, "Unknown Channel"),
        }),
        ("POST", ["messages"]) => match kind {
            Some(GUILD_FORUM) => Some(discord_error(
                400,
                40058,
                "Cannot send messages in a forum channel",
            )),
            Some(PUBLIC_THREAD | PRIVATE_THREAD) => {
                let t = c.by_id.get_mut(&id).unwrap();
                if t["thread_metadata"]["locked"] == true
                    && t["thread_metadata"]["archived"] == true
                {
                    return Some(discord_error(400, 50083, "Thread is archived"));
                }
                // Sending a message unarchives a thread that isn't locked.
                t["thread_metadata"]["archived"] = json!(false);
                None
            }
            _ => None,
        },
        ("PATCH", []) => {
            let Some(t) = c.by_id.get(&id).cloned() else {
                return Some(discord_error(404, 10003, "Unknown Channel"));
            };
            if !matches!(kind, Some(PUBLIC_THREAD | PRIVATE_THREAD)) {
                return None;
            }
            let archived = t["thread_metadata"]["archived"] == true;
            if archived && body.get("archived") != Some(&json!(false)) {
                return Some(discord_error(400, 50083, "Thread is archived"));
            }
            let mut t = t;
            if let Some(tags) = body.get("applied_tags") {
                let tags = tags.as_array().cloned().unwrap_or_default();
                let parent = id_of(&t["parent_id"]);
                let known: Vec<Json> = c
                    .by_id
                    .get(&parent)
                    .and_then(|f| f["available_tags"].as_array().cloned())
                    .unwrap_or_default()
                    .iter()
                    .map(|tag| tag["id"].clone())
                    .collect();
                if tags.len() > 5 || tags.iter().any(|tag| !known.contains(tag)) {
                    return Some(discord_error(
                        400,
                        50035,
                        "Invalid Form Body (applied_tags)",
                    ));
                }
                t["applied_tags"] = json!(tags);
            }
            for k in ["archived", "locked"] {
                if let Some(v) = body.get(k) {
                    t["thread_metadata"][k] = v.clone();
                }
            }
            c.by_id.insert(id, t.clone());
            Some((200, t))
        }
        ("POST", ["threads"]) => {
            let name = body["name"].as_str().unwrap_or_default();
            if !(1..=100).contains(&name.chars().count()) {
                return Some(discord_error(400, 50035, "Invalid Form Body (name)"));
            }
            let t = body["type"].as_u64().unwrap_or(PRIVATE_THREAD);
            match kind {
                Some(PUBLIC_THREAD | PRIVATE_THREAD) => {
                    return Some(discord_error(
                        400,
                        50024,
                        "Cannot execute action on this channel type",
                    ))
                }
                Some(GUILD_FORUM) if body.get("message").is_none() => {
                    return Some(discord_error(400, 50035, "Invalid Form Body (message)"))
                }
                _ => {}
            }
            if t == PRIVATE_THREAD && c.no_private_threads.contains(&id) {
                return Some(discord_error(403, 50013, "Missing Permissions"));
            }
            c.next_id += 1;
            let tid = 7_000_000 + c.next_id;
            let mut thread = thread_json(tid, id, BOT, name, &[]);
            thread["type"] = json!(t);
            c.by_id.insert(tid, thread.clone());
            Some((201, thread))
        }
        ("PUT", ["thread-members", _]) => Some((204, Json::Null)),
        _ => None,
    }
}

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
    /// Every IDENTIFY received, in order (one per shard connection).
    pub identifies: Arc<Mutex<Vec<Json>>>,
    /// Event streams of shards other than 0 (see [`Fake::shard_events`]).
    shard_streams: ShardStreams,
    /// Every request as it came over the wire, when [`Rest::record_raw`].
    pub raw: Arc<Mutex<Vec<Raw>>>,
    /// The channels it knows (forums, threads).
    pub channels: SharedChannels,
    /// The messages it created, the POSTs per nonce, the faults injected.
    pub posted: SharedPosted,
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
    /// The usual answer, this much later (the request is seen at once).
    Delay(Duration),
    /// 429 as Discord sends it: `{"message", "retry_after", "global"}` and
    /// a `Retry-After` header (whole seconds, rounded up).
    RateLimited { retry_after: f64 },
    /// The call takes effect (a message is stored), then this status is
    /// answered: what makes a naive retry post twice.
    AfterCommit(u16),
}

/// Picks the fault, if any, for a message creation from its nonce (`""`
/// without one) and how many times that nonce was POSTed before (0 on the
/// first attempt). Deciding by nonce and attempt, not by arrival order,
/// keeps a plan deterministic although the bot's handlers run concurrently.
pub type MessageFaults = Arc<dyn Fn(&str, u32) -> Option<Fault> + Send + Sync>;

/// What the fake injected on message creations, by kind.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Injected {
    pub status_500: u32,
    pub rate_limited: u32,
    pub after_commit: u32,
    pub other: u32,
}

/// Seeded faults on message creations: of the first `faulty` attempts of
/// each nonce, `p500`% answer 500, `p429`% 429 (`retry_after` 10 ms) and
/// `commit500`% store the message, then answer 500; later attempts go
/// through. The same seed gives the same faults for the same nonces.
pub fn seeded_message_faults(
    seed: u64,
    p500: u64,
    p429: u64,
    commit500: u64,
    faulty: u32,
) -> MessageFaults {
    Arc::new(move |nonce: &str, attempt: u32| {
        if attempt >= faulty {
            return None;
        }
        let mut h = seed ^ 0x9e37_79b9_7f4a_7c15;
        for b in nonce.bytes().chain(attempt.to_le_bytes()) {
            h = splitmix(h ^ u64::from(b));
        }
        let roll = h % 100;
        if roll < p500 {
            Some(Fault::Status(
                500,
                json!({"message": "500: Internal Server Error", "code": 0}),
            ))
        } else if roll < p500 + p429 {
            Some(Fault::RateLimited { retry_after: 0.01 })
        } else if roll < p500 + p429 + commit500 {
            Some(Fault::AfterCommit(500))
        } else {
            None
        }
    })
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// What the fake's REST has created: the bot's messages (kept to honour
/// `nonce` + `enforce_nonce`), the POSTs per nonce and the interactions
/// answered (a second response is refused with 40060, as Discord does).
#[derive(Debug, Default)]
pub struct Posted {
    /// Messages created, in order; each the request body plus `id`.
    pub messages: Vec<Json>,
    /// POSTs of message creations seen per nonce (`""`: none).
    pub posts: std::collections::HashMap<String, u32>,
    pub injected: Injected,
    /// Interactions already answered, by id.
    pub acknowledged: std::collections::HashSet<String>,
    next_id: u64,
}

pub type SharedPosted = Arc<Mutex<Posted>>;

/// A message creation's nonce as a string (`""` without one).
pub fn nonce_of(body: &Json) -> String {
    match &body["nonce"] {
        Json::String(s) => s.clone(),
        Json::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

impl Posted {
    /// Creates the bot's message `body` in `channel`, or, with
    /// `enforce_nonce` and a nonce already used by the bot, returns the
    /// message created then: Discord's rule for nonces ("if another message
    /// was created by the same author with the same nonce, that message
    /// will be returned and no new message will be created"; the fake
    /// forgets none).
    pub fn create(&mut self, channel: u64, body: &Json) -> Json {
        let nonce = nonce_of(body);
        let existing = (body["enforce_nonce"] == true && !nonce.is_empty())
            .then(|| self.messages.iter().find(|m| nonce_of(m) == nonce))
            .flatten();
        let id = match existing {
            Some(m) => id_of(&m["id"]),
            None => {
                self.next_id += 1;
                let id = 8_000_000 + self.next_id;
                let mut m = body.clone();
                m["id"] = json!(id.to_string());
                m["channel_id"] = json!(channel.to_string());
                self.messages.push(m);
                id
            }
        };
        let mut answer = message_json(id, channel, bot_user(), "");
        if !nonce.is_empty() {
            answer["nonce"] = body["nonce"].clone();
        }
        answer
    }

    /// The messages created in reply to message `id`.
    pub fn replies_to(&self, id: &str) -> Vec<&Json> {
        self.messages
            .iter()
            .filter(|m| m["message_reference"]["message_id"] == id)
            .collect()
    }
}

/// Picks the fault, if any, for a request path.
pub type Faults = Arc<dyn Fn(&str) -> Option<Fault> + Send + Sync>;

/// How the fake REST departs from plain Discord (by default it does not).
#[derive(Clone, Default)]
pub struct Rest {
    /// Keeps every request in [`Fake::raw`].
    pub record_raw: bool,
    pub faults: Option<Faults>,
    /// Shards recommended by `GET /gateway/bot` (1 when unset).
    pub shards: Option<u32>,
    /// Faults on message creations (after `faults`, which wins).
    pub message_faults: Option<MessageFaults>,
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
    channels: SharedChannels,
    shards: Option<u32>,
    message_faults: Option<MessageFaults>,
    posted: SharedPosted,
}

/// The channel of a message creation (`POST /channels/{id}/messages`).
fn message_post(method: &str, path: &str) -> Option<u64> {
    let rest = path.strip_prefix("/api/v10/channels/")?;
    let (id, tail) = rest.split_once('/')?;
    (method == "POST" && tail == "messages")
        .then(|| id.parse().ok())
        .flatten()
}

/// The interaction id of a response (`POST /interactions/{id}/{token}/callback`).
fn callback_of(method: &str, path: &str) -> Option<String> {
    let rest = path.strip_prefix("/api/v10/interactions/")?;
    let mut parts = rest.split('/');
    let id = parts.next()?;
    (method == "POST" && parts.nth(1) == Some("callback")).then(|| id.to_string())
}

/// The answer of plain Discord: the channel rules, the messages and
/// interaction responses it keeps, else [`rest_answer`].
fn answer_plain(c: &RestConn, method: &str, path: &str, body: &Json) -> (u16, Json) {
    if let Some(r) = channel_rules(&c.channels, method, path, body) {
        return r;
    }
    if let Some(channel) = message_post(method, path) {
        return (200, c.posted.lock().unwrap().create(channel, body));
    }
    if let Some(id) = callback_of(method, path) {
        if !c.posted.lock().unwrap().acknowledged.insert(id) {
            return discord_error(400, 40060, "Interaction has already been acknowledged.");
        }
    }
    let (status, mut answer) = rest_answer(method, path, c.port, &c.ws_url);
    if let (Some(n), "/api/v10/gateway/bot") = (c.shards, path) {
        answer["shards"] = json!(n);
    }
    (status, answer)
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
        let mut fault = c.faults.as_ref().and_then(|f| f(&path));
        if message_post(&method, &path).is_some() {
            let nonce = nonce_of(&body);
            let attempt = {
                let mut p = c.posted.lock().unwrap();
                let n = p.posts.entry(nonce.clone()).or_insert(0);
                *n += 1;
                *n - 1
            };
            if fault.is_none() {
                fault = c.message_faults.as_ref().and_then(|f| f(&nonce, attempt));
                let mut p = c.posted.lock().unwrap();
                let i = &mut p.injected;
                match &fault {
                    Some(Fault::Status(500, _)) => i.status_500 += 1,
                    Some(Fault::RateLimited { .. }) => i.rate_limited += 1,
                    Some(Fault::AfterCommit(_)) => i.after_commit += 1,
                    Some(_) => i.other += 1,
                    None => {}
                }
            }
        }
        let mut headers = String::new();
        let delay = match fault {
            Some(Fault::Delay(d)) => {
                fault = None;
                Some(d)
            }
            _ => None,
        };
        let (status, answer) = match fault {
            Some(Fault::Status(status, answer)) => (status, answer),
            Some(Fault::Delay(_)) => unreachable!("taken out above"),
            Some(Fault::RateLimited { retry_after }) => {
                headers = format!(
                    "retry-after: {}\r\nx-ratelimit-scope: user\r\n",
                    retry_after.ceil() as u64
                );
                (
                    429,
                    json!({"message": "You are being rate limited.",
                           "retry_after": retry_after, "global": false}),
                )
            }
            Some(Fault::AfterCommit(status)) => {
                let _ = answer_plain(&c, &method, &path, &body);
                (
                    status,
                    json!({"message": format!("{status}: Internal Server Error"), "code": 0}),
                )
            }
            Some(Fault::Drop) => {
                let _ = c.tx.send(Req {
                    method,
                    path,
                    body,
                    at,
                });
                return Ok(());
            }
            None => answer_plain(&c, &method, &path, &body),
        };
        let _ = c.tx.send(Req {
            method,
            path,
            body,
            at,
        });
        if let Some(d) = delay {
            tokio::time::sleep(d).await;
        }
        let resp = if status == 204 {
            "HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n".to_string()
        } else {
            let b = answer.to_string();
            let reason = match status {
                201 => "Created",
                400 => "Bad Request",
                403 => "Forbidden",
                404 => "Not Found",
                401 => "Unauthorized",
                429 => "Too Many Requests",
                500 => "Internal Server Error",
                _ => "OK",
            };
            format!(
                "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n{headers}content-length: {}\r\n\r\n{b}",
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
    identifies: Arc<Mutex<Vec<Json>>>,
    shard_streams: ShardStreams,
    ws_url: String,
) {
    let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 1000}});
    if ws.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    let mut seq = 1u64;
    // The handshake first, so that every shard's connection identifies even
    // while another one holds the events.
    let shard = loop {
        let Some(Ok(frame)) = ws.next().await else {
            return;
        };
        let Ok(text) = frame.to_text() else { continue };
        let Ok(v) = serde_json::from_str::<Json>(text) else {
            continue;
        };
        match v["op"].as_u64() {
            Some(1) => {
                let _ = ws
                    .send(WsMessage::Text(json!({"op": 11}).to_string()))
                    .await;
            }
            Some(2) => {
                *identified.lock().unwrap() = Some(v["d"].clone());
                identifies.lock().unwrap().push(v["d"].clone());

                let ready = json!({"op": 0, "s": seq, "t": "READY", "d": {
                    "v": 10, "user": bot_user(), "guilds": [], "session_id": "s",
                    "resume_gateway_url": ws_url, "application": {"id": APP.to_string(), "flags": 0}
                }});
                let _ = ws.send(WsMessage::Text(ready.to_string())).await;
                break v["d"]["shard"][0].as_u64().unwrap_or(0);
            }
            _ => {}
        }
    };
    let events = if shard == 0 {
        events
    } else {
        shard_stream(&shard_streams, shard).1
    };
    let mut events = events.lock().await;
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

/// The event stream of each shard above 0, by shard id: the connection that
/// IDENTIFYs as that shard takes it.
type EventStream = Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<Json>>>;
type ShardStreams =
    Arc<Mutex<std::collections::HashMap<u64, (mpsc::UnboundedSender<Json>, EventStream)>>>;

fn shard_stream(streams: &ShardStreams, shard: u64) -> (mpsc::UnboundedSender<Json>, EventStream) {
    streams
        .lock()
        .unwrap()
        .entry(shard)
        .or_insert_with(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            (tx, Arc::new(tokio::sync::Mutex::new(rx)))
        })
        .clone()
}

impl Fake {
    /// The sender of events for the connection of `shard` (0: [`Fake::events`]).
    /// Swap it into `events` to send a test's events to that shard.
    pub fn shard_events(&self, shard: u64) -> mpsc::UnboundedSender<Json> {
        if shard == 0 {
            return self.events.clone();
        }
        shard_stream(&self.shard_streams, shard).0
    }
}

/// A fake's servers before they listen: the other ends of its channels.
struct Servers {
    rest: Rest,
    tx: mpsc::UnboundedSender<Req>,
    events: mpsc::UnboundedReceiver<Json>,
    identified: Arc<Mutex<Option<Json>>>,
    identifies: Arc<Mutex<Vec<Json>>>,
    shard_streams: ShardStreams,
    raw: Arc<Mutex<Vec<Raw>>>,
    channels: SharedChannels,
    posted: SharedPosted,
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
            channels: self.channels,
            shards: self.rest.shards,
            message_faults: self.rest.message_faults,
            posted: self.posted,
        };
        tokio::spawn(async move {
            while let Ok((s, _)) = rest.accept().await {
                tokio::spawn(serve_rest(s, conn.clone()));
            }
        });
        let erx = Arc::new(tokio::sync::Mutex::new(self.events));
        let ident = self.identified;
        let idents = self.identifies;
        let streams = self.shard_streams;
        tokio::spawn(async move {
            while let Ok((s, _)) = gw.accept().await {
                tokio::spawn(serve_gateway(
                    s,
                    erx.clone(),
                    ident.clone(),
                    idents.clone(),
                    streams.clone(),
                    ws_url.clone(),
                ));
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
        let identifies = Arc::new(Mutex::new(Vec::new()));
        let shard_streams: ShardStreams = Arc::default();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let channels: SharedChannels = Arc::default();
        let posted: SharedPosted = Arc::default();
        let servers = Servers {
            rest,
            tx,
            events: erx,
            identified: identified.clone(),
            identifies: identifies.clone(),
            shard_streams: shard_streams.clone(),
            raw: raw.clone(),
            channels: channels.clone(),
            posted: posted.clone(),
        };
        let fake = Fake {
            rest_url: String::new(),
            reqs,
            backlog: Vec::new(),
            events,
            identified,
            identifies,
            shard_streams,
            raw,
            channels,
            posted,
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

    /// An interaction; returns the callback body, checked to ping nobody.
    pub async fn interact(&mut self, d: (u64, String, Json)) -> Json {
        let body = self.interact_raw(d).await;
        if body["data"].get("allowed_mentions").is_some() {
            assert_no_pings(&body["data"]);
        }
        body
    }

    /// An interaction; returns the callback body, unchecked.
    pub async fn interact_raw(&mut self, d: (u64, String, Json)) -> Json {
        let (id, token, d) = d;
        let r = self
            .dispatch(
                "INTERACTION_CREATE",
                d,
                "POST",
                &format!("/api/v10/interactions/{id}/{token}/callback"),
            )
            .await;
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
        // `reload` is the subcommand of `/faq-admin` (staff only).
        let name = if sub == "reload" { "faq-admin" } else { "faq" };
        self.command(name, channel, who, sub, opts, perms).await
    }

    /// A command `name` with subcommand `sub` (`/faq-admin reload` is the
    /// only subcommand of its command).
    pub async fn command(
        &mut self,
        name: &str,
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
            json!({"id": "77", "name": name, "type": 1,
                   "options": [{"name": sub, "type": 1, "options": opts}]}),
        );
        set_member(&mut d.2, who, perms);
        self.interact(d).await
    }

    /// Uses the button `custom_id` of the bot's message `message` as a
    /// member with `perms`.
    pub async fn press_as(
        &mut self,
        channel: u64,
        who: u64,
        custom_id: &str,
        message: u64,
        perms: &str,
    ) -> Json {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let mut m = message_json(message, channel, bot_user(), "");
        m["guild_id"] = json!(GUILD.to_string());
        let mut d = self.interaction(3, channel, who, data);
        d.2["message"] = m;
        set_member(&mut d.2, who, perms);
        self.interact(d).await
    }

    /// Declares a channel object (forum, thread) to the fake.
    pub fn add_channel(&mut self, c: Json) {
        let id = id_of(&c["id"]);
        self.fake.channels.lock().unwrap().by_id.insert(id, c);
    }

    pub fn channel(&self, id: u64) -> Json {
        self.fake.channels.lock().unwrap().by_id[&id].clone()
    }

    /// A new post `thread` in `forum` by `owner`: THREAD_CREATE, then its
    /// starter message; returns the bot's POST in the post.
    pub async fn forum_post(
        &mut self,
        forum: u64,
        thread: u64,
        owner: u64,
        title: &str,
        body: &str,
    ) -> Req {
        let mut t = thread_json(thread, forum, owner, title, &[]);
        self.add_channel(t.clone());
        t["newly_created"] = json!(true);
        self.fake
            .events
            .send(json!({"op": 0, "t": "THREAD_CREATE", "d": t}))
            .unwrap();
        let mut m = message_json(thread, thread, user(owner), body);
        m["guild_id"] = json!(GUILD.to_string());
        self.post(m).await
    }

    /// `/faq-admin reload` by an admin (Manage Server): deferred, then the
    /// edit of the deferred reply that reports the outcome.
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

/// The custom ids of `body`'s components, follow-up and pick buttons in
/// their unversioned form (`c:owner:fact:value`, `m:owner:fact`,
/// `p:owner:section`), which the bot still accepts: tests press those and
/// behave as before. [`raw_custom_ids`] has them as sent, with the FAQ
/// version and the section (`c~VERSION:owner:fact:value:section`).
pub fn custom_ids(body: &Json) -> Vec<String> {
    raw_custom_ids(body)
        .into_iter()
        .map(|id| unversioned(&id))
        .collect()
}

pub fn unversioned(id: &str) -> String {
    let Some((tag, rest)) = id.split_once('~') else {
        return id.to_string();
    };
    let parts: Vec<&str> = rest.split(':').skip(1).collect();
    let keep = match tag {
        "c" => 3,
        "m" => 2,
        _ => parts.len(),
    };
    format!("{tag}:{}", parts[..keep.min(parts.len())].join(":"))
}

pub fn raw_custom_ids(body: &Json) -> Vec<String> {
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
        // Retries of refused messages within milliseconds, not seconds.
        reply_retry: Backoff {
            base_ms: 5,
            cap_ms: 40,
            ..Backoff::default()
        },
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
