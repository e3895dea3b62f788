//! serenity's event handler: Discord events in, engine calls, Discord
//! messages out.

use super::feedback::Event;
use super::render::{self, Action, For, Rendered};
use super::{forum, send, staff, Press, Rate, Shared, Turn};
use crate::dialogue::{self, Reply};
use crate::faq::Faq;
use serenity::all::{
    async_trait, AutoArchiveDuration, AutocompleteChoice, Channel, ChannelId, ChannelType, Command,
    CommandInteraction, CommandOptionType, CommandType, ComponentInteraction,
    ComponentInteractionDataKind, Context, CreateAutocompleteResponse, CreateCommand,
    CreateCommandOption, CreateInteractionResponse, CreateMessage, CreateThread,
    EditInteractionResponse, EditThread, EventHandler, ForumTagId, GuildChannel, GuildId,
    Interaction, Message, MessageId, Permissions, Ready, ResolvedOption, ResolvedTarget,
    ResolvedValue, UserId,
};
use std::sync::Arc;
use std::time::Instant;

pub struct Handler {
    shared: Arc<Shared>,
}

impl Handler {
    pub fn new(shared: Arc<Shared>) -> Self {
        Self { shared }
    }
}

const EXPIRED: &str = "This conversation expired. Please ask again.";
const NOT_YOURS: &str =
    "This question belongs to someone else. Mention me or use `/faq ask` to ask your own.";
const STALE: &str = "That question was already answered. Ask again to start a new one.";
const CHANGED: &str = "The FAQ was updated and this question is no longer in it. Please ask again.";
const SLOW_DOWN: &str = "You're asking questions quickly; please wait a few seconds.";

/// The message command ("Apps" menu of a message) that answers it.
pub const ANSWER_WITH_FAQ: &str = "Answer with FAQ";
/// The staff-only command (`/faq-admin reload`).
pub const ADMIN_COMMAND: &str = "faq-admin";

/// The commands: `/faq` and its subcommands; `/faq-admin` (reload), hidden
/// by Discord from members without Manage Server (`default_member_permissions`
/// applies to a whole command, so a staff-only subcommand needs its own
/// command); and the "Answer with FAQ" message command.
pub fn commands() -> Vec<CreateCommand> {
    let public = || {
        CreateCommandOption::new(
            CommandOptionType::Boolean,
            "public",
            "Post the answer in the channel for everyone (default: only you see it)",
        )
    };
    vec![
        CreateCommand::new("faq")
            .description("Ask the FAQ")
            .add_option(
                CreateCommandOption::new(CommandOptionType::SubCommand, "ask", "Ask a question")
                    .add_sub_option(
                        CreateCommandOption::new(
                            CommandOptionType::String,
                            "question",
                            "Your question",
                        )
                        .required(true)
                        .set_autocomplete(true)
                        .max_length(500),
                    )
                    .add_sub_option(public()),
            )
            .add_option(
                CreateCommandOption::new(
                    CommandOptionType::SubCommand,
                    "show",
                    "Show a FAQ section",
                )
                .add_sub_option(
                    CreateCommandOption::new(CommandOptionType::String, "section", "The section")
                        .required(true)
                        .set_autocomplete(true),
                )
                .add_sub_option(public())
                .add_sub_option(CreateCommandOption::new(
                    CommandOptionType::User,
                    "target",
                    "Post it for this member (mentions them; public)",
                )),
            )
            .add_option(
                CreateCommandOption::new(
                    CommandOptionType::SubCommand,
                    "list",
                    "Browse the FAQ's topics and sections",
                )
                .add_sub_option(public()),
            )
            .add_option(CreateCommandOption::new(
                CommandOptionType::SubCommand,
                "cancel",
                "Forget your conversation in this channel",
            )),
        CreateCommand::new(ADMIN_COMMAND)
            .description("FAQ bot administration (Manage Server)")
            .default_member_permissions(Permissions::MANAGE_GUILD)
            .dm_permission(false)
            .add_option(CreateCommandOption::new(
                CommandOptionType::SubCommand,
                "reload",
                "Reload the FAQ folder",
            )),
        CreateCommand::new(ANSWER_WITH_FAQ)
            .kind(CommandType::Message)
            .dm_permission(false),
    ]
}

/// The message's text without the bot's own mention.
fn strip_mention(content: &str, bot: u64) -> String {
    content
        .replace(&format!("<@{bot}>"), " ")
        .replace(&format!("<@!{bot}>"), " ")
        .trim()
        .to_string()
}

/// How replies to `owner` in `channel` look: "Solved" in a forum post,
/// "Talk to staff" when there is a staff to talk to.
fn for_user<'a>(
    shared: &'a Shared,
    channel: u64,
    owner: u64,
    question: Option<&'a str>,
) -> For<'a> {
    For {
        owner,
        support_role: shared.config.support_role,
        question,
        staff: shared.config.support_role.is_some() || shared.config.staff_channel.is_some(),
        forum: shared.post(channel).is_some(),
        sources: Some(&shared.config.source_urls),
    }
}

