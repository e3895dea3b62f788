//! What the session store adds per message, under load, as `faqbot serve`
//! uses it: worker processes, each with a multi-thread tokio runtime, run
//! many concurrent conversations; every message is one store transaction
//! (lock, read, the engine's step on the session, write, unlock) through
//! the same `Store::transact` the Discord front calls. The time the store
//! adds is the transaction's time less the engine step inside it.
//!
//! - SQLite: 1,000 conversations, one process, a temporary database file.
//! - Redis: 10,000 conversations over two processes sharing one Redis
//!   (`$REDIS_URL`, else a `redis-server` this example starts on a free
//!   loopback port; skipped when there is none). A conversation's messages
//!   alternate between the two processes, so each one continues what the
//!   other stored.
//!
//! Open loop: each conversation sends its messages `--gap-ms` apart (the
//! conversations' starts spread over the first gap), so the offered rate is
//! conversations / gap whatever the store does. Before the clock starts,
//! each worker runs one unmeasured second of the same traffic on other
//! conversations: a bot is measured running, not in its first second. At the end each
//! conversation's message counter in the store must equal the messages sent
//! (fewer: an update was lost; more: one was applied twice).
//!
//! `cargo run --release --example store_load [-- --per 5 --gap-ms 5000]`
//! prints, per store: messages and rate, the store's median / p99 / max per
//! message, lost and duplicated conversations, each process's peak RSS and
//! peak thread count (a message waiting on the store holds a thread), and
//! for Redis the connections the server accepted in all.

use faqbot::dialogue::{self, Session};
use faqbot::faq::Faq;
use faqbot::front::discord::store::{Spec, Store, Stored, Write};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The messages users type, in turn (a question, a follow-up answer, ...).
const MESSAGES: [&str; 3] = [
    "my domain points to a server in Hangzhou, do I need ICP?",
    "yes",
    "do I need ICP filing for a subdomain?",
];

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("worker") {
        return worker(&args[2..]);
    }
    let per = arg("--per", 5);
    let gap = arg("--gap-ms", 5_000);

    let dir = std::env::temp_dir().join(format!("faqbot-store-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let sqlite = format!("sqlite:{}", dir.join("sessions.db").display());
    let conv = arg("--sqlite-conversations", 1_000);
    run("sqlite", &sqlite, 1, conv, per, gap);
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
            let conv = arg("--redis-conversations", 10_000);
            run("redis", &url, 2, conv, per, gap);
            if let Some(mem) = redis_memory(&url).filter(|_| conv > 0) {
                println!("  redis-server: {mem}");
            }
        }
        None => println!("redis: skipped (no $REDIS_URL and no redis-server on PATH)"),
    }
    if let Some(mut c) = server {
        let _ = c.kill();
        let _ = c.wait();
    }
}

fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn open(spec: &str) -> Store {
    let spec = Spec::parse(spec).expect("a store spec");
    let s = Store::open(&spec, 1_000_000, Duration::from_secs(900));
    assert_ne!(s.describe(), "memory", "the store did not open");
    s
}

fn key(c: u64) -> (u64, u64) {
    (1, 1_000_000 + c)
}

