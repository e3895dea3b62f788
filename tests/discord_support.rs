//! End to end, support-server features: "Answer with FAQ" on someone's
//! message, `/faq show target:`, the hand-over to staff, replies to the
//! bot's follow-ups, source links, autocomplete that completes and corrects,
//! quoting, and one vote per user per answer. The real serenity client of
//! `faqbot serve` against the fake Discord.

mod fake_discord;

use fake_discord::*;
use faqbot::front::discord::feedback;
use serde_json::{json, Value as Json};
use std::collections::BTreeMap;

const STAFF: u64 = 2500;
const FVV: &str = "section_fvv_dc5_jgb";

fn quoted_field(body: &Json) -> String {
    body["embeds"][0]["fields"][0]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn helpers_answer_for_others() {
    within(120, async {
        let dir = temp_dir("helpers");
        let mut bot = Bot::start(test_config(&dir), faq_dir()).await;
        bot.registered(None).await;
        let (ch, helper, author) = (2101, 1201, 1202);

        // "Answer with FAQ" on the author's message: a reply to it, with the
        // author's buttons; the helper is told privately.
        let target = bot.message(ch, author, SUBDOMAIN_Q, true);
        let target_id = target["id"].as_str().unwrap().to_string();
        let mut d = bot.interaction(
            2,
            ch,
            helper,
            json!({"id": "88", "name": "Answer with FAQ", "type": 3, "target_id": target_id,
                   "resolved": {"messages": {target_id.clone(): target}}}),
        );
        set_member(&mut d.2, helper, "0");
        let (id, token) = (d.0, d.1.clone());
        let r = bot
            .dispatch(
                "INTERACTION_CREATE",
                d.2,
                "POST",
                &format!("/api/v10/channels/{ch}/messages"),
            )
            .await;
        assert_eq!(r.body["message_reference"]["message_id"], target_id);
        let ids = custom_ids(&r.body);
        assert!(
            ids.contains(&format!("c:{author}:tld_filing:other")),
            "{ids:?}"
        );
        let am = &r.body["allowed_mentions"];
        assert_eq!(am["parse"], json!([]));
        assert_eq!(am["users"], json!([]));
        assert_eq!(am["roles"], json!([]));
        assert_eq!(am["replied_user"], true, "the author is notified");
        // Deferred privately (a retried answer may outlast the 3 seconds of
        // an interaction response), then told.
        let cb = bot
            .expect(
                "POST",
                &format!("/api/v10/interactions/{id}/{token}/callback"),
            )
            .await;
        assert_eq!(cb.body["type"], 5, "{}", cb.body);
        assert_eq!(cb.body["data"]["flags"], 64, "{}", cb.body);
        let told = bot
            .expect(
                "PATCH",
                &format!("/api/v10/webhooks/{APP}/{token}/messages/@original"),
            )
            .await;
        assert!(has(&told.body, &format!("<@{author}>")), "{}", told.body);
        assert_no_pings(&told.body);
        // The buttons are the author's, not the helper's.
        let refused = bot
            .press(ch, helper, &format!("c:{author}:tld_filing:other"))
            .await;
        assert!(has(&refused, "belongs to someone else"), "{refused}");
        let done = bot
            .press(ch, author, &format!("c:{author}:tld_filing:other"))
            .await;
        assert_eq!(done["type"], 7);
        assert!(description(&done["data"]).starts_with("You need to apply"));

        // `/faq show target:`: public, mentions the target only, their buttons.
        let mut d = bot.interaction(
            2,
            ch,
            helper,
            json!({"id": "77", "name": "faq", "type": 1,
                "options": [{"name": "show", "type": 1, "options": [
                    {"name": "section", "type": 3, "value": KBW},
                    {"name": "target", "type": 6, "value": author.to_string()}]}],
                "resolved": {"users": {author.to_string(): user(author)}}}),
        );
        set_member(&mut d.2, helper, "0");
        let cb = bot.interact_raw(d).await;
        assert_eq!(cb["type"], 4, "{cb}");
        assert!(
            cb["data"].get("flags").is_none_or(|f| f == 0),
            "public: {cb}"
        );
        assert_eq!(cb["data"]["content"], format!("<@{author}> this may help:"));
        let am = &cb["data"]["allowed_mentions"];
        assert_eq!(am["users"], json!([author.to_string()]));
        assert_eq!(am["roles"], json!([]));
        assert_eq!(am["parse"], json!([]));
        assert!(
            custom_ids(&cb["data"]).contains(&format!("c:{author}:web_service:yes"))
                || custom_ids(&cb["data"])
                    .iter()
                    .any(|c| c.starts_with(&format!("c:{author}:"))),
            "{cb}"
        );
        bot.stop().await;
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hand_over_to_staff() {
    within(120, async {
        let dir = temp_dir("staff");
        let mut config = test_config(&dir);
        config.staff_channel = Some(STAFF);
        let mut bot = Bot::start(config, faq_dir()).await;
        bot.registered(None).await;
        let (ch, alice, mallory) = (2201, 1301, 1302);

        // No match: no ping in the channel; a "Talk to staff" button.
        let body = bot
            .say(
                ch,
                alice,
                &format!("<@{BOT}> what is the weather on mars today?"),
                true,
            )
            .await;
        assert_eq!(body["allowed_mentions"]["roles"], json!([]), "{body}");
        assert!(!has(&body, &format!("<@&{SUPPORT_ROLE}>")));
        let staff = format!("h:{alice}");
        assert!(custom_ids(&body).contains(&staff), "{body}");
        let refused = bot.press(ch, mallory, &staff).await;
        assert!(has(&refused, "belongs to someone else"), "{refused}");

        // Pressed: a private thread in the staff channel, the user added,
        // the role pinged once, the question and what was offered.
        let cb = bot.press(ch, alice, &staff).await;
        assert_eq!(cb["type"], 5, "{cb}");
        assert_eq!(cb["data"]["flags"], 64);
        let t = bot
            .expect("POST", &format!("/api/v10/channels/{STAFF}/threads"))
            .await;
        assert_eq!(t.body["type"], 12, "{}", t.body);
        assert!(t.body["name"]
            .as_str()
            .unwrap()
            .starts_with("Help: what is the weather on mars"));
        let thread = 7_000_001u64;
        bot.expect(
            "PUT",
            &format!("/api/v10/channels/{thread}/thread-members/{alice}"),
        )
        .await;
        let first = bot
            .expect("POST", &format!("/api/v10/channels/{thread}/messages"))
            .await;
        let content = first.body["content"].as_str().unwrap();
        assert!(
            content.starts_with(&format!("<@&{SUPPORT_ROLE}> <@{alice}>")),
            "{content}"
        );
        let am = &first.body["allowed_mentions"];
        assert_eq!(am["roles"], json!([SUPPORT_ROLE.to_string()]));
        assert_eq!(am["users"], json!([alice.to_string()]));
        assert_eq!(am["parse"], json!([]));
        let embed = first.body["embeds"][0].to_string();
        assert!(
            embed.contains("> what is the weather on mars today?"),
            "{embed}"
        );
        assert!(embed.contains("Sections offered"), "{embed}");
        let edit = bot
            .expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;
        assert!(has(&edit.body, &format!("<#{thread}>")), "{}", edit.body);

        // Again at once: a thread, but no second ping (per-user cooldown).
        // Private threads not allowed there: a public one.
        bot.fake
            .channels
            .lock()
            .unwrap()
            .no_private_threads
            .push(STAFF);
        bot.press(ch, alice, &staff).await;
        let t1 = bot
            .expect("POST", &format!("/api/v10/channels/{STAFF}/threads"))
            .await;
        assert_eq!(t1.body["type"], 12);
        let t2 = bot
            .expect("POST", &format!("/api/v10/channels/{STAFF}/threads"))
            .await;
        assert_eq!(t2.body["type"], 11, "public fallback: {}", t2.body);
        let first = bot
            .expect(
                "POST",
                &format!("/api/v10/channels/{}/messages", thread + 1),
            )
            .await;
        assert_eq!(first.body["allowed_mentions"]["roles"], json!([]));
        assert!(!has(&first.body, &format!("<@&{SUPPORT_ROLE}>")));
        bot.expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
            .await;

        // Not a question (junk, a 10 KB paste): a thread, never a ping.
        for (who, text) in [
            (1303, "!!! ???".to_string()),
            (1304, "error: at line 12 of main.rs\n".repeat(400)),
        ] {
            bot.say(ch, who, &format!("<@{BOT}> {text}"), true).await;
            bot.press(ch, who, &format!("h:{who}")).await;
            let first = loop {
                let r = bot.expect("POST", "/api/v10/channels/").await;
                if r.path.ends_with("/messages") {
                    break r;
                }
            };
            assert_eq!(first.body["allowed_mentions"]["roles"], json!([]), "{who}");
            assert!(!has(&first.body, "<@&"), "{who}");
            bot.expect("PATCH", &format!("/api/v10/webhooks/{APP}/"))
                .await;
        }

        // A private `/faq ask` with no match: ephemeral, no ping, the button.
        let cb = bot
            .slash(
                ch,
                1305,
                "ask",
                json!([{"name": "question", "type": 3, "value": "how do I bake sourdough bread?"}]),
                "0",
            )
            .await;
        assert_eq!(cb["data"]["flags"], 64);
        assert_eq!(cb["data"]["allowed_mentions"]["roles"], json!([]));
        assert!(!has(&cb, "can you help"), "{cb}");
        assert!(
            custom_ids(&cb["data"]).contains(&"h:1305".to_string()),
            "{cb}"
        );

        // After 👎: the offer to talk to staff, for the one who voted.
        let cb = bot.press(ch, 1306, &format!("f:d:1306:{KBW}")).await;
        assert_eq!(cb["data"]["flags"], 64);
        assert_eq!(custom_ids(&cb["data"]), ["h:1306"]);

        // A "did you mean" the user rejects: "None of these: talk to staff".
        let body = bot
            .say(ch, 1307, &format!("<@{BOT}> filing required?"), true)
            .await;
        let ids = custom_ids(&body);
        assert!(ids.iter().any(|c| c.starts_with("p:1307:")), "{body}");
        assert_eq!(ids.last().unwrap(), "h:1307", "{body}");

        // The facts gathered so far go to the staff: an answer with a
        // stated fact, 👎, then "Talk to staff".
        let carol = 1308;
        let body = bot
            .say(ch, carol, &format!("<@{BOT}> {HANGZHOU}"), true)
            .await;
        let yes = format!("c:{carol}:web_service:yes");
        let body = if custom_ids(&body).contains(&yes) {
            body
        } else {
            bot.press(ch, carol, &format!("p:{carol}:{KBW}")).await["data"].clone()
        };
        assert!(custom_ids(&body).contains(&yes), "{body}");
        let cb = bot.press(ch, carol, &yes).await;
        assert_eq!(description(&cb["data"]), KBW_RULE);
        let cb = bot.press(ch, carol, &format!("f:d:{carol}:{KBW}")).await;
        assert_eq!(custom_ids(&cb["data"]), [format!("h:{carol}")]);
        bot.press(ch, carol, &format!("h:{carol}")).await;
        let first = loop {
            let r = bot.expect("POST", "/api/v10/channels/").await;
            if r.path.ends_with("/messages") {
                break r;
            }
        };
        let embed = first.body["embeds"][0].to_string();
        assert!(
            embed.contains("> my domain points to a server in Hangzhou"),
            "{embed}"
        );
        assert!(embed.contains("Mainland China"), "facts: {embed}");
        assert!(
            embed.contains("Is an ICP Filing required for domain names?"),
            "{embed}"
        );
        assert!(
            has(&first.body, &format!("<@&{SUPPORT_ROLE}>")),
            "{}",
            first.body
        );
        bot.stop().await;
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rough_edges() {
    within(120, async {
        let dir = temp_dir("edges");
        let mut config = test_config(&dir);
        config.source_urls = BTreeMap::from([(
            "icp-filing.md".to_string(),
            "https://help.example.com/icp".to_string(),
        )]);
        let mut bot = Bot::start(config, faq_dir()).await;
        bot.registered(None).await;
        let (ch, asker) = (2301, 1401);

        // (a) A Discord reply (ping off) to the bot's follow-up answers it.
        let body = bot
            .say(ch, asker, &format!("<@{BOT}> {SUBDOMAIN_Q}"), true)
            .await;
        assert!(has(&body, "tld_filing"), "{body}");
        let mut m = bot.message(ch, asker, "other", true);
        m["type"] = json!(19);
        m["message_reference"] = json!({"message_id": "900000", "channel_id": ch.to_string()});
        m["referenced_message"] = message_json(900_000, ch, bot_user(), "");
        let r = bot.post(m).await;
        assert!(
            description(&r.body).starts_with("You need to apply"),
            "{}",
            r.body
        );
        // (b) The source: a link to the section's anchor, no file path.
        let source = r.body["embeds"][0]["fields"].to_string();
        assert!(
            source.contains(&format!("(https://help.example.com/icp#{FVV})")),
            "{source}"
        );
        assert!(!source.contains("icp-filing.md:"), "{source}");
        // A reply to someone else's message is not for the bot.
        let mut m = bot.message(ch, asker, "other", true);
        m["referenced_message"] = message_json(555, ch, user(1499), "hi");
        bot.dispatch_silent("MESSAGE_CREATE", m).await;

        // (d) Autocomplete completes prefixes and corrects typos.
        for (typed, focus) in [
            ("subdom", "section"),
            ("subdom", "question"),
            ("secnd-level domian", "section"),
        ] {
            let sub = if focus == "section" { "show" } else { "ask" };
            let d = bot.interaction(
                4,
                ch,
                asker,
                json!({"id": "77", "name": "faq", "type": 1, "options": [{"name": sub, "type": 1,
                    "options": [{"name": focus, "type": 3, "value": typed, "focused": true}]}]}),
            );
            let ac = bot.interact(d).await;
            let values: Vec<&str> = ac["data"]["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["value"].as_str().unwrap())
                .collect();
            assert!(
                values[..3.min(values.len())].contains(&FVV),
                "{typed:?} -> {values:?}"
            );
        }

        // (e) A multi-line question is quoted line by line, escaped.
        let body = bot
            .say(
                ch,
                1402,
                &format!("<@{BOT}> what about mars?\n**and** the moon @here?"),
                true,
            )
            .await;
        let q = quoted_field(&body);
        assert!(
            q.contains("> what about mars?\n> \\*\\*and\\*\\* the moon"),
            "{q}"
        );
        assert!(!q.contains("@here"), "{q}");

        // (f) One vote per user per answer; a vote can be changed; the
        // asker's own vote is marked.
        let up = format!("f:u:{asker}:{FVV}");
        let down = format!("f:d:{asker}:{FVV}");
        let cb = bot.press_as(ch, asker, &up, 950_001, "0").await;
        assert!(has(&cb, "Thanks for your feedback"), "{cb}");
        let cb = bot.press_as(ch, asker, &up, 950_001, "0").await;
        assert!(has(&cb, "already voted"), "{cb}");
        let cb = bot.press_as(ch, asker, &down, 950_001, "0").await;
        assert!(has(&cb, "Thanks for your feedback"), "{cb}");
        let cb = bot.press_as(ch, 1403, &up, 950_001, "0").await;
        assert!(has(&cb, "Thanks"), "{cb}");
        // Another answer: another vote.
        bot.press_as(ch, asker, &up, 950_002, "0").await;

        bot.stop().await;
        let log = std::fs::read_to_string(dir.join("feedback.jsonl")).unwrap();
        let s = feedback::summarise(log.as_bytes()).unwrap();
        let v = s.votes.iter().find(|v| v.section == FVV).expect("votes");
        assert_eq!((v.up, v.down), (2, 1), "{log}");
        assert_eq!((v.asker_up, v.asker_down), (1, 1), "{log}");
        let text = feedback::format_summary(&s, 10);
        assert!(text.contains("[asker 1 / 1]"), "{text}");
        let _ = std::fs::remove_dir_all(dir);
    })
    .await;
}
