//! Reply → Discord message parts (embeds, buttons, allowed mentions), and the
//! custom ids carried by the buttons. Pure functions: no I/O, no serenity
//! client, so they are unit-tested on their JSON.

use crate::dialogue::{AnswerKind, AskForm, Candidate, Question, Reply};
use crate::faq::Faq;
use crate::ids::{FactId, SectionId, Value};
use crate::knowledge::FactKind;
use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed,
    CreateEmbedFooter, CreateInteractionResponseMessage, CreateMessage, CreateSelectMenu,
    CreateSelectMenuKind, CreateSelectMenuOption,
};
use std::collections::BTreeMap;

/// Discord's limits.
pub const CONTENT_MAX: usize = 2000;
pub const TITLE_MAX: usize = 256;
pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELD_MAX: usize = 1024;
pub const LABEL_MAX: usize = 80;
pub const EMBED_TOTAL_MAX: usize = 6000;
pub const OPTION_MAX: usize = 100;
pub const CUSTOM_ID_MAX: usize = 100;
/// Choices shown as buttons; more become a select menu.
pub const MAX_BUTTONS: usize = 5;
/// Sections per `/faq list` page (a select menu holds 25 options).
pub const PAGE_SIZE: usize = 25;

const GREEN: u32 = 0x2e_cc_71;
const BLUE: u32 = 0x34_98_db;
const AMBER: u32 = 0xf1_c4_0f;
const GREY: u32 = 0x95_a5_a6;

/// One message's parts, ready for any of the ways of sending it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub content: String,
    pub embeds: Vec<CreateEmbed>,
    pub components: Vec<CreateActionRow>,
    pub allowed_mentions: CreateAllowedMentions,
}

impl Rendered {
    pub fn text(text: &str) -> Self {
        Self {
            content: truncate(text, CONTENT_MAX),
            allowed_mentions: no_mentions(),
            ..Self::default()
        }
    }

    pub fn to_message(&self) -> CreateMessage {
        CreateMessage::new()
            .content(self.content.clone())
            .embeds(self.embeds.clone())
            .components(self.components.clone())
            .allowed_mentions(self.allowed_mentions.clone())
    }

    /// For an interaction callback (new message or update in place).
    pub fn to_interaction(&self, ephemeral: bool) -> CreateInteractionResponseMessage {
        CreateInteractionResponseMessage::new()
            .content(self.content.clone())
            .embeds(self.embeds.clone())
            .components(self.components.clone())
            .allowed_mentions(self.allowed_mentions.clone())
            .ephemeral(ephemeral)
    }
}

/// Pings nobody, not even the author of the message replied to.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
        .empty_users()
        .empty_roles()
        .replied_user(false)
}

/// Cuts `s` to at most `max` characters, ending with an ellipsis when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// User text made inert: Markdown escaped, mentions and links broken.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '#' | '[' | ']' | '(' | ')' | '<' | ':'
            | '-' => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push_str("@\u{200b}"),
            // Bidirectional overrides could make the quote read differently.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// What a component (button or select menu) means; encoded in its custom id.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Answer `owner`'s pending follow-up `fact` with `value`.
    Choose {
        owner: u64,
        fact: String,
        value: String,
        /// Where it was asked (`None` on buttons of older versions).
        at: Option<At>,
    },
    /// Select menu for `owner`'s follow-up `fact`; the value is picked.
    ChooseMenu {
        owner: u64,
        fact: String,
        at: Option<At>,
    },
    /// Show a section to `owner` ("did you mean" / suggestion); `version`:
    /// the FAQ's short version (`None` on buttons of older versions).
    Pick {
        owner: u64,
        section: String,
        version: Option<String>,
    },
    /// Forget `owner`'s conversation.
    Cancel { owner: u64 },
    /// 👍 / 👎 on an answer to `owner` (`None` on buttons of older versions).
    Feedback {
        up: bool,
        owner: Option<u64>,
        section: String,
    },
    /// "Talk to staff": hand `owner`'s question over to a person.
    Staff { owner: u64 },
    /// "Solved" on an answer in a forum post (its owner or a moderator).
    Solved,
    /// `/faq list`: a section picked from the menu (anyone; own session).
    ListPick,
    /// `/faq list`: another page.
    Page(usize),
}

/// Where a follow-up was asked: the section (a ref) and the FAQ's short
/// version ([`super::short_version`]), so that a press after a restart, or
/// after the FAQ changed, can be told apart.
#[derive(Debug, Clone, PartialEq)]
pub struct At {
    pub version: String,
    pub section: String,
}

