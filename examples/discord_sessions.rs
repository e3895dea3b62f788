//! 100,000 distinct users each start a conversation through the Discord
//! front's session store: the store stays at its bound and memory flat.
//!
//! `cargo run --release --example discord_sessions [USERS]`

use faqbot::front::discord::{Config, Shared};
use faqbot::Faq;
use std::path::Path;
use std::time::Instant;

fn rss_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let users: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let faq = Faq::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).unwrap();
    let config = Config::default();
    let max = config.max_sessions;
    let shared = Shared::new(config, "faq".into(), faq);
    let before = rss_kb("VmRSS:");
    let start = Instant::now();
    for u in 0..users {
        shared.converse(
            (1, u),
            "my domain points to a server in Hangzhou, do I need ICP?",
        );
        if u == users / 2 {
            println!("halfway: RSS {} KB", rss_kb("VmRSS:"));
        }
    }
    let took = start.elapsed();
    println!(
        "{users} users: {} sessions kept (bound {max}); RSS {} KB before, {} KB after, peak {} KB; {:.1} µs per message",
        shared.session_count(),
        before,
        rss_kb("VmRSS:"),
        rss_kb("VmHWM:"),
        took.as_secs_f64() * 1e6 / users as f64
    );
    assert!(shared.session_count() <= max);
}