/// The thread `id` as Discord has it now.
async fn fetch_thread(ctx: &Context, id: u64) -> Option<GuildChannel> {
    match ctx.http.get_channel(ChannelId::new(id)).await {
        Ok(Channel::Guild(c)) => Some(c),
        Ok(_) => None,
        Err(e) => {
            tracing::warn!(channel = id, error = %e, "cannot read a channel");
            None
        }
    }
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        self.shared.set_bot_id(ready.user.id.get());
        tracing::info!(
            shard = ctx.shard_id.0,
            guilds = ready.guilds.len(),
            "connected as {}",
            ready.user.name
        );
        if ctx.shard_id.0 != 0 {
            return;
        }
        let result = match self.shared.config.guild_id {
            Some(g) => GuildId::new(g)
                .set_commands(&ctx.http, commands())
                .await
                .map(|c| c.len()),
            None => Command::set_global_commands(&ctx.http, commands())
                .await
                .map(|c| c.len()),
        };
        match result {
            Ok(n) => tracing::info!(commands = n, "slash commands registered"),
            Err(e) => tracing::error!(error = %e, "cannot register the slash commands"),
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let _work = self.shared.work();
        let started = Instant::now();
        let shared = &self.shared;
        let bot = shared.bot_id();
        if msg.author.bot || msg.webhook_id.is_some() || msg.author.id.get() == bot {
            return;
        }
        let is_dm = msg.guild_id.is_none();
        let mentioned = msg.mentions.iter().any(|u| u.id.get() == bot);
        let channel = msg.channel_id.get();
        let user = msg.author.id.get();
        let key = (channel, user);
        let mut text = strip_mention(&msg.content, bot);
        // A post of a listed forum: its starter message (same id as the
        // thread) is asked with the title; its owner's later messages are
        // answers to the bot, no mention needed.
        let post = self.forum_post(&ctx, &msg).await;
        let starter = post.is_some() && msg.id.get() == channel;
        if let (Some(p), true) = (&post, starter) {
            text = forum::question(&p.name, &text);
        }
        let in_own_post = post.as_ref().is_some_and(|p| p.owner == user);
        // A Discord reply to one of the bot's messages (ping on or off).
        let reply_to_bot = msg
            .referenced_message
            .as_ref()
            .is_some_and(|m| m.author.id.get() == bot);
        let unprompted = !is_dm && !mentioned && !reply_to_bot && !starter;
        if !mentioned && !is_dm && !text.chars().any(char::is_alphanumeric) {
            // An image or a sticker: nothing to answer (also what arrives
            // without the Message Content intent).
            return;
        }
        if unprompted {
            // The owner of a forum post talks to the bot there as in a
            // support channel: follow-ups, and confident answers only.
            if !in_own_post && !shared.config.support_channels.contains(&channel) {
                return;
            }
            // In a support channel: a typed answer to a pending follow-up,
            // or a confident unprompted answer (with a per-channel cooldown).
            if !shared.has_pending(key) {
                let faq = shared.faq();
                if dialogue::confidence(&faq, &text)
                    < shared.config.auto_answer_cutoff(&faq, channel)
                    || shared.cooling(channel)
                {
                    return;
                }
            }
        }
        match shared.rate(user) {
            Rate::Allow => {}
            Rate::Notice => {
                let r = Rendered::text(SLOW_DOWN);
                // A failure is logged by `create_message`.
                let _ = self
                    .create_message(
                        &ctx,
                        msg.channel_id,
                        r.to_message().reference_message(&msg),
                        send::nonce(msg.id.get(), send::Reply::RateNotice),
                        "the rate-limit notice",
                    )
                    .await;
                return;
            }
            Rate::Drop => return,
        }
        let turn = if unprompted {
            // Only an unprompted answer actually posted starts the cooldown,
            // and only a posted reply changes the user's conversation.
            let posted = shared.converse_unprompted(key, &text, |turn| {
                turn.was_pending
                    || (!matches!(turn.reply, Reply::Clarify { .. } | Reply::NoMatch { .. })
                        && shared.take_cooldown(channel))
            });
            match posted {
                Some(turn) => turn,
                None => return,
            }
        } else {
            shared.converse(key, &text)
        };
        shared.record(&turn, Some(&text));
        shared.note_ask(key, Some(&text), &turn);
        let out = render::reply(
            &turn.faq,
            &turn.reply,
            for_user(shared, channel, user, Some(&text)),
        );
        let sent = self
            .create_message(
                &ctx,
                msg.channel_id,
                out.to_message().reference_message(&msg),
                send::nonce(msg.id.get(), send::Reply::Answer),
                "a reply",
            )
            .await;
        // A failure is logged by `create_message`.
        if sent.is_ok() {
            tracing::debug!(
                kind = turn.reply.kind(),
                dm = is_dm,
                elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
                "answered a message"
            );
        }
    }

    async fn thread_create(&self, _ctx: Context, thread: GuildChannel) {
        if let Some(post) = self.post_of(&thread) {
            tracing::debug!(
                thread = thread.id.get(),
                forum = post.forum,
                "new forum post"
            );
            self.shared.add_post(thread.id.get(), post);
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let _work = self.shared.work();
        let result = match interaction {
            Interaction::Command(c) if c.data.kind == CommandType::Message => {
                self.message_command(&ctx, &c).await
            }
            Interaction::Command(c) => self.command(&ctx, &c).await,
            Interaction::Autocomplete(c) => self.autocomplete(&ctx, &c).await,
            Interaction::Component(c) => self.component(&ctx, &c).await,
            _ => Ok(()),
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "cannot answer an interaction");
        }
    }
}

