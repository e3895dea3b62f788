//! Where conversations live between events (`session_store` in
//! `faqbot.toml`): in this process's memory, in an SQLite file that
//! survives restarts, or in Redis, shared by several processes.
//!
//! Every store keeps a conversation for `session_timeout_secs` after its
//! last event (Redis: key expiry; SQLite: an `expires_at` column checked on
//! read and swept). A store that fails is never fatal: [`Store`] logs a
//! warning, serves from memory and tries the real store again later.

use super::sessions::{Key, Lookup, Sessions};
use crate::dialogue::Session;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Version of the stored form of a session; a stored session of another
/// version is dropped (with a log line) and the conversation starts afresh.
pub const FORMAT_VERSION: u32 = 1;

/// How long a Redis conversation lock is held at most (a process that dies
/// holding it frees it after this), and how long a second event waits for it.
const LOCK_HOLD: Duration = Duration::from_secs(10);
const LOCK_WAIT: Duration = Duration::from_secs(5);
/// The longest pause between two tries at a held Redis lock (the first is
/// 1 ms, then doubling): a try is one short round trip, so a few hundred a
/// second cost Redis little, while a long pause would be added whole to an
/// event that waited behind a holder which let go just after it looked.
const LOCK_POLL_MAX: Duration = Duration::from_millis(4);
/// In-process locks, a conversation's chosen by its key: many, so that two
/// events of unrelated users rarely wait for each other's round trips.
const STRIPES: usize = 1024;
/// How long a failed store is left alone before it is tried again.
const RETRY_AFTER: Duration = Duration::from_secs(10);

/// A conversation and the FAQ version it was last validated against.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub session: Session,
    /// [`super::faq_version`] of the FAQ the session was last checked with.
    pub faq: u64,
}

/// The stored form: a version, then the payload.
#[derive(Serialize, Deserialize)]
struct Record {
    version: u32,
    faq: u64,
    session: Session,
}

/// Serialises a session for a store.
pub fn encode(s: &Stored) -> Vec<u8> {
    serde_json::to_vec(&Record {
        version: FORMAT_VERSION,
        faq: s.faq,
        session: s.session.clone(),
    })
    .expect("a session serialises")
}

/// A stored session, or `None` (logged) when it is of an unknown version or
/// corrupt: the caller drops it.
pub fn decode(bytes: &[u8], key: Key) -> Option<Stored> {
    #[derive(Deserialize)]
    struct Head {
        version: u32,
    }
    match serde_json::from_slice::<Head>(bytes) {
        Ok(h) if h.version != FORMAT_VERSION => {
            tracing::warn!(
                channel = key.0,
                user = key.1,
                version = h.version,
                "stored session of an unknown version: dropped"
            );
            return None;
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(channel = key.0, user = key.1, error = %e, "corrupt stored session: dropped");
            return None;
        }
    }
    match serde_json::from_slice::<Record>(bytes) {
        Ok(r) => Some(Stored {
            session: r.session,
            faq: r.faq,
        }),
        Err(e) => {
            tracing::warn!(channel = key.0, user = key.1, error = %e, "corrupt stored session: dropped");
            None
        }
    }
}

/// What went wrong in a store (already names the store).
#[derive(Debug, thiserror::Error)]
#[error("session store {store}: {source}")]
pub struct StoreError {
    /// The store as shown ("sqlite:data/sessions.db", "redis://…@host/0").
    pub store: String,
    #[source]
    pub source: StoreFailure,
}

