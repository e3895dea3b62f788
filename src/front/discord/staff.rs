//! "Talk to staff": what a hand-over thread says, and when a question is
//! worth pinging the support role for. Pure functions, unit-tested.

use super::render::{self, Rendered};
use crate::faq::Faq;
use crate::ids::{FactId, Value};
use serenity::all::{CreateAllowedMentions, CreateEmbed, RoleId, UserId};

/// Longest message (in characters) still taken for a question worth a
/// ping: a longer one is a paste (a log, a config file).
pub const QUESTION_PING_MAX: usize = 1000;

/// What a conversation asked last and the sections it was offered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Asked {
    pub question: String,
    /// Titles of the sections offered or answered, in order.
    pub offered: Vec<String>,
}

/// Whether `text` reads as a question a person could help with: some words,
/// not empty, not junk, not a 10 KB paste. Only such a message pings the
/// support role.
pub fn is_question(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > QUESTION_PING_MAX {
        return false;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    // Chinese needs no spaces: a few letters are a question there too.
    let words = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let cjk = t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    letters >= 3 && (words >= 2 || (cjk && letters >= 2))
}

/// A fact of the conversation as the FAQ phrases it ("the order has shipped").
pub fn fact_line(faq: &Faq, fact: &FactId, value: &Value) -> String {
    match faq.kb.fact(fact).and_then(|f| f.choice(value)) {
        Some(c) if !c.because.is_empty() => c.because.clone(),
        Some(c) => format!("{}: {}", fact, c.label),
        None => format!("{fact}: {value}"),
    }
}

/// The name of a hand-over thread (1 to 100 characters).
pub fn thread_name(asked: &Asked) -> String {
    let q: String = asked
        .question
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let name = if q.is_empty() {
        "Help request".to_string()
    } else {
        format!("Help: {q}")
    };
    render::truncate(&name, 100)
}

/// The first message of a hand-over thread: who asked, the question (quoted
/// and escaped), the facts gathered and the sections offered. The role is
/// mentioned (and allowed) only when `ping`.
pub fn handover(
    user: u64,
    asked: &Asked,
    facts: &[String],
    role: Option<u64>,
    ping: bool,
) -> Rendered {
    let mut e = CreateEmbed::new()
        .colour(0xe6_7e_22)
        .title("Hand-over from the FAQ bot");
    let q = if asked.question.trim().is_empty() {
        "(no question text)".to_string()
    } else {
        render::quote(&asked.question, render::FIELD_MAX)
    };
    e = e.field("Question", q, false);
    let list = |v: &[String]| {
        let lines: Vec<String> = v
            .iter()
            .map(|l| format!("• {}", render::escape(l)))
            .collect();
        render::truncate(&lines.join("\n"), render::FIELD_MAX)
    };
    e = e.field(
        "Facts so far",
        if facts.is_empty() {
            "(none)".into()
        } else {
            list(facts)
        },
        false,
    );
    e = e.field(
        "Sections offered",
        if asked.offered.is_empty() {
            "(none)".into()
        } else {
            list(&asked.offered)
        },
        false,
    );
    let mut content = format!("<@{user}> would like to talk to a person.");
    let mut allowed = render::no_mentions();
    if let (Some(r), true) = (role, ping) {
        content = format!("<@&{r}> {content}");
        allowed = allowed.roles([RoleId::new(r.max(1))]);
    }
    // The asker is named (and so added to a private thread) but only
    // pinged through the thread itself.
    allowed = allowed_user(allowed, user);
    Rendered {
        content,
        embeds: vec![e],
        components: Vec::new(),
        allowed_mentions: allowed,
    }
}

/// Allows a ping of `user` only (adds them to a private thread they are
/// mentioned in).
fn allowed_user(a: CreateAllowedMentions, user: u64) -> CreateAllowedMentions {
    a.users([UserId::new(user.max(1))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_questions() {
        assert!(is_question("how do I file a subdomain?"));
        assert!(is_question("需要备案吗"));
        assert!(!is_question(""));
        assert!(!is_question("   "));
        assert!(!is_question("!!!! ???"));
        assert!(!is_question("asdf"));
        assert!(!is_question(&"log line here\n".repeat(800)));
    }

    #[test]
    fn handover_pings_the_role_only_when_asked() {
        let a = Asked {
            question: "line one @everyone\nline two".into(),
            offered: vec!["Domains".into()],
        };
        let r = handover(7, &a, &["the order has shipped".into()], Some(55), true);
        let am = serde_json::to_value(&r.allowed_mentions).unwrap();
        assert_eq!(am["roles"], serde_json::json!(["55"]));
        assert_eq!(am["users"], serde_json::json!(["7"]));
        assert!(r.content.starts_with("<@&55>"));
        let e = serde_json::to_value(&r.embeds[0]).unwrap().to_string();
        assert!(e.contains("> line two"), "{e}");
        assert!(!e.contains("@everyone"), "{e}");
        let r = handover(7, &a, &[], Some(55), false);
        let am = serde_json::to_value(&r.allowed_mentions).unwrap();
        assert_eq!(am["roles"], serde_json::json!([]));
        assert!(!r.content.contains("<@&"));
    }
}
