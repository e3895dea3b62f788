//! End to end, replies Discord refuses: the real serenity client of
//! `faqbot serve` against the fake Discord, which answers some message
//! creations with 500, 429, or 500 *after* storing the message (see
//! `fake_discord::seeded_message_faults`). Every mention must be answered,
//! none twice; a 4xx other than 429 is not retried; an interaction
//! response is retried once after a 5xx and never answered twice.

mod fake_discord;

use fake_discord::*;
use serde_json::json;
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};

/// Mentions from as many users.
const MENTIONS: u64 = 40;
/// Fixes which attempts fail; chosen so that every kind of fault occurs.
const SEED: u64 = 14;

/// The bot against a fake on its own thread with `rest`'s departures.
fn start(name: &str, rest: Rest) -> (Bot, FakeThread) {
    let (fake, thread) = Fake::start_on_thread(name, rest);
    let config = test_config(&temp_dir(name));
    (Bot::run(fake, "fake-token", config, faq_dir()), thread)
}

/// Stops the bot (which first finishes the events it is handling, retries
/// included) and returns every REST call the fake saw and did not hand to
/// an `expect`.
async fn stop_and_collect(mut bot: Bot) -> (Vec<Req>, Arc<Mutex<Posted>>) {
    let mut reqs = std::mem::take(&mut bot.fake.backlog);
    let posted = bot.fake.posted.clone();
    let _ = bot.shutdown.take().expect("running").send(());
    tokio::time::timeout(WAIT, &mut bot.task)
        .await
        .expect("the bot did not stop")
        .expect("the bot's task")
        .expect("the bot's run");
    while let Ok(r) = bot.fake.reqs.try_recv() {
        reqs.push(r);
    }
    (reqs, posted)
}

/// The message creations among `reqs`, by the message they reply to.
fn posts_by_reply(reqs: &[Req]) -> BTreeMap<String, Vec<&Req>> {
    let mut by = BTreeMap::<String, Vec<&Req>>::new();
    for r in reqs {
        if r.method == "POST" && r.path.ends_with("/messages") {
            let to = r.body["message_reference"]["message_id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            by.entry(to).or_default().push(r);
        }
    }
    by
}

/// Takes the fake's requests into the backlog until `done` holds of it.
async fn wait_for(bot: &mut Bot, what: &str, done: impl Fn(&[Req]) -> bool) {
    let deadline = tokio::time::Instant::now() + WAIT;
    while !done(&bot.fake.backlog) {
        match tokio::time::timeout_at(deadline, bot.fake.reqs.recv()).await {
            Ok(Some(r)) => bot.fake.backlog.push(r),
            Ok(None) => panic!("the fake closed"),
            Err(_) => panic!("not within {WAIT:?}: {what}"),
        }
    }
}

/// 40 mentions at once while about 10% of message creations get a 500, 5%
/// a 429 and 5% a 500 after the message was stored: every user is
/// answered exactly once, and every retry carries the nonce of its first
/// attempt with `enforce_nonce`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_replies_are_retried_and_sent_exactly_once() {
    within(120, async {
        let rest = Rest {
            message_faults: Some(seeded_message_faults(SEED, 10, 5, 5, 3)),
            ..Rest::default()
        };
        let (mut bot, _thread) = start("retry-mentions", rest);
        bot.registered(None).await;

        let mut asked = Vec::new();
        for i in 0..MENTIONS {
            let m = bot.message(
                2100 + i % 4,
                1100 + i,
                &format!("<@{BOT}> {HANGZHOU}"),
                true,
            );
            asked.push(m["id"].as_str().unwrap().to_string());
            bot.fake
                .events
                .send(json!({"op": 0, "t": "MESSAGE_CREATE", "d": m}))
                .unwrap();
        }
        // Every event reached a handler: each caused a first POST. Then the
        // bot is stopped, which waits for its handlers, retries included.
        let all: HashSet<String> = asked.iter().cloned().collect();
        wait_for(&mut bot, "a POST for every mention", |reqs| {
            let seen: HashSet<String> = posts_by_reply(reqs).into_keys().collect();
            all.is_subset(&seen)
        })
        .await;
        let (reqs, posted) = stop_and_collect(bot).await;
        let posted = posted.lock().unwrap();

        // Exactly one reply per mention, as Discord would show them.
        let mut unanswered = Vec::new();
        let mut doubled = Vec::new();
        for id in &asked {
            match posted.replies_to(id).len() {
                0 => unanswered.push(id.clone()),
                1 => {}
                n => doubled.push(format!("{id} ×{n}")),
            }
        }
        assert!(
            unanswered.is_empty() && doubled.is_empty(),
            "unanswered: {unanswered:?}; answered more than once: {doubled:?}"
        );
        assert_eq!(posted.messages.len() as u64, MENTIONS);

        // The faults happened: each kind at least once.
        let inj = posted.injected.clone();
        assert!(
            inj.status_500 > 0 && inj.rate_limited > 0 && inj.after_commit > 0,
            "{inj:?}"
        );
        // Each attempt of a reply carries the same nonce, enforced.
        let by = posts_by_reply(&reqs);
        let mut retried = 0;
        for (to, posts) in &by {
            let nonces: HashSet<String> = posts.iter().map(|r| nonce_of(&r.body)).collect();
            assert_eq!(nonces.len(), 1, "reply to {to}: nonces {nonces:?}");
            assert!(
                !nonce_of(&posts[0].body).is_empty(),
                "reply to {to}: no nonce"
            );
            assert!(
                posts.iter().all(|r| r.body["enforce_nonce"] == true),
                "reply to {to}: enforce_nonce"
            );
            if posts.len() > 1 {
                retried += 1;
            }
        }
        let total: usize = by.values().map(Vec::len).sum();
        let faults = inj.status_500 + inj.rate_limited + inj.after_commit;
        // One retry per fault, no more: nothing else failed.
        assert_eq!(total as u64, MENTIONS + u64::from(faults), "{inj:?}");
        println!(
            "{MENTIONS} mentions: {total} message POSTs, {} retries over {retried} replies \
             (injected: {} × 500, {} × 429, {} × 500 after commit); {} messages created",
            total as u64 - MENTIONS,
            inj.status_500,
            inj.rate_limited,
            inj.after_commit,
            posted.messages.len()
        );
    })
    .await;
}