/// What failed under a session store.
#[derive(Debug, thiserror::Error)]
pub enum StoreFailure {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Redis(#[from] redis::RedisError),
}

impl StoreError {
    pub fn new(store: impl Into<String>, source: impl Into<StoreFailure>) -> Self {
        Self {
            store: store.into(),
            source: source.into(),
        }
    }
}

/// A place for conversations. Implementations are synchronous and short:
/// one round trip per call.
pub trait SessionStore: Send + Sync {
    /// For log lines (never a password).
    fn describe(&self) -> String;
    /// The live session of `key` (an expired one is `None`).
    fn get(&self, key: Key) -> Result<Option<Stored>, StoreError>;
    /// Stores `s`, to expire `ttl` after now.
    fn put(&self, key: Key, s: &Stored, ttl: Duration) -> Result<(), StoreError>;
    /// Forgets `key`'s session; whether there was one.
    fn delete(&self, key: Key) -> Result<bool, StoreError>;
    /// Holds `key`'s conversation against other processes (waiting for a
    /// holder to let go); `Some(token)` for [`SessionStore::unlock`], `None`
    /// if the wait timed out. Stores used by one process only need not lock:
    /// [`Store`] already serialises a conversation's events in-process.
    fn lock(&self, _key: Key) -> Result<Option<u64>, StoreError> {
        Ok(Some(0))
    }
    fn unlock(&self, _key: Key, _token: u64) -> Result<(), StoreError> {
        Ok(())
    }
    /// The start of an event: [`SessionStore::lock`], then
    /// [`SessionStore::get`] (a store over the network does both in one
    /// round trip). The token is `None` if the lock's wait timed out.
    fn begin(&self, key: Key) -> Result<(Option<u64>, Option<Stored>), StoreError> {
        let token = self.lock(key)?;
        Ok((token, self.get(key)?))
    }
    /// The end of an event: `write`, then [`SessionStore::unlock`] with
    /// `token` (in one round trip over the network).
    fn finish(
        &self,
        key: Key,
        token: Option<u64>,
        write: &Write,
        ttl: Duration,
    ) -> Result<(), StoreError> {
        match write {
            Write::Put(v) => self.put(key, v, ttl)?,
            Write::Delete => {
                self.delete(key)?;
            }
            Write::Keep => {}
        }
        match token {
            Some(t) => self.unlock(key, t),
            None => Ok(()),
        }
    }
    /// Live sessions, when the store can count them cheaply.
    fn count(&self) -> Option<usize> {
        None
    }
    /// Appends one feedback-log line (JSON), shared by every process using
    /// the store (memory keeps none: the JSONL file is the log).
    fn append_event(&self, _line: &str) -> Result<(), StoreError> {
        Ok(())
    }
    /// Every feedback-log line, oldest first.
    fn events(&self) -> Result<Vec<String>, StoreError> {
        Ok(Vec::new())
    }
}

/// Which store `session_store` names.
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    Memory,
    Sqlite(PathBuf),
    Redis(String),
}

/// A `session_store` setting that names no store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    #[error("session_store \"sqlite:PATH\" needs a path")]
    NoPath,
    #[error(
        "session_store must be \"memory\", \"sqlite:PATH\" or \"redis://HOST:PORT/DB\", not {0:?}"
    )]
    Unknown(String),
}

/// The `serve` default.
pub const SERVE_DEFAULT: &str = "sqlite:data/sessions.db";

impl Spec {
    pub fn parse(s: &str) -> Result<Spec, SpecError> {
        let s = s.trim();
        if s == "memory" {
            Ok(Spec::Memory)
        } else if let Some(p) = s.strip_prefix("sqlite:") {
            if p.is_empty() {
                return Err(SpecError::NoPath);
            }
            Ok(Spec::Sqlite(PathBuf::from(p)))
        } else if s.starts_with("redis://") {
            Ok(Spec::Redis(s.to_string()))
        } else {
            Err(SpecError::Unknown(s.to_string()))
        }
    }
}

/// Conversations in this process (today's behaviour): bounded in number,
/// least recently used evicted first.
pub struct MemoryStore {
    sessions: Mutex<Sessions>,
}

impl MemoryStore {
    pub fn new(max: usize, ttl: Duration) -> Self {
        Self {
            sessions: Mutex::new(Sessions::new(max, ttl)),
        }
    }

    fn lock_map(&self) -> MutexGuard<'_, Sessions> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SessionStore for MemoryStore {
    fn describe(&self) -> String {
        "memory".into()
    }
    fn get(&self, key: Key) -> Result<Option<Stored>, StoreError> {
        Ok(match self.lock_map().get(key, Instant::now()) {
            (Lookup::Live(session), faq) => Some(Stored { session, faq }),
            _ => None,
        })
    }
    fn put(&self, key: Key, s: &Stored, _ttl: Duration) -> Result<(), StoreError> {
        self.lock_map()
            .put(key, s.session.clone(), s.faq, Instant::now());
        Ok(())
    }
    fn delete(&self, key: Key) -> Result<bool, StoreError> {
        Ok(self.lock_map().remove(key))
    }
    fn count(&self) -> Option<usize> {
        Some(self.lock_map().len())
    }
}

fn unix_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Conversations in an SQLite file: they survive a restart. Meant for one
/// process (several processes share a Redis store instead).
pub struct SqliteStore {
    path: PathBuf,
    conn: Mutex<rusqlite::Connection>,
    /// Dropped with the store: stops the housekeeping thread.
    _housekeeping: Option<std::sync::mpsc::Sender<()>>,
}

/// How often the housekeeping thread checkpoints the WAL into the database
/// file, and how often it deletes expired rows.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);
const SWEEP_EVERY: Duration = Duration::from_secs(60);

