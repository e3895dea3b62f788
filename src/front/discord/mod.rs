//! The Discord front (`faqbot serve`): serenity 0.12 on tokio. It only
//! translates between Discord events and the engine's [`crate::Reply`]; the
//! matching and the rules live in the engine.
//!
//! [`run`] takes a serenity [`HttpBuilder`] so that tests can point the real
//! client at a fake Discord (`.proxy(url).ratelimiter_disabled(true)`).

pub mod config;
pub mod feedback;
pub mod forum;
pub mod handler;
pub mod render;
pub mod send;
pub mod sessions;
pub mod staff;
pub mod store;

pub use config::Config;

use crate::dialogue::{self, Pending, Reply, Session};
use crate::faq::Faq;
use crate::knowledge::LoadError;
use feedback::{Event, FeedbackLog};
use serenity::all::{ClientBuilder, GatewayIntents, HttpBuilder};
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use store::{Store, Stored, Write};

/// Longest question (in characters) given to the engine; the rest is cut.
pub const QUESTION_MAX: usize = 2000;

/// Why `serve` stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("the FAQ folder has errors:\n{0}")]
    Faq(#[source] LoadError),
    /// The configured `session_store` cannot be opened at start.
    #[error("cannot open the {0} (check session_store in the config, and that the store is up)")]
    Store(#[source] store::StoreError),
    #[error("Discord: {0}")]
    Discord(#[source] serenity::Error),
}

/// The HTTP client for Discord; `api_base` (e.g. a fake Discord's
/// `http://127.0.0.1:PORT`) replaces discord.com. The token is only handed
/// to serenity, never logged.
pub fn http_builder(token: &str, api_base: Option<&str>) -> HttpBuilder {
    let b = HttpBuilder::new(token);
    match api_base {
        // serenity only honours the proxy with its own ratelimiter off.
        Some(base) => b
            .proxy(base.trim_end_matches('/'))
            .ratelimiter_disabled(true),
        None => b,
    }
}

/// Shards `first..=last` of `total` (`faqbot serve --shards A-B --total-shards N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    /// `A-B` (or `A`) of `total`.
    pub fn parse(shards: &str, total: u32) -> Result<Self, ShardsError> {
        let bad = |source| ShardsError::NotARange {
            given: shards.to_string(),
            source,
        };
        let (a, b) = shards.split_once('-').unwrap_or((shards, shards));
        let first: u32 = a.trim().parse().map_err(bad)?;
        let last: u32 = b.trim().parse().map_err(bad)?;
        if first > last || last >= total {
            return Err(ShardsError::OutOfRange { first, last, total });
        }
        Ok(Self { first, last, total })
    }
}

/// A bad `--shards` argument.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShardsError {
    #[error("--shards must be A-B (e.g. 0-1), not {given:?}")]
    NotARange {
        given: String,
        #[source]
        source: std::num::ParseIntError,
    },
    #[error("--shards {first}-{last} must be within 0-{} (--total-shards {total})", total.saturating_sub(1))]
    OutOfRange { first: u32, last: u32, total: u32 },
}

/// Connects (autosharded) and serves until `shutdown` completes.
pub async fn run(
    config: Config,
    faq_dir: PathBuf,
    http: HttpBuilder,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    run_shards(config, faq_dir, http, None, shutdown).await
}