/// A 403 (missing permissions) or a 400 (invalid form) would fail the same
/// way again: one POST each, no retry.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_other_than_429_are_not_retried() {
    within(60, async {
        let (forbidden, invalid, fine) = (2201u64, 2202u64, 2203u64);
        let faults: Faults = Arc::new(move |path: &str| {
            let msgs = |ch: u64| format!("/api/v10/channels/{ch}/messages");
            if path == msgs(forbidden) {
                Some(Fault::Status(
                    403,
                    json!({"code": 50013, "message": "Missing Permissions"}),
                ))
            } else if path == msgs(invalid) {
                Some(Fault::Status(
                    400,
                    json!({"code": 50035, "message": "Invalid Form Body"}),
                ))
            } else {
                None
            }
        });
        let rest = Rest {
            faults: Some(faults),
            ..Rest::default()
        };
        let (mut bot, _thread) = start("retry-refused", rest);
        bot.registered(None).await;
        for ch in [forbidden, invalid] {
            let m = bot.message(ch, 1201, &format!("<@{BOT}> {HANGZHOU}"), true);
            bot.post(m).await;
        }
        // The bot still answers elsewhere.
        let body = bot
            .say(fine, 1202, &format!("<@{BOT}> {HANGZHOU}"), true)
            .await;
        assert!(!body["embeds"].as_array().unwrap().is_empty(), "{body}");
        let (reqs, posted) = stop_and_collect(bot).await;
        for ch in [forbidden, invalid] {
            let path = format!("/api/v10/channels/{ch}/messages");
            let again = reqs.iter().filter(|r| r.path == path).count();
            assert_eq!(again, 0, "a refused POST to {ch} was retried {again} times");
        }
        assert_eq!(posted.lock().unwrap().messages.len(), 1);
    })
    .await;
}

/// An interaction response that got a 500 is tried once more; one whose
/// 500 came after Discord took it gets 40060 ("already acknowledged") on
/// the retry, which the bot takes as done: the deferred `/faq-admin
/// reload` goes on to report its outcome.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interaction_responses_are_retried_once_and_never_answered_twice() {
    within(60, async {
        // The first callback of each interaction fails: before taking it
        // for `/faq list`, after taking it for `/faq-admin reload`.
        let seen = Arc::new(Mutex::new(HashSet::<String>::new()));
        let faults: Faults = Arc::new(move |path: &str| {
            if !path.ends_with("/callback") || !seen.lock().unwrap().insert(path.to_string()) {
                return None;
            }
            let error = json!({"message": "500: Internal Server Error", "code": 0});
            Some(if path.contains("/reloadtok") {
                Fault::AfterCommit(500)
            } else {
                Fault::Status(500, error)
            })
        });
        let rest = Rest {
            faults: Some(faults),
            ..Rest::default()
        };
        let (mut bot, _thread) = start("retry-interactions", rest);
        bot.registered(None).await;
        let (ch, user, admin) = (2301, 1301, 1302);

        let first = bot.slash(ch, user, "list", json!([]), "0").await;
        let id = bot.next_id;
        let again = bot
            .expect(
                "POST",
                &format!("/api/v10/interactions/{id}/tok{id}/callback"),
            )
            .await;
        assert_eq!(first, again.body, "the same response, retried");

        let (id, _, mut d) = bot.interaction(
            2,
            ch,
            admin,
            json!({"id": "77", "name": "faq-admin", "type": 1,
                   "options": [{"name": "reload", "type": 1, "options": []}]}),
        );
        let token = format!("reloadtok{id}");
        d["token"] = json!(token);
        set_member(&mut d, admin, "32");
        let callback = format!("/api/v10/interactions/{id}/{token}/callback");
        let cb = bot
            .dispatch("INTERACTION_CREATE", d, "POST", &callback)
            .await;
        assert_eq!(cb.body["type"], 5, "{}", cb.body);
        bot.expect("POST", &callback).await;
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/{token}"))
            .await;
        assert!(has(&edit.body, "Reloaded the FAQ"), "{}", edit.body);
        let (reqs, _) = stop_and_collect(bot).await;
        let more = reqs
            .iter()
            .filter(|r| r.path.ends_with("/callback"))
            .count();
        assert_eq!(more, 0, "a response was tried more than twice");
    })
    .await;
}