impl SqliteStore {
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let store = format!("sqlite:{}", path.display());
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::new(&store, e))?;
        }
        let conn = rusqlite::Connection::open(path).map_err(|e| StoreError::new(&store, e))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| StoreError::new(&store, e))?;
        // WAL: a commit is an append, not an fsync of the whole file.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| StoreError::new(&store, e))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| StoreError::new(&store, e))?;
        // Checkpoints (which fsync) run on the housekeeping thread, not in
        // an event's commit; this is only the bound if that thread falls
        // behind (4,000 pages: ~16 MB of WAL).
        conn.pragma_update(None, "wal_autocheckpoint", 4000)
            .map_err(|e| StoreError::new(&store, e))?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS sessions (
                channel INTEGER NOT NULL,
                user INTEGER NOT NULL,
                data BLOB NOT NULL,
                expires_at INTEGER NOT NULL,
                PRIMARY KEY (channel, user)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);
            CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, line TEXT NOT NULL);",
        )
        .map_err(|e| StoreError::new(&store, e))?;
        let mut s = Self {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
            _housekeeping: None,
        };
        s.sweep()?;
        s._housekeeping = Self::housekeeping(path);
        Ok(s)
    }

    /// A thread with its own connection that checkpoints the WAL every
    /// [`CHECKPOINT_EVERY`] (passive: writers go on meanwhile) and deletes
    /// expired rows every [`SWEEP_EVERY`], until the returned sender is
    /// dropped. `None` (logged) if it cannot start: SQLite's own automatic
    /// checkpoints still bound the WAL.
    fn housekeeping(path: &Path) -> Option<std::sync::mpsc::Sender<()>> {
        let conn = rusqlite::Connection::open(path)
            .and_then(|c| c.busy_timeout(Duration::from_secs(5)).map(|_| c))
            .map_err(|e| {
                tracing::warn!(store = %path.display(), error = %e, "no SQLite housekeeping connection")
            })
            .ok()?;
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let shown = path.display().to_string();
        std::thread::Builder::new()
            .name("faqbot-sqlite".into())
            .spawn(move || {
                let mut swept = Instant::now();
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                    rx.recv_timeout(CHECKPOINT_EVERY)
                {
                    let r = conn
                        .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
                        .and_then(|_| {
                            if swept.elapsed() < SWEEP_EVERY {
                                return Ok(());
                            }
                            swept = Instant::now();
                            conn.execute(
                                "DELETE FROM sessions WHERE expires_at <= ?1",
                                rusqlite::params![unix_ms()],
                            )
                            .map(|_| ())
                        });
                    if let Err(e) = r {
                        tracing::debug!(store = %shown, error = %e, "SQLite housekeeping");
                    }
                }
            })
            .map_err(|e| tracing::warn!(error = %e, "no SQLite housekeeping thread"))
            .ok()?;
        Some(tx)
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::new(format!("sqlite:{}", self.path.display()), e)
    }

    fn conn(&self) -> MutexGuard<'_, rusqlite::Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Deletes the expired rows.
    pub fn sweep(&self) -> Result<usize, StoreError> {
        self.conn()
            .execute(
                "DELETE FROM sessions WHERE expires_at <= ?1",
                rusqlite::params![unix_ms()],
            )
            .map_err(|e| self.err(e))
    }
}