impl Action {
    /// The custom id. Refs never hold a ':' (see `compact_ref`), so the
    /// parts split unambiguously; a versioned id tags its kind `c~VERSION`.
    pub fn encode(&self) -> String {
        match self {
            Action::Choose {
                owner,
                fact,
                value,
                at: None,
            } => format!("c:{owner}:{fact}:{value}"),
            Action::Choose {
                owner,
                fact,
                value,
                at: Some(at),
            } => format!("c~{}:{owner}:{fact}:{value}:{}", at.version, at.section),
            Action::ChooseMenu {
                owner,
                fact,
                at: None,
            } => format!("m:{owner}:{fact}"),
            Action::ChooseMenu {
                owner,
                fact,
                at: Some(at),
            } => format!("m~{}:{owner}:{fact}:{}", at.version, at.section),
            Action::Pick {
                owner,
                section,
                version: None,
            } => format!("p:{owner}:{section}"),
            Action::Pick {
                owner,
                section,
                version: Some(v),
            } => format!("p~{v}:{owner}:{section}"),
            Action::Cancel { owner } => format!("x:{owner}"),
            Action::Feedback { up, owner, section } => {
                let up = if *up { "u" } else { "d" };
                match owner {
                    Some(o) => format!("f:{up}:{o}:{section}"),
                    None => format!("f:{up}:{section}"),
                }
            }
            Action::Staff { owner } => format!("h:{owner}"),
            Action::Solved => "v".into(),
            Action::ListPick => "l".into(),
            Action::Page(n) => format!("g:{n}"),
        }
    }

    pub fn decode(id: &str) -> Option<Self> {
        if let Some((tag, rest)) = id.split_once('~') {
            let (version, rest) = rest.split_once(':')?;
            let version = version.to_string();
            let parts: Vec<&str> = rest.split(':').collect();
            let owner = parts.first()?.parse().ok()?;
            let s = |i: usize| parts.get(i).map(|p| p.to_string());
            return Some(match (tag, parts.len()) {
                ("c", 4) => Action::Choose {
                    owner,
                    fact: s(1)?,
                    value: s(2)?,
                    at: Some(At {
                        version,
                        section: s(3)?,
                    }),
                },
                ("m", 3) => Action::ChooseMenu {
                    owner,
                    fact: s(1)?,
                    at: Some(At {
                        version,
                        section: s(2)?,
                    }),
                },
                ("p", 2) => Action::Pick {
                    owner,
                    section: s(1)?,
                    version: Some(version),
                },
                _ => return None,
            });
        }
        let mut it = id.splitn(4, ':');
        let tag = it.next()?;
        let mut next = || it.next().map(str::to_string);
        Some(match tag {
            "c" => Action::Choose {
                owner: next()?.parse().ok()?,
                fact: next()?,
                value: next()?,
                at: None,
            },
            "m" => Action::ChooseMenu {
                owner: next()?.parse().ok()?,
                fact: next()?,
                at: None,
            },
            "p" => Action::Pick {
                owner: next()?.parse().ok()?,
                section: next()?,
                version: None,
            },
            "x" => Action::Cancel {
                owner: next()?.parse().ok()?,
            },
            "f" => {
                let up = match next()?.as_str() {
                    "u" => true,
                    "d" => false,
                    _ => return None,
                };
                let a = next()?;
                match next() {
                    // Section refs never hold a ':', so four parts are
                    // `f:up:owner:section`.
                    Some(section) => Action::Feedback {
                        up,
                        owner: Some(a.parse().ok()?),
                        section,
                    },
                    None => Action::Feedback {
                        up,
                        owner: None,
                        section: a,
                    },
                }
            }
            "h" => Action::Staff {
                owner: next()?.parse().ok()?,
            },
            "v" => Action::Solved,
            "l" => Action::ListPick,
            "g" => Action::Page(next()?.parse().ok()?),
            _ => return None,
        })
    }

    /// The FAQ short version it was made with (`None`: not versioned).
    pub fn version(&self) -> Option<&str> {
        match self {
            Action::Choose { at, .. } | Action::ChooseMenu { at, .. } => {
                at.as_ref().map(|a| a.version.as_str())
            }
            Action::Pick { version, .. } => version.as_deref(),
            _ => None,
        }
    }