/// `procs` worker processes on the store `spec`; prints the figures.
fn run(name: &str, spec: &str, procs: u64, conversations: u64, per: u64, gap: u64) {
    if conversations == 0 || per == 0 {
        return;
    }
    // Start together, once every worker has loaded the FAQ (a few hundred
    // ms) and warmed up (one second).
    let start_at = unix_ms() + 3_000;
    let exe = std::env::current_exe().expect("this example's path");
    let children: Vec<_> = (0..procs)
        .map(|i| {
            Command::new(&exe)
                .arg("worker")
                .args([spec.to_string(), i.to_string(), procs.to_string()])
                .args([conversations, per, gap, start_at].map(|n| n.to_string()))
                .stdout(Stdio::piped())
                .spawn()
                .expect("a worker process")
        })
        .collect();
    let mut times = Vec::new();
    let mut rss = Vec::new();
    let mut cpu = Vec::new();
    let mut engine = Vec::new();
    let mut pings = Vec::new();
    let mut threads = Vec::new();
    for mut c in children {
        let out = BufReader::new(c.stdout.take().unwrap());
        for line in out.lines().map_while(Result::ok) {
            if let Some(kb) = line.strip_prefix("rss_kb ") {
                rss.push(kb.parse::<u64>().unwrap_or(0) / 1024);
            } else if let Some(n) = line.strip_prefix("ping ") {
                pings.push(n.parse::<u64>().unwrap_or(0));
            } else if let Some(n) = line.strip_prefix("threads ") {
                threads.push(n.parse::<u64>().unwrap_or(0));
            } else if let Some(n) = line.strip_prefix("cpu_ms ") {
                cpu.push(n.parse::<u64>().unwrap_or(0));
            } else if let Some((t, e)) = line.split_once(' ') {
                times.push(t.parse::<u64>().unwrap_or(0));
                engine.push(e.parse::<u64>().unwrap_or(0));
            }
        }
        assert!(c.wait().is_ok_and(|s| s.success()), "a worker failed");
    }
    times.sort_unstable();
    engine.sort_unstable();
    pings.sort_unstable();
    let eq = |p: f64| engine[((engine.len() as f64 * p) as usize).min(engine.len() - 1)];
    let ms = |ns: u64| ns as f64 / 1e6;
    let q = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];

    let store = open(spec);
    let (mut lost, mut duplicated) = (0, 0);
    for c in 0..conversations {
        match store.get(key(c)).map(|s| s.faq) {
            Some(n) if n == per => {}
            Some(n) if n > per => duplicated += 1,
            _ => lost += 1,
        }
        store.delete(key(c));
    }
    println!(
        "{name}: {conversations} conversations x {per} messages over {procs} process(es), \
         one message per conversation every {:.1}s ({:.0} messages/s offered)\n  \
         store per message: median {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} messages)\n  \
         lost {lost}, duplicated {duplicated}\n  \
         peak RSS per process: {} MB; CPU per process: {} ms; peak threads per process: {}\n  \
         (engine step, not counted: median {:.3} ms, p99 {:.3} ms)",
        gap as f64 / 1e3,
        conversations as f64 * 1e3 / gap as f64,
        ms(q(0.5)),
        ms(q(0.99)),
        ms(*times.last().unwrap_or(&0)),
        times.len(),
        rss.iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" / "),
        cpu.iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" / "),
        threads
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" / "),
        ms(eq(0.5)),
        ms(eq(0.99)),
    );
    if !pings.is_empty() {
        let pq = |p: f64| pings[((pings.len() as f64 * p) as usize).min(pings.len() - 1)];
        println!(
            "  (the floor: a bare Redis PING round trip meanwhile: median {:.3} ms, p99 {:.3} ms)",
            ms(pq(0.5)),
            ms(pq(0.99))
        );
    }
}