impl SessionStore for SqliteStore {
    fn describe(&self) -> String {
        format!("sqlite:{}", self.path.display())
    }
    fn get(&self, key: Key) -> Result<Option<Stored>, StoreError> {
        use rusqlite::OptionalExtension;
        let conn = self.conn();
        let row: Option<Vec<u8>> = conn
            .prepare_cached(
                "SELECT data FROM sessions WHERE channel = ?1 AND user = ?2 AND expires_at > ?3",
            )
            .and_then(|mut q| {
                q.query_row(
                    rusqlite::params![key.0 as i64, key.1 as i64, unix_ms()],
                    |r| r.get(0),
                )
                .optional()
            })
            .map_err(|e| self.err(e))?;
        let Some(bytes) = row else { return Ok(None) };
        match decode(&bytes, key) {
            Some(s) => Ok(Some(s)),
            None => {
                conn.execute(
                    "DELETE FROM sessions WHERE channel = ?1 AND user = ?2",
                    rusqlite::params![key.0 as i64, key.1 as i64],
                )
                .map_err(|e| self.err(e))?;
                Ok(None)
            }
        }
    }
    fn put(&self, key: Key, s: &Stored, ttl: Duration) -> Result<(), StoreError> {
        let data = encode(s);
        self.conn()
            .prepare_cached(
                "INSERT INTO sessions (channel, user, data, expires_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (channel, user) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
            )
            .and_then(|mut q| {
                q.execute(rusqlite::params![
                    key.0 as i64,
                    key.1 as i64,
                    data,
                    unix_ms().saturating_add(ttl.as_millis() as i64)
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(())
    }
    fn delete(&self, key: Key) -> Result<bool, StoreError> {
        self.conn()
            .execute(
                "DELETE FROM sessions WHERE channel = ?1 AND user = ?2",
                rusqlite::params![key.0 as i64, key.1 as i64],
            )
            .map(|n| n > 0)
            .map_err(|e| self.err(e))
    }
    fn append_event(&self, line: &str) -> Result<(), StoreError> {
        self.conn()
            .execute(
                "INSERT INTO feedback (line) VALUES (?1)",
                rusqlite::params![line],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }
    fn events(&self) -> Result<Vec<String>, StoreError> {
        let conn = self.conn();
        let mut q = conn
            .prepare("SELECT line FROM feedback ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = q
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
    fn count(&self) -> Option<usize> {
        self.conn()
            .query_row(
                "SELECT COUNT(*) FROM sessions WHERE expires_at > ?1",
                rusqlite::params![unix_ms()],
                |r| r.get::<_, i64>(0),
            )
            .ok()
            .map(|n| n as usize)
    }
}

/// Conversations in Redis, shared by every process of the bot: a key per
/// conversation with the timeout as its expiry, and a lock key per
/// conversation (`SET NX PX`, released only by its holder).
pub struct RedisStore {
    /// The URL without a password, for log lines.
    shown: String,
    client: redis::Client,
    pool: Mutex<Pool>,
    /// Signalled when a connection goes back to the pool or is closed.
    freed: std::sync::Condvar,
    /// Random per process: lock tokens of two processes never collide.
    nonce: u64,
    counter: AtomicU64,
}

/// The Redis list of feedback-log lines of every process.
const FEEDBACK_KEY: &str = "faqbot:feedback";

/// The most Redis connections a process opens. An event takes one only
/// for a round trip (not across the engine step), so a few serve thousands
/// of events a second; Redis runs commands one at a time, so more would not
/// serve them sooner. Without a bound, a stall of Redis (or of this process)
/// let every event arriving meanwhile open a connection of its own, just
/// when Redis was slowest to accept it: measured, a 30 ms pause of
/// redis-server grew two processes to ~900 connections and ~500 threads
/// each, and turned into 400 ms p99 for the whole run. Past the bound an
/// event waits for a connection to come back instead.
const POOL_MAX: usize = 16;
/// How long an event waits for a free connection before the store counts
/// as failing (as long as a round trip may take).
const POOL_WAIT: Duration = Duration::from_secs(2);

/// The connections of a [`RedisStore`]: idle ones, and how many are open
/// (idle or in use), which never exceeds [`POOL_MAX`].
#[derive(Default)]
struct Pool {
    idle: Vec<redis::Connection>,
    open: usize,
}

/// The end of an event in one round trip: the write (`put` with the data
/// and its expiry in ms, `del`, or `keep`), then the lock let go if it is
/// still this event's (KEYS: session, lock; ARGV: op, data, ms, token).
const FINISH: &str = "if ARGV[1] == 'put' then redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) \
     elseif ARGV[1] == 'del' then redis.call('del', KEYS[1]) end \
     if redis.call('get', KEYS[2]) == ARGV[4] then redis.call('del', KEYS[2]) end return 1";

const UNLOCK: &str =
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

impl RedisStore {
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let shown = match url.rsplit_once('@') {
            Some((_, host)) => format!("redis://…@{host}"),
            None => url.to_string(),
        };
        let client = redis::Client::open(url).map_err(|e| StoreError::new(&shown, e))?;
        let nonce = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(unix_ms() as u128 ^ (std::process::id() as u128) << 64);
            h.finish()
        };
        let s = Self {
            shown,
            client,
            pool: Mutex::new(Pool::default()),
            freed: std::sync::Condvar::new(),
            nonce,
            counter: AtomicU64::new(0),
        };
        // Fail now, with the store's name, if it is unreachable.
        s.with(|c| redis::cmd("PING").query::<String>(c))?;
        Ok(s)
    }

    /// Runs `f` on a pooled connection: an idle one, else a new one while
    /// fewer than [`POOL_MAX`] are open, else the next one given back
    /// (waiting at most [`POOL_WAIT`]). A connection that failed is closed.
    fn with<T>(
        &self,
        f: impl FnOnce(&mut redis::Connection) -> redis::RedisResult<T>,
    ) -> Result<T, StoreError> {
        let err = |e: redis::RedisError| StoreError::new(&self.shown, e);
        let pooled = {
            let deadline = Instant::now() + POOL_WAIT;
            let mut p = self.pool();
            loop {
                if let Some(c) = p.idle.pop() {
                    break Some(c);
                }
                if p.open < POOL_MAX {
                    // Counted now, opened outside the lock.
                    p.open += 1;
                    break None;
                }
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(StoreError::new(
                        &self.shown,
                        std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            format!(
                                "all {POOL_MAX} connections busy for {}s",
                                POOL_WAIT.as_secs()
                            ),
                        ),
                    ));
                }
                p = self
                    .freed
                    .wait_timeout(p, left)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        };
        let mut conn = match pooled {
            Some(c) => c,
            None => match self.connect() {
                Ok(c) => c,
                Err(e) => {
                    self.closed();
                    return Err(err(e));
                }
            },
        };
        match f(&mut conn) {
            Ok(v) => {
                self.pool().idle.push(conn);
                self.freed.notify_one();
                Ok(v)
            }
            Err(e) => {
                drop(conn);
                self.closed();
                Err(err(e))
            }
        }
    }

    fn pool(&self) -> MutexGuard<'_, Pool> {
        self.pool.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A connection was closed (or never opened): another may be opened.
    fn closed(&self) {
        self.pool().open -= 1;
        self.freed.notify_one();
    }

    /// A new connection, with timeouts so that a Redis that stops answering
    /// fails the event instead of hanging it.
    fn connect(&self) -> redis::RedisResult<redis::Connection> {
        let c = self
            .client
            .get_connection_with_timeout(Duration::from_secs(2))?;
        c.set_read_timeout(Some(Duration::from_secs(2)))?;
        c.set_write_timeout(Some(Duration::from_secs(2)))?;
        Ok(c)
    }

    fn key(key: Key) -> String {
        format!("faqbot:session:{}:{}", key.0, key.1)
    }

    /// Takes `key`'s lock (`SET NX PX`, waiting for a holder to let go, at
    /// most [`LOCK_WAIT`]), reading the session in the same round trip when
    /// `read`: the token (`None` if the wait timed out) and the stored bytes.
    fn lock_and_read(
        &self,
        key: Key,
        read: bool,
    ) -> Result<(Option<u64>, Option<Vec<u8>>), StoreError> {
        let token = self.nonce ^ self.counter.fetch_add(1, Ordering::Relaxed);
        let lk = Self::lock_key(key);
        let k = Self::key(key);
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            let mut pipe = redis::pipe();
            pipe.cmd("SET")
                .arg(&lk)
                .arg(token)
                .arg("NX")
                .arg("PX")
                .arg(LOCK_HOLD.as_millis() as u64);
            if read {
                pipe.cmd("GET").arg(&k);
            }
            let (got, bytes): (Option<String>, Option<Vec<u8>>) = if read {
                self.with(|c| pipe.query(c))?
            } else {
                (self.with(|c| pipe.query::<(Option<String>,)>(c))?.0, None)
            };
            if got.is_some() {
                return Ok((Some(token), bytes));
            }
            if start.elapsed() >= LOCK_WAIT {
                // Going ahead without the lock: read what is there now.
                let bytes = match read {
                    true => self.with(|c| redis::cmd("GET").arg(&k).query(c))?,
                    false => None,
                };
                return Ok((None, bytes));
            }
            // The holder is another process's event (this process's are
            // kept apart by the stripes), which lets go in about a millisecond;
            // the pause is on this event's own thread, holding no connection.
            std::thread::sleep(pause);
            pause = (pause * 2).min(LOCK_POLL_MAX);
        }
    }

    fn lock_key(key: Key) -> String {
        format!("faqbot:lock:{}:{}", key.0, key.1)
    }
}

impl SessionStore for RedisStore {
    fn describe(&self) -> String {
        self.shown.clone()
    }
    fn get(&self, key: Key) -> Result<Option<Stored>, StoreError> {
        let k = Self::key(key);
        let bytes: Option<Vec<u8>> = self.with(|c| redis::cmd("GET").arg(&k).query(c))?;
        let Some(bytes) = bytes else { return Ok(None) };
        match decode(&bytes, key) {
            Some(s) => Ok(Some(s)),
            None => {
                self.with(|c| redis::cmd("DEL").arg(&k).query::<i64>(c))?;
                Ok(None)
            }
        }
    }
    fn put(&self, key: Key, s: &Stored, ttl: Duration) -> Result<(), StoreError> {
        let ms = (ttl.as_millis() as u64).max(1);
        self.with(|c| {
            redis::cmd("SET")
                .arg(Self::key(key))
                .arg(encode(s))
                .arg("PX")
                .arg(ms)
                .query::<()>(c)
        })
    }
    fn delete(&self, key: Key) -> Result<bool, StoreError> {
        self.with(|c| redis::cmd("DEL").arg(Self::key(key)).query::<i64>(c))
            .map(|n| n > 0)
    }
    fn lock(&self, key: Key) -> Result<Option<u64>, StoreError> {
        Ok(self.lock_and_read(key, false)?.0)
    }
    fn begin(&self, key: Key) -> Result<(Option<u64>, Option<Stored>), StoreError> {
        let (token, bytes) = self.lock_and_read(key, true)?;
        let Some(bytes) = bytes else {
            return Ok((token, None));
        };
        match decode(&bytes, key) {
            Some(s) => Ok((token, Some(s))),
            None => {
                self.with(|c| redis::cmd("DEL").arg(Self::key(key)).query::<i64>(c))?;
                Ok((token, None))
            }
        }
    }
    fn finish(
        &self,
        key: Key,
        token: Option<u64>,
        write: &Write,
        ttl: Duration,
    ) -> Result<(), StoreError> {
        let mut cmd = redis::cmd("EVAL");
        cmd.arg(FINISH)
            .arg(2)
            .arg(Self::key(key))
            .arg(Self::lock_key(key));
        match write {
            Write::Put(v) => cmd
                .arg("put")
                .arg(encode(v))
                .arg((ttl.as_millis() as u64).max(1)),
            Write::Delete => cmd.arg("del").arg("").arg(0),
            Write::Keep => cmd.arg("keep").arg("").arg(0),
        };
        // No token (the lock's wait timed out) never matches a lock.
        cmd.arg(token.map(|t| t.to_string()).unwrap_or_default());
        self.with(|c| cmd.query::<i64>(c)).map(|_| ())
    }
    fn append_event(&self, line: &str) -> Result<(), StoreError> {
        self.with(|c| {
            redis::cmd("RPUSH")
                .arg(FEEDBACK_KEY)
                .arg(line)
                .query::<i64>(c)
        })
        .map(|_| ())
    }
    fn events(&self) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            redis::cmd("LRANGE")
                .arg(FEEDBACK_KEY)
                .arg(0)
                .arg(-1)
                .query(c)
        })
    }
    fn unlock(&self, key: Key, token: u64) -> Result<(), StoreError> {
        self.with(|c| {
            redis::cmd("EVAL")
                .arg(UNLOCK)
                .arg(1)
                .arg(Self::lock_key(key))
                .arg(token)
                .query::<i64>(c)
        })
        .map(|_| ())
    }
}