/// [`run`], with only the shards `shards` when given (autosharded otherwise).
pub async fn run_shards(
    config: Config,
    faq_dir: PathBuf,
    http: HttpBuilder,
    shards: Option<ShardRange>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let faq = {
        let dir = faq_dir.clone();
        // Warmed here, off the event loop: the first Chinese message then
        // doesn't pay for jieba's dictionary.
        tokio::task::spawn_blocking(move || Faq::load(&dir).inspect(|faq| faq.warm_up()))
            .await
            .expect("FAQ loading panicked")
            .map_err(RunError::Faq)?
    };
    tracing::info!(
        sections = faq.kb.sections.len(),
        dir = %faq_dir.display(),
        "FAQ loaded"
    );
    let mut intents =
        GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if config.needs_message_content() {
        // Privileged: only needed to read messages that don't mention the bot
        // (support channels, forum posts).
        intents |= GatewayIntents::MESSAGE_CONTENT;
    }
    let watch = config.watch_faq;
    let shared = {
        // A store that cannot be opened now is an error; one that fails
        // later leaves the bot answering from memory.
        let spec = config.store_spec();
        let (max, ttl) = (config.max_sessions, config.session_timeout());
        let store = tokio::task::spawn_blocking(move || Store::try_open(&spec, max, ttl))
            .await
            .expect("opening the session store panicked")
            .map_err(RunError::Store)?;
        Shared::with_store(config, faq_dir, faq, Arc::new(store))
    };
    let shared = Arc::new(shared);
    tracing::info!(store = %shared.store_name(), "conversations are kept in this store");
    let mut client = ClientBuilder::new_with_http(http.build(), intents)
        .event_handler(handler::Handler::new(shared.clone()))
        .await
        .map_err(RunError::Discord)?;
    let manager = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutting down");
        manager.shutdown_all().await;
    });
    let _watcher = if watch {
        watch_faq(shared.clone())
    } else {
        None
    };
    match shards {
        Some(r) => {
            tracing::info!(
                first = r.first,
                last = r.last,
                total = r.total,
                "starting shards"
            );
            // serenity's range end is the last shard, inclusive.
            client.start_shard_range(r.first..r.last, r.total).await
        }
        None => client.start_autosharded().await,
    }
    .map_err(RunError::Discord)?;
    // The shards are closed: no new events. Answer those already received
    // (their tasks would be dropped with the runtime).
    tokio::time::sleep(Duration::from_millis(50)).await;
    let left = shared.drain(SHUTDOWN_GRACE).await;
    if left > 0 {
        tracing::warn!(
            events = left,
            "stopping with events still being handled after {}s",
            SHUTDOWN_GRACE.as_secs()
        );
    }
    tracing::info!("stopped");
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Reloads the FAQ when its folder changes (debounced); the watcher lives
/// as long as the returned value.
fn watch_faq(shared: Arc<Shared>) -> Option<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let mut w = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        if ev.is_ok_and(|e| !e.kind.is_access()) {
            let _ = tx.send(());
        }
    })
    .map_err(|e| tracing::warn!(error = %e, "cannot watch the FAQ folder"))
    .ok()?;
    if let Err(e) = w.watch(&shared.faq_dir, RecursiveMode::Recursive) {
        tracing::warn!(error = %e, "cannot watch the FAQ folder");
        return None;
    }
    tokio::spawn(async move {
        while rx.recv().await.is_some() {
            // Debounce: an editor's save is several events.
            tokio::time::sleep(Duration::from_millis(500)).await;
            while rx.try_recv().is_ok() {}
            let s = shared.clone();
            match tokio::task::spawn_blocking(move || s.reload()).await {
                Ok(Ok(n)) => tracing::info!(sections = n, "FAQ folder changed: reloaded"),
                Ok(Err(e)) => {
                    tracing::warn!(
                        "FAQ folder changed but has errors; keeping the last good FAQ:\n{e}"
                    )
                }
                Err(_) => {}
            }
        }
    });
    Some(w)
}

/// What a message or a button did to a conversation.
#[derive(Debug)]
pub struct Turn {
    pub faq: Arc<Faq>,
    pub reply: Reply,
    /// A follow-up was pending before this message.
    pub was_pending: bool,
}

/// A button press on a conversation.
#[derive(Debug)]
pub enum Press {
    Done(Turn),
    /// The conversation timed out, was evicted, or never existed.
    Expired,
    /// The conversation has moved on (the question was already answered).
    Stale,
    /// A reload removed what the conversation was waiting for.
    Changed,
}

