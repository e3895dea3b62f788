//! End to end: the real serenity client of `faqbot serve` against a fake
//! Discord on 127.0.0.1 (see `fake_discord/`), asserting on the REST bodies
//! the bot sends. No token, no internet; every wait has a timeout.

mod fake_discord;

use fake_discord::*;
use serde_json::{json, Value as Json};
use std::time::Duration;

/// Brings a reply about the Hangzhou question to the `web_service` follow-up:
/// directly, or through the "did you mean" button of section kbw.
async fn to_web_service(bot: &mut Bot, channel: u64, who: u64, body: Json) -> Json {
    let yes = format!("c:{who}:web_service:yes");
    if custom_ids(&body).contains(&yes) {
        return body;
    }
    let pick = format!("p:{who}:{KBW}");
    assert!(custom_ids(&body).contains(&pick), "{body}");
    let cb = bot.press(channel, who, &pick).await;
    assert_eq!(cb["type"], 7, "a pick updates the message in place: {cb}");
    assert!(custom_ids(&cb["data"]).contains(&yes), "{cb}");
    cb["data"].clone()
}

async fn main_flows(latencies: &mut Vec<Duration>) {
    let dir = temp_dir("main");
    let mut config = test_config(&dir);
    config.support_channels = vec![2900];
    let mut bot = Bot::start(config, faq_dir()).await;

    // READY → global command registration: /faq, the staff-only
    // /faq-admin (hidden from members without Manage Server), and the
    // "Answer with FAQ" message command.
    let reg = bot.registered(None).await;
    let cmd = &reg.body[0];
    assert_eq!(cmd["name"], "faq");
    let subs: Vec<&str> = cmd["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(subs, ["ask", "show", "list", "cancel"]);
    assert_eq!(cmd["options"][0]["options"][0]["autocomplete"], true);
    assert!(cmd
        .get("default_member_permissions")
        .is_none_or(|p| p.is_null()));
    let admin = &reg.body[1];
    assert_eq!(admin["name"], "faq-admin");
    assert_eq!(admin["default_member_permissions"], "32");
    assert_eq!(admin["options"][0]["name"], "reload");
    let menu = &reg.body[2];
    assert_eq!(menu["name"], "Answer with FAQ");
    assert_eq!(menu["type"], 3);
    assert!(menu
        .get("description")
        .is_none_or(|d| d.is_null() || d == ""));
    assert!(menu
        .get("options")
        .is_none_or(|o| o.is_null() || o == &json!([])));
    let ident = bot.fake.identified.lock().unwrap().clone().unwrap();
    assert_eq!(ident["token"], "Bot fake-token");

    // Mention → follow-up with buttons → someone else's press refused →
    // the asker's press → answer embed, updated in place.
    let (ch, alice, mallory) = (2001, 1001, 1002);
    let body = bot
        .say(ch, alice, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    let body = to_web_service(&mut bot, ch, alice, body).await;
    assert_eq!(
        custom_ids(&body)[..2],
        [
            format!("c:{alice}:web_service:yes"),
            format!("c:{alice}:web_service:no")
        ]
    );
    let refused = bot
        .press(ch, mallory, &format!("c:{alice}:web_service:yes"))
        .await;
    assert_eq!(refused["type"], 4, "{refused}");
    assert_eq!(refused["data"]["flags"], 64, "ephemeral: {refused}");
    assert!(refused["data"]["content"]
        .as_str()
        .unwrap()
        .contains("belongs to someone else"));
    let cb = bot
        .press(ch, alice, &format!("c:{alice}:web_service:yes"))
        .await;
    assert_eq!(cb["type"], 7, "updated in place: {cb}");
    assert_eq!(description(&cb["data"]), KBW_RULE);
    // The source is the section's title: no file path, no internal id.
    let embed = cb["data"]["embeds"][0].to_string();
    assert!(
        embed.contains("Is an ICP Filing required for domain names?"),
        "{embed}"
    );
    assert!(
        !embed.contains(KBW) && !embed.contains("icp-filing.md"),
        "{embed}"
    );
    assert!(custom_ids(&cb["data"]).contains(&format!("f:u:{alice}:{KBW}")));
    // The same button again: that question is no longer pending.
    let again = bot
        .press(ch, alice, &format!("c:{alice}:web_service:yes"))
        .await;
    assert_eq!(again["data"]["flags"], 64);
    // 👎 feedback is logged.
    let fb = bot.press(ch, mallory, &format!("f:d:{KBW}")).await;
    assert_eq!(fb["data"]["flags"], 64);

    // A typed reply (mentioning the bot) to a follow-up.
    let bob = 1003;
    let body = bot
        .say(ch, bob, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    to_web_service(&mut bot, ch, bob, body).await;
    let body = bot.say(ch, bob, &format!("<@{BOT}> yes"), true).await;
    assert_eq!(description(&body), KBW_RULE, "{body}");

    // A DM conversation: no mention needed.
    let (dm, carol) = (2004, 1004);
    let body = bot.say(dm, carol, SUBDOMAIN_Q, false).await;
    assert_eq!(
        custom_ids(&body)[..3],
        [
            format!("c:{carol}:tld_filing:alibaba"),
            format!("c:{carol}:tld_filing:other"),
            format!("c:{carol}:tld_filing:none")
        ],
        "{body}"
    );
    let body = bot.say(dm, carol, "other", false).await;
    assert!(
        description(&body).starts_with("You need to apply for an ICP Filing in Alibaba Cloud"),
        "{body}"
    );

    // /faq ask with autocomplete: suggestions while typing, then the pick.
    let dave = 1005;
    let d = bot.interaction(
        4,
        ch,
        dave,
        json!({"id": "77", "name": "faq", "type": 1, "options": [{"name": "ask", "type": 1,
            "options": [{"name": "question", "type": 3, "value": "second-level dom", "focused": true}]}]}),
    );
    let ac = bot.interact(d).await;
    assert_eq!(ac["type"], 8, "{ac}");
    let choices = ac["data"]["choices"].as_array().unwrap();
    assert_eq!(choices[0]["value"], "section_fvv_dc5_jgb", "{ac}");
    let cb = bot
        .slash(
            ch,
            dave,
            "ask",
            json!([{"name": "question", "type": 3, "value": "section_fvv_dc5_jgb"}]),
            "0",
        )
        .await;
    assert_eq!(cb["type"], 4);
    assert_eq!(cb["data"]["flags"], 64, "ephemeral by default: {cb}");
    assert!(custom_ids(&cb["data"]).contains(&format!("c:{dave}:tld_filing:alibaba")));
    // Free text, posted publicly.
    let cb = bot
        .slash(
            ch,
            dave,
            "ask",
            json!([{"name": "question", "type": 3, "value": "do I need ICP if I do not purchase any ECS instances?"},
                   {"name": "public", "type": 5, "value": true}]),
            "0",
        )
        .await;
    assert_eq!(cb["type"], 4);
    assert!(cb["data"].get("flags").is_none_or(|f| f == 0), "{cb}");
    assert!(!cb["data"]["embeds"].as_array().unwrap().is_empty());
    // /faq list: a menu of every section.
    let cb = bot.slash(ch, dave, "list", json!([]), "0").await;
    assert_eq!(
        cb["data"]["components"][0]["components"][0]["options"]
            .as_array()
            .unwrap()
            .len(),
        8
    );

    // @everyone in a question pings nobody; a miss offers "Talk to staff"
    // (the support role is pinged only in the hand-over thread).
    let body = bot
        .say(
            ch,
            1006,
            &format!("<@{BOT}> @everyone what is the weather on mars"),
            true,
        )
        .await;
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));
    assert_eq!(body["allowed_mentions"]["roles"], json!([]));
    assert!(custom_ids(&body).contains(&"h:1006".to_string()), "{body}");
    assert!(!body.to_string().contains("@everyone"), "{body}");

    // Hostile input: 200 KB of bidi overrides, NUL bytes, emoji, markdown
    // and mentions gets one well-formed reply within Discord's limits.
    let hostile = format!(
        "<@{BOT}> {}",
        "\u{202e}**`x`**\0 @here <@&1> 💥 ［ｆｕｌｌ］ ".repeat(6000)
    );
    let body = bot.say(ch, 1009, &hostile, true).await;
    assert!(body["content"].as_str().unwrap_or_default().chars().count() <= 2000);
    for e in body["embeds"].as_array().unwrap() {
        assert!(
            e["description"]
                .as_str()
                .unwrap_or_default()
                .chars()
                .count()
                <= 4096
        );
        for f in e["fields"].as_array().into_iter().flatten() {
            let v = f["value"].as_str().unwrap();
            assert!(v.chars().count() <= 1024);
            assert!(!v.contains("@here") && !v.contains('\u{202e}'), "{v}");
        }
    }

    // Never answers bots; stays silent on unmentioned chatter, and in a
    // support channel unless confident.
    let mut m = bot.message(ch, 1007, &format!("<@{BOT}> {HANGZHOU}"), true);
    m["author"]["bot"] = json!(true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    let m = bot.message(ch, 1007, HANGZHOU, true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    let m = bot.message(2900, 1007, "anyone up for lunch?", true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    let body = bot.say(2900, 1008, SUBDOMAIN_Q, true).await;
    assert!(
        custom_ids(&body).iter().any(|c| c.contains("tld_filing")),
        "{body}"
    );

    latencies.extend(bot.stop().await);
    let log = std::fs::read_to_string(dir.join("feedback.jsonl")).unwrap();
    assert!(log.contains(r#""kind":"feedback""#), "{log}");
    assert!(log.contains(r#""kind":"miss""#), "{log}");
    let _ = std::fs::remove_dir_all(dir);
}

async fn expiry_and_rate_limit(latencies: &mut Vec<Duration>) {
    let dir = temp_dir("expiry");
    let mut config = test_config(&dir);
    config.session_timeout_secs = 1;
    config.rate_limit_questions = 3;
    let mut bot = Bot::start(config, faq_dir()).await;
    bot.expect("PUT", "/api/v10/applications/").await;
    let (ch, erin) = (2010, 1010);
    let body = bot
        .say(ch, erin, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    to_web_service(&mut bot, ch, erin, body).await;
    tokio::time::sleep(Duration::from_millis(1300)).await;
    let cb = bot
        .press(ch, erin, &format!("c:{erin}:web_service:yes"))
        .await;
    assert_eq!(cb["type"], 4, "{cb}");
    assert_eq!(cb["data"]["flags"], 64);
    assert!(
        cb["data"]["content"].as_str().unwrap().contains("expired"),
        "{cb}"
    );
    // Rate limit: one polite notice, then silence.
    let frank = 1011;
    for _ in 0..3 {
        bot.say(ch, frank, &format!("<@{BOT}> {HANGZHOU}"), true)
            .await;
    }
    let body = bot
        .say(ch, frank, &format!("<@{BOT}> {HANGZHOU}"), true)
        .await;
    assert!(
        body["content"].as_str().unwrap().contains("quickly"),
        "{body}"
    );
    let m = bot.message(ch, frank, &format!("<@{BOT}> {HANGZHOU}"), true);
    bot.dispatch_silent("MESSAGE_CREATE", m).await;
    latencies.extend(bot.stop().await);
    let _ = std::fs::remove_dir_all(dir);
}

async fn reload(latencies: &mut Vec<Duration>) {
    let (dir, faq) = faq_copy("reload");
    let mut config = test_config(&dir);
    config.guild_id = Some(GUILD);
    let mut bot = Bot::start(config, faq.clone()).await;
    // Guild-scoped registration when guild_id is configured.
    bot.registered(Some(GUILD)).await;
    let (ch, grace, admin) = (2020, 1020, 1021);
    let cb = bot.slash(ch, grace, "reload", json!([]), "0").await;
    assert_eq!(cb["type"], 4);
    assert_eq!(cb["data"]["flags"], 64);
    assert!(cb["data"]["content"]
        .as_str()
        .unwrap()
        .contains("Manage Server"));

    // Break the folder; an admin's reload reports it and keeps the old FAQ.
    let rules = faq.join("icp-filing.toml");
    let mut text = std::fs::read_to_string(&rules).unwrap();
    text.push_str("\nthis is = = not toml\n");
    std::fs::write(&rules, text).unwrap();
    let edit = bot.admin_reload(ch, admin).await;
    assert!(edit.path.ends_with("/messages/@original"));
    let content = edit.body["content"].as_str().unwrap();
    assert!(content.contains("icp-filing.toml:"), "{content}");
    assert!(content.contains("last good FAQ"), "{content}");
    assert_no_pings(&edit.body);
    // The old FAQ keeps serving.
    let body = bot
        .say(
            ch,
            grace,
            "<@4242> is an ICP filing required for second-level domain names?",
            true,
        )
        .await;
    assert!(
        custom_ids(&body).iter().any(|c| c.contains("tld_filing")),
        "{body}"
    );
    // Fixed again: the reload succeeds.
    std::fs::copy(faq_dir().join("icp-filing.toml"), &rules).unwrap();
    let edit = bot.admin_reload(ch, admin).await;
    let content = edit.body["content"].as_str().unwrap();
    assert!(
        content.starts_with("Reloaded the FAQ: 8 sections"),
        "{content}"
    );
    latencies.extend(bot.stop().await);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_end_to_end() {
    let mut latencies = Vec::new();
    within(180, async {
        main_flows(&mut latencies).await;
        expiry_and_rate_limit(&mut latencies).await;
        reload(&mut latencies).await;
    })
    .await;
    let n = latencies.len();
    let max = latencies.iter().max().copied().unwrap_or_default();
    println!(
        "event -> REST reply: median {:.2} ms over {n} events (max {:.2} ms)",
        median(latencies).as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
}