fn sub_options<'a>(c: &'a CommandInteraction) -> Option<(&'a str, Vec<ResolvedOption<'a>>)> {
    c.data.options().into_iter().find_map(|o| match o.value {
        ResolvedValue::SubCommand(v) => Some((o.name, v)),
        _ => None,
    })
}

fn opt_str<'a>(opts: &[ResolvedOption<'a>], name: &str) -> Option<&'a str> {
    opts.iter().find_map(|o| match o.value {
        ResolvedValue::String(s) if o.name == name => Some(s),
        _ => None,
    })
}

fn opt_bool(opts: &[ResolvedOption<'_>], name: &str) -> bool {
    opts.iter()
        .any(|o| matches!(o.value, ResolvedValue::Boolean(true)) && o.name == name)
}

/// Autocomplete suggestions: sections matching what was typed so far. The
/// words are first completed and corrected against the FAQ's own words
/// (titles, examples, keywords, synonyms): "subdom" becomes "subdomain",
/// "domian" "domain"; then titles and ids containing them come first, and
/// the engine's matches of the completed text after.
pub fn suggest(
    faq: &Faq,
    vocab: &Vocabulary,
    partial: &str,
    by_id: bool,
) -> Vec<AutocompleteChoice> {
    let partial = partial.trim();
    let mut picks: Vec<usize> = Vec::new();
    if partial.is_empty() {
        picks.extend(0..faq.kb.sections.len());
    } else {
        let completed = vocab.complete(partial);
        let words: Vec<String> = completed
            .to_lowercase()
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let p = partial.to_lowercase();
        for (i, s) in faq.kb.sections.iter().enumerate() {
            let title = s.title.to_lowercase();
            let id_hit = by_id && s.id.as_str().to_lowercase().contains(&p);
            if id_hit || title.contains(&p) || words.iter().all(|w| title.contains(w.as_str())) {
                picks.push(i);
            }
        }
        for q in [completed.as_str(), partial] {
            for h in faq.understand(q).hits {
                if !picks.contains(&h.section) {
                    picks.push(h.section);
                }
            }
        }
    }
    picks
        .into_iter()
        .take(25)
        .map(|i| {
            let s = &faq.kb.sections[i];
            AutocompleteChoice::new(
                render::truncate(&s.title, render::OPTION_MAX),
                render::section_ref(faq, &s.id),
            )
        })
        .collect()
}

/// The FAQ's own words, lower-cased and sorted: titles, examples, keywords,
/// synonyms. Built once per FAQ (see `Shared::vocabulary`).
#[derive(Debug, Default)]
pub struct Vocabulary(Vec<String>);

impl Vocabulary {
    pub fn new(faq: &Faq) -> Self {
        let mut v = std::collections::BTreeSet::new();
        let mut add = |text: &str| {
            for w in text
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| w.chars().count() >= 3)
            {
                v.insert(w.to_string());
            }
        };
        for s in &faq.kb.sections {
            add(&s.title);
            s.examples.iter().for_each(|e| add(e));
            s.keywords.iter().for_each(|k| add(k));
        }
        for g in &faq.kb.synonyms {
            add(&g.canonical);
            g.aliases.iter().for_each(|a| add(a));
        }
        Self(v.into_iter().collect())
    }

    /// `partial` with each word of three letters or more completed (the
    /// last one, still being typed, by prefix) or corrected (one typo in a
    /// short word, two in a long one) to a word of the FAQ.
    pub fn complete(&self, partial: &str) -> String {
        let vocab = &self.0;
        let words: Vec<&str> = partial.split_whitespace().collect();
        let last = words.len().saturating_sub(1);
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let lw = w.to_lowercase();
                let n = lw.chars().count();
                if n < 3 || vocab.binary_search(&lw).is_ok() {
                    return lw;
                }
                if i == last {
                    // The shortest word it begins: "subdom" -> "subdomain".
                    let from = vocab.partition_point(|v| v.as_str() < lw.as_str());
                    if let Some(c) = vocab[from..]
                        .iter()
                        .take_while(|v| v.starts_with(&lw))
                        .min_by_key(|v| v.len())
                    {
                        return c.clone();
                    }
                }
                let max = if n >= 7 { 2 } else { 1 };
                vocab
                    .iter()
                    .filter(|v| v.chars().count().abs_diff(n) <= max)
                    .map(|v| (strsim::damerau_levenshtein(&lw, v), v))
                    .filter(|(d, _)| *d <= max)
                    .min_by_key(|(d, v)| (*d, v.len()))
                    .map_or(lw.clone(), |(_, v)| v.clone())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl Handler {
    /// Creates one of the bot's messages: retried, and never twice (see
    /// [`send`]).
    async fn create_message(
        &self,
        ctx: &Context,
        channel: ChannelId,
        message: CreateMessage,
        nonce: String,
        what: &'static str,
    ) -> Result<Message, send::SendError> {
        let policy = &self.shared.config.reply_retry;
        send::create_message(&ctx.http, channel, message, nonce, policy, what).await
    }

    async fn command(&self, ctx: &Context, c: &CommandInteraction) -> serenity::Result<()> {
        let started = Instant::now();
        let shared = &self.shared;
        let user = c.user.id.get();
        let key = (c.channel_id.get(), user);
        let Some((sub, opts)) = sub_options(c) else {
            return Ok(());
        };
        let public = opt_bool(&opts, "public");
        let respond = |r: Rendered, ephemeral: bool| {
            CreateInteractionResponse::Message(r.to_interaction(ephemeral))
        };
        let response = match sub {
            "ask" => {
                let q = opt_str(&opts, "question").unwrap_or_default();
                let faq = shared.faq();
                // A suggestion picked from autocomplete carries a section id.
                let section = render::resolve_section(&faq, q);
                let turn = if faq.kb.section(&section).is_some() {
                    shared.show(key, &section)
                } else {
                    match shared.rate(user) {
                        Rate::Allow => {}
                        _ => {
                            return send::respond(
                                &ctx.http,
                                c.id,
                                &c.token,
                                respond(Rendered::text(SLOW_DOWN), true),
                            )
                            .await
                        }
                    }
                    shared.converse(key, q)
                };
                shared.record(&turn, Some(q));
                shared.note_ask(key, Some(q), &turn);
                respond(
                    render::reply(
                        &turn.faq,
                        &turn.reply,
                        for_user(shared, key.0, user, Some(q)),
                    ),
                    !public,
                )
            }
            "show" => {
                let faq = shared.faq();
                let s =
                    render::resolve_section(&faq, opt_str(&opts, "section").unwrap_or_default());
                let target = opts.iter().find_map(|o| match o.value {
                    ResolvedValue::User(u, _) if o.name == "target" && !u.bot => Some(u.id.get()),
                    _ => None,
                });
                match target {
                    // For someone else: their conversation, their buttons,
                    // a mention of them only.
                    // A ping of someone else: rate-limited like a question.
                    Some(_) if shared.rate(user) != Rate::Allow => {
                        respond(Rendered::text(SLOW_DOWN), true)
                    }
                    Some(t) => {
                        let turn = shared.show((c.channel_id.get(), t), &s);
                        shared.record(&turn, None);
                        let mut out =
                            render::reply(&turn.faq, &turn.reply, for_user(shared, key.0, t, None));
                        out.content = format!("<@{t}> this may help:");
                        out.allowed_mentions = render::no_mentions().users([UserId::new(t)]);
                        respond(out, false)
                    }
                    None => {
                        let turn = shared.show(key, &s);
                        shared.record(&turn, None);
                        respond(
                            render::reply(
                                &turn.faq,
                                &turn.reply,
                                for_user(shared, key.0, user, None),
                            ),
                            !public,
                        )
                    }
                }
            }
            "list" => respond(render::list_page(&shared.faq(), 0), !public),
            "cancel" => {
                shared.forget(key);
                respond(
                    Rendered::text("Okay, I've forgotten our conversation in this channel."),
                    true,
                )
            }
            "reload" => {
                let allowed = c
                    .member
                    .as_ref()
                    .and_then(|m| m.permissions)
                    .is_some_and(|p| p.manage_guild());
                if !allowed {
                    respond(
                        Rendered::text(
                            "Only members with the Manage Server permission can reload the FAQ.",
                        ),
                        true,
                    )
                } else {
                    send::defer_ephemeral(&ctx.http, c.id, &c.token).await?;
                    let s = shared.clone();
                    let result = tokio::task::spawn_blocking(move || s.reload()).await;
                    let out = match result {
                        Ok(Ok(n)) => {
                            tracing::info!(sections = n, "FAQ reloaded by command");
                            Rendered::text(&format!("Reloaded the FAQ: {n} sections."))
                        }
                        Ok(Err(e)) => {
                            tracing::warn!("reload failed; keeping the last good FAQ:\n{e}");
                            render::reload_failed(&e.to_string())
                        }
                        Err(_) => Rendered::text(
                            "The reload failed unexpectedly; the last good FAQ keeps serving.",
                        ),
                    };
                    c.edit_response(
                        &ctx.http,
                        EditInteractionResponse::new()
                            .content(out.content)
                            .allowed_mentions(out.allowed_mentions),
                    )
                    .await?;
                    return Ok(());
                }
            }
            _ => return Ok(()),
        };
        send::respond(&ctx.http, c.id, &c.token, response).await?;
        tracing::debug!(
            sub,
            elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
            "answered a command"
        );
        Ok(())
    }

    /// The post a thread is, when its parent is a listed forum.
    fn post_of(&self, thread: &GuildChannel) -> Option<forum::Post> {
        let forum = thread.parent_id?.get();
        let is_thread = matches!(
            thread.kind,
            ChannelType::PublicThread | ChannelType::PrivateThread
        );
        if !is_thread || !self.shared.config.forum_channels.contains(&forum) {
            return None;
        }
        Some(forum::Post {
            forum,
            owner: thread.owner_id.map_or(0, |o| o.get()),
            name: thread.name.clone(),
        })
    }

    /// The forum post `msg` was written in: known from THREAD_CREATE, or
    /// (a starter message that came first) read from Discord.
    async fn forum_post(&self, ctx: &Context, msg: &Message) -> Option<forum::Post> {
        let shared = &self.shared;
        if shared.config.forum_channels.is_empty() || msg.guild_id.is_none() {
            return None;
        }
        let channel = msg.channel_id.get();
        if let Some(p) = shared.post(channel) {
            return Some(p);
        }
        // A post from before a restart: serenity's cache has the guild's
        // active threads (GUILD_CREATE).
        let cached = msg.guild_id.and_then(|g| {
            let guild = ctx.cache.guild(g)?;
            let t = guild.threads.iter().find(|t| t.id == msg.channel_id)?;
            self.post_of(t)
        });
        if let Some(p) = cached {
            shared.add_post(channel, p.clone());
            return Some(p);
        }
        // Only a starter message (its id is the thread's) is worth a lookup.
        if msg.id.get() != channel {
            return None;
        }
        let thread = fetch_thread(ctx, channel).await?;
        let post = self.post_of(&thread)?;
        shared.add_post(channel, post.clone());
        Some(post)
    }

    /// "Answer with FAQ" on someone's message: the answer is a reply to that
    /// message, its buttons are its author's; the helper is told privately.
    async fn message_command(&self, ctx: &Context, c: &CommandInteraction) -> serenity::Result<()> {
        let shared = &self.shared;
        let private = |text: &str| {
            CreateInteractionResponse::Message(Rendered::text(text).to_interaction(true))
        };
        let Some(ResolvedTarget::Message(target)) = c.data.target() else {
            return Ok(());
        };
        let author = target.author.id.get();
        let text = strip_mention(&target.content, shared.bot_id());
        if target.author.bot || !text.chars().any(char::is_alphanumeric) {
            return send::respond(
                &ctx.http,
                c.id,
                &c.token,
                private("That message has no question I can answer."),
            )
            .await;
        }
        if shared.rate(c.user.id.get()) != Rate::Allow {
            return send::respond(&ctx.http, c.id, &c.token, private(SLOW_DOWN)).await;
        }
        // Deferred first: a retried answer may take longer than the 3
        // seconds Discord gives an interaction response.
        send::defer_ephemeral(&ctx.http, c.id, &c.token).await?;
        let channel = c.channel_id.get();
        let key = (channel, author);
        let turn = shared.converse(key, &text);
        shared.record(&turn, Some(&text));
        shared.note_ask(key, Some(&text), &turn);
        let out = render::reply(
            &turn.faq,
            &turn.reply,
            for_user(shared, channel, author, Some(&text)),
        );
        // The author is notified through the reply itself; nobody else is.
        let message = out
            .to_message()
            .reference_message((c.channel_id, MessageId::new(target.id.get())))
            .allowed_mentions(out.allowed_mentions.clone().replied_user(true));
        let nonce = send::nonce(c.id.get(), send::Reply::AnswerWithFaq);
        let ack = match self
            .create_message(ctx, c.channel_id, message, nonce, "an answer with FAQ")
            .await
        {
            Ok(_) => format!("Answered <@{author}>'s message with the FAQ."),
            // Logged by `create_message`.
            Err(_) => "I couldn't post in this channel.".to_string(),
        };
        c.edit_response(
            &ctx.http,
            EditInteractionResponse::new()
                .content(ack)
                .allowed_mentions(render::no_mentions()),
        )
        .await
        .map(|_| ())
    }

    /// "Talk to staff": opens a thread (private where allowed, else public)
    /// in the staff channel or the current one, whose first message carries
    /// the question, the facts and the sections offered; the support role is
    /// mentioned once, for a real question, outside the user's cooldown.
    /// Returns what the user is told. `event` is the id of the button press
    /// (for the message's nonce).
    async fn hand_over(&self, ctx: &Context, key: super::sessions::Key, event: u64) -> String {
        let shared = &self.shared;
        let (channel, user) = key;
        let (asked, facts) = shared.asked(key);
        let role = shared.config.support_role;
        let ping =
            role.is_some() && staff::is_question(&asked.question) && shared.take_staff_ping(user);
        let parent = ChannelId::new(shared.config.staff_channel.unwrap_or(channel));
        let name = staff::thread_name(&asked);
        let mut thread = None;
        for kind in [ChannelType::PrivateThread, ChannelType::PublicThread] {
            let b = CreateThread::new(name.clone())
                .kind(kind)
                .auto_archive_duration(AutoArchiveDuration::OneWeek);
            let b = if kind == ChannelType::PrivateThread {
                b.invitable(false)
            } else {
                b
            };
            match parent.create_thread(&ctx.http, b).await {
                Ok(t) => {
                    thread = Some((t.id, kind));
                    break;
                }
                Err(e) => tracing::warn!(
                    channel = parent.get(),
                    kind = ?kind,
                    error = %e,
                    "cannot open a staff thread"
                ),
            }
        }
        // No thread possible (e.g. already inside a forum post): the
        // hand-over goes in the current channel.
        let target = match thread {
            Some((t, ChannelType::PrivateThread)) => {
                if let Err(e) = t.add_thread_member(&ctx.http, UserId::new(user)).await {
                    tracing::warn!(error = %e, "cannot add the user to the staff thread");
                }
                t
            }
            Some((t, _)) => t,
            None => ChannelId::new(channel),
        };
        let out = staff::handover(user, &asked, &facts, role, ping);
        let nonce = send::nonce(event, send::Reply::Handover);
        let sent = self
            .create_message(
                ctx,
                target,
                out.to_message(),
                nonce,
                "the hand-over to staff",
            )
            .await;
        match sent {
            Ok(_) if target.get() == channel => {
                "I've asked the staff to help you here.".to_string()
            }
            Ok(_) => format!(
                "I've opened <#{}> with the staff; they'll answer you there.",
                target.get()
            ),
            // Logged by `create_message`.
            Err(_) => {
                "I couldn't reach the staff; please ask in the server's help channel.".to_string()
            }
        }
    }

    /// "Solved" in a forum post: by its owner or a member with Manage
    /// Threads; applies the forum's `solved_tag` (keeping the other tags),
    /// archives the post when `archive_solved`. Returns what the presser
    /// is told.
    async fn solve(&self, ctx: &Context, channel: u64, user: u64, may_manage: bool) -> String {
        let shared = &self.shared;
        let Some(thread) = fetch_thread(ctx, channel).await else {
            return "I couldn't read this post; please try again.".into();
        };
        let Some(post) = self.post_of(&thread) else {
            return "Only posts of the FAQ forums can be marked solved.".into();
        };
        if post.owner != user && !may_manage {
            return "Only the post's author or a moderator can mark it solved.".into();
        }
        let name = &shared.config.solved_tag;
        // The forum's tags: from the cache (GUILD_CREATE), else from Discord.
        let tags_of = |f: &GuildChannel| -> Vec<(u64, String)> {
            f.available_tags
                .iter()
                .map(|t| (t.id.get(), t.name.clone()))
                .collect()
        };
        let forum_id = ChannelId::new(post.forum);
        let cached = ctx
            .cache
            .guild(thread.guild_id)
            .and_then(|g| g.channels.get(&forum_id).map(tags_of));
        let available = match cached {
            Some(tags) => tags,
            None => match forum_id.to_channel(ctx).await {
                Ok(Channel::Guild(f)) => tags_of(&f),
                Ok(_) => Vec::new(),
                Err(e) => {
                    tracing::warn!(forum = post.forum, error = %e, "cannot read the forum's tags");
                    Vec::new()
                }
            },
        };
        let applied: Vec<u64> = thread.applied_tags.iter().map(|t| t.get()).collect();
        let tags = forum::with_tag(&available, &applied, name);
        if tags.is_none() {
            tracing::warn!(
                forum = post.forum,
                tag = %name,
                "the forum has no tag with the solved_tag name; add it in the forum's settings"
            );
        }
        let archive = shared.config.archive_solved;
        let archived = thread.thread_metadata.is_some_and(|m| m.archived);
        let id = ChannelId::new(channel);
        let mut edits = Vec::new();
        if let Some(tags) = &tags {
            // Tags can only change on an unarchived thread: unarchive in the
            // same request when it is archived.
            let mut b = EditThread::new().applied_tags(tags.iter().map(|t| ForumTagId::new(*t)));
            if archived || archive {
                b = b.archived(archive && !archived);
            }
            edits.push(b);
            if archive && archived {
                edits.push(EditThread::new().archived(true));
            }
        } else if archive && !archived {
            edits.push(EditThread::new().archived(true));
        }
        for b in edits {
            if let Err(e) = id.edit_thread(&ctx.http, b).await {
                tracing::warn!(thread = channel, error = %e, "cannot mark the post solved");
                return "I couldn't update this post (missing permissions?).".into();
            }
        }
        shared.feedback.record(Event::Solved);
        match tags {
            Some(_) => format!("Marked as solved ✅{}", if archive { " and closed." } else { "." }),
            None => format!(
                "This forum has no \"{name}\" tag, so I couldn't tag the post; ask a moderator to add one.{}",
                if archive { " The post is closed." } else { "" }
            ),
        }
    }

    async fn autocomplete(&self, ctx: &Context, c: &CommandInteraction) -> serenity::Result<()> {
        let Some(focused) = c.data.autocomplete() else {
            return Ok(());
        };
        let (faq, vocab) = self.shared.faq_and_vocabulary();
        let choices = suggest(&faq, &vocab, focused.value, focused.name == "section");
        send::respond(
            &ctx.http,
            c.id,
            &c.token,
            CreateInteractionResponse::Autocomplete(
                CreateAutocompleteResponse::new().set_choices(choices),
            ),
        )
        .await
    }

    async fn component(&self, ctx: &Context, c: &ComponentInteraction) -> serenity::Result<()> {
        let shared = &self.shared;
        let user = c.user.id.get();
        let channel = c.channel_id.get();
        let notice = |text: &str| {
            CreateInteractionResponse::Message(Rendered::text(text).to_interaction(true))
        };
        let Some(action) = Action::decode(&c.data.custom_id) else {
            return send::respond(&ctx.http, c.id, &c.token, notice(STALE)).await;
        };
        if let Some(owner) = action.owner() {
            if owner != user {
                return send::respond(&ctx.http, c.id, &c.token, notice(NOT_YOURS)).await;
            }
        }
        let picked = match &c.data.kind {
            ComponentInteractionDataKind::StringSelect { values } => values.first().cloned(),
            _ => None,
        };
        let update = |turn: &Turn| {
            CreateInteractionResponse::UpdateMessage(
                render::reply(
                    &turn.faq,
                    &turn.reply,
                    for_user(shared, channel, user, None),
                )
                .to_interaction(false),
            )
        };
        let key = (channel, user);
        // A button made with another FAQ (before a reload, or by a process
        // that served another FAQ): when its conversation is gone, or what
        // it answers is no longer in the FAQ, the FAQ changed.
        let (faq_now, version_now) = shared.faq_and_version();
        let outdated = action
            .version()
            .is_some_and(|v| v != super::short_version(version_now));
        if outdated && !still_valid(&faq_now, &action) {
            return send::respond(&ctx.http, c.id, &c.token, notice(CHANGED)).await;
        }
        let from_press = |p: Press| match p {
            Press::Done(turn) => {
                shared.record(&turn, None);
                shared.note_ask(key, None, &turn);
                update(&turn)
            }
            Press::Expired if outdated => notice(CHANGED),
            Press::Expired => notice(EXPIRED),
            Press::Stale => notice(STALE),
            Press::Changed => notice(CHANGED),
        };
        let response = match action {
            Action::Choose { fact, value, .. } => from_press(shared.press(key, |faq, s| {
                let fact = render::resolve_fact(faq, &fact);
                let value = render::resolve_value(faq, &fact, &value);
                dialogue::choose(faq, s, &fact, &value)
            })),
            Action::ChooseMenu { fact, .. } => {
                let Some(value) = picked else {
                    return send::respond(&ctx.http, c.id, &c.token, notice(STALE)).await;
                };
                from_press(shared.press(key, |faq, s| {
                    let fact = render::resolve_fact(faq, &fact);
                    let value = render::resolve_value(faq, &fact, &value);
                    dialogue::choose(faq, s, &fact, &value)
                }))
            }
            Action::Pick { section, .. } => from_press(shared.press(key, |faq, s| {
                let id = render::resolve_section(faq, &section);
                Ok(dialogue::show_section(faq, s, &id))
            })),
            Action::Cancel { .. } => {
                shared.forget(key);
                CreateInteractionResponse::UpdateMessage(
                    Rendered::text(
                        "Okay, I've forgotten this conversation. Ask me anything about the FAQ.",
                    )
                    .to_interaction(false)
                    .embeds(Vec::new())
                    .components(Vec::new()),
                )
            }
            Action::Feedback { up, owner, section } => {
                let id = render::resolve_section(&shared.faq(), &section);
                // One vote per user per answer; a changed vote replaces the
                // old one in the log.
                let Some(replaces) = shared.vote(c.message.id.get(), user, up) else {
                    return send::respond(
                        &ctx.http,
                        c.id,
                        &c.token,
                        notice("You already voted on this answer; thanks!"),
                    )
                    .await;
                };
                shared.feedback.record(Event::Feedback {
                    section: id.to_string(),
                    up,
                    asker: owner == Some(user),
                    replaces,
                });
                let staff = for_user(shared, channel, user, None).staff;
                match (up, replaces.is_some()) {
                    (false, _) => CreateInteractionResponse::Message(
                        render::feedback_down(user, staff).to_interaction(true),
                    ),
                    (true, true) => notice("Your vote is changed. Thanks for your feedback!"),
                    (true, false) => notice("Thanks for your feedback!"),
                }
            }
            Action::Staff { .. } => {
                // Each press opens a thread: as rate-limited as questions.
                if shared.rate(user) != Rate::Allow {
                    return send::respond(&ctx.http, c.id, &c.token, notice(SLOW_DOWN)).await;
                }
                send::defer_ephemeral(&ctx.http, c.id, &c.token).await?;
                let text = self.hand_over(ctx, key, c.id.get()).await;
                return edit_private(ctx, c, text).await;
            }
            Action::Solved => {
                send::defer_ephemeral(&ctx.http, c.id, &c.token).await?;
                let may_manage = c
                    .member
                    .as_ref()
                    .and_then(|m| m.permissions)
                    .is_some_and(|p| p.manage_threads());
                let text = self.solve(ctx, channel, user, may_manage).await;
                return edit_private(ctx, c, text).await;
            }
            Action::ListPick => {
                let Some(section) = picked else {
                    return send::respond(&ctx.http, c.id, &c.token, notice(STALE)).await;
                };
                let id = render::resolve_section(&shared.faq(), &section);
                let turn = shared.show(key, &id);
                shared.record(&turn, None);
                shared.note_ask(key, None, &turn);
                CreateInteractionResponse::Message(
                    render::reply(
                        &turn.faq,
                        &turn.reply,
                        for_user(shared, channel, user, None),
                    )
                    .to_interaction(true),
                )
            }
            Action::Page(n) => CreateInteractionResponse::UpdateMessage(
                render::list_page(&shared.faq(), n).to_interaction(false),
            ),
        };
        send::respond(&ctx.http, c.id, &c.token, response).await
    }
}

/// Whether what a follow-up or pick button refers to is still in `faq`.
fn still_valid(faq: &Faq, action: &Action) -> bool {
    let section_ok = |r: &str| faq.kb.section(&render::resolve_section(faq, r)).is_some();
    match action {
        Action::Choose {
            fact, value, at, ..
        } => {
            let f = render::resolve_fact(faq, fact);
            let v = render::resolve_value(faq, &f, value);
            at.as_ref().is_none_or(|a| section_ok(&a.section))
                && faq.kb.fact(&f).is_some_and(|f| f.choice(&v).is_some())
        }
        Action::ChooseMenu { fact, at, .. } => {
            at.as_ref().is_none_or(|a| section_ok(&a.section))
                && faq.kb.fact(&render::resolve_fact(faq, fact)).is_some()
        }
        Action::Pick { section, .. } => section_ok(section),
        _ => true,
    }
}

/// Fills a deferred private response to a button with `text`, pinging nobody.
async fn edit_private(
    ctx: &Context,
    c: &ComponentInteraction,
    text: String,
) -> serenity::Result<()> {
    c.edit_response(
        &ctx.http,
        EditInteractionResponse::new()
            .content(text)
            .allowed_mentions(render::no_mentions()),
    )
    .await
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mention_is_stripped() {
        assert_eq!(strip_mention("<@42> do I need ICP?", 42), "do I need ICP?");
        assert_eq!(strip_mention("hey <@!42>", 42), "hey");
        assert_eq!(strip_mention("<@43> x", 42), "<@43> x");
    }

    #[test]
    fn commands_serialise() {
        let j = serde_json::to_value(commands()).unwrap();
        let subs: Vec<&str> = j[0]["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap())
            .collect();
        assert_eq!(subs, ["ask", "show", "list", "cancel"]);
        assert_eq!(j[1]["name"], ADMIN_COMMAND);
        assert_eq!(j[1]["default_member_permissions"], "32");
        assert_eq!(j[1]["options"][0]["name"], "reload");
        assert_eq!(j[2]["name"], ANSWER_WITH_FAQ);
        assert_eq!(j[2]["type"], 3);
    }

    #[test]
    fn autocomplete_completes_and_corrects() {
        let faq = Faq::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).unwrap();
        let v = Vocabulary::new(&faq);
        assert_eq!(v.complete("subdom"), "subdomain");
        assert_eq!(v.complete("domian names"), "domain names");
        assert_eq!(v.complete("ICP"), "icp");
    }
}