    /// Who may press it (`None`: anyone).
    pub fn owner(&self) -> Option<u64> {
        match self {
            Action::Choose { owner, .. }
            | Action::ChooseMenu { owner, .. }
            | Action::Pick { owner, .. }
            | Action::Cancel { owner }
            | Action::Staff { owner } => Some(*owner),
            _ => None,
        }
    }
}

/// A section id short enough for a custom id or select value: the id, or a
/// hash of it when it is too long. A hash, unlike a position, cannot point at
/// another section after a reload.
pub fn section_ref(_faq: &Faq, id: &SectionId) -> String {
    compact_ref(id.as_str(), 60)
}

pub fn resolve_section(faq: &Faq, r: &str) -> SectionId {
    resolve_ref(r, faq.kb.sections.iter().map(|s| &s.id)).unwrap_or_else(|| SectionId::new(r))
}

pub fn resolve_fact(faq: &Faq, r: &str) -> FactId {
    resolve_ref(r, faq.kb.facts.iter().map(|f| &f.id)).unwrap_or_else(|| FactId::new(r))
}

fn value_ref(_faq: &Faq, _fact: &FactId, v: &Value) -> String {
    compact_ref(v.as_str(), 30)
}

pub fn resolve_value(faq: &Faq, fact: &FactId, r: &str) -> Value {
    let values = faq
        .kb
        .fact(fact)
        .into_iter()
        .flat_map(|f| f.choices.iter().map(|c| &c.value));
    resolve_ref(r, values).unwrap_or_else(|| Value::new(r))
}

/// The id itself when it fits (and can't be mistaken for a reference), else `#hash`.
fn compact_ref(id: &str, max: usize) -> String {
    if id.len() <= max && !id.starts_with('#') && !id.contains(':') {
        return id.to_string();
    }
    ref_hash(id)
}

/// 64-bit FNV-1a of the id: stable across processes and reloads.
fn ref_hash(id: &str) -> String {
    let h = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    format!("#{h:016x}")
}

/// The id a `#hash` reference stands for, among the current ones.
fn resolve_ref<'a, T: AsRef<str> + Clone + 'a>(
    r: &str,
    ids: impl Iterator<Item = &'a T>,
) -> Option<T> {
    if !r.starts_with('#') {
        return None;
    }
    ids.into_iter()
        .find(|id| ref_hash(id.as_ref()) == r)
        .cloned()
}

/// Who the message is for and what they asked.
#[derive(Debug, Clone, Copy, Default)]
pub struct For<'a> {
    /// The user whose buttons these are.
    pub owner: u64,
    /// The support role (pinged only in hand-over threads, see `staff`).
    pub support_role: Option<u64>,
    /// The user's question, quoted (escaped) when nothing matched.
    pub question: Option<&'a str>,
    /// Offer "Talk to staff" (on no match and "did you mean").
    pub staff: bool,
    /// An answer in a forum post: offer "Solved".
    pub forum: bool,
    /// FAQ file -> base URL, for the "Source" link.
    pub sources: Option<&'a BTreeMap<String, String>>,
}

/// Quotes user text: every line prefixed with "> ", escaped, at most `max`
/// characters in all.
pub fn quote(text: &str, max: usize) -> String {
    let lines: Vec<String> = text
        .trim()
        .lines()
        .map(|l| format!("> {}", escape(l.trim_end())))
        .collect();
    truncate(&lines.join("\n"), max)
}

/// The "Source" field: the section's title, linked to `{url}#{section-id}`
/// when its file has a URL; never a file path or an internal id.
pub fn source_text(
    faq: &Faq,
    a: &crate::dialogue::Answer,
    sources: Option<&BTreeMap<String, String>>,
) -> String {
    let title = escape(&truncate(&a.title, 200));
    let mut out = match sources.and_then(|m| m.get(&a.source.file)) {
        Some(url) => format!(
            "[{title}]({}#{})",
            url.trim_end_matches('#'),
            a.section.as_str()
        ),
        None => title,
    };
    if !a.via.is_empty() {
        let via: Vec<String> = a
            .via
            .iter()
            .filter_map(|s| faq.kb.section(s).map(|s| escape(&truncate(&s.title, 100))))
            .collect();
        if !via.is_empty() {
            out.push_str(&format!(" (via {})", via.join(" → ")));
        }
    }
    out
}

fn staff_button(owner: u64, label: &str) -> CreateButton {
    CreateButton::new(Action::Staff { owner }.encode())
        .label(label)
        .style(ButtonStyle::Secondary)
}

