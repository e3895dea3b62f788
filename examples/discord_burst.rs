//! A burst of 1,000 mentions from 1,000 users through the fake Discord of
//! the end-to-end test, against the real serenity client: every event gets
//! exactly one reply, and the bot still answers afterwards.
//!
//! `cargo run --release --example discord_burst [N]`

#[path = "../tests/fake_discord/mod.rs"]
mod fake_discord;

use fake_discord::*;
use std::collections::HashSet;
use std::time::{Duration, Instant};

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    std::env::set_var("NO_PROXY", "127.0.0.1,localhost");
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let dir = temp_dir("burst");
    let config = test_config(&dir);
    let mut bot = Bot::start(config, faq_dir()).await;
    bot.expect("PUT", "/api/v10/applications/").await;
    let questions = [
        "my domain points to a server in Hangzhou, do I need ICP?",
        "is an ICP filing required for second-level domain names?",
        "do I need ICP if I do not purchase any ECS instances?",
        "what is the weather on mars",
    ];
    let channel = 2100;
    let mut sent = HashSet::new();
    let start = Instant::now();
    for i in 0..n {
        let q = questions[i % questions.len()];
        let m = bot.message(channel, 100_000 + i as u64, &format!("<@{BOT}> {q}"), true);
        sent.insert(m["id"].as_str().unwrap().to_string());
        bot.fake
            .events
            .send(serde_json::json!({"op": 0, "t": "MESSAGE_CREATE", "d": m}))
            .unwrap();
    }
    let mut answered = HashSet::new();
    let prefix = format!("/api/v10/channels/{channel}/messages");
    for _ in 0..n {
        let r = bot.expect("POST", &prefix).await;
        let id = r.body["message_reference"]["message_id"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(sent.contains(&id), "a reply to an unknown message");
        assert!(answered.insert(id), "a duplicated reply");
    }
    let took = start.elapsed();
    // Nothing more arrives (no duplicates), and the bot still answers.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let extra = std::iter::from_fn(|| bot.fake.reqs.try_recv().ok())
        .filter(|r| r.path == prefix)
        .count();
    assert_eq!(extra, 0, "duplicated replies");
    let t = Instant::now();
    bot.say(channel, 7, &format!("<@{BOT}> {}", questions[0]), true)
        .await;
    let after = t.elapsed();
    bot.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{n} events -> {} replies, none lost or duplicated, in {:.0} ms ({:.0} events/s); \
         a question right after: {:.1} ms",
        answered.len(),
        took.as_secs_f64() * 1e3,
        n as f64 / took.as_secs_f64(),
        after.as_secs_f64() * 1e3
    );
}