/// State shared by every shard's handler.
pub struct Shared {
    pub config: Config,
    pub faq_dir: PathBuf,
    /// The FAQ being served, its generation (bumped on each reload) and its
    /// version ([`faq_version`]).
    faq: RwLock<(Arc<Faq>, u64, u64)>,
    store: Arc<Store>,
    pub feedback: FeedbackLog,
    limiter: Mutex<RateLimiter>,
    cooldowns: Mutex<HashMap<u64, Instant>>,
    bot_id: AtomicU64,
    /// Forum posts (threads of a listed forum) by thread id.
    posts: Mutex<HashMap<u64, forum::Post>>,
    /// What each conversation asked last, for a hand-over to staff.
    asks: Mutex<HashMap<sessions::Key, (staff::Asked, Instant)>>,
    /// When the support role was last pinged for each user.
    staff_pings: Mutex<HashMap<u64, Instant>>,
    /// 👍/👎 per (answer message, user): one vote each, changeable.
    votes: Mutex<HashMap<(u64, u64), bool>>,
    /// Autocomplete's words of the FAQ, and the generation they are of.
    vocabulary: Mutex<(u64, Arc<handler::Vocabulary>)>,
    /// Events being handled now (see [`Shared::work`]).
    in_flight: std::sync::atomic::AtomicUsize,
}

/// How long `serve` waits, once told to stop, for the events it has
/// already received to be answered.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// One event being handled; see [`Shared::drain`].
pub struct Work<'a>(&'a Shared);

impl Drop for Work<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Bound of the small per-user maps kept by the front.
const MAP_MAX: usize = 50_000;

impl Shared {
    /// With the configured store (memory, with a warning, if it cannot be
    /// opened).
    pub fn new(config: Config, faq_dir: PathBuf, faq: Faq) -> Self {
        let store = Arc::new(Store::open(
            &config.store_spec(),
            config.max_sessions,
            config.session_timeout(),
        ));
        Self::with_store(config, faq_dir, faq, store)
    }

    pub fn with_store(config: Config, faq_dir: PathBuf, faq: Faq, store: Arc<Store>) -> Self {
        Self {
            feedback: FeedbackLog::with_store(config.feedback_log.clone(), store.clone()),
            store,
            limiter: Mutex::new(RateLimiter::new(
                config.rate_limit_questions,
                Duration::from_secs(config.rate_limit_window_secs),
            )),
            cooldowns: Mutex::new(HashMap::new()),
            faq: RwLock::new({
                let v = faq_version(&faq);
                (Arc::new(faq), 1, v)
            }),
            faq_dir,
            config,
            bot_id: AtomicU64::new(0),
            posts: Mutex::new(HashMap::new()),
            asks: Mutex::new(HashMap::new()),
            staff_pings: Mutex::new(HashMap::new()),
            votes: Mutex::new(HashMap::new()),
            vocabulary: Mutex::new((0, Arc::default())),
            in_flight: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// The FAQ and its autocomplete vocabulary (built once per reload).
    pub fn faq_and_vocabulary(&self) -> (Arc<Faq>, Arc<handler::Vocabulary>) {
        let (faq, generation) = self.faq_and_generation();
        let mut v = self.vocabulary.lock().unwrap_or_else(|e| e.into_inner());
        if v.0 != generation {
            *v = (generation, Arc::new(handler::Vocabulary::new(&faq)));
        }
        (faq, v.1.clone())
    }

    /// Remembers a thread of a listed forum.
    pub fn add_post(&self, thread: u64, post: forum::Post) {
        let mut p = self.posts.lock().unwrap_or_else(|e| e.into_inner());
        if p.len() >= MAP_MAX {
            p.clear();
        }
        p.insert(thread, post);
    }

    /// The forum post `thread`, if it is one of a listed forum seen so far.
    pub fn post(&self, thread: u64) -> Option<forum::Post> {
        self.posts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&thread)
            .cloned()
    }

    /// Remembers what `key` asked and was offered (for "Talk to staff").
    pub fn note_ask(&self, key: sessions::Key, question: Option<&str>, turn: &Turn) {
        let now = Instant::now();
        let mut a = self.asks.lock().unwrap_or_else(|e| e.into_inner());
        if a.len() >= MAP_MAX {
            let ttl = self.config.session_timeout();
            a.retain(|_, (_, t)| now.saturating_duration_since(*t) < ttl);
        }
        let e = a
            .entry(key)
            .or_insert_with(|| (staff::Asked::default(), now));
        e.1 = now;
        if let Some(q) = question.filter(|_| !turn.was_pending) {
            e.0 = staff::Asked {
                question: cut(q).to_string(),
                offered: Vec::new(),
            };
        }
        let offered = match &turn.reply {
            Reply::Clarify { candidates, .. } => {
                candidates.iter().map(|c| c.title.clone()).collect()
            }
            Reply::NoMatch { suggestions, .. } => {
                suggestions.iter().map(|c| c.title.clone()).collect()
            }
            Reply::Answer(a) => vec![a.title.clone()],
            Reply::Ask(q) => turn
                .faq
                .kb
                .section(&q.section)
                .map(|s| vec![s.title.clone()])
                .unwrap_or_default(),
            Reply::Reset { .. } => Vec::new(),
        };
        for o in offered {
            if !e.0.offered.contains(&o) {
                e.0.offered.push(o);
            }
        }
    }

    /// Marks an event as being handled until the returned guard drops.
    pub fn work(&self) -> Work<'_> {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        Work(self)
    }