/// The 👎 notice: thanks, and an offer to talk to a person.
pub fn feedback_down(owner: u64, staff: bool) -> Rendered {
    let mut r = Rendered::text("Thanks for your feedback!");
    if staff {
        r.content = "Thanks for your feedback! If the answer didn't help, a person can.".into();
        r.components = vec![CreateActionRow::Buttons(vec![staff_button(
            owner,
            "Talk to staff",
        )])];
    }
    r
}

/// One engine reply as a Discord message.
pub fn reply(faq: &Faq, r: &Reply, to: For<'_>) -> Rendered {
    match r {
        Reply::Answer(a) => {
            let title = truncate(&a.title, TITLE_MAX);
            let why: Vec<String> = a.because.iter().map(|b| format!("• {}", b.text)).collect();
            let why = truncate(&why.join("\n"), FIELD_MAX);
            // Discord caps an embed's total text at 6,000 characters.
            let room =
                EMBED_TOTAL_MAX - 300 - FIELD_MAX - title.chars().count() - why.chars().count();
            let mut e = CreateEmbed::new()
                .colour(GREEN)
                .title(title)
                .description(truncate(&a.text, DESCRIPTION_MAX.min(room)));
            if !why.is_empty() {
                e = e.field("Because", why, false);
            }
            if a.kind == AnswerKind::Otherwise {
                e = e.field(
                    "Note",
                    "None of this section's rules applies to your case.",
                    false,
                );
            }
            let source = source_text(faq, a, to.sources);
            e = e
                .field("Source", truncate(&source, FIELD_MAX), false)
                .footer(CreateEmbedFooter::new("Was this helpful?"));
            let s = section_ref(faq, &a.section);
            let owner = Some(to.owner);
            let mut buttons = vec![
                CreateButton::new(
                    Action::Feedback {
                        up: true,
                        owner,
                        section: s.clone(),
                    }
                    .encode(),
                )
                .style(ButtonStyle::Secondary)
                .emoji('👍'),
                CreateButton::new(
                    Action::Feedback {
                        up: false,
                        owner,
                        section: s,
                    }
                    .encode(),
                )
                .style(ButtonStyle::Secondary)
                .emoji('👎'),
            ];
            if to.forum {
                buttons.push(
                    CreateButton::new(Action::Solved.encode())
                        .label("Solved")
                        .style(ButtonStyle::Success)
                        .emoji('✅'),
                );
            }
            Rendered {
                content: String::new(),
                embeds: vec![e],
                components: vec![CreateActionRow::Buttons(buttons)],
                allowed_mentions: no_mentions(),
            }
        }
        Reply::Ask(q) => ask(faq, q, to.owner, to.staff),
        Reply::Clarify { text, candidates } => {
            let e = CreateEmbed::new()
                .colour(AMBER)
                .description(truncate(text, DESCRIPTION_MAX));
            let mut rows = pick_rows(faq, candidates, to.owner);
            if to.staff {
                rows.truncate(4);
                rows.push(CreateActionRow::Buttons(vec![staff_button(
                    to.owner,
                    "None of these: talk to staff",
                )]));
            }
            Rendered {
                content: String::new(),
                embeds: vec![e],
                components: rows,
                allowed_mentions: no_mentions(),
            }
        }
        Reply::NoMatch { text, suggestions } => {
            let mut e = CreateEmbed::new()
                .colour(GREY)
                .description(truncate(text, DESCRIPTION_MAX));
            let asked = to.question.filter(|q| q.chars().any(char::is_alphanumeric));
            if let Some(q) = asked {
                e = e.field("You asked", quote(q, FIELD_MAX), false);
            }
            let mut rows = pick_rows(faq, suggestions, to.owner);
            if to.staff && asked.is_some() {
                rows.truncate(4);
                rows.push(CreateActionRow::Buttons(vec![staff_button(
                    to.owner,
                    "Talk to staff",
                )]));
            }
            // No ping here: the support role is mentioned once, in the
            // thread "Talk to staff" opens (never from an ephemeral reply).
            Rendered {
                content: String::new(),
                embeds: vec![e],
                components: rows,
                allowed_mentions: no_mentions(),
            }
        }
        Reply::Reset { text } => Rendered {
            content: String::new(),
            embeds: vec![CreateEmbed::new()
                .colour(GREY)
                .description(truncate(text, DESCRIPTION_MAX))],
            components: Vec::new(),
            allowed_mentions: no_mentions(),
        },
    }
}