/// Opens the store `spec` names (an error names the store).
pub fn open(spec: &Spec, max: usize, ttl: Duration) -> Result<Box<dyn SessionStore>, StoreError> {
    Ok(match spec {
        Spec::Memory => Box::new(MemoryStore::new(max, ttl)),
        Spec::Sqlite(p) => Box::new(SqliteStore::open(p)?),
        Spec::Redis(url) => Box::new(RedisStore::open(url)?),
    })
}

/// What a transaction does with the conversation.
// Moved once per message: boxing the session would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Write {
    Put(Stored),
    Delete,
    Keep,
}

/// The store the front uses: the configured one, with memory as a fallback
/// while it fails, and a lock per conversation (in-process stripes, plus the
/// store's own lock across processes).
pub struct Store {
    primary: Option<Box<dyn SessionStore>>,
    memory: MemoryStore,
    /// Since when the primary store has been failing.
    failing: Mutex<Option<Instant>>,
    stripes: Vec<Mutex<()>>,
    ttl: Duration,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Store({})", self.describe())
    }
}

impl Store {
    /// A memory-only store.
    pub fn memory(max: usize, ttl: Duration) -> Self {
        Self::with_primary(None, max, ttl)
    }

    /// The store `spec` names; if it cannot be opened, memory, with a warning.
    pub fn open(spec: &Spec, max: usize, ttl: Duration) -> Self {
        if *spec == Spec::Memory {
            return Self::memory(max, ttl);
        }
        match open(spec, max, ttl) {
            Ok(s) => {
                tracing::info!(store = %s.describe(), "session store opened");
                Self::with_primary(Some(s), max, ttl)
            }
            Err(e) => {
                tracing::warn!(
                    error = %e,
                    "cannot open the session store: conversations are kept in memory only \
                     (lost on restart, not shared between processes)"
                );
                Self::memory(max, ttl)
            }
        }
    }