/// One worker process: its share of every conversation's messages (message
/// `m` of conversation `c` is this process's when `(c + m) % procs == me`).
/// Prints the store's time of each message in ns, then its peak RSS.
fn worker(args: &[String]) {
    let n = |i: usize| args[i].parse::<u64>().expect("a number");
    let (spec, me, procs) = (args[0].clone(), n(1), n(2));
    let (conversations, per, gap, start_at) = (n(3), n(4), n(5), n(6));
    let faq = Arc::new(
        Faq::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("faq"))
            .expect("bundled FAQ"),
    );
    let store = Arc::new(open(&spec));
    let no_engine = std::env::var("STORE_LOAD_NO_ENGINE").is_ok();
    // As `faqbot serve`: a multi-thread runtime, a worker per core.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    // The floor: a bare PING round trip to the same Redis (16 connections),
    // timed like the store (blocking, off the runtime's workers), for one
    // message in ten: what one round trip costs on this machine meanwhile.
    let ping = spec.starts_with("redis://").then(|| {
        let client = redis::Client::open(spec.as_str()).expect("a Redis URL");
        let pool: Vec<_> = (0..16)
            .map(|_| std::sync::Mutex::new(client.get_connection().expect("a Redis connection")))
            .collect();
        Arc::new(pool)
    });
    // The most threads this process had (sampled): every message waiting
    // on the store holds one of the runtime's blocking threads, so a burst
    // of them shows here.
    std::thread::spawn(|| loop {
        PEAK_THREADS.fetch_max(threads(), Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(10));
    });
    let times = rt.block_on(async move {
        // Not measured: one second of the same traffic on conversations of
        // its own, so that the clock starts on a process in its running
        // state (the runtime's blocking threads and the store's connections
        // exist, as in a bot that has been up a while), not on its first
        // second, whose thread and connection start-up used to make up
        // most of the slow messages.
        let warm = (conversations * 1_000 / gap / procs).max(1);
        let w0 = tokio::time::Instant::now();
        let warming: Vec<_> = (0..warm)
            .map(|i| {
                let (store, faq) = (store.clone(), faq.clone());
                tokio::spawn(async move {
                    tokio::time::sleep_until(w0 + Duration::from_micros(i * 1_000_000 / warm))
                        .await;
                    let k = (2 + me, i);
                    store.transact(k, |cur| {
                        let mut s = cur.unwrap_or(Stored {
                            session: Session::new(),
                            faq: 0,
                        });
                        dialogue::respond(&faq, &mut s.session, MESSAGES[(i % 3) as usize]);
                        (Write::Put(s), ())
                    });
                    store.delete(k);
                })
            })
            .collect();
        for w in warming {
            w.await.expect("a warm-up task");
        }
        if unix_ms() > start_at {
            eprintln!(
                "worker {me}: warmed up {} ms after the start: the first messages were late",
                unix_ms() - start_at
            );
        }
        let start =
            tokio::time::Instant::now() + Duration::from_millis(start_at.saturating_sub(unix_ms()));
        let mut tasks = Vec::new();
        for c in 0..conversations {
            let (store, faq, ping) = (store.clone(), faq.clone(), ping.clone());
            // Starts spread over the first gap.
            let offset = Duration::from_millis(c * gap / conversations);
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                let mut pings = Vec::new();
                for m in 0..per {
                    tokio::time::sleep_until(start + offset + Duration::from_millis(m * gap)).await;
                    if (c + m) % procs != me {
                        continue;
                    }
                    if let Some(p) = ping.as_ref().filter(|_| (c + m) % 10 == 0) {
                        let t0 = Instant::now();
                        tokio::task::block_in_place(|| {
                            let mut conn = p[(c % 16) as usize].lock().unwrap();
                            redis::cmd("PING").query::<String>(&mut *conn)
                        })
                        .expect("PING");
                        pings.push(t0.elapsed());
                    }
                    let text = MESSAGES[((c + m) % MESSAGES.len() as u64) as usize];
                    let t0 = Instant::now();
                    let engine = store.transact(key(c), |cur| {
                        let mut s = cur.unwrap_or(Stored {
                            session: Session::new(),
                            faq: 0,
                        });
                        let e0 = Instant::now();
                        if !no_engine {
                            dialogue::respond(&faq, &mut s.session, text);
                        }
                        let engine = e0.elapsed();
                        // The FAQ-version field counts the messages.
                        s.faq += 1;
                        (Write::Put(s), engine)
                    });
                    times.push((t0.elapsed().saturating_sub(engine), engine));
                }
                (times, pings)
            }));
        }
        let (mut all, mut pings) = (Vec::new(), Vec::new());
        for t in tasks {
            let (t, p) = t.await.expect("a conversation task");
            all.extend(t);
            pings.extend(p);
        }
        (all, pings)
    });
    let (times, pings) = times;
    use std::io::Write as _;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (t, e) in &times {
        let _ = writeln!(out, "{} {}", t.as_nanos(), e.as_nanos());
    }
    for p in pings {
        let _ = writeln!(out, "ping {}", p.as_nanos());
    }
    let _ = writeln!(out, "cpu_ms {}", cpu_ms());
    let _ = writeln!(out, "threads {}", PEAK_THREADS.load(Ordering::Relaxed));
    let _ = writeln!(out, "rss_kb {}", peak_rss_kb());
}

static PEAK_THREADS: AtomicU64 = AtomicU64::new(0);

/// This process's threads now.
fn threads() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Threads:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .unwrap_or(0)
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .unwrap_or(0)
}

/// This process's user + system CPU time so far.
fn cpu_ms() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command's closing parenthesis: utime is the 12th, stime the 13th.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<u64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    let ticks = f.get(11).unwrap_or(&0) + f.get(12).unwrap_or(&0);
    ticks * 10 // USER_HZ is 100 on Linux
}

/// `used_memory_peak_human` of the Redis server at `url`.
fn redis_memory(url: &str) -> Option<String> {
    let addr = url.strip_prefix("redis://")?.split('/').next()?;
    let addr = addr.rsplit('@').next()?;
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    use std::io::{Read, Write as _};
    s.write_all(b"*1\r\n$4\r\nINFO\r\n").ok()?;
    s.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    let mut buf = vec![0; 65_536];
    let mut n = 0;
    while let Ok(k) = s.read(&mut buf[n..]) {
        if k == 0 || buf[..n + k].ends_with(b"\r\n\r\n") {
            n += k;
            break;
        }
        n += k;
    }
    let text = String::from_utf8_lossy(&buf[..n]);
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    Some(format!(
        "peak memory {}, {} connections received, {} commands",
        field("used_memory_peak_human:"),
        field("total_connections_received:"),
        field("total_commands_processed:")
    ))
}

/// A `redis-server` on a free loopback port.
fn start_redis() -> Option<(std::process::Child, u16)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
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