fn ask(faq: &Faq, q: &Question, owner: u64, staff: bool) -> Rendered {
    let e = CreateEmbed::new()
        .colour(BLUE)
        .description(truncate(&q.text, DESCRIPTION_MAX))
        .footer(CreateEmbedFooter::new(
            "Press a button or reply with your answer.",
        ));
    let version = super::short_version(super::faq_version(faq));
    let mut rows = Vec::new();
    if q.options.len() <= MAX_BUTTONS {
        let buttons = q
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let confirming = matches!(q.form, AskForm::Confirm(_));
                let style = match (q.kind, o.value.as_str()) {
                    // "Yes" confirms the reading shown first.
                    _ if confirming && i == 0 => ButtonStyle::Success,
                    _ if confirming => ButtonStyle::Secondary,
                    (FactKind::YesNo, "yes") => ButtonStyle::Success,
                    (FactKind::YesNo, "no") => ButtonStyle::Danger,
                    _ => ButtonStyle::Primary,
                };
                CreateButton::new(choose_id(owner, q, Some(&o.value), &version))
                    .label(truncate(&o.label, LABEL_MAX))
                    .style(style)
            })
            .collect();
        rows.push(CreateActionRow::Buttons(buttons));
    } else {
        let options = q
            .options
            .iter()
            .take(25)
            .map(|o| {
                CreateSelectMenuOption::new(
                    truncate(&o.label, OPTION_MAX),
                    value_ref(faq, &q.fact, &o.value),
                )
            })
            .collect();
        rows.push(CreateActionRow::SelectMenu(
            CreateSelectMenu::new(
                choose_id(owner, q, None, &version),
                CreateSelectMenuKind::String { options },
            )
            .placeholder("Choose an answer"),
        ));
    }
    let mut last = vec![CreateButton::new(Action::Cancel { owner }.encode())
        .label("Start over")
        .style(ButtonStyle::Secondary)];
    // Two replies didn't answer it: a person may help better.
    if staff && q.form == AskForm::Listed {
        last.push(staff_button(owner, "Talk to staff"));
    }
    rows.push(CreateActionRow::Buttons(last));
    Rendered {
        content: String::new(),
        embeds: vec![e],
        components: rows,
        allowed_mentions: no_mentions(),
    }
}

/// The custom id of a follow-up's button (`value`) or select menu (`None`),
/// within [`CUSTOM_ID_MAX`]: long refs become hashes, the section's first.
fn choose_id(owner: u64, q: &Question, value: Option<&Value>, version: &str) -> String {
    let mut id = String::new();
    for (section_max, fact_max, value_max) in [(60, 40, 30), (0, 40, 30), (0, 0, 30), (0, 0, 0)] {
        let at = Some(At {
            version: version.to_string(),
            section: compact_ref(q.section.as_str(), section_max),
        });
        let fact = compact_ref(q.fact.as_str(), fact_max);
        id = match value {
            Some(v) => Action::Choose {
                owner,
                fact,
                value: compact_ref(v.as_str(), value_max),
                at,
            },
            None => Action::ChooseMenu { owner, fact, at },
        }
        .encode();
        if id.len() <= CUSTOM_ID_MAX {
            break;
        }
    }
    id
}

/// One button per candidate section, five to a row, at most five rows.
fn pick_rows(faq: &Faq, cands: &[Candidate], owner: u64) -> Vec<CreateActionRow> {
    let version = super::short_version(super::faq_version(faq));
    cands
        .chunks(MAX_BUTTONS)
        .take(5)
        .map(|chunk| {
            CreateActionRow::Buttons(
                chunk
                    .iter()
                    .map(|c| {
                        CreateButton::new(
                            Action::Pick {
                                owner,
                                section: section_ref(faq, &c.section),
                                version: Some(version.clone()),
                            }
                            .encode(),
                        )
                        .label(truncate(&c.title, LABEL_MAX))
                        .style(ButtonStyle::Primary)
                    })
                    .collect(),
            )
        })
        .collect()
}