    /// The store `spec` names, or why it cannot be opened (naming it).
    pub fn try_open(spec: &Spec, max: usize, ttl: Duration) -> Result<Self, StoreError> {
        if *spec == Spec::Memory {
            return Ok(Self::memory(max, ttl));
        }
        let s = open(spec, max, ttl)?;
        tracing::info!(store = %s.describe(), "session store opened");
        Ok(Self::with_primary(Some(s), max, ttl))
    }

    pub fn with_primary(primary: Option<Box<dyn SessionStore>>, max: usize, ttl: Duration) -> Self {
        Self {
            primary,
            memory: MemoryStore::new(max, ttl),
            failing: Mutex::new(None),
            stripes: (0..STRIPES).map(|_| Mutex::new(())).collect(),
            ttl,
        }
    }

    pub fn describe(&self) -> String {
        match &self.primary {
            Some(p) => p.describe(),
            None => "memory".into(),
        }
    }

    /// The store to use now: the primary unless it failed recently.
    fn current(&self) -> &dyn SessionStore {
        match &self.primary {
            None => &self.memory,
            Some(p) => {
                let f = self.failing.lock().unwrap_or_else(|e| e.into_inner());
                match *f {
                    Some(t) if t.elapsed() < RETRY_AFTER => &self.memory,
                    _ => p.as_ref(),
                }
            }
        }
    }

