//! What the session store adds per message, under load: many concurrent
//! conversations, each message one store transaction (lock, read, write,
//! unlock) around a real session from the engine. Reports the median and
//! p99 per message, peak RSS, and checks that no update was lost or
//! duplicated (each conversation counts its messages in the store).
//!
//! SQLite: 1,000 conversations in a temporary file. Redis: 10,000
//! conversations over two store instances (as two processes have), against
//! `$REDIS_URL`, else a `redis-server` this example starts on a free port
//! (skipped when there is none).
//!
//! `cargo run --release --example store_load [-- MESSAGES_PER_CONVERSATION]`
//! (`STORE_LOAD_THREADS=N` for another number of sending threads)

use faqbot::dialogue::{self, Session};
use faqbot::faq::Faq;
use faqbot::front::discord::store::{Spec, Store, Stored, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Threads sending messages (`$STORE_LOAD_THREADS`, default 16).
fn threads() -> usize {
    std::env::var("STORE_LOAD_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(16)
}

fn main() {
    let per: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let faq = Faq::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("faq"))
        .expect("bundled FAQ");
    let mut session = Session::new();
    dialogue::respond(
        &faq,
        &mut session,
        "my domain points to a server in Hangzhou, do I need ICP?",
    );
    println!(
        "a stored session: {} bytes",
        faqbot::front::discord::store::encode(&Stored {
            session: session.clone(),
            faq: 0
        })
        .len()
    );

    let dir = std::env::temp_dir().join(format!("faqbot-store-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let sqlite = Spec::Sqlite(dir.join("sessions.db"));
    let store = Arc::new(open(&sqlite));
    run("sqlite", &[store], 1_000, per, &session);
    let _ = std::fs::remove_dir_all(&dir);

    let mut server = None;
    let url = match std::env::var("REDIS_URL") {
        Ok(u) => Some(u),
        Err(_) => start_redis().map(|(child, port)| {
            server = Some(child);
            format!("redis://127.0.0.1:{port}/0")
        }),
    };
    match url {
        Some(url) => {
            let spec = Spec::Redis(url);
            let stores = [Arc::new(open(&spec)), Arc::new(open(&spec))];
            run("redis (2 instances)", &stores, 10_000, per, &session);
        }
        None => println!("redis: skipped (no $REDIS_URL and no redis-server on PATH)"),
    }
    if let Some(mut c) = server {
        let _ = c.kill();
        let _ = c.wait();
    }
}

fn open(spec: &Spec) -> Store {
    let s = Store::open(spec, 1_000_000, Duration::from_secs(900));
    assert_ne!(s.describe(), "memory", "the store did not open");
    s
}

/// `conversations` conversations of `per` messages each, spread over
/// [`threads`] threads and round-robin over `stores`.
fn run(name: &str, stores: &[Arc<Store>], conversations: u64, per: u64, session: &Session) {
    let threads = threads();
    let started = Instant::now();
    let mut handles = Vec::new();
    for t in 0..threads as u64 {
        let stores = stores.to_vec();
        let session = session.clone();
        handles.push(std::thread::spawn(move || {
            let mut times = Vec::new();
            for round in 0..per {
                for c in (t..conversations).step_by(threads) {
                    let store = &stores[((c + round) % stores.len() as u64) as usize];
                    let key = (1, 1_000_000 + c);
                    let t0 = Instant::now();
                    store.transact(key, |cur| {
                        let mut s = cur.unwrap_or(Stored {
                            session: session.clone(),
                            faq: 0,
                        });
                        s.faq += 1;
                        (Write::Put(s), ())
                    });
                    times.push(t0.elapsed());
                }
            }
            times
        }));
    }
    let mut times: Vec<Duration> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let wall = started.elapsed();
    times.sort();
    let q = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    let mut lost = 0;
    let mut duplicated = 0;
    for c in 0..conversations {
        match stores[0].get((1, 1_000_000 + c)).map(|s| s.faq) {
            Some(n) if n == per => {}
            Some(n) if n > per => duplicated += 1,
            _ => lost += 1,
        }
    }
    println!(
        "{name}: {conversations} conversations x {per} messages on {threads} threads in {:.2}s; \
         store per message: median {:.3} ms, p99 {:.3} ms, max {:.3} ms; \
         lost {lost}, duplicated {duplicated}; peak RSS {} MB",
        wall.as_secs_f64(),
        q(0.5).as_secs_f64() * 1e3,
        q(0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
        peak_rss_mb()
    );
    for s in stores {
        for c in 0..conversations {
            s.delete((1, 1_000_000 + c));
        }
    }
}

fn peak_rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map(|kb| kb / 1024)
        .unwrap_or(0)
}

/// A `redis-server` on a free loopback port.
fn start_redis() -> Option<(std::process::Child, u16)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = std::process::Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some((child, port));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}
