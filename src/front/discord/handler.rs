//! serenity's event handler: Discord events in, engine calls, Discord
//! messages out.

use super::render::{self, Action, For, Rendered};
use super::{Press, Rate, Shared, Turn};
use crate::dialogue::{self, Reply};
use crate::faq::Faq;
use serenity::all::{
    async_trait, AutocompleteChoice, Command, CommandInteraction, CommandOptionType,
    ComponentInteraction, ComponentInteractionDataKind, Context, CreateAutocompleteResponse,
    CreateCommand, CreateCommandOption, CreateInteractionResponse, EditInteractionResponse,
    EventHandler, GuildId, Interaction, Message, Ready, ResolvedOption, ResolvedValue,
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

/// The `/faq` command and its subcommands.
pub fn commands() -> Vec<CreateCommand> {
    let public = || {
        CreateCommandOption::new(
            CommandOptionType::Boolean,
            "public",
            "Post the answer in the channel for everyone (default: only you see it)",
        )
    };
    vec![CreateCommand::new("faq")
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
            CreateCommandOption::new(CommandOptionType::SubCommand, "show", "Show a FAQ section")
                .add_sub_option(
                    CreateCommandOption::new(CommandOptionType::String, "section", "The section")
                        .required(true)
                        .set_autocomplete(true),
                )
                .add_sub_option(public()),
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
        ))
        .add_option(CreateCommandOption::new(
            CommandOptionType::SubCommand,
            "reload",
            "Reload the FAQ folder (Manage Server only)",
        ))]
}

/// The message's text without the bot's own mention.
fn strip_mention(content: &str, bot: u64) -> String {
    content
        .replace(&format!("<@{bot}>"), " ")
        .replace(&format!("<@!{bot}>"), " ")
        .trim()
        .to_string()
}

fn for_user<'a>(shared: &Shared, owner: u64, question: Option<&'a str>) -> For<'a> {
    For {
        owner,
        support_role: shared.config.support_role,
        question,
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
        let text = strip_mention(&msg.content, bot);
        let unprompted = !is_dm && !mentioned;
        if unprompted {
            if !shared.config.support_channels.contains(&channel) {
                return;
            }
            // In a support channel: a typed answer to a pending follow-up,
            // or a confident unprompted answer (with a per-channel cooldown).
            if !shared.has_pending(key) {
                let faq = shared.faq();
                if dialogue::confidence(&faq, &text) < shared.config.auto_answer_threshold
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
                if let Err(e) = msg
                    .channel_id
                    .send_message(&ctx.http, r.to_message().reference_message(&msg))
                    .await
                {
                    tracing::warn!(error = %e, "cannot send the rate-limit notice");
                }
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
        let out = render::reply(&turn.faq, &turn.reply, for_user(shared, user, Some(&text)));
        let sent = msg
            .channel_id
            .send_message(&ctx.http, out.to_message().reference_message(&msg))
            .await;
        match sent {
            Ok(_) => tracing::debug!(
                kind = turn.reply.kind(),
                dm = is_dm,
                elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
                "answered a message"
            ),
            Err(e) => tracing::warn!(error = %e, "cannot send a reply"),
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let result = match interaction {
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

/// Autocomplete suggestions: sections matching what was typed so far.
pub fn suggest(faq: &Faq, partial: &str, by_id: bool) -> Vec<AutocompleteChoice> {
    let partial = partial.trim();
    let mut picks: Vec<usize> = Vec::new();
    if by_id && !partial.is_empty() {
        let p = partial.to_lowercase();
        picks.extend(
            faq.kb
                .sections
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    s.id.as_str().to_lowercase().contains(&p) || s.title.to_lowercase().contains(&p)
                })
                .map(|(i, _)| i),
        );
    }
    if partial.is_empty() {
        picks.extend(0..faq.kb.sections.len());
    } else {
        for h in faq.understand(partial).hits {
            if !picks.contains(&h.section) {
                picks.push(h.section);
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

impl Handler {
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
                            return c
                                .create_response(
                                    &ctx.http,
                                    respond(Rendered::text(SLOW_DOWN), true),
                                )
                                .await
                        }
                    }
                    shared.converse(key, q)
                };
                shared.record(&turn, Some(q));
                respond(
                    render::reply(&turn.faq, &turn.reply, for_user(shared, user, Some(q))),
                    !public,
                )
            }
            "show" => {
                let faq = shared.faq();
                let s =
                    render::resolve_section(&faq, opt_str(&opts, "section").unwrap_or_default());
                let turn = shared.show(key, &s);
                shared.record(&turn, None);
                respond(
                    render::reply(&turn.faq, &turn.reply, for_user(shared, user, None)),
                    !public,
                )
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
                    c.defer_ephemeral(&ctx.http).await?;
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
        c.create_response(&ctx.http, response).await?;
        tracing::debug!(
            sub,
            elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
            "answered a command"
        );
        Ok(())
    }

    async fn autocomplete(&self, ctx: &Context, c: &CommandInteraction) -> serenity::Result<()> {
        let Some(focused) = c.data.autocomplete() else {
            return Ok(());
        };
        let choices = suggest(&self.shared.faq(), focused.value, focused.name == "section");
        c.create_response(
            &ctx.http,
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
            return c.create_response(&ctx.http, notice(STALE)).await;
        };
        if let Some(owner) = action.owner() {
            if owner != user {
                return c.create_response(&ctx.http, notice(NOT_YOURS)).await;
            }
        }
        let picked = match &c.data.kind {
            ComponentInteractionDataKind::StringSelect { values } => values.first().cloned(),
            _ => None,
        };
        let update = |turn: &Turn| {
            CreateInteractionResponse::UpdateMessage(
                render::reply(&turn.faq, &turn.reply, for_user(shared, user, None))
                    .to_interaction(false),
            )
        };
        let from_press = |p: Press| match p {
            Press::Done(turn) => {
                shared.record(&turn, None);
                update(&turn)
            }
            Press::Expired => notice(EXPIRED),
            Press::Stale => notice(STALE),
            Press::Changed => notice(CHANGED),
        };
        let key = (channel, user);
        let response = match action {
            Action::Choose { fact, value, .. } => from_press(shared.press(key, |faq, s| {
                let fact = render::resolve_fact(faq, &fact);
                let value = render::resolve_value(faq, &fact, &value);
                dialogue::choose(faq, s, &fact, &value)
            })),
            Action::ChooseMenu { fact, .. } => {
                let Some(value) = picked else {
                    return c.create_response(&ctx.http, notice(STALE)).await;
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
            Action::Feedback { up, section } => {
                let id = render::resolve_section(&shared.faq(), &section);
                shared.feedback.record(super::feedback::Event::Feedback {
                    section: id.to_string(),
                    up,
                });
                notice("Thanks for your feedback!")
            }
            Action::ListPick => {
                let Some(section) = picked else {
                    return c.create_response(&ctx.http, notice(STALE)).await;
                };
                let id = render::resolve_section(&shared.faq(), &section);
                let turn = shared.show(key, &id);
                shared.record(&turn, None);
                CreateInteractionResponse::Message(
                    render::reply(&turn.faq, &turn.reply, for_user(shared, user, None))
                        .to_interaction(true),
                )
            }
            Action::Page(n) => CreateInteractionResponse::UpdateMessage(
                render::list_page(&shared.faq(), n).to_interaction(false),
            ),
        };
        c.create_response(&ctx.http, response).await
    }
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
        assert_eq!(subs, ["ask", "show", "list", "cancel", "reload"]);
    }
}