    /// Records the outcome of a call to `used`; a failure is logged.
    fn outcome<T>(&self, used: &dyn SessionStore, r: Result<T, StoreError>) -> Option<T> {
        if std::ptr::addr_eq(used, &self.memory as &dyn SessionStore) {
            return r.ok();
        }
        let mut f = self.failing.lock().unwrap_or_else(|e| e.into_inner());
        match r {
            Ok(v) => {
                if f.take().is_some() {
                    tracing::warn!(store = %used.describe(), "session store is back");
                }
                Some(v)
            }
            Err(e) => {
                tracing::warn!(
                    error = %e,
                    "session store failed: answering from memory (a conversation in flight may restart); retrying in {}s",
                    RETRY_AFTER.as_secs()
                );
                *f = Some(Instant::now());
                None
            }
        }
    }

    fn stripe(&self, key: Key) -> MutexGuard<'_, ()> {
        let i = (key.0.wrapping_mul(31) ^ key.1).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54;
        self.stripes[i as usize % self.stripes.len()]
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f`, which may wait on the network (a Redis round trip, another
    /// process's lock), without stalling the other tasks of the runtime's
    /// worker (heartbeats, other users' events).
    fn offload<R>(&self, f: impl FnOnce() -> R) -> R {
        use tokio::runtime::{Handle, RuntimeFlavor};
        let multi =
            Handle::try_current().is_ok_and(|h| h.runtime_flavor() == RuntimeFlavor::MultiThread);
        if self.primary.is_some() && multi {
            tokio::task::block_in_place(f)
        } else {
            f()
        }
    }

    /// The live session of `key`.
    pub fn get(&self, key: Key) -> Option<Stored> {
        self.offload(|| self.get_now(key))
    }

    fn get_now(&self, key: Key) -> Option<Stored> {
        let s = self.current();
        match self.outcome(s, s.get(key)) {
            Some(v) => v,
            None => self.memory.get(key).ok().flatten(),
        }
    }

    pub fn delete(&self, key: Key) -> bool {
        self.offload(|| self.delete_now(key))
    }

    fn delete_now(&self, key: Key) -> bool {
        let _g = self.stripe(key);
        let s = self.current();
        let mem = self.memory.delete(key).unwrap_or(false);
        self.outcome(s, s.delete(key)).unwrap_or(false) || mem
    }

    pub fn count(&self) -> usize {
        self.current().count().unwrap_or(0)
    }

    /// Appends a feedback-log line to the store's database (none in memory).
    pub fn append_event(&self, line: &str) {
        self.offload(|| {
            let s = self.current();
            let _ = self.outcome(s, s.append_event(line));
        })
    }

    /// Runs one event of `key`'s conversation: no other event of it (in this
    /// process, or in another one sharing the store) runs in between.
    pub fn transact<R>(&self, key: Key, f: impl FnOnce(Option<Stored>) -> (Write, R)) -> R {
        self.offload(|| self.transact_now(key, f))
    }

    fn transact_now<R>(&self, key: Key, f: impl FnOnce(Option<Stored>) -> (Write, R)) -> R {
        let _g = self.stripe(key);
        let mut s = self.current();
        let (token, current) = match self.outcome(s, s.begin(key)) {
            Some((token, current)) => {
                if token.is_none() {
                    tracing::warn!(
                        channel = key.0,
                        user = key.1,
                        "a conversation stayed locked for {}s: going ahead",
                        LOCK_WAIT.as_secs()
                    );
                }
                (token, current)
            }
            None => {
                s = &self.memory;
                (None, self.memory.get(key).ok().flatten())
            }
        };
        let (write, r) = f(current);
        let result = s.finish(key, token, &write, self.ttl);
        if self.outcome(s, result).is_none() {
            if let Write::Put(v) = &write {
                let _ = self.memory.put(key, v, self.ttl);
            }
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(faq: u64) -> Stored {
        Stored {
            session: Session::new(),
            faq,
        }
    }

    #[test]
    fn specs() {
        assert_eq!(Spec::parse("memory"), Ok(Spec::Memory));
        assert_eq!(
            Spec::parse("sqlite:data/s.db"),
            Ok(Spec::Sqlite("data/s.db".into()))
        );
        assert!(matches!(
            Spec::parse("redis://127.0.0.1:6379/0"),
            Ok(Spec::Redis(_))
        ));
        assert!(Spec::parse("sqlite:").is_err());
        assert!(Spec::parse("postgres://x").is_err());
    }

    #[test]
    fn unknown_versions_and_garbage_are_dropped() {
        let good = encode(&stored(7));
        assert_eq!(decode(&good, (1, 2)), Some(stored(7)));
        let v2 = String::from_utf8(good)
            .unwrap()
            .replace("\"version\":1", "\"version\":2");
        assert_eq!(decode(v2.as_bytes(), (1, 2)), None);
        assert_eq!(decode(b"{not json", (1, 2)), None);
        assert_eq!(decode(br#"{"version":1,"faq":"x"}"#, (1, 2)), None);
    }

    fn temp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("faqbot-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn sqlite_keeps_sessions_across_opens_and_expires_them() {
        let path = temp("reopen").join("s.db");
        let ttl = Duration::from_secs(60);
        {
            let s = SqliteStore::open(&path).unwrap();
            s.put((1, 2), &stored(5), ttl).unwrap();
            s.put((1, 3), &stored(5), Duration::from_millis(1)).unwrap();
        }
        std::thread::sleep(Duration::from_millis(5));
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.get((1, 2)).unwrap(), Some(stored(5)));
        assert_eq!(s.get((1, 3)).unwrap(), None, "expired on read");
        assert_eq!(s.count(), Some(1), "and swept on open");
        assert!(s.delete((1, 2)).unwrap());
        assert_eq!(s.get((1, 2)).unwrap(), None);
        // A corrupt row is dropped, not an error.
        s.conn()
            .execute(
                "INSERT INTO sessions VALUES (9, 9, x'00ff', ?1)",
                rusqlite::params![unix_ms() + 60_000],
            )
            .unwrap();
        assert_eq!(s.get((9, 9)).unwrap(), None);
        assert_eq!(s.count(), Some(0));
        s.append_event("{\"a\":1}").unwrap();
        s.append_event("{\"b\":2}").unwrap();
        assert_eq!(s.events().unwrap(), ["{\"a\":1}", "{\"b\":2}"]);
    }

    #[test]
    fn an_unusable_store_degrades_to_memory() {
        // A directory where the database file should be: cannot open.
        let dir = temp("unwritable");
        std::fs::create_dir_all(dir.join("s.db")).unwrap();
        let store = Store::open(&Spec::Sqlite(dir.join("s.db")), 10, Duration::from_secs(60));
        assert_eq!(store.describe(), "memory");
        store.transact((1, 2), |cur| {
            assert!(cur.is_none());
            (Write::Put(stored(3)), ())
        });
        assert_eq!(store.get((1, 2)), Some(stored(3)));
        // Redis that isn't there (port 1 is never a Redis server).
        let store = Store::open(
            &Spec::Redis("redis://127.0.0.1:1/0".into()),
            10,
            Duration::from_secs(60),
        );
        assert_eq!(store.describe(), "memory");
    }

    /// A store that fails after opening.
    struct Broken;
    impl SessionStore for Broken {
        fn describe(&self) -> String {
            "broken".into()
        }
        fn get(&self, _: Key) -> Result<Option<Stored>, StoreError> {
            Err(StoreError::new("broken", std::io::Error::other("down")))
        }
        fn put(&self, _: Key, _: &Stored, _: Duration) -> Result<(), StoreError> {
            Err(StoreError::new("broken", std::io::Error::other("down")))
        }
        fn delete(&self, _: Key) -> Result<bool, StoreError> {
            Err(StoreError::new("broken", std::io::Error::other("down")))
        }
    }

    #[test]
    fn a_store_that_goes_away_leaves_memory_serving() {
        let store = Store::with_primary(Some(Box::new(Broken)), 10, Duration::from_secs(60));
        store.transact((1, 2), |_| (Write::Put(stored(4)), ()));
        assert_eq!(store.get((1, 2)), Some(stored(4)));
        assert!(store.delete((1, 2)));
        assert_eq!(store.get((1, 2)), None);
    }
}
