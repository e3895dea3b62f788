//! End to end, forum channels: the real serenity client of `faqbot serve`
//! against the fake Discord, which knows the forums and their posts and
//! refuses what Discord refuses (a message in the forum itself, an edit of
//! an archived thread, tags the forum doesn't have).

mod fake_discord;

use fake_discord::*;
use faqbot::front::discord::feedback;
use serde_json::json;
use std::sync::Mutex;

/// The bot's warnings, captured.
static LOG: Mutex<String> = Mutex::new(String::new());

struct Capture;

impl std::io::Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        LOG.lock().unwrap().push_str(&String::from_utf8_lossy(b));
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_warnings() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("faqbot=warn"))
        .with_ansi(false)
        .with_writer(|| Capture)
        .try_init();
}

const FORUM: u64 = 6000;
const BARE_FORUM: u64 = 6001;
/// A forum the bot only knows from GUILD_CREATE (the fake's REST doesn't).
const CACHED_FORUM: u64 = 6002;
const BUG: u64 = 61;
const SOLVED: u64 = 62;
const MANAGE_THREADS: &str = "17179869184";

#[test]
fn the_fake_refuses_what_discord_refuses() {
    let ch = SharedChannels::default();
    {
        let mut c = ch.lock().unwrap();
        c.by_id
            .insert(FORUM, forum_json(FORUM, &[(SOLVED, "Solved")]));
        let mut t = thread_json(6100, FORUM, 1, "t", &[]);
        t["thread_metadata"]["archived"] = json!(true);
        c.by_id.insert(6100, t);
    }
    let post = |path: &str, body| channel_rules(&ch, "POST", path, &body);
    let r = post("/api/v10/channels/6000/messages", json!({"content": "x"})).unwrap();
    assert_eq!((r.0, r.1["code"].clone()), (400, json!(40058)));
    let patch = |body| channel_rules(&ch, "PATCH", "/api/v10/channels/6100", &body).unwrap();
    assert_eq!(patch(json!({"applied_tags": ["62"]})).1["code"], 50083);
    assert_eq!(patch(json!({"archived": true})).1["code"], 50083);
    let r = patch(json!({"applied_tags": ["99"], "archived": false}));
    assert_eq!(r.1["code"], 50035, "a tag the forum doesn't have");
    let r = patch(json!({"applied_tags": ["62"], "archived": false}));
    assert_eq!(r.0, 200, "unarchived in the same request: {}", r.1);
    let r = post(
        "/api/v10/channels/6100/threads",
        json!({"name": "x", "type": 12}),
    )
    .unwrap();
    assert_eq!(r.1["code"], 50024, "no thread in a thread");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forum_posts_are_answered_inside_and_can_be_marked_solved() {
    capture_warnings();
    within(120, async {
        let dir = temp_dir("forum");
        let mut config = test_config(&dir);
        config.forum_channels = vec![FORUM, BARE_FORUM, CACHED_FORUM];
        config.archive_solved = true;
        let mut bot = Bot::start(config, faq_dir()).await;
        bot.add_channel(forum_json(FORUM, &[(BUG, "Bug"), (SOLVED, "Solved")]));
        bot.add_channel(forum_json(BARE_FORUM, &[(BUG, "Bug")]));
        // Message Content is requested: posts don't mention the bot.
        bot.registered(None).await;
        let ident = bot.fake.identified.lock().unwrap().clone().unwrap();
        assert_ne!(ident["intents"].as_u64().unwrap() & (1 << 15), 0);

        // A new post: its title and starter message are the question; the
        // follow-up is asked inside the post, with the owner's buttons.
        let (post, owner, other) = (6101, 1101, 1102);
        let r = bot
            .forum_post(
                FORUM,
                post,
                owner,
                "Do subdomains need ICP filing?",
                "My blog runs on blog.example.com.",
            )
            .await;
        assert_eq!(r.path, format!("/api/v10/channels/{post}/messages"));
        assert_eq!(r.body["message_reference"]["message_id"], post.to_string());
        assert_no_pings(&r.body);
        let ids = custom_ids(&r.body);
        assert!(
            ids.contains(&format!("c:{owner}:tld_filing:other")),
            "{}",
            r.body
        );
        // Someone else chatting in the post without a mention: silence.
        let m = bot.message(post, other, "same problem here", true);
        bot.dispatch_silent("MESSAGE_CREATE", m).await;
        // The owner's typed answer needs no mention: the answer, with Solved.
        let body = bot.say(post, owner, "other", true).await;
        assert!(
            description(&body).starts_with("You need to apply for an ICP Filing in Alibaba Cloud"),
            "{body}"
        );
        let ids = custom_ids(&body);
        assert!(ids.contains(&"v".to_string()), "{ids:?}");
        assert!(
            ids.contains(&format!("f:u:{owner}:section_fvv_dc5_jgb")),
            "{ids:?}"
        );

        // Solved by someone else without Manage Threads: refused, no edit.
        let cb = bot.press_as(post, other, "v", 900_000, "0").await;
        assert_eq!(cb["type"], 5, "deferred: {cb}");
        assert_eq!(cb["data"]["flags"], 64);
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;
        assert!(has(&edit.body, "Only the post's author"), "{}", edit.body);
        assert!(bot.fake.backlog.iter().all(|r| r.method != "PATCH"));

        // Solved by the owner: the Solved tag added to the post's other
        // tags, and the post archived.
        bot.fake
            .channels
            .lock()
            .unwrap()
            .by_id
            .get_mut(&post)
            .unwrap()["applied_tags"] = json!([BUG.to_string()]);
        let cb = bot.press_as(post, owner, "v", 900_000, "0").await;
        assert_eq!(cb["type"], 5, "{cb}");
        let patch = bot
            .expect("PATCH", &format!("/api/v10/channels/{post}"))
            .await;
        assert_eq!(
            patch.body["applied_tags"],
            json!([BUG.to_string(), SOLVED.to_string()])
        );
        assert_eq!(patch.body["archived"], true);
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;
        assert!(has(&edit.body, "Marked as solved"), "{}", edit.body);
        let t = bot.channel(post);
        assert_eq!(t["thread_metadata"]["archived"], true);

        // A moderator (Manage Threads) on the archived post: unarchived in
        // the same request as the tags (else Discord says 50083), then
        // archived again.
        let cb = bot.press_as(post, 1103, "v", 900_000, MANAGE_THREADS).await;
        assert_eq!(cb["type"], 5, "{cb}");
        let p1 = bot
            .expect("PATCH", &format!("/api/v10/channels/{post}"))
            .await;
        assert_eq!(p1.body["archived"], false, "{}", p1.body);
        let p2 = bot
            .expect("PATCH", &format!("/api/v10/channels/{post}"))
            .await;
        assert_eq!(p2.body, json!({"archived": true}));
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;
        assert!(has(&edit.body, "Marked as solved"), "{}", edit.body);
        assert_eq!(
            bot.channel(post)["applied_tags"].as_array().unwrap().len(),
            2
        );

        // The starter message before THREAD_CREATE: the bot reads the
        // thread from Discord (GET) and answers all the same.
        let late = 6102;
        bot.add_channel(thread_json(
            late,
            FORUM,
            owner,
            "ICP for second-level domain names?",
            &[],
        ));
        let mut m = message_json(late, late, user(owner), "is it required?");
        m["guild_id"] = json!(GUILD.to_string());
        let r = bot.post(m).await;
        assert!(bot
            .fake
            .backlog
            .iter()
            .any(|q| q.method == "GET" && q.path == format!("/api/v10/channels/{late}")));
        assert!(has(&r.body, "tld_filing"), "{}", r.body);

        // A forum without the Solved tag: a warning in the log, the post is
        // still closed, the owner is told; never a crash.
        let bare = 6201;
        bot.forum_post(
            BARE_FORUM,
            bare,
            owner,
            "Do subdomains need ICP filing?",
            "?",
        )
        .await;
        let cb = bot.press_as(bare, owner, "v", 900_000, "0").await;
        assert_eq!(cb["type"], 5);
        let p = bot
            .expect("PATCH", &format!("/api/v10/channels/{bare}"))
            .await;
        assert_eq!(p.body, json!({"archived": true}));
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;
        assert!(
            has(&edit.body, "has no \\\"Solved\\\" tag"),
            "{}",
            edit.body
        );
        let log = LOG.lock().unwrap().clone();
        assert!(
            log.contains("WARN") && log.contains("forum=6001") && log.contains("no tag"),
            "{log}"
        );

        // "Talk to staff" inside a post (no staff channel): no thread in a
        // thread (Discord says 50024), so the hand-over goes in the post.
        let cb = bot.press(post, owner, &format!("h:{owner}")).await;
        assert_eq!(cb["type"], 5, "{cb}");
        let first = bot
            .expect("POST", &format!("/api/v10/channels/{post}/messages"))
            .await;
        assert!(has(&first.body, "Hand-over"), "{}", first.body);
        assert!(
            has(&first.body, "Do subdomains need ICP filing?"),
            "{}",
            first.body
        );
        let refused: Vec<_> = bot
            .fake
            .backlog
            .iter()
            .filter(|r| r.path == format!("/api/v10/channels/{post}/threads"))
            .map(|r| r.body["type"].clone())
            .collect();
        assert_eq!(refused, [json!(12), json!(11)]);
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;
        assert!(has(&edit.body, "help you here"), "{}", edit.body);

        // A forum known from GUILD_CREATE: its tags come from the cache (a
        // GET of it would be 10003 here).
        let cached = forum_json(CACHED_FORUM, &[(81, "solved")]);
        bot.fake
            .events
            .send(json!({"op": 0, "t": "GUILD_CREATE", "d": guild_create_json(&[cached], &[])}))
            .unwrap();
        let cpost = 6401;
        bot.forum_post(
            CACHED_FORUM,
            cpost,
            owner,
            "Do subdomains need ICP filing?",
            "?",
        )
        .await;
        // The fake's REST must accept the tag too: it learns the forum now.
        bot.add_channel(forum_json(CACHED_FORUM, &[(81, "solved")]));
        bot.press_as(cpost, owner, "v", 900_000, "0").await;
        let p = bot
            .expect("PATCH", &format!("/api/v10/channels/{cpost}"))
            .await;
        assert_eq!(p.body["applied_tags"], json!(["81"]), "{}", p.body);
        assert!(
            !bot.fake
                .backlog
                .iter()
                .any(|r| r.method == "GET" && r.path.ends_with(&CACHED_FORUM.to_string())),
            "tags read from the cache: {}",
            LOG.lock().unwrap()
        );
        bot.expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;

        // A post from before a restart, known from GUILD_CREATE's threads:
        // its owner's follow-up is answered there, with "Solved".
        let old_post = thread_json(6501, FORUM, 1105, "old post", &[]);
        bot.fake
            .events
            .send(json!({"op": 0, "t": "GUILD_CREATE",
                "d": guild_create_json(&[forum_json(FORUM, &[(SOLVED, "Solved")])], &[old_post])}))
            .unwrap();
        let body = bot
            .say(6501, 1105, &format!("<@{BOT}> {SUBDOMAIN_Q}"), true)
            .await;
        assert!(has(&body, "tld_filing"), "{body}");
        let body = bot.say(6501, 1105, "other", true).await;
        assert!(custom_ids(&body).contains(&"v".to_string()), "{body}");

        // A thread of a forum not listed: ignored.
        let m = message_json(6301, 6301, user(owner), "Do subdomains need ICP filing?");
        bot.add_channel(thread_json(6301, 6999, owner, "x", &[]));
        let mut m = m;
        m["guild_id"] = json!(GUILD.to_string());
        bot.dispatch_silent("MESSAGE_CREATE", m).await;

        bot.stop().await;
        // Forum answers count as answered in `faqbot report`.
        let log = std::fs::read_to_string(dir.join("feedback.jsonl")).unwrap();
        let s = feedback::summarise(log.as_bytes()).unwrap();
        assert!(
            s.asked.iter().any(|(sec, _)| sec == "section_fvv_dc5_jgb"),
            "{log}"
        );
        assert_eq!(s.solved, 4, "{log}");
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}