/// `/faq list`: topics and their sections, with a menu to open one.
pub fn list_page(faq: &Faq, page: usize) -> Rendered {
    let sections = &faq.kb.sections;
    let pages = sections.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.min(pages - 1);
    let slice = &sections
        [(page * PAGE_SIZE).min(sections.len())..((page + 1) * PAGE_SIZE).min(sections.len())];
    let mut e = CreateEmbed::new().colour(BLUE).title(format!(
        "FAQ topics ({} sections, page {}/{})",
        sections.len(),
        page + 1,
        pages
    ));
    let mut topics: Vec<(&str, Vec<&str>)> = Vec::new();
    for s in slice {
        match topics.iter_mut().find(|(t, _)| *t == s.topic) {
            Some((_, v)) => v.push(&s.title),
            None => topics.push((&s.topic, vec![&s.title])),
        }
    }
    for (topic, titles) in topics.iter().take(25) {
        let body: Vec<String> = titles.iter().map(|t| format!("• {t}")).collect();
        let name = if topic.is_empty() { "FAQ" } else { topic };
        e = e.field(
            truncate(name, TITLE_MAX),
            truncate(&body.join("\n"), FIELD_MAX),
            false,
        );
    }
    let mut rows = Vec::new();
    if !slice.is_empty() {
        let options = slice
            .iter()
            .map(|s| {
                let mut o = CreateSelectMenuOption::new(
                    truncate(&s.title, OPTION_MAX),
                    section_ref(faq, &s.id),
                );
                if !s.topic.is_empty() {
                    o = o.description(truncate(&s.topic, OPTION_MAX));
                }
                o
            })
            .collect();
        rows.push(CreateActionRow::SelectMenu(
            CreateSelectMenu::new(
                Action::ListPick.encode(),
                CreateSelectMenuKind::String { options },
            )
            .placeholder("Open a section"),
        ));
    }
    if pages > 1 {
        rows.push(CreateActionRow::Buttons(vec![
            CreateButton::new(Action::Page(page.saturating_sub(1)).encode())
                .label("Previous")
                .disabled(page == 0),
            CreateButton::new(Action::Page(page + 1).encode())
                .label("Next")
                .disabled(page + 1 >= pages),
        ]));
    }
    Rendered {
        content: String::new(),
        embeds: vec![e],
        components: rows,
        allowed_mentions: no_mentions(),
    }
}