    /// Waits until no event is being handled, at most `grace`; how many
    /// still are then.
    pub async fn drain(&self, grace: Duration) -> usize {
        let deadline = Instant::now() + grace;
        loop {
            let n = self.in_flight.load(Ordering::SeqCst);
            if n == 0 || Instant::now() >= deadline {
                return n;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// What `key` asked, and the facts its conversation gathered (as the
    /// FAQ's own "because" sentences).
    pub fn asked(&self, key: sessions::Key) -> (staff::Asked, Vec<String>) {
        let asked = self
            .asks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .map(|(a, _)| a.clone())
            .unwrap_or_default();
        let faq = self.faq();
        let facts = match self.store.get(key) {
            Some(Stored { session: s, .. }) => s
                .facts()
                .iter()
                .map(|(f, v)| staff::fact_line(&faq, f, v))
                .collect(),
            _ => Vec::new(),
        };
        (asked, facts)
    }

    /// Whether the support role may be pinged for `user` now (and arms the
    /// per-user cooldown when it may).
    pub fn take_staff_ping(&self, user: u64) -> bool {
        let now = Instant::now();
        let gap = Duration::from_secs(self.config.staff_ping_cooldown_secs);
        let mut p = self.staff_pings.lock().unwrap_or_else(|e| e.into_inner());
        if p.len() >= MAP_MAX {
            p.retain(|_, t| now.saturating_duration_since(*t) < gap);
        }
        match p.get(&user) {
            Some(t) if now.saturating_duration_since(*t) < gap => false,
            _ => {
                p.insert(user, now);
                true
            }
        }
    }

    /// Records `user`'s vote on the answer `message`: `None` if it is the
    /// same vote again, else the vote it replaces (`Some(None)`: a first vote).
    pub fn vote(&self, message: u64, user: u64, up: bool) -> Option<Option<bool>> {
        let mut v = self.votes.lock().unwrap_or_else(|e| e.into_inner());
        if v.len() >= MAP_MAX {
            v.clear();
        }
        match v.insert((message, user), up) {
            Some(old) if old == up => None,
            old => Some(old),
        }
    }

    pub fn faq(&self) -> Arc<Faq> {
        self.faq.read().unwrap_or_else(|e| e.into_inner()).0.clone()
    }

    fn faq_and_generation(&self) -> (Arc<Faq>, u64) {
        let g = self.faq.read().unwrap_or_else(|e| e.into_inner());
        (g.0.clone(), g.1)
    }

    /// The FAQ and its version ([`faq_version`]).
    pub fn faq_and_version(&self) -> (Arc<Faq>, u64) {
        let g = self.faq.read().unwrap_or_else(|e| e.into_inner());
        (g.0.clone(), g.2)
    }

    /// Where conversations are kept (for log lines).
    pub fn store_name(&self) -> String {
        self.store.describe()
    }

    pub fn bot_id(&self) -> u64 {
        self.bot_id.load(Ordering::Relaxed)
    }

    pub fn set_bot_id(&self, id: u64) {
        self.bot_id.store(id, Ordering::Relaxed);
    }

    /// Loads the folder again; on success swaps it in atomically, on failure
    /// keeps serving the last good FAQ. Blocking (file I/O).
    pub fn reload(&self) -> Result<usize, LoadError> {
        let faq = Faq::load(&self.faq_dir)?;
        faq.warm_up();
        let n = faq.kb.sections.len();
        let v = faq_version(&faq);
        let mut g = self.faq.write().unwrap_or_else(|e| e.into_inner());
        *g = (Arc::new(faq), g.1 + 1, v);
        Ok(n)
    }

    /// A stored session, revalidated when it was last checked against
    /// another FAQ version (the flag is false when its pending follow-up
    /// vanished).
    fn session(cur: Option<Stored>, faq: &Faq, version: u64) -> Option<(Session, bool)> {
        cur.map(
            |Stored {
                 session: mut s,
                 faq: v,
             }| {
                let ok = v == version || s.revalidate(faq);
                (s, ok)
            },
        )
    }

    /// One typed message of a conversation.
    pub fn converse(&self, key: sessions::Key, text: &str) -> Turn {
        let text = cut(text);
        self.step(key, |faq, s| dialogue::respond(faq, s, text))
    }

    /// A message nobody addressed to the bot (a support channel): the turn is
    /// kept only if `post(&turn)` says its reply will be posted, so a reply
    /// the user never sees leaves no follow-up or facts behind.
    pub fn converse_unprompted(
        &self,
        key: sessions::Key,
        text: &str,
        post: impl FnOnce(&Turn) -> bool,
    ) -> Option<Turn> {
        let text = cut(text);
        self.step_keep(key, |faq, s| dialogue::respond(faq, s, text), post)
    }

    /// Runs one dialogue step on `key`'s session (a fresh one if none is live).
    fn step(&self, key: sessions::Key, f: impl FnOnce(&Faq, &mut Session) -> Reply) -> Turn {
        self.step_keep(key, f, |_| true).expect("kept")
    }

    /// [`Shared::step`], storing the changed session only if `keep` says so.
    /// The conversation is locked across the engine step (in the store too),
    /// so two events of one user can't lose each other's update.
    fn step_keep(
        &self,
        key: sessions::Key,
        f: impl FnOnce(&Faq, &mut Session) -> Reply,
        keep: impl FnOnce(&Turn) -> bool,
    ) -> Option<Turn> {
        let (faq, version) = self.faq_and_version();
        self.store.transact(key, |cur| {
            let mut s = Self::session(cur, &faq, version)
                .map(|(s, _)| s)
                .unwrap_or_default();
            let before = s.clone();
            let was_pending = matches!(s.pending(), Some(Pending::Fact { .. }));
            let reply = f(&faq, &mut s);
            let turn = Turn {
                faq: faq.clone(),
                reply,
                was_pending,
            };
            let stored = |session| {
                Write::Put(Stored {
                    session,
                    faq: version,
                })
            };
            if keep(&turn) {
                (stored(s), Some(turn))
            } else {
                (stored(before), None)
            }
        })
    }

    /// Whether `key` has a follow-up (or pick) waiting for a typed answer.
    pub fn has_pending(&self, key: sessions::Key) -> bool {
        self.store
            .get(key)
            .is_some_and(|s| s.session.pending().is_some())
    }

    /// A button on a conversation: `step` says why when the session no
    /// longer waits for that (`Stale`) or a reload changed it (`Changed`).
    pub fn press(
        &self,
        key: sessions::Key,
        step: impl FnOnce(&Faq, &mut Session) -> Result<Reply, dialogue::Unchosen>,
    ) -> Press {
        let (faq, version) = self.faq_and_version();
        self.store.transact(key, |cur| {
            let Some((mut s, ok)) = Self::session(cur, &faq, version) else {
                return (Write::Keep, Press::Expired);
            };
            let stored = |session| {
                Write::Put(Stored {
                    session,
                    faq: version,
                })
            };
            if !ok {
                // This notice tells the user; the next typed message needn't.
                s.take_interrupted();
                return (stored(s), Press::Changed);
            }
            let was_pending = matches!(s.pending(), Some(Pending::Fact { .. }));
            match step(&faq, &mut s) {
                Ok(reply) => (
                    stored(s),
                    Press::Done(Turn {
                        faq: faq.clone(),
                        reply,
                        was_pending,
                    }),
                ),
                Err(dialogue::Unchosen::NotPending) => (Write::Keep, Press::Stale),
                Err(dialogue::Unchosen::UnknownValue) => (Write::Keep, Press::Changed),
            }
        })
    }

    /// Starts a section for `key` whatever its state (slash `show`, list menu).
    pub fn show(&self, key: sessions::Key, section: &crate::ids::SectionId) -> Turn {
        let mut turn = self.step(key, |faq, s| dialogue::show_section(faq, s, section));
        // A fresh start, not an answer to a pending follow-up.
        turn.was_pending = false;
        turn
    }

    pub fn forget(&self, key: sessions::Key) -> bool {
        self.store.delete(key)
    }

    pub fn session_count(&self) -> usize {
        self.store.count()
    }

    /// Per-user rate limit.
    pub fn rate(&self, user: u64) -> Rate {
        self.limiter
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .check(user, Instant::now())
    }

    /// Per-channel cooldown of unprompted answers; true (and armed) if free.
    /// Whether an unprompted answer in `channel` would still be inside the cooldown.
    pub fn cooling(&self, channel: u64) -> bool {
        let gap = Duration::from_secs(self.config.channel_cooldown_secs);
        let c = self.cooldowns.lock().unwrap_or_else(|e| e.into_inner());
        c.get(&channel)
            .is_some_and(|t| Instant::now().saturating_duration_since(*t) < gap)
    }

    pub fn take_cooldown(&self, channel: u64) -> bool {
        let now = Instant::now();
        let gap = Duration::from_secs(self.config.channel_cooldown_secs);
        let mut c = self.cooldowns.lock().unwrap_or_else(|e| e.into_inner());
        if c.len() > 10_000 {
            c.retain(|_, t| now.saturating_duration_since(*t) < gap);
        }
        match c.get(&channel) {
            Some(t) if now.saturating_duration_since(*t) < gap => false,
            _ => {
                c.insert(channel, now);
                true
            }
        }
    }

    /// Logs what the authors of the FAQ want to know about a turn.
    pub fn record(&self, turn: &Turn, question: Option<&str>) {
        match &turn.reply {
            Reply::Answer(a) => {
                let score = match question {
                    Some(q) if !turn.was_pending => dialogue::confidence(&turn.faq, cut(q)),
                    _ => 1.0,
                };
                self.feedback.record(Event::Answer {
                    section: a.section.to_string(),
                    score,
                });
                if score < self.config.low_score {
                    if let Some(q) = question {
                        self.feedback.record(Event::Miss {
                            question: q.to_string(),
                            reply: "low_score".into(),
                            score,
                        });
                    }
                }
            }
            Reply::NoMatch { .. } => {
                if let Some(q) = question.filter(|q| q.chars().any(char::is_alphanumeric)) {
                    self.feedback.record(Event::Miss {
                        question: q.to_string(),
                        reply: "no_match".into(),
                        score: dialogue::confidence(&turn.faq, cut(q)),
                    });
                }
            }
            _ => {}
        }
    }
}

/// A hash of what conversations depend on in `faq` (section ids, fact ids,
/// fact values): stable across processes, so a stored conversation or a
/// button from before a restart can tell whether the FAQ changed since.
pub fn faq_version(faq: &Faq) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut add = |s: &str| {
        for b in s.bytes().chain([0xff]) {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for s in &faq.kb.sections {
        add(s.id.as_str());
    }
    add("\u{1}facts");
    for f in &faq.kb.facts {
        add(f.id.as_str());
        for c in &f.choices {
            add(c.value.as_str());
        }
    }
    h
}

/// The short form of a FAQ version carried by buttons (6 hex digits).
pub fn short_version(v: u64) -> String {
    format!("{:06x}", v & 0xff_ffff)
}

/// At most [`QUESTION_MAX`] characters.
fn cut(text: &str) -> &str {
    match text.char_indices().nth(QUESTION_MAX) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// The rate limiter's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    Allow,
    /// Over the limit: tell the user once per window.
    Notice,
    /// Over the limit and already told.
    Drop,
}

/// Sliding window per user; bounded by forgetting idle users.
#[derive(Debug)]
pub struct RateLimiter {
    max: u32,
    window: Duration,
    users: HashMap<u64, (VecDeque<Instant>, bool)>,
}

impl RateLimiter {
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            window,
            users: HashMap::new(),
        }
    }

    pub fn check(&mut self, user: u64, now: Instant) -> Rate {
        if self.max == 0 {
            return Rate::Allow;
        }
        let window = self.window;
        if self.users.len() > 50_000 {
            self.users.retain(|_, (q, _)| {
                q.back()
                    .is_some_and(|t| now.saturating_duration_since(*t) < window)
            });
        }
        let (q, told) = self.users.entry(user).or_default();
        while q
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= window)
        {
            q.pop_front();
        }
        if q.len() < self.max as usize {
            q.push_back(now);
            *told = false;
            Rate::Allow
        } else if *told {
            Rate::Drop
        } else {
            *told = true;
            Rate::Notice
        }
    }
}

/// `faqbot report`: summarises the feedback log of `config`.
pub fn report(log: &Path) -> std::io::Result<()> {
    feedback::report(log, &mut std::io::stdout().lock())
}

/// Settings from `--config`, else `./faqbot.toml` when present, else defaults.
pub fn load_config(path: Option<&Path>) -> Result<Config, config::ConfigError> {
    match path {
        Some(p) => Config::load(p, true),
        None => Config::load(Path::new("faqbot.toml"), false),
    }
}

/// `faqbot serve`: logs, config, token, runtime; exit code for `main`.
pub fn serve_cli(
    config: Option<&Path>,
    faq_dir: PathBuf,
    shards: Option<ShardRange>,
) -> std::process::ExitCode {
    use std::io::IsTerminal;
    use std::process::ExitCode;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,serenity=warn".into())
        // At trace level the WebSocket library dumps every frame's bytes,
        // IDENTIFY (and so the token) included: never below debug.
        .add_directive("tungstenite=debug".parse().expect("static directive"))
        .add_directive("tokio_tungstenite=debug".parse().expect("static directive"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .try_init();
    let mut config = match load_config(config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("faqbot: {e}");
            return ExitCode::from(2);
        }
    };
    // The command line's `--semantic-model` wins over the config's.
    if crate::understanding::sentence::override_dir().is_none() {
        if let Some(dir) = &config.semantic_model {
            crate::understanding::sentence::set_override(Some(dir.clone()));
        }
    }
    // `serve` keeps conversations across restarts unless told otherwise.
    if config.session_store.is_none() {
        config.session_store = Some(store::SERVE_DEFAULT.into());
    }
    let token = match std::env::var("DISCORD_TOKEN") {
        Ok(t) if !t.trim().is_empty() => t,
        _ => {
            eprintln!("faqbot: set DISCORD_TOKEN to the bot's token");
            return ExitCode::from(2);
        }
    };
    let api_base = std::env::var("FAQBOT_DISCORD_API").ok();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("faqbot: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let http = http_builder(token.trim(), api_base.as_deref());
    drop(token);
    match rt.block_on(run_shards(config, faq_dir, http, shards, shutdown_signal())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e @ (RunError::Faq(_) | RunError::Store(_))) => {
            eprintln!("faqbot: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("faqbot: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `faqbot report`: the JSONL log `log`; else, when the config names an
/// SQLite or Redis `session_store`, the events of every process stored
/// there (`export`: also written as JSON Lines); else the config's
/// `feedback_log`.
pub fn report_cli(
    config: Option<&Path>,
    log: Option<PathBuf>,
    export: Option<PathBuf>,
) -> std::io::Result<()> {
    use std::io::{Error, ErrorKind};
    if let Some(l) = log {
        return report(&l);
    }
    let config = load_config(config).map_err(|e| Error::new(ErrorKind::InvalidInput, e))?;
    let spec = config.store_spec();
    if spec == store::Spec::Memory {
        if export.is_some() {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "--export needs an SQLite or Redis session_store in the config",
            ));
        }
        return report(&config.feedback_log);
    }
    let s = store::open(&spec, 1, config.session_timeout()).map_err(Error::other)?;
    let lines = s.events().map_err(Error::other)?;
    feedback::report_lines(&lines, export.as_deref(), &mut std::io::stdout().lock())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_notices_once_then_drops() {
        let t0 = Instant::now();
        let mut r = RateLimiter::new(2, Duration::from_secs(10));
        assert_eq!(r.check(1, t0), Rate::Allow);
        assert_eq!(r.check(1, t0), Rate::Allow);
        assert_eq!(r.check(1, t0), Rate::Notice);
        assert_eq!(r.check(1, t0), Rate::Drop);
        assert_eq!(r.check(2, t0), Rate::Allow);
        assert_eq!(r.check(1, t0 + Duration::from_secs(11)), Rate::Allow);
    }

    #[test]
    fn an_unprompted_reply_not_posted_leaves_the_session_as_it_was() {
        let dir = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/faq"));
        let faq = Faq::load(&dir).expect("bundled faq");
        let shared = Shared::new(Config::default(), dir, faq);
        let key = (7, 8);
        // Ambiguous: a clarify, which a support channel does not post.
        let kept = shared.converse_unprompted(key, "filing required?", |t| {
            !matches!(t.reply, Reply::Clarify { .. } | Reply::NoMatch { .. })
        });
        assert!(kept.is_none());
        assert!(
            !shared.has_pending(key),
            "no pick may wait for an unseen clarify"
        );
        // A posted one keeps its follow-up.
        let kept = shared.converse_unprompted(key, "Do subdomains need ICP filing?", |_| true);
        assert!(matches!(kept.map(|t| t.reply), Some(Reply::Ask(_))));
        assert!(shared.has_pending(key));
    }

    #[test]
    fn shard_ranges() {
        let r = |a: &str, n| ShardRange::parse(a, n);
        assert_eq!(
            r("0-1", 4),
            Ok(ShardRange {
                first: 0,
                last: 1,
                total: 4
            })
        );
        assert_eq!(r("3", 4).map(|r| (r.first, r.last)), Ok((3, 3)));
        assert!(r("1-0", 4).is_err());
        assert!(r("0-4", 4).is_err());
        assert!(r("x", 4).is_err());
    }

    #[test]
    fn cut_is_char_safe() {
        let s = "é".repeat(QUESTION_MAX + 10);
        assert_eq!(cut(&s).chars().count(), QUESTION_MAX);
    }
}
