//! Shard ranges: `faqbot serve --shards A-B --total-shards N` runs only its
//! shards. Two bot instances against one fake Discord whose `/gateway/bot`
//! recommends 2 shards, one with 0-0/2 and one with 1-1/2, each IDENTIFY
//! with their own `[shard, 2]`.

mod fake_discord;

use fake_discord::*;
use faqbot::front::discord::{self, ShardRange};
use std::collections::BTreeSet;
use std::time::Duration;
use tokio::sync::oneshot;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_identify_with_their_own_shards() {
    within(60, async {
        let dir = temp_dir("shards");
        let (fake, _thread) = Fake::start_on_thread(
            "fake-discord",
            Rest {
                shards: Some(2),
                ..Rest::default()
            },
        );
        let identifies = fake.identifies.clone();
        let mut stops = Vec::new();
        let mut tasks = Vec::new();
        for shard in [0, 1] {
            let (tx, rx) = oneshot::channel::<()>();
            let range = ShardRange::parse(&format!("{shard}-{shard}"), 2).unwrap();
            tasks.push(tokio::spawn(discord::run_shards(
                test_config(&dir),
                faq_dir(),
                discord::http_builder("fake-token", Some(&fake.rest_url)),
                Some(range),
                async {
                    let _ = rx.await;
                },
            )));
            stops.push(tx);
        }
        let start = std::time::Instant::now();
        while identifies.lock().unwrap().len() < 2 && start.elapsed() < WAIT {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let shards: BTreeSet<String> = identifies
            .lock()
            .unwrap()
            .iter()
            .map(|d| d["shard"].to_string())
            .collect();
        assert_eq!(
            shards,
            BTreeSet::from(["[0,2]".to_string(), "[1,2]".to_string()]),
            "each process identifies with its own shard of 2"
        );
        // Shard 0's process registers the commands.
        let mut bot = Bot::drive(fake);
        bot.registered(None).await;
        for s in stops {
            let _ = s.send(());
        }
        for t in tasks {
            tokio::time::timeout(WAIT, t)
                .await
                .expect("a shard process did not stop")
                .unwrap()
                .unwrap();
        }
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}