/// A reload that failed: the loader's diagnostics in a code block.
pub fn reload_failed(diagnostics: &str) -> Rendered {
    let body = truncate(&diagnostics.replace("```", "'''"), CONTENT_MAX - 200);
    Rendered::text(&format!(
        "The FAQ folder has errors; the last good FAQ keeps serving.\n```\n{body}\n```"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::{choose, show_section, Session};
    use serde_json::{json, Value as Json};
    use std::path::Path;

    fn faq() -> Faq {
        Faq::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("faq")).unwrap()
    }

    fn js<T: serde::Serialize>(t: &T) -> Json {
        serde_json::to_value(t).unwrap()
    }

    fn custom_ids_of(r: &Rendered) -> Vec<String> {
        let rows = js(&r.components);
        rows.as_array()
            .unwrap()
            .iter()
            .flat_map(|row| row["components"].as_array().unwrap().clone())
            .filter_map(|c| c["custom_id"].as_str().map(str::to_string))
            .collect()
    }

    #[test]
    fn long_refs_keep_custom_ids_within_100() {
        let long = |c: char| c.to_string().repeat(90);
        let q = Question {
            section: SectionId::new(long('s')),
            fact: FactId::new(long('f')),
            text: String::new(),
            kind: FactKind::YesNo,
            options: Vec::new(),
            retry: false,
            form: AskForm::First,
        };
        let v = Value::new(long('v'));
        for value in [Some(&v), None] {
            let id = choose_id(u64::MAX, &q, value, "abcdef");
            assert!(id.len() <= CUSTOM_ID_MAX, "{id}");
            let a = Action::decode(&id).unwrap();
            assert_eq!(a.owner(), Some(u64::MAX));
            assert_eq!(a.version(), Some("abcdef"));
        }
    }

    #[test]
    fn custom_ids_round_trip() {
        for a in [
            Action::Choose {
                owner: 42,
                fact: "web_service".into(),
                value: "yes".into(),
                at: None,
            },
            Action::Choose {
                owner: 42,
                fact: "web_service".into(),
                value: "yes".into(),
                at: Some(At {
                    version: "0a1b2c".into(),
                    section: "section_kbw_s15_jgb".into(),
                }),
            },
            Action::ChooseMenu {
                owner: 1,
                fact: "f".into(),
                at: None,
            },
            Action::ChooseMenu {
                owner: 1,
                fact: "f".into(),
                at: Some(At {
                    version: "ffffff".into(),
                    section: "#0123456789abcdef".into(),
                }),
            },
            Action::Pick {
                owner: 9,
                section: "section_kbw_s15_jgb".into(),
                version: None,
            },
            Action::Pick {
                owner: 9,
                section: "section_kbw_s15_jgb".into(),
                version: Some("123abc".into()),
            },
            Action::Cancel { owner: 3 },
            Action::Feedback {
                up: false,
                owner: Some(4),
                section: "s".into(),
            },
            Action::Feedback {
                up: true,
                owner: None,
                section: "s".into(),
            },
            Action::Staff { owner: 8 },
            Action::Solved,
            Action::ListPick,
            Action::Page(2),
        ] {
            assert_eq!(Action::decode(&a.encode()), Some(a));
        }
        assert_eq!(Action::decode("zz:1"), None);
        assert_eq!(Action::decode("c:notanumber:f:v"), None);
    }

    #[test]
    fn question_gets_yes_no_buttons_owned_by_the_asker() {
        let faq = faq();
        let mut s = Session::new();
        let r = show_section(&faq, &mut s, &"section_kbw_s15_jgb".into());
        let Reply::Ask(q) = &r else { panic!("{r:?}") };
        let out = reply(
            &faq,
            &r,
            For {
                owner: 7,
                support_role: None,
                question: None,
                ..Default::default()
            },
        );
        let rows = js(&out.components);
        let ids: Vec<&str> = rows[0]["components"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["custom_id"].as_str().unwrap())
            .collect();
        // The FAQ's short version and the section ride along, so a press
        // after a restart or a reload can be told apart.
        let v = super::super::short_version(super::super::faq_version(&faq));
        assert_eq!(
            ids,
            [
                format!("c~{v}:7:{}:yes:{}", q.fact, q.section),
                format!("c~{v}:7:{}:no:{}", q.fact, q.section)
            ]
        );
        assert_eq!(
            js(&out.allowed_mentions),
            json!({"parse": [], "users": [], "roles": [], "replied_user": false})
        );
    }

    #[test]
    fn answer_is_an_embed_with_source_and_feedback() {
        let faq = faq();
        let mut s = Session::new();
        let mut r = show_section(&faq, &mut s, &"section_kbw_s15_jgb".into());
        while let Reply::Ask(q) = &r {
            r = choose(&faq, &mut s, &q.fact.clone(), &"yes".into()).unwrap();
        }
        let out = reply(
            &faq,
            &r,
            For {
                owner: 7,
                support_role: None,
                question: None,
                ..Default::default()
            },
        );
        let e = js(&out.embeds[0]);
        assert_eq!(e["title"], "Is an ICP Filing required for domain names?");
        assert!(e["description"]
            .as_str()
            .unwrap()
            .starts_with("An ICP Filing is required"));
        let fields = e["fields"].to_string();
        // The source is the section's title: no file path, no internal id.
        assert!(!fields.contains("section_kbw_s15_jgb"), "{fields}");
        assert!(!fields.contains("icp-filing.md"), "{fields}");
        assert!(fields.contains("Is an ICP Filing required for domain names?"));
        assert!(js(&out.components)
            .to_string()
            .contains("f:u:7:section_kbw_s15_jgb"));
        // With a URL for its file: a link to the section's anchor.
        let urls = BTreeMap::from([(
            "icp-filing.md".to_string(),
            "https://example.com/faq".to_string(),
        )]);
        let out = reply(
            &faq,
            &r,
            For {
                owner: 7,
                sources: Some(&urls),
                forum: true,
                ..Default::default()
            },
        );
        let fields = js(&out.embeds[0])["fields"].to_string();
        assert!(
            fields.contains("(https://example.com/faq#section_kbw_s15_jgb)"),
            "{fields}"
        );
        assert!(custom_ids_of(&out).contains(&"v".to_string()));
    }

    #[test]
    fn huge_answers_fit_discord_embed_limits() {
        let faq = faq();
        let a = crate::dialogue::Answer {
            section: "s".into(),
            title: "t".repeat(1000),
            text: "x".repeat(10_000),
            rule: None,
            because: (0..100)
                .map(|i| crate::dialogue::Because {
                    fact: "f".into(),
                    value: "v".into(),
                    text: format!("reason {i} {}", "y".repeat(50)),
                })
                .collect(),
            source: crate::knowledge::Source {
                file: "f.md".repeat(500),
                line: 1,
            },
            via: Vec::new(),
            kind: AnswerKind::Otherwise,
        };
        let out = reply(
            &faq,
            &Reply::Answer(a),
            For {
                owner: 1,
                support_role: None,
                question: None,
                ..Default::default()
            },
        );
        let e = js(&out.embeds[0]);
        let mut total = e["title"].as_str().unwrap().chars().count()
            + e["description"].as_str().unwrap().chars().count()
            + e["footer"]["text"].as_str().unwrap().chars().count();
        for f in e["fields"].as_array().unwrap() {
            let v = f["value"].as_str().unwrap().chars().count();
            assert!(v <= FIELD_MAX);
            total += f["name"].as_str().unwrap().chars().count() + v;
        }
        assert!(total <= EMBED_TOTAL_MAX, "{total}");
        assert!(e["description"].as_str().unwrap().chars().count() <= DESCRIPTION_MAX);
    }

    #[test]
    fn more_than_five_choices_become_a_select_menu() {
        let faq = faq();
        let q = Question {
            section: "s".into(),
            fact: "colour".into(),
            text: "Which colour?".into(),
            kind: FactKind::Choice,
            options: (0..7)
                .map(|i| crate::dialogue::ChoiceOption {
                    value: Value::new(format!("v{i}")),
                    label: format!("Colour {i}"),
                })
                .collect(),
            retry: false,
            form: AskForm::First,
        };
        let out = reply(
            &faq,
            &Reply::Ask(q),
            For {
                owner: 5,
                support_role: None,
                question: None,
                ..Default::default()
            },
        );
        let menu = &js(&out.components)[0]["components"][0];
        let v = super::super::short_version(super::super::faq_version(&faq));
        assert_eq!(menu["custom_id"], format!("m~{v}:5:colour:s"));
        assert_eq!(menu["options"].as_array().unwrap().len(), 7);
        assert_eq!(menu["options"][6]["value"], "v6");
    }

    #[test]
    fn no_match_quotes_every_line_escaped_pings_nobody_and_offers_staff() {
        let faq = faq();
        let r = Reply::NoMatch {
            text: "I couldn't find that in the FAQ.".into(),
            suggestions: Vec::new(),
        };
        let out = reply(
            &faq,
            &r,
            For {
                owner: 1,
                support_role: Some(55),
                question: Some("@everyone **boom** <@&1>\nsecond line"),
                staff: true,
                ..Default::default()
            },
        );
        assert!(out.content.is_empty(), "{}", out.content);
        assert_eq!(
            js(&out.allowed_mentions),
            json!({"parse": [], "users": [], "roles": [], "replied_user": false})
        );
        let quoted = js(&out.embeds[0])["fields"][0]["value"].clone();
        let quoted = quoted.as_str().unwrap();
        assert!(!quoted.contains("@everyone"), "{quoted}");
        assert!(quoted.contains("\\*\\*boom\\*\\*"), "{quoted}");
        assert!(
            quoted.contains("\n> second line"),
            "every line quoted: {quoted}"
        );
        assert_eq!(custom_ids_of(&out), ["h:1"]);
    }

    #[test]
    fn escape_breaks_markdown_mentions_and_bidi() {
        assert_eq!(escape("a_b"), "a\\_b");
        assert_eq!(escape("@here"), "@\u{200b}here");
        assert_eq!(escape("x\u{202e}y"), "xy");
    }

    #[test]
    fn truncation_respects_limits() {
        let long = "é".repeat(5000);
        assert_eq!(
            truncate(&long, DESCRIPTION_MAX).chars().count(),
            DESCRIPTION_MAX
        );
        assert_eq!(truncate("short", 10), "short");
    }

    #[test]
    fn list_has_a_menu_of_all_sections() {
        let faq = faq();
        let out = list_page(&faq, 0);
        let menu = js(&out.components[0]);
        let n = menu["components"][0]["options"].as_array().unwrap().len();
        assert_eq!(n, faq.kb.sections.len().min(PAGE_SIZE));
    }

    #[test]
    fn long_ids_fall_back_to_stable_hashes() {
        let faq = faq();
        let long = SectionId::new("x".repeat(70));
        let r = section_ref(&faq, &long);
        assert!(r.starts_with('#') && r.len() == 17, "{r}");
        // Unknown after a reload: not resolved to some other section.
        assert_eq!(resolve_section(&faq, &r).as_str(), r);
        let id = &faq.kb.sections[3].id;
        assert_eq!(resolve_section(&faq, &section_ref(&faq, id)), *id);
        assert_eq!(resolve_section(&faq, &ref_hash(id.as_str())), *id);
        assert_ne!(resolve_section(&faq, "#3"), *id);
    }
}
