//! Dialogue: one conversation's state and the step function
//! `(FAQ, session, message) -> reply`. Synchronous, no I/O: every front
//! (console, Discord) calls [`respond`] and only renders the [`Reply`].

pub mod answers;
pub mod explain;
pub mod reply;

pub use explain::explain;
pub use reply::*;

use crate::faq::{Faq, Understood};
use crate::ids::{FactId, SectionId, Value};
use crate::knowledge::{markdown, FactKind, Outcome, Section};
use std::collections::BTreeMap;

/// Cut-offs on a section's calibrated probability (see `Hit::confidence`),
/// read off the confidence model's curve for the FAQ's wrong-answer rates
/// ([`crate::understanding::Cutoffs`]).
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// Below this the best section is not offered as an answer: `no_match`.
    pub no_match: f32,
    /// At or above this (and clear of the runner-up) the best section is answered.
    pub answer: f32,
    /// A runner-up scoring at least this share of the best makes it a `clarify`.
    pub margin: f32,
    /// Below `answer` but at or above this, a lone candidate whose rules need
    /// a fact is started with its follow-up question instead of a "did you
    /// mean": the question names the section and asks nothing it can't
    /// take back, as a form would ("do you point a domain at the ECS?").
    pub ask: f32,
}

/// Runner-ups within this share of the best score are close calls. It is a
/// ranking tie rule, not a confidence: whether the leader is still answered
/// is the model's `lead` feature.
const MARGIN: f32 = 0.85;

impl Thresholds {
    /// The cut-offs the FAQ was loaded with.
    pub fn for_faq(faq: &Faq) -> Self {
        Self::from_cutoffs(faq.cutoffs())
    }

    pub fn from_cutoffs(c: crate::understanding::Cutoffs) -> Self {
        Self {
            no_match: c.suggest,
            answer: c.answer,
            margin: MARGIN,
            ask: c.ask,
        }
    }
}

/// What the session waits for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Pending {
    /// A follow-up question about `fact`, asked while in `section`.
    Fact {
        section: SectionId,
        fact: FactId,
        via: Vec<SectionId>,
        /// Replies so far that didn't answer it: after two, the choices
        /// are listed with their numbers.
        #[serde(default)]
        misses: u8,
        /// A doubtful reading being confirmed ("Just to check: ...?").
        #[serde(default)]
        confirming: Option<Value>,
    },
    /// A pick among offered sections ("did you mean", suggestions).
    Pick(Vec<SectionId>),
}

/// One user's conversation: the facts known so far and what is pending.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Session {
    facts: BTreeMap<FactId, Value>,
    pending: Option<Pending>,
    /// A reload removed what the pending follow-up was about; the next
    /// reply that isn't a new question says so.
    interrupted: bool,
    /// A message of this conversation used a word of the FAQ's topic: later
    /// ones need not repeat it ("what if the server is in hong kong?").
    on_topic: bool,
    /// The section of the last answer given: a bare "yes" right after it
    /// (someone confirming, or answering a question the bot skipped
    /// because they had stated everything) gets that answer again.
    last_answer: Option<SectionId>,
    /// The language of the conversation: the last message that showed one.
    #[serde(default)]
    lang: Lang,
    /// Facts read from the user's words with a confidence below
    /// [`FACT_FLOOR`]: confirmed before any answer rests on them.
    #[serde(default)]
    doubtful: BTreeMap<FactId, Value>,
    /// Facts a message gave two values for: asked, saying so.
    #[serde(default)]
    unclear: Vec<FactId>,
    /// The last question that got no answer ("no match" or "did you
    /// mean"), as prepared: the details a user adds next are read with it.
    #[serde(default)]
    unanswered: Option<String>,
    /// Facts known by inference (a presumption, or an example statement in
    /// other words), not said in a form a pattern knows: the user may still
    /// answer the question the bot did not ask about them.
    #[serde(default)]
    inferred: std::collections::BTreeSet<FactId>,
    /// Subdomains the conversation named (the last few): a domain a later
    /// message names alone is their parent ("example.cn itself has no
    /// ICP number" after "blog.example.cn").
    #[serde(default)]
    subdomains: Vec<String>,
    /// The offered sections got a bare "yes" and "which one?" was asked:
    /// a second bare "yes" takes the first, not the same question again.
    #[serde(default)]
    pick_asked: bool,
    /// The stage that produced the last reply (for `eval --dialogues
    /// --misses` and debugging; not kept in a store).
    #[serde(skip)]
    stage: Option<Stage>,
}

/// Which stage of the pipeline produced a reply: a transcript shows it
/// beside each reply, so a miss in a conversation is diagnosable.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Empty text, start over, small talk, or a reload that ended the
    /// pending question.
    Housekeeping,
    /// A reply to the pending follow-up about this fact.
    FollowUpReply(FactId),
    /// A reply to offered sections: a pick, yes/no, a choice or detail.
    PickReply,
    /// Details read together with the question that got no answer.
    Elaboration,
    /// A follow-up to the last answer ("what if ...", a changed fact).
    AfterAnswer,
    /// The reply to a question the bot skipped, about this inferred fact.
    UnaskedReply(FactId),
    /// A new question, and the decision taken on it.
    NewQuestion(String),
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stage::Housekeeping => write!(f, "housekeeping"),
            Stage::FollowUpReply(x) => write!(f, "reply to the follow-up about `{x}`"),
            Stage::PickReply => write!(f, "reply to the offered sections"),
            Stage::Elaboration => write!(f, "details read with the unanswered question"),
            Stage::AfterAnswer => write!(f, "follow-up to the last answer"),
            Stage::UnaskedReply(x) => write!(f, "reply to the skipped question about `{x}`"),
            Stage::NewQuestion(d) => write!(f, "new question: {d}"),
        }
    }
}

pub use crate::understanding::facts::FACT_FLOOR;

/// Subdomains a session remembers: a conversation names one or two.
const KEPT_SUBDOMAINS: usize = 4;

impl Session {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn facts(&self) -> &BTreeMap<FactId, Value> {
        &self.facts
    }
    /// Facts the user gave two values for, not yet settled.
    pub fn unclear(&self) -> &[FactId] {
        &self.unclear
    }
    /// Facts read but not yet confirmed.
    pub fn doubtful(&self) -> &BTreeMap<FactId, Value> {
        &self.doubtful
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_ref()
    }
    /// The stage that produced the last reply.
    pub fn stage(&self) -> Option<&Stage> {
        self.stage.as_ref()
    }
    pub fn clear(&mut self) {
        *self = Self::default();
    }
    /// Drops facts and pending state that a reloaded FAQ no longer has.
    /// Returns false if a pending follow-up had to be dropped.
    pub fn revalidate(&mut self, faq: &Faq) -> bool {
        self.facts
            .retain(|f, v| faq.kb.fact(f).is_some_and(|fact| fact.choice(v).is_some()));
        self.doubtful
            .retain(|f, v| faq.kb.fact(f).is_some_and(|fact| fact.choice(v).is_some()));
        self.unclear.retain(|f| faq.kb.fact(f).is_some());
        self.inferred.retain(|f| faq.kb.fact(f).is_some());
        let ok = match &self.pending {
            None => true,
            Some(Pending::Fact { section, fact, .. }) => {
                faq.kb.section(section).is_some() && faq.kb.fact(fact).is_some()
            }
            Some(Pending::Pick(ids)) => ids.iter().all(|s| faq.kb.section(s).is_some()),
        };
        if !ok {
            self.pending = None;
            self.interrupted = true;
        }
        ok
    }

    /// Whether a reload ended the pending follow-up (and forget it: a front
    /// that already told the user calls this so it isn't said twice).
    pub fn take_interrupted(&mut self) -> bool {
        std::mem::take(&mut self.interrupted)
    }
}

/// Answers one user message.
pub fn respond(faq: &Faq, session: &mut Session, message: &str) -> Reply {
    respond_with(faq, session, message, &Thresholds::for_faq(faq))
}

pub fn respond_with(faq: &Faq, session: &mut Session, message: &str, th: &Thresholds) -> Reply {
    let lang = Lang::of(message).unwrap_or(session.lang);
    session.stage = Some(Stage::Housekeeping);
    let mut reply = respond_inner(faq, session, message, th);
    // Kept through a "start over", which clears the session.
    session.lang = lang;
    if lang == Lang::Zh {
        reply = reply.in_chinese(&faq.kb);
    }
    note_answer(session, &reply);
    if !matches!(reply, Reply::NoMatch { .. } | Reply::Clarify { .. }) {
        session.unanswered = None;
    }
    reply
}

fn note_answer(session: &mut Session, reply: &Reply) {
    session.last_answer = match reply {
        Reply::Answer(a) => Some(a.section.clone()),
        _ => None,
    };
}

/// The pipeline's front: empty messages, a reload that ended the pending
/// question, "start over", small talk; then a reply to what is pending
/// ([`reply_to_follow_up`], [`reply_to_pick`]), a follow-up to the last
/// answer, or a new question ([`new_question`]: understand → candidates →
/// decide → act).
fn respond_inner(faq: &Faq, session: &mut Session, message: &str, th: &Thresholds) -> Reply {
    let prepared = faq.prepare_beside(message, &session.subdomains);
    for s in faq.subdomains_in(message) {
        if !session.subdomains.contains(&s) {
            session.subdomains.push(s);
        }
    }
    let excess = session.subdomains.len().saturating_sub(KEPT_SUBDOMAINS);
    session.subdomains.drain(..excess);
    if !prepared.chars().any(char::is_alphanumeric) {
        return match &session.pending {
            Some(Pending::Fact {
                section,
                fact,
                via,
                misses,
                ..
            }) => {
                let (s, f, v, m) = (section.clone(), fact.clone(), via.clone(), *misses);
                ask(faq, session, &s, &f, v, m + 1)
            }
            _ => Reply::NoMatch {
                text: "Ask me a question about the FAQ.".into(),
                suggestions: Vec::new(),
            },
        };
    }
    if session.take_interrupted() && !answers::is_cancel(&prepared) {
        let u = faq.understand_prepared(prepared.clone());
        if !looks_like_question(&u, th) {
            return Reply::Reset {
                text: "The FAQ was updated and the question I asked is no longer in it. Please ask again.".into(),
            };
        }
        return new_question(faq, session, u, th);
    }
    if answers::is_cancel(&prepared) {
        session.clear();
        return Reply::Reset {
            text: "Okay, I've forgotten this conversation. Ask me anything about the FAQ.".into(),
        };
    }
    // Small talk on its own: thanks keep the conversation as it is; a
    // greeting gets a pointer to what the bot knows.
    match answers::small_talk(&prepared) {
        Some(answers::SmallTalk::Thanks) => {
            return Reply::NoMatch {
                text: "You're welcome! Ask me anything else about the FAQ.".into(),
                suggestions: Vec::new(),
            };
        }
        Some(answers::SmallTalk::Greeting) if session.pending.is_none() => {
            let first: Vec<SectionId> = faq
                .kb
                .sections
                .iter()
                .take(3)
                .map(|s| s.id.clone())
                .collect();
            let topics = offered(faq, &first);
            session.pending = Some(Pending::Pick(
                topics.iter().map(|c| c.section.clone()).collect(),
            ));
            return Reply::NoMatch {
                text: "Hi! Ask me a question about the FAQ, or pick one of these.".into(),
                suggestions: topics,
            };
        }
        _ => {}
    }
    match session.pending.take() {
        Some(Pending::Fact {
            section,
            fact,
            via,
            misses,
            confirming,
        }) => reply_to_follow_up(
            faq,
            session,
            &prepared,
            th,
            FollowUp {
                section,
                fact,
                via,
                misses,
                confirming,
            },
        ),
        Some(Pending::Pick(options)) => reply_to_pick(faq, session, &prepared, th, options),
        None if answers::is_bare_yes_no(&prepared)
            && answers::parse_yes_no(&prepared) == Some(true)
            && session
                .last_answer
                .as_ref()
                .is_some_and(|id| faq.kb.section(id).is_some()) =>
        {
            let id = session.last_answer.clone().expect("checked");
            run_section(faq, session, &id, Vec::new())
        }
        None if answers::is_bare_yes_no(&prepared) => Reply::NoMatch {
            text: "There is no open question right now. Ask me something about the FAQ.".into(),
            suggestions: Vec::new(),
        },
        None => {
            let u = faq.understand_prepared(prepared.clone());
            // "what if I did buy ECS?" right after an answer: the same
            // section again with the changed facts.
            if let Some(id) = follow_up_of_last_answer(faq, session, &u) {
                remember(session, &u);
                session.stage = Some(Stage::AfterAnswer);
                return run_section(faq, session, &id, Vec::new());
            }
            if let Some(reply) = reply_to_unasked(faq, session, &u, th) {
                return reply;
            }
            if let Some(id) = decided_after_answer(faq, session, &u, th) {
                remember(session, &u);
                session.stage = Some(Stage::AfterAnswer);
                return run_section(faq, session, &id, Vec::new());
            }
            new_question(faq, session, u, th)
        }
    }
}

/// The follow-up a reply answers (what [`Pending::Fact`] holds).
struct FollowUp {
    section: SectionId,
    fact: FactId,
    via: Vec<SectionId>,
    misses: u8,
    confirming: Option<Value>,
}

/// Stage "understand" for a reply to a follow-up question: a
/// confirmation, the fact's value (its patterns, examples, labels,
/// numbers), a new question, more facts, or a miss (asked again, then
/// listed).
fn reply_to_follow_up(
    faq: &Faq,
    session: &mut Session,
    prepared: &str,
    th: &Thresholds,
    pending: FollowUp,
) -> Reply {
    let prepared = prepared.to_string();
    let FollowUp {
        section,
        fact,
        via,
        misses,
        confirming,
    } = pending;
    session.stage = Some(Stage::FollowUpReply(fact.clone()));
    if let Some(v) = confirming {
        // What the reply itself says of the fact comes first: "yes,
        // the company has filed before" to "not filed?" says filed.
        let said = faq
            .extract_facts_prepared(&prepared)
            .into_iter()
            .find(|f| f.fact == fact && f.confidence >= FACT_FLOOR);
        if let Some(f) = said {
            settle(session, &fact, f.value);
            return run_section(faq, session, &section, via);
        }
        match answers::parse_yes_no_to(faq, &fact, &prepared) {
            Some(true) => {
                settle(session, &fact, v);
                return run_section(faq, session, &section, via);
            }
            Some(false) if answers::is_bare_yes_no(&prepared) => {
                session.doubtful.remove(&fact);
                // "No" to a positive reading is its opposite; to a
                // negative one ("...has not been filed?") it is
                // ambiguous, so the fact's own question is asked.
                if v.as_str() == "yes" {
                    if let Some(other) = other_yes_no(faq, &fact, &v) {
                        settle(session, &fact, other);
                        return run_section(faq, session, &section, via);
                    }
                }
                return ask(faq, session, &section, &fact, via, 0);
            }
            _ => {}
        }
    }
    // "different question: ..." is not a reply, whatever it mentions.
    if announces_new_topic(&prepared) {
        let u = faq.understand_prepared(prepared.clone());
        if u.hits.first().is_some_and(|h| h.confidence >= th.no_match) {
            return new_question(faq, session, u, th);
        }
    }
    if answers::contradicts_itself(faq, &fact, &prepared) {
        return ask(faq, session, &section, &fact, via, misses + 1);
    }
    if let Some(value) = answers::parse(faq, &fact, &prepared) {
        let u = faq.understand_prepared(prepared.clone());
        remember(session, &u);
        settle(session, &fact, value);
        return run_section(faq, session, &section, via);
    }
    // An answer to our question taken back with nothing readable after
    // ("alibaba cloud, oops, my bad, a local registrar did it"): asked again.
    if let Some(at) = crate::understanding::facts::first_correction(&prepared) {
        if answers::parse_whole(faq, &fact, &prepared[..at]).is_some() {
            return ask(faq, session, &section, &fact, via, misses + 1);
        }
    }
    let u = faq.understand_prepared(prepared.clone());
    if is_new_question(faq, &u, &section, th) {
        return new_question(faq, session, u, th);
    }
    let before = (session.facts.clone(), session.doubtful.clone());
    // What a reply takes back ("... alibaba cloud, oops, my bad, a local
    // registrar did it") is not kept: only what follows the correction.
    match crate::understanding::facts::after_last_correction(&prepared) {
        Some(at) => remember(
            session,
            &faq.understand_prepared(prepared[at..].to_string()),
        ),
        None => remember(session, &u),
    }
    if let Some(other) = switched_section(faq, session, &u, &section, &via) {
        return run_section(faq, session, &other, Vec::new());
    }
    if (&session.facts, &session.doubtful) != (&before.0, &before.1) {
        return run_section(faq, session, &section, via);
    }
    ask(faq, session, &section, &fact, via, misses + 1)
}

/// Stage "understand" for a reply that leaves the follow-up unanswered
/// but states a fact only one other section's rules use ("we just want to
/// add Alibaba Cloud as a provider" to "is a new website to be hosted on
/// ECS?"), or is one of that fact's choices alone ("add"): the question
/// was about that section's case, and the dialogue goes on there. Only
/// when the facts known then decide that section (no question of its
/// own to ask), and only on a phrase: a lone word ("website") mentions
/// a fact more often than it answers anything. A fact the section being
/// run uses, or one several others use, switches nothing.
fn switched_section(
    faq: &Faq,
    session: &mut Session,
    u: &Understood,
    pending: &SectionId,
    via: &[SectionId],
) -> Option<SectionId> {
    let in_run = |f: &FactId| {
        std::iter::once(pending)
            .chain(via)
            .filter_map(|id| faq.kb.section(id))
            .any(|s| s.facts_used().contains(&f))
    };
    // A reply that states a fact of the case being run speaks to that
    // case ("the subject has not completed icp filing before" while asking
    // whether the domain was filed), whatever else its words imply.
    if u.facts
        .iter()
        .any(|x| x.confidence >= FACT_FLOOR && in_run(&x.fact))
    {
        return None;
    }
    let stated = u
        .facts
        .iter()
        .filter(|x| x.confidence >= FACT_FLOOR)
        .filter(|x| is_phrase(&u.prepared, x.start, x.end))
        .map(|x| (x.fact.clone(), x.value.clone()));
    // A choice's value as the whole reply, of one fact only.
    let reply = u.prepared.trim().trim_end_matches(['.', '!']);
    let mut bare = faq.kb.facts.iter().filter(|f| {
        f.kind == crate::knowledge::FactKind::Choice
            && f.choices.iter().any(|c| c.value.as_str() == reply)
    });
    let bare = match (bare.next(), bare.next()) {
        (Some(f), None) => Some((f.id.clone(), Value::from(reply))),
        _ => None,
    };
    for (fact, value) in stated.chain(bare) {
        let choice = faq
            .kb
            .fact(&fact)
            .is_some_and(|f| f.kind == crate::knowledge::FactKind::Choice);
        if in_run(&fact) || !choice {
            continue;
        }
        let Some(other) = sole_user(faq, &fact) else {
            continue;
        };
        let mut facts = session.facts.clone();
        facts.insert(fact.clone(), value.clone());
        if matches!(evaluate(other, &facts), Eval::Ask(_)) {
            continue;
        }
        let other = other.id.clone();
        settle(session, &fact, value);
        return Some(other);
    }
    None
}

/// Stage "understand" for a plain statement right after an answer that
/// matches no section well on its own but states, in a phrase, a fact only
/// one section's rules use, which with the facts known decides it ("yes,
/// we'll point our domain at it" after an answer about ECS and domains):
/// the user tells the case that section answers.
fn decided_after_answer(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
) -> Option<SectionId> {
    session.last_answer.as_ref()?;
    if !is_statement(&u.prepared) || u.hits.first().is_some_and(|h| h.confidence >= th.answer) {
        return None;
    }
    let mut facts = session.facts.clone();
    let stated: Vec<&crate::understanding::Found> = u
        .facts
        .iter()
        .filter(|x| x.confidence >= FACT_FLOOR && is_phrase(&u.prepared, x.start, x.end))
        .collect();
    for x in &stated {
        facts.insert(x.fact.clone(), x.value.clone());
    }
    let mut found: Option<&SectionId> = None;
    for x in stated {
        let Some(one) = sole_user(faq, &x.fact) else {
            continue;
        };
        if matches!(evaluate(one, &facts), Eval::Ask(_)) {
            continue;
        }
        // Two sections decided at once: which is meant is not clear.
        if found.is_some_and(|f| f != &one.id) {
            return None;
        }
        found = Some(&one.id);
    }
    found.cloned()
}

/// The one section whose rules use the fact, if only one does.
fn sole_user<'a>(faq: &'a Faq, fact: &FactId) -> Option<&'a Section> {
    let mut users = faq
        .kb
        .sections
        .iter()
        .filter(|s| s.facts_used().contains(&fact));
    match (users.next(), users.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Whether a fact's match is a phrase: two words or more, or four Han
/// characters (Chinese has no spaces). A lone word ("website") mentions a
/// fact more often than it states it.
fn is_phrase(prepared: &str, start: usize, end: usize) -> bool {
    let said = prepared.get(start..end).unwrap_or("");
    said.split_whitespace().count() >= 2
        || said
            .chars()
            .filter(|c| crate::understanding::cjk::is_han(*c))
            .count()
            >= 4
}

/// Stage "understand" for a reply to offered sections ("did you mean",
/// suggestions): a pick by number or title, yes or no, one of a fact's
/// choices, more detail, or a new question.
fn reply_to_pick(
    faq: &Faq,
    session: &mut Session,
    prepared: &str,
    th: &Thresholds,
    options: Vec<SectionId>,
) -> Reply {
    let prepared = prepared.to_string();
    session.stage = Some(Stage::PickReply);
    let asked_which = std::mem::take(&mut session.pick_asked);
    if let Some(id) = answers::parse_pick(faq, &options, &prepared) {
        return show_section(faq, session, &id);
    }
    // A yes or no to the offered sections. "Did you mean X?" with one
    // candidate: "yes" takes it, any "no..." declines. To several: a
    // bare "yes" asks which one, a bare "no" declines.
    let bare = answers::is_bare_yes_no(&prepared);
    match (options.as_slice(), answers::parse_yes_no(&prepared)) {
        ([only], Some(true)) => {
            // "yes, our domain resolves to the ecs": what it adds is kept.
            remember(session, &faq.understand_prepared(prepared.clone()));
            return show_section(faq, session, only);
        }
        (_, Some(false)) if bare || options.len() == 1 => {
            return Reply::NoMatch {
                text: "Okay. Try asking in other words, or pick a topic from the list.".into(),
                suggestions: Vec::new(),
            };
        }
        // Asked "which one?" already: a "yes" again accepts the best-ranked
        // one, as it would a single "did you mean".
        ([first, ..], Some(true)) if bare && asked_which => {
            return show_section(faq, session, first);
        }
        (_, Some(true)) if bare && options.len() > 1 => {
            let candidates = offered(faq, &options);
            session.pick_asked = true;
            session.pending = Some(Pending::Pick(options));
            return Reply::Clarify {
                text: "Which one? Reply with its number or pick it from the list.".into(),
                candidates,
            };
        }
        _ => {}
    }
    // One of the choices of a fact only one offered section asks.
    if let Some((id, fact, value)) = answers::choice_among(faq, &options, &prepared) {
        session.facts.insert(fact, value);
        return show_section(faq, session, &id);
    }
    let u = faq.understand_prepared(prepared.clone());
    // The conversation is on the FAQ's topic already: a reply need not
    // name it to be a question of its own (its confidence counts it).
    if !confident_question(&u, th) {
        // More detail rather than a pick ("no, it's in hong kong"): an
        // offered section the reply's facts speak to, best ranked first.
        if let Some(id) = pick_by_facts(faq, session, &options, &u) {
            remember(session, &u);
            return show_section(faq, session, &id);
        }
        if let Some(reply) = elaboration(faq, session, &u, th, &options) {
            return reply;
        }
    }
    new_question(faq, session, u, th)
}

/// Stage "understand" for details added to a question that got no answer:
/// people who get "I couldn't find that" or "which of these" often say
/// more about their case ("we have no dns records at all, clients use the
/// ip") instead of picking. Such a reply is read together with the question
/// it adds to, and the pair is run when it decides a section offered or
/// one the details alone rank first few; otherwise the reply is a question
/// of its own.
fn elaboration(
    faq: &Faq,
    session: &mut Session,
    u: &Understood,
    th: &Thresholds,
    offered: &[SectionId],
) -> Option<Reply> {
    let earlier = session.unanswered.as_deref()?;
    // Details that make a case of their own are a question of their own.
    let mut alone = session.clone();
    let mut own = u.clone();
    take_in(&mut alone, &mut own, th);
    if matches!(decide(faq, &alone, &own, th), Decision::Run { .. }) {
        return None;
    }
    let mut both = faq.understand_prepared(format!("{earlier}. {}", u.prepared));
    let mut copy = session.clone();
    take_in(&mut copy, &mut both, th);
    let decision = decide(faq, &copy, &both, th);
    let Decision::Run { section, .. } = decision else {
        return None;
    };
    // Only a section the question or the added details were about: two
    // unrelated messages read as one must not make a third case.
    let id = &faq.kb.sections[section].id;
    if !offered.contains(id) && !u.hits.iter().take(3).any(|h| h.section == section) {
        return None;
    }
    *session = copy;
    session.stage = Some(Stage::Elaboration);
    Some(act(faq, session, decision))
}

/// Words that open a follow-up to the answer just given, not a new question.
const FOLLOW_UP_OPENERS: &[&str] = &[
    "what if",
    "and if",
    "but if",
    "what about",
    "how about",
    "and what if",
    "and now",
    "actually",
    "wait",
    "sorry",
    "oh",
    "scratch that",
    "correction",
    "i mean",
    "i meant",
];

/// Words that open a question even without a question mark.
const STATEMENT_NOT: &[&str] = &[
    "do", "does", "did", "is", "are", "can", "could", "should", "must", "will", "would", "how",
    "what", "when", "where", "which", "who", "why", "need",
];

/// The section last answered, when the message changes or adds a fact its
/// rules use and reads as a follow-up: it opens like one ("what if",
/// "actually", "wait") or is a plain statement, and states no other facts;
/// or it is a plain statement taking back a value the answer used; or it
/// matches that section best anyway.
fn follow_up_of_last_answer(faq: &Faq, session: &Session, u: &Understood) -> Option<SectionId> {
    let id = session.last_answer.as_ref()?;
    let section = faq.kb.section(id)?;
    let used = section.facts_used();
    if !u.facts.iter().any(|f| used.contains(&&f.fact)) {
        return None;
    }
    let words: Vec<&str> = crate::understanding::normalize::tokens(&u.prepared)
        .into_iter()
        .map(|t| t.text)
        .collect();
    let joined = words.join(" ");
    let opens = FOLLOW_UP_OPENERS
        .iter()
        .any(|o| joined == *o || joined.starts_with(&format!("{o} ")));
    let best_is_it = u
        .hits
        .first()
        .is_some_and(|h| &faq.kb.sections[h.section].id == id);
    // Opening like a follow-up is not enough when the message also states
    // facts the section doesn't use ("actually, what about my ecs without
    // any domain?" asks another section).
    let only_its_facts = u.facts.iter().all(|f| used.contains(&&f.fact));
    // A plain statement right after an answer, of facts that answer's
    // rules use ("well, we already run 3 ecs instances"), tells more about
    // the case just answered; a question may be a new one.
    let states = is_statement(&u.prepared);
    // A statement that takes back a value the answer rested on ("we do
    // have ecs actually, bought two in shenzhen") corrects that case, even
    // when it also mentions facts the section doesn't use.
    let takes_back = u.facts.iter().any(|f| {
        used.contains(&&f.fact) && session.facts.get(&f.fact).is_some_and(|v| v != &f.value)
    });
    (((opens || states) && only_its_facts) || (states && takes_back) || best_is_it)
        .then(|| id.clone())
}

/// Stage "understand" for a statement right after an answer that rested
/// on a fact the bot inferred: people often answer the question they
/// expected to be asked ("it'll be on a shopify store, no ecs"). A plain
/// statement that is no question of its own and reads, as a reply would,
/// as a value of such a fact settles it, and the section runs again: the
/// same answer confirmed, or the one the new value gives.
fn reply_to_unasked(
    faq: &Faq,
    session: &mut Session,
    u: &Understood,
    th: &Thresholds,
) -> Option<Reply> {
    let id = session.last_answer.clone()?;
    let section = faq.kb.section(&id)?;
    // What it ends with counts: "the company? yeah, we filed in 2019"
    // echoes the question it answers.
    let tail = u
        .prepared
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '?' || c == '？')
        .map_or(u.prepared.as_str(), |(i, c)| {
            &u.prepared[i + c.len_utf8()..]
        });
    let tail = tail.trim_start_matches(|c: char| !c.is_alphanumeric());
    if looks_like_question(u, th)
        || !is_statement(tail)
        || crate::understanding::normalize::tokens(tail).len() < 2
    {
        return None;
    }
    let (fact, value) = section
        .facts_used()
        .into_iter()
        .filter(|f| session.inferred.contains(*f))
        .find_map(|f| answers::parse(faq, f, tail).map(|v| (f.clone(), v)))?;
    remember(session, u);
    session.stage = Some(Stage::UnaskedReply(fact.clone()));
    settle(session, &fact, value);
    Some(run_section(faq, session, &id, Vec::new()))
}

/// A message that states rather than asks: no question mark, no opening
/// question word, no Chinese question particle.
pub(crate) fn is_statement(prepared: &str) -> bool {
    let words: Vec<&str> = crate::understanding::normalize::tokens(prepared)
        .into_iter()
        .map(|t| t.text)
        .collect();
    !prepared.contains(['?', '？'])
        && !words.first().is_some_and(|w| STATEMENT_NOT.contains(w))
        && !words
            .iter()
            .any(|w| ["吗", "呢"].iter().any(|p| w.ends_with(p)))
}

/// Starts (or restarts) the dialogue of one section, e.g. a "did you mean" pick.
pub fn show_section(faq: &Faq, session: &mut Session, id: &SectionId) -> Reply {
    session.pending = None;
    if faq.kb.section(id).is_none() {
        // The id may be anything a user typed: not echoed, but used to
        // suggest the sections it resembles.
        let hits = faq.understand(id.as_str()).hits;
        return Reply::NoMatch {
            text: "There is no such FAQ section. The closest ones are below.".into(),
            suggestions: candidates(faq, &hits[..hits.len().min(3)]),
        };
    }
    run_section(faq, session, id, Vec::new())
}

/// Why a picked value was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unchosen {
    /// No follow-up about that fact is waiting (already answered, or moved on).
    NotPending,
    /// The fact is still asked, but the value is not one of its choices
    /// (e.g. a button from before a reload removed that choice).
    UnknownValue,
}

/// Answers a pending follow-up with a value picked from its choices (a button).
pub fn choose(
    faq: &Faq,
    session: &mut Session,
    fact: &FactId,
    value: &Value,
) -> Result<Reply, Unchosen> {
    let Some(Pending::Fact {
        section,
        fact: want,
        via,
        ..
    }) = session.pending.clone()
    else {
        return Err(Unchosen::NotPending);
    };
    if &want != fact {
        return Err(Unchosen::NotPending);
    }
    if faq.kb.fact(fact).and_then(|f| f.choice(value)).is_none() {
        return Err(Unchosen::UnknownValue);
    }
    session.pending = None;
    settle(session, fact, value.clone());
    let reply = run_section(faq, session, &section, via);
    note_answer(session, &reply);
    Ok(reply)
}

/// Keeps what a message states: sure readings as facts, loose ones as
/// doubtful (confirmed before use, never over a sure fact), and facts it
/// contradicted itself about as unclear.
fn remember(session: &mut Session, u: &Understood) {
    for f in &u.facts {
        if f.confidence >= FACT_FLOOR {
            settle(session, &f.fact, f.value.clone());
            if f.presumed
                || f.example.is_some()
                || crate::understanding::facts::talked_about(&u.prepared, f)
            {
                session.inferred.insert(f.fact.clone());
            }
        } else if !session.facts.contains_key(&f.fact) {
            session.doubtful.insert(f.fact.clone(), f.value.clone());
        } else if session.facts.get(&f.fact) != Some(&f.value) {
            // A doubtful reading that takes back a known value ("the
            // domain isn't fresh tho, the guy we bought it from had filed
            // it") is confirmed, not ignored: the known value may be the
            // wrong one now.
            session.facts.remove(&f.fact);
            session.inferred.remove(&f.fact);
            session.doubtful.insert(f.fact.clone(), f.value.clone());
        }
    }
    for f in &u.contradicted {
        session.facts.remove(f);
        session.doubtful.remove(f);
        if !session.unclear.contains(f) {
            session.unclear.push(f.clone());
        }
    }
}

/// A fact the user has settled: known, no longer doubtful or unclear.
fn settle(session: &mut Session, fact: &FactId, value: Value) {
    session.doubtful.remove(fact);
    session.inferred.remove(fact);
    session.unclear.retain(|f| f != fact);
    session.facts.insert(fact.clone(), value);
}

/// The other value of a yes/no fact ("no" to "Just to check: not on ECS?").
fn other_yes_no(faq: &Faq, fact: &FactId, v: &Value) -> Option<Value> {
    let f = faq.kb.fact(fact)?;
    (f.kind == FactKind::YesNo)
        .then(|| {
            f.choices
                .iter()
                .find(|c| &c.value != v)
                .map(|c| c.value.clone())
        })
        .flatten()
}

/// While a follow-up is pending, a message is a new question when it
/// matches a section well on its own.
fn looks_like_question(u: &Understood, th: &Thresholds) -> bool {
    u.on_topic && confident_question(u, th)
}

/// A message of two content words or more whose best section is answered
/// unprompted.
fn confident_question(u: &Understood, th: &Thresholds) -> bool {
    u.content_words() >= 2 && u.hits.first().is_some_and(|h| h.confidence >= th.answer)
}

/// Phrases that announce a change of topic while a follow-up is pending.
const TOPIC_CHANGE: &[&str] = &[
    "different question",
    "another question",
    "other question",
    "new question",
    "unrelated",
    "by the way",
    "btw",
    "separate question",
    "on another note",
];

/// While a follow-up about `pending` is open, whether the reply (which did
/// not answer it) asks something else: a confident match of its own, or a
/// question about another section, or one announced as a change of topic.
fn is_new_question(faq: &Faq, u: &Understood, pending: &SectionId, th: &Thresholds) -> bool {
    // A plain statement of a fact the pending section's rules use tells
    // the case being asked about ("we are a new company, never filed
    // anything" while asking whether the domain was filed), however well
    // its words match another section.
    if is_statement(&u.prepared)
        && !announces_new_topic(&u.prepared)
        && faq.kb.section(pending).is_some_and(|s| {
            let used = s.facts_used();
            u.facts
                .iter()
                .any(|x| x.confidence >= FACT_FLOOR && used.contains(&&x.fact))
        })
    {
        return false;
    }
    if looks_like_question(u, th) {
        return true;
    }
    let Some(top) = u.hits.first() else {
        return false;
    };
    if u.content_words() < 2 || top.confidence < th.no_match {
        return false;
    }
    let words: Vec<&str> = crate::understanding::normalize::tokens(&u.prepared)
        .into_iter()
        .map(|t| t.text)
        .collect();
    let announced = announces_new_topic(&u.prepared);
    let asks =
        u.prepared.contains('?') || words.first().is_some_and(|w| QUESTION_STARTS.contains(w));
    announced || (asks && &faq.kb.sections[top.section].id != pending)
}

/// Whether the message announces a change of topic ("btw", "different question").
fn announces_new_topic(prepared: &str) -> bool {
    let words: Vec<&str> = crate::understanding::normalize::tokens(prepared)
        .into_iter()
        .map(|t| t.text)
        .collect();
    let joined = format!(" {} ", words.join(" "));
    TOPIC_CHANGE
        .iter()
        .any(|p| joined.contains(&format!(" {p} ")))
}

/// Words that open a question ("do i need...", "is it...", "how...").
const QUESTION_STARTS: &[&str] = &[
    "do", "does", "did", "is", "are", "can", "could", "should", "must", "will", "would", "how",
    "what", "when", "where", "which", "who", "why", "need", "am",
];

/// Of the offered sections, the best-ranked one whose rules use a fact the
/// reply states, preferring those that don't just hand over on it (that
/// one is reached through the other); a section that only hands over on it
/// is still a better pick than none ("yes, our domain resolves to the ecs").
fn pick_by_facts(
    faq: &Faq,
    session: &Session,
    options: &[SectionId],
    u: &Understood,
) -> Option<SectionId> {
    if u.facts.is_empty() {
        return None;
    }
    let speaks_to = |s: &Section| {
        let used = s.facts_used();
        u.facts.iter().any(|f| used.contains(&&f.fact))
    };
    let hands_over = |s: &Section| u.facts.iter().any(|f| s.hands_over_on(&f.fact, &f.value));
    // A section whose rules all fail with what is known now (after its
    // hand-overs) could only give its "otherwise"; one the facts leave
    // open or fire is the case being described ("有的，域名已经解析到这台
    // ECS 上了" after "does it depend on the domain?").
    let mut known = session.facts.clone();
    for f in &u.facts {
        known.insert(f.fact.clone(), f.value.clone());
    }
    let ruled_out = |s: &Section| {
        let end = handovers(faq, s, &known)
            .last()
            .and_then(|id| faq.kb.section(id))
            .unwrap_or(s);
        !end.rules.is_empty() && matches!(evaluate(end, &known), Eval::Otherwise)
    };
    // Its own rules all fail, with no hand-over: the facts engage nothing
    // of it. One they hand over elsewhere is the case described, even when
    // the end of the hand-over gives its "otherwise" (a domain resolving
    // to an ECS in Hong Kong, after "does buying ECS alone need a filing?").
    let passed_over = |s: &Section| !s.rules.is_empty() && s.first_open_rule(&known).is_none();
    // Ranked: not passed over, not ruled out, then not handing over, then
    // by the reply's own understanding; offered order breaks ties.
    options
        .iter()
        .filter_map(|id| faq.kb.section(id).map(|s| (id, s)))
        .filter(|(_, s)| speaks_to(s))
        .min_by_key(|(id, s)| {
            let rank = u
                .hits
                .iter()
                .position(|h| &faq.kb.sections[h.section].id == *id)
                .unwrap_or(usize::MAX);
            (passed_over(s), ruled_out(s), hands_over(s), rank)
        })
        .map(|(id, _)| id.clone())
}

/// Sections by id as offered choices (ids no longer in the FAQ are skipped).
fn offered(faq: &Faq, ids: &[SectionId]) -> Vec<Candidate> {
    ids.iter()
        .filter_map(|id| faq.kb.section(id))
        .map(|s| Candidate {
            section: s.id.clone(),
            title: s.title.clone(),
        })
        .collect()
}

fn candidates(faq: &Faq, hits: &[crate::understanding::Hit]) -> Vec<Candidate> {
    hits.iter()
        .map(|h| {
            let s = &faq.kb.sections[h.section];
            Candidate {
                section: s.id.clone(),
                title: s.title.clone(),
            }
        })
        .collect()
}

/// A new question, through the pipeline's stages: take in what it states
/// ([`take_in`]), keep the close candidates ([`close_candidates`]), decide
/// ([`decide`]) and act on the decision ([`act`]).
fn new_question(faq: &Faq, session: &mut Session, mut u: Understood, th: &Thresholds) -> Reply {
    take_in(session, &mut u, th);
    let decision = decide(faq, session, &u, th);
    session.unanswered = matches!(
        decision,
        Decision::NoMatch { .. } | Decision::Clarify { .. }
    )
    .then(|| u.prepared.clone());
    session.stage = Some(Stage::NewQuestion(decision_text(faq, &decision)));
    act(faq, session, decision)
}

/// A decision with section ids rather than positions, for transcripts.
fn decision_text(faq: &Faq, d: &Decision) -> String {
    let ids = |v: &[usize]| {
        v.iter()
            .map(|&i| faq.kb.sections[i].id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match d {
        Decision::Nothing => "nothing matched".into(),
        Decision::NoMatch { suggestions } => {
            format!(
                "below the did-you-mean cut-off; suggest {}",
                ids(suggestions)
            )
        }
        Decision::Clarify { sections } => format!("did you mean: {}", ids(sections)),
        Decision::Run { section, why } => {
            format!(
                "run {} ({})",
                faq.kb.sections[*section].id.as_str(),
                why.text()
            )
        }
    }
}

/// Stage "understand", on the session's side: the facts the message
/// states are kept, and a conversation off the FAQ's topic is capped below
/// the answer cut-off (at most a "did you mean", never an answer or a
/// follow-up on the strength of a few shared words).
fn take_in(session: &mut Session, u: &mut Understood, th: &Thresholds) {
    remember(session, u);
    session.pending = None;
    session.on_topic |= u.on_topic;
    if !session.on_topic {
        let cap = th.answer - f32::EPSILON;
        for h in &mut u.hits {
            h.confidence = h.confidence.min(cap);
        }
        u.facts.clear();
    }
}

/// What to do with a new question: a value `--explain` prints.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// No section shares a word with it.
    Nothing,
    /// Below the "did you mean" cut-off: the closest sections are offered.
    NoMatch { suggestions: Vec<usize> },
    /// Several close sections, or one too weak to answer: "did you mean".
    Clarify { sections: Vec<usize> },
    /// Run the section: answer it, or ask its first missing fact.
    Run { section: usize, why: RunBecause },
}

/// Why a section is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunBecause {
    /// Its probability clears the answer cut-off, with no close runner-up.
    Confident,
    /// The facts the message states decide its rules (a weak match is
    /// still answered; of close candidates, the one they fit).
    FactsDecide,
    /// Above the follow-up cut-off, and its rules need a fact: it is
    /// started with its follow-up question.
    AsksFirst,
    /// The message states the case its title names, and its rules need a
    /// fact: it is started with its follow-up question.
    TitleCase,
}

impl RunBecause {
    fn text(self) -> &'static str {
        match self {
            RunBecause::Confident => "confident, no close runner-up",
            RunBecause::FactsDecide => "the stated facts decide its rules",
            RunBecause::AsksFirst => "in the follow-up band, starting with its question",
            RunBecause::TitleCase => {
                "the message states the case its title names, starting with its question"
            }
        }
    }
}

impl std::fmt::Display for Decision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Decision::Nothing => write!(f, "nothing matched"),
            Decision::NoMatch { suggestions } => {
                write!(f, "below the did-you-mean cut-off; suggest {suggestions:?}")
            }
            Decision::Clarify { sections } => write!(f, "did you mean, among {sections:?}"),
            Decision::Run { section, why } => {
                write!(f, "run section #{section} ({})", why.text())
            }
        }
    }
}

/// Stage "decide": the decision for a taken-in question.
fn decide(faq: &Faq, session: &Session, u: &Understood, th: &Thresholds) -> Decision {
    let hits = &u.hits;
    let Some(top) = hits.first().copied() else {
        return Decision::Nothing;
    };
    if let Some(h) = runner_up_decided(faq, session, u, th) {
        return Decision::Run {
            section: h.section,
            why: RunBecause::FactsDecide,
        };
    }
    // A weak match whose section the stated facts decide on their own is
    // still answered ("got an ecs in beijing for backend jobs, no domain
    // name at all. icp?"), down to half the no-match cut-off; but only when
    // a stated fact is this section's alone: a fact many sections use ("on
    // the free plan") says little about which one is asked.
    let clear_lead = hits.get(1).is_none_or(|h| h.score < th.margin * top.score);
    if top.confidence < th.no_match
        && !(top.confidence >= th.no_match / 2.0
            && own_fact_stated(faq, u, top.section)
            && match decided_by(faq, session, u, top.section) {
                // A rule of its own that the stated facts fire needs no
                // clear lead in words: a long message about its case
                // shares words with its neighbours too.
                Decided::Fires => true,
                d => clear_lead && d.settles(),
            })
    {
        if let Some(h) = other_case_asked(faq, session, u, th) {
            return Decision::Run {
                section: h.section,
                why: RunBecause::FactsDecide,
            };
        }
        if let Some(section) = title_case_stated(faq, session, u) {
            return Decision::Run {
                section,
                why: RunBecause::TitleCase,
            };
        }
        return Decision::NoMatch {
            suggestions: hits.iter().take(3).map(|h| h.section).collect(),
        };
    }
    let close = close_candidates(faq, session, u, th, top);
    let top = close.first().copied().unwrap_or(top);
    // Facts that fire a rule settle the section; facts that only rule its
    // rules out give its "otherwise", which is the answer only when the
    // section is the one asked: below the answer cut-off that is not sure
    // ("网站放在腾讯云，阿里云这边的备案还用管吗" rules out the new-site
    // rules, but asks about not buying ECS).
    let decided = close.len() <= 1
        && match decided_by(faq, session, u, top.section) {
            Decided::Fires => true,
            Decided::RulesOut => top.confidence >= th.answer,
            _ => false,
        }
        || (close.len() <= 1 && ruled_out_alone(faq, session, u, th, top));
    // Not when the conversation is off the FAQ's topic, nor when the stated
    // facts fire another candidate's rule (then it may be the one meant).
    let asks_first = close.len() <= 1
        && session.on_topic
        && top.confidence >= th.ask
        && matches!(
            evaluate(&faq.kb.sections[top.section], &session.facts),
            Eval::Ask(_)
        )
        && !hits.iter().take(4).any(|h| {
            h.section != top.section && decided_by(faq, session, u, h.section) == Decided::Fires
        });
    if !decided && !asks_first && (close.len() >= 2 || top.confidence < th.answer) {
        let pool: Vec<_> = if close.len() >= 2 {
            close
        } else {
            hits.iter()
                .take(3)
                .filter(|h| h.score >= 0.5 * top.score)
                .copied()
                .collect()
        };
        return Decision::Clarify {
            sections: pool.iter().map(|h| h.section).collect(),
        };
    }
    let why = if decided {
        RunBecause::FactsDecide
    } else if asks_first && top.confidence < th.answer {
        RunBecause::AsksFirst
    } else {
        RunBecause::Confident
    };
    Decision::Run {
        section: top.section,
        why,
    }
}

/// A runner-up the confidence model trusts more than the first candidate,
/// and whose rule the stated facts fire: a long message about its case
/// ("bought an ECS in a mainland region, an A record points our domain at
/// it, the site is our price list") shares as many words with a neighbour
/// ("add a website ICP filing"), which the fused score may rank first with
/// a probability below the answer cut-off. Only when the first candidate
/// is below the answer cut-off, just one of the next two clears it (or,
/// the first being below the no-match cut-off, is at least as likely and
/// stated a fact only its rules use; or, none of them trusted so, it is the
/// one asked about, see [`asked_rather_than_ruled_out`]), and no other of
/// the first three has a rule the facts fire.
fn runner_up_decided(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
) -> Option<crate::understanding::Hit> {
    let firsts: Vec<_> = u.hits.iter().take(3).copied().collect();
    let top = firsts.first()?;
    if top.confidence >= th.answer {
        return None;
    }
    // One whose own case is told in full is trusted, whatever the model
    // makes of its words ("the address in the filing is out of date ...
    // our icp number is from alibaba cloud"). Below the no-match cut-off, a
    // runner-up the model finds at least as likely, on a fact only its
    // rules use, is enough, as the first one would be (see `decide`).
    let trusted: Vec<_> = firsts[1..]
        .iter()
        .filter(|h| {
            h.confidence >= th.answer
                || own_rule_told(faq, u, h.section)
                || (top.confidence < th.no_match
                    && h.confidence >= top.confidence
                    && h.confidence >= th.no_match / 2.0
                    && own_fact_stated(faq, u, h.section))
        })
        .collect();
    // None trusted so: the one the message asks, if just one (computed only
    // then, as it reads the asking clauses).
    let candidates = if trusted.is_empty() {
        firsts[1..]
            .iter()
            .filter(|h| asked_rather_than_ruled_out(faq, session, u, th, *top, **h))
            .collect()
    } else {
        trusted
    };
    let [h] = candidates[..] else {
        return None;
    };
    let fires = |s: usize| decided_by(faq, session, u, s) == Decided::Fires;
    (fires(h.section)
        && firsts
            .iter()
            .all(|o| o.section == h.section || !fires(o.section)))
    .then_some(*h)
}

/// How much more of what the asking clauses ask one title must hold than
/// another's to count as the one asked (see [`asked_share`]).
const ASKED_MARGIN: f32 = 0.2;

/// A runner-up the message asks about, when the first candidate is below
/// the answer cut-off and the stated facts rule its rules out: the runner-up's title names a case
/// the message states, and the asking clauses are clearly in its title
/// more than in the first's ("… a shop on Taobao, the site built on a
/// hosted site builder. we never bought any Alibaba Cloud ECS. do we still
/// need an Alibaba Cloud ICP filing?" asks the no-ECS section, though the
/// add-a-website section shares more words). Its rule must fire too (see
/// [`runner_up_decided`]).
fn asked_rather_than_ruled_out(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
    top: crate::understanding::Hit,
    h: crate::understanding::Hit,
) -> bool {
    top.confidence < th.answer
        && decided_by(faq, session, u, top.section) == Decided::RulesOut
        && u.facts.iter().any(|f| {
            f.confidence >= crate::understanding::facts::FACT_FLOOR
                && faq.title_names(h.section, &f.fact, &f.value)
        })
        && asked_share(faq, u, h.section) > asked_share(faq, u, top.section) + ASKED_MARGIN
}

/// Whether the best candidate, answered by the model and its "otherwise"
/// settled by the stated facts, is what the message asks rather than a
/// runner-up whose rule those facts fire: its asking clauses are in the
/// best one's title clearly more than in the runner-up's ("... no ECS and
/// none planned. is need to add website filing for it?" asks the
/// new-website section, "... no ECS at all. do I need an Alibaba Cloud ICP
/// filing?" the no-ECS one).
fn asks_rather(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
    best: crate::understanding::Hit,
    runner_up: crate::understanding::Hit,
) -> bool {
    // A case told in full ("the co-op never filed, and the domain was never
    // filed either") is the one meant, whatever the asking clause says.
    if best.confidence < th.answer
        || decided_by(faq, session, u, best.section) != Decided::RulesOut
        || own_rule_told(faq, u, runner_up.section)
    {
        return false;
    }
    asked_share(faq, u, best.section) > asked_share(faq, u, runner_up.section) + ASKED_MARGIN
}

/// How much of what the message's asking clauses ask a section's title
/// (or an example question) asks too: a share of their IDF-weighted words.
fn asked_share(faq: &Faq, u: &Understood, section: usize) -> f32 {
    let spans = asking_clauses(&u.prepared);
    faq.asked_in_title(&u.prepared, section, |s, e| {
        spans.iter().any(|&(a, b)| a <= s && e <= b)
    })
}

/// A weak match whose title names the very case the message states, on
/// the FAQ's topic: "we bought a few ECS instances to run simulation jobs.
/// is an ICP filing needed just because we have ECS?" states the case of
/// "Is an ICP Filing required if I purchase ECS instances without using
/// domain names?", however many words of its own the message adds about
/// what the machines do. Asking that section's follow-up is no answer:
/// the user's reply decides. Only when one of the first candidates is
/// such a section, no stated fact is against its title, its rules still
/// need a fact, and no other candidate's rule fires with the stated facts.
fn title_case_stated(faq: &Faq, session: &Session, u: &Understood) -> Option<usize> {
    if !session.on_topic || !asks_yes_or_no(&u.prepared) {
        return None;
    }
    let sure = |f: &&crate::understanding::facts::Found| {
        f.confidence >= crate::understanding::facts::FACT_FLOOR
    };
    let firsts: Vec<usize> = u.hits.iter().take(3).map(|h| h.section).collect();
    let named: Vec<usize> = firsts
        .iter()
        .copied()
        .filter(|&s| {
            u.facts
                .iter()
                .filter(sure)
                // Said in a clause that tells it, not only asked about.
                .filter(|f| {
                    u.mentions.iter().any(|m| {
                        m.fact == f.fact
                            && m.value == f.value
                            && told_not_asked(&u.prepared, m.start)
                    })
                })
                .any(|f| {
                    // A case that sets the title apart: another section's
                    // title names the other value ("if I do not purchase
                    // any ECS instances?").
                    faq.title_names(s, &f.fact, &f.value)
                        && (0..faq.kb.sections.len())
                            .any(|o| o != s && faq.contradicts_title(o, &f.fact, &f.value))
                })
                && !session
                    .facts
                    .iter()
                    .any(|(f, v)| faq.contradicts_title(s, f, v))
        })
        .collect();
    let [section] = named[..] else {
        return None;
    };
    // What it asks is what the title asks ("is an ICP filing needed just
    // because we have ECS?"), not another matter of the same topic ("can
    // we pay the ICP filing fee with paypal?", "备案审核能加急吗").
    if asked_share(faq, u, section) < ASKED_IN_TITLE {
        return None;
    }
    let open = matches!(
        evaluate(&faq.kb.sections[section], &session.facts),
        Eval::Ask(_)
    );
    let other_fires = firsts
        .iter()
        .any(|&s| s != section && decided_by(faq, session, u, s) == Decided::Fires);
    (open && !other_fires).then_some(section)
}

/// How much of what a message asks a section's title must ask too for the
/// case the message tells to start that section.
/// The FAQ's topic words weigh next to nothing (every title has them), so
/// this is a share of the rest: "we bought ECS, can we pay the ICP filing
/// fee with paypal?" asks 0.02 of it, "is an ICP filing needed just
/// because we have ECS" 0.55 (the weakest opener of the training
/// dialogues kept, "is owning ECS by itself enough to make filing
/// mandatory, or does it depend on whether a domain name is involved",
/// 0.26).
const ASKED_IN_TITLE: f32 = 0.2;

/// What ends a clause here: a stop, and a comma (a Chinese sentence strings
/// its statements and its question with commas).
const CLAUSE_STOPS: &str = ".!?;。！？；\n,，";

/// The byte ranges of the clauses that ask (see [`asks_yes_or_no`]).
fn asking_clauses(prepared: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in prepared
        .char_indices()
        .chain(std::iter::once((prepared.len(), '.')))
    {
        if CLAUSE_STOPS.contains(c) {
            let clause = &prepared[start..i];
            if !clause_words(clause).is_empty()
                && (clause_asks(clause) || prepared[i..].starts_with(['?', '？']))
            {
                out.push((start, i));
            }
            start = i + c.len_utf8();
        }
    }
    out
}

/// The message's clauses: split at stops and commas.
fn clauses(prepared: &str) -> impl Iterator<Item = &str> {
    prepared
        .split(|c: char| CLAUSE_STOPS.contains(c))
        .filter(|c| !c.trim().is_empty())
}

/// Words of a clause, without the conjunctions that join it to the last.
fn clause_words(clause: &str) -> Vec<String> {
    crate::understanding::normalize::tokens(clause)
        .into_iter()
        .map(|t| t.text.to_string())
        .skip_while(|w| ["or", "and", "but", "so", "then"].contains(&w.as_str()))
        .collect()
}

/// Whether a clause asks: no plain statement (see [`is_statement`]), or a
/// Chinese A-not-A or formal question form (要不要, 是否).
fn clause_asks(clause: &str) -> bool {
    !is_statement(&clause_words(clause).join(" "))
        || crate::understanding::cjk::ASK_FORMS
            .iter()
            .any(|f| clause.contains(f))
}

/// Whether the message asks whether something holds ("do we need a
/// filing?", "这个要备案吗") and asks nothing with a question word ("how
/// long does the review take?", "怎么办"): the question a title like "Is an
/// ICP Filing required if ...?" answers.
fn asks_yes_or_no(prepared: &str) -> bool {
    const WH: &[&str] = &[
        "how", "what", "when", "where", "which", "who", "whom", "why",
    ];
    let mut asks = false;
    for clause in clauses(prepared) {
        let words = clause_words(clause);
        if words.iter().take(3).any(|w| WH.contains(&w.as_str()))
            || crate::understanding::cjk::wh_question(clause)
        {
            return false;
        }
        asks |= clause_asks(clause);
    }
    asks || prepared.contains(['?', '？'])
}

/// Whether the clause around byte `at` tells something rather than asks
/// it: "we bought two ECS, do we need a filing?" tells the purchase, "is
/// the filing only needed if you buy ECS?" and "..., or is that only for
/// buying ECS" ask about it. A clause ends at a comma as well as a stop:
/// a Chinese sentence strings its statements and its question with commas.
fn told_not_asked(prepared: &str, at: usize) -> bool {
    let at = at.min(prepared.len());
    let ends = |c: char| CLAUSE_STOPS.contains(c);
    let start = prepared[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = prepared[at..]
        .char_indices()
        .find(|&(_, c)| ends(c))
        .map_or(prepared.len(), |(i, c)| at + i + c.len_utf8());
    let clause = &prepared[start..end];
    let words = clause_words(clause);
    let conditional = words
        .first()
        .is_some_and(|w| ["if", "whether", "when", "unless"].contains(&w.as_str()));
    !conditional && is_statement(&words.join(" ")) && !clause.contains(['?', '？'])
}

/// Whether the best match's "otherwise" answers from the follow-up cut-off:
/// a fact only its rules use rules them all out, and no other candidate is
/// likely. "We bought 4 ECS. so is an Alibaba Cloud ICP filing required?"
/// asks the no-ECS exemption's own question about the other case (the
/// stated fact is the opposite of its title's case, which otherwise makes
/// a section beside the point).
fn ruled_out_alone(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
    top: crate::understanding::Hit,
) -> bool {
    let section = &faq.kb.sections[top.section];
    top.confidence >= th.ask
        && own_fact_stated(faq, u, top.section)
        // The question is about the other case than the title's: without
        // that, its rules ruled out say only "not this case", and the
        // question may be another section's ("网站放在腾讯云，阿里云这边的
        // 备案还用管吗" rules out the new-site rules but asks about not
        // buying ECS).
        && (u.facts
            .iter()
            .any(|f| faq.contradicts_title(top.section, &f.fact, &f.value))
            // Or a choice only its rules use, which every one of them names,
            // is stated with a value none of them takes: the asker weighs
            // its options and picks none ("不往阿里云迁，也不想多加阿里云做接入商").
            // (A yes/no fact ruling them out says only "not this case".)
            || u.facts.iter().any(|f| {
                faq.sections_using(&f.fact) == 1
                    && faq
                        .kb
                        .fact(&f.fact)
                        .is_some_and(|d| d.kind == crate::knowledge::FactKind::Choice)
                    && section.rules.iter().all(|r| {
                        r.when
                            .iter()
                            .any(|c| c.fact == f.fact && !c.values.contains(&f.value))
                    })
            }))
        && !section.rules.is_empty()
        && matches!(evaluate(section, &session.facts), Eval::Otherwise)
        && u.hits
            .iter()
            .filter(|h| h.section != top.section)
            .take(3)
            .all(|h| h.confidence < th.no_match / 2.0)
}

/// A weak match whose own question the sentence asking restates, about
/// the other case than its title's, which a fact stated in the message
/// names: "... since we did buy the ECS, does that mean an Alibaba Cloud
/// ICP filing is required?" asks the no-ECS exemption whether it applies,
/// however much else the message says. Its "otherwise" (the exemption
/// does not apply) is the answer when it is the likeliest candidate and no
/// other is even half-way to the no-match cut-off.
fn other_case_asked(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
) -> Option<crate::understanding::Hit> {
    /// As much of the title as a restated title covers (see `Faq`'s
    /// `prefer_the_title_asked`).
    const TITLE_ASKED: f32 = 0.8;
    let firsts: Vec<_> = u.hits.iter().take(3).copied().collect();
    let h = firsts
        .iter()
        .copied()
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))?;
    let section = &faq.kb.sections[h.section];
    let flipped = u.facts.iter().any(|f| {
        f.confidence >= crate::understanding::facts::FACT_FLOOR
            && session.facts.get(&f.fact) == Some(&f.value)
            && faq.contradicts_title(h.section, &f.fact, &f.value)
    });
    (flipped
        && !u.names_case_of.contains(&h.section)
        && !section.rules.is_empty()
        && matches!(evaluate(section, &session.facts), Eval::Otherwise)
        && firsts
            .iter()
            .filter(|o| o.section != h.section)
            .all(|o| o.confidence < th.no_match / 2.0)
        && faq.asked_title_cover(&u.prepared, h.section) >= TITLE_ASKED)
        .then_some(h)
}

/// Whether the message states a fact that only this section's rules use:
/// evidence for it that no shared word gives.
fn own_fact_stated(faq: &Faq, u: &Understood, section: usize) -> bool {
    let used = faq.kb.sections[section].facts_used();
    u.facts
        .iter()
        .any(|f| used.contains(&&f.fact) && faq.sections_using(&f.fact) == 1)
}

/// Whether a fact this message states meets a condition of one of the
/// section's rules: the message is in part about its case.
fn meets_a_condition(faq: &Faq, u: &Understood, section: usize) -> bool {
    faq.kb.sections[section].rules.iter().any(|r| {
        r.when.iter().any(|c| {
            u.facts
                .iter()
                .any(|f| f.fact == c.fact && c.values.contains(&f.value))
        })
    })
}

/// Whether one of the section's rules is met whole by facts this message
/// states, two or more of them and each used by no other section: the case
/// it describes, told in full ("the co-op never filed, and the domain was
/// never filed either"), whatever words the question shares with it.
fn own_rule_told(faq: &Faq, u: &Understood, section: usize) -> bool {
    faq.kb.sections[section].rules.iter().any(|r| {
        r.when.len() >= 2
            && r.when.iter().all(|c| {
                faq.sections_using(&c.fact) == 1
                    && u.facts
                        .iter()
                        .any(|f| f.fact == c.fact && c.values.contains(&f.value))
            })
    })
}

/// Whether a rule of the section with a single condition is met by a
/// sure reading (a pattern, not a likeness to an example) of a fact no
/// other section uses: its case, told in the FAQ's own terms.
fn own_one_fact_rule_told(faq: &Faq, u: &Understood, section: usize) -> bool {
    faq.kb.sections[section].rules.iter().any(|r| {
        r.when.len() == 1
            && r.when.iter().all(|c| {
                faq.sections_using(&c.fact) == 1
                    && u.facts.iter().any(|f| {
                        f.fact == c.fact && f.confidence >= 1.0 && c.values.contains(&f.value)
                    })
            })
    })
}

/// Stage "candidates": the best section and those close to it. Plus any
/// of the first few whose rule the stated facts fire when the best one's
/// rules are merely ruled out by them ("ecs, but no domain on it": the rule
/// about ECS without domain names, not the section for no ECS); less a
/// section another close one hands over to; and, when the stated facts
/// decide exactly one of them, that one alone.
fn close_candidates(
    faq: &Faq,
    session: &Session,
    u: &Understood,
    th: &Thresholds,
    top: crate::understanding::Hit,
) -> Vec<crate::understanding::Hit> {
    let hits = &u.hits;
    let top_decided = decided_by(faq, session, u, top.section);
    let top_rules_out = top_decided == Decided::RulesOut;
    let mut close: Vec<_> = hits
        .iter()
        .take(4)
        .filter(|h| {
            h.section == top.section
                || (h.score >= th.margin * top.score && h.confidence >= th.no_match)
                // A fact only its rules use may carry one with half the
                // best one's words from half the no-match cut-off, as it
                // carries a best match ("no domain resolves to that ECS"
                // when the words say "domain" too).
                // Half the words may also be made up by meaning: the
                // static space puts it nearer the question than the best
                // one, whose case no stated fact meets in part ("bought
                // only a domain, no ECS, the site is on a site builder"
                // shares its words with the new-website section).
                || (top_rules_out
                    && (h.confidence >= th.no_match
                        || (h.confidence >= th.no_match / 2.0
                            && (h.score >= 0.5 * top.score
                                || (h.features.get("semantic") > top.features.get("semantic")
                                    && !meets_a_condition(faq, u, top.section)))
                            && own_fact_stated(faq, u, h.section)))
                    && decided_by(faq, session, u, h.section) == Decided::Fires)
                // ... or one whose own case the message tells in full.
                || (top_rules_out && own_rule_told(faq, u, h.section))
                // ... or, with half the best one's words or asked clearly
                // more, one whose one-fact rule a sure reading of its own
                // fact fires
                // ("we keep the filing with 21Vianet, but want Alibaba
                // Cloud in as an extra provider" beside the change-the-
                // filing section its "no change" rules out).
                || (top_rules_out
                    && (h.score >= 0.5 * top.score
                        || asked_share(faq, u, h.section)
                            > asked_share(faq, u, top.section) + ASKED_MARGIN)
                    && own_one_fact_rule_told(faq, u, h.section)
                    && decided_by(faq, session, u, h.section) == Decided::Fires)
                // ... or, confident enough for its own follow-up question,
                // one whose open rule they fit.
                || (top_rules_out
                    && h.confidence >= th.ask
                    && decided_by(faq, session, u, h.section) == Decided::Fits)
                // ... or one the model finds at least as likely, whose rule
                // they fire while the best one's rules are still open
                // ("we have not purchased any ECS. is filing required?"
                // beside a section that would ask about a new website).
                || (!top_decided.settles()
                    && h.confidence >= th.ask
                    && h.confidence >= top.confidence
                    && decided_by(faq, session, u, h.section) == Decided::Fires)
        })
        .copied()
        .collect();
    // A section the known facts hand over to another close one leads to the
    // same answer: offer (and run) only the one that hands over.
    let destinations: Vec<Vec<SectionId>> = close
        .iter()
        .map(|h| handovers(faq, &faq.kb.sections[h.section], &session.facts))
        .collect();
    let reached = |i: usize| {
        let id = &faq.kb.sections[close[i].section].id;
        destinations
            .iter()
            .enumerate()
            .any(|(j, d)| j != i && d.contains(id))
    };
    let mut kept: Vec<_> = (0..close.len())
        .filter(|&i| !reached(i))
        .map(|i| close[i])
        .collect();
    if !kept.is_empty() && kept.len() < close.len() {
        // The one that hands over speaks for those it reaches: the best
        // confidence among them is its confidence.
        for k in &mut kept {
            let i = close
                .iter()
                .position(|h| h.section == k.section)
                .expect("kept from close");
            for h in &close {
                if destinations[i].contains(&faq.kb.sections[h.section].id) {
                    k.confidence = k.confidence.max(h.confidence);
                }
            }
        }
        close = kept;
    }
    // Of close candidates, the only one the stated facts decide is the one
    // meant: they fit its rules and leave the others asking. Such a section
    // is answered past a weak match rather than offered as "did you mean"
    // ("switching provider to aliyun, need to redo it?"). A rule that fires
    // is stronger evidence than rules all ruled out.
    for level in [Decided::Fires, Decided::RulesOut] {
        let decided: Vec<_> = close
            .iter()
            .copied()
            .filter(|h| decided_by(faq, session, u, h.section) == level)
            .collect();
        // Rules merely ruled out single out only the best-ranked candidate:
        // one stray fact ruling out a runner-up's rules is weak evidence;
        // and a section the asking sentence names stays the one asked about.
        if let [only] = decided.as_slice() {
            let asked_first = u.asked == Some(close[0].section);
            // Facts that rule out the first one's rules but meet a
            // condition of another's open rule speak for that one ("the
            // firm never filed anything. do we need the initial filing?"
            // is no case of adding a website to a filed subject).
            let fitting: Vec<_> = close
                .iter()
                .copied()
                .filter(|h| {
                    level == Decided::RulesOut
                        && h.section != only.section
                        && decided_by(faq, session, u, h.section) == Decided::Fits
                })
                .collect();
            if let [fit] = fitting.as_slice() {
                close = vec![*fit];
            } else if level == Decided::Fires
                && only.section != close[0].section
                && asks_rather(faq, session, u, th, close[0], *only)
            {
                close.truncate(1);
            } else if (level == Decided::Fires && !asked_first) || only.section == close[0].section
            {
                close = vec![*only];
            }
            break;
        }
        if !decided.is_empty() {
            break;
        }
    }
    // The asking sentence restates the first one's title: it is the one
    // asked about, and the others were background.
    if close.len() >= 2 && u.asked == Some(close[0].section) {
        close.truncate(1);
    }
    close
}

/// Stage "act": the reply a decision gives, and what the session then
/// waits for.
fn act(faq: &Faq, session: &mut Session, decision: Decision) -> Reply {
    let offer = |session: &mut Session, sections: &[usize]| {
        let ids: Vec<Candidate> = sections
            .iter()
            .map(|&i| {
                let s = &faq.kb.sections[i];
                Candidate {
                    section: s.id.clone(),
                    title: s.title.clone(),
                }
            })
            .collect();
        session.pending = Some(Pending::Pick(
            ids.iter().map(|c| c.section.clone()).collect(),
        ));
        ids
    };
    match decision {
        Decision::Nothing => Reply::NoMatch {
            text: "I couldn't find that in the FAQ.".into(),
            suggestions: Vec::new(),
        },
        Decision::NoMatch { suggestions } => Reply::NoMatch {
            text: "I couldn't find that in the FAQ. The closest sections are below; or rephrase your question.".into(),
            suggestions: offer(session, &suggestions),
        },
        Decision::Clarify { sections } => {
            let cands = offer(session, &sections);
            Reply::Clarify {
                text: if cands.len() == 1 {
                    "I'm not sure I understood. Did you mean this?".into()
                } else {
                    "Which of these do you mean?".into()
                },
                candidates: cands,
            }
        }
        Decision::Run { section, .. } => {
            let id = faq.kb.sections[section].id.clone();
            run_section(faq, session, &id, Vec::new())
        }
    }
}

/// The decision a message would get as a new question, on a copy of the
/// session (for `--explain`).
pub fn decision_for(faq: &Faq, session: &Session, message: &str) -> Decision {
    let th = Thresholds::for_faq(faq);
    let mut copy = session.clone();
    let mut u = faq.understand(message);
    take_in(&mut copy, &mut u, &th);
    decide(faq, &copy, &u, &th)
}

/// Whether facts stated in this message decide the section's outcome: one of
/// its own rules answers with them, or they rule out every rule (its
/// "otherwise" answer). Evidence enough to answer past a weak match.
fn decided_by(faq: &Faq, session: &Session, u: &Understood, section: usize) -> Decided {
    // Facts that are the opposite of the case its title names make a
    // section beside the point, whatever its rules say.
    if !u.names_case_of.contains(&section)
        && session
            .facts
            .iter()
            .any(|(f, v)| faq.contradicts_title(section, f, v))
    {
        return Decided::No;
    }
    let section = &faq.kb.sections[section];
    let stated = |f: &FactId| u.facts.iter().any(|x| &x.fact == f);
    match evaluate(section, &session.facts) {
        Eval::Ask(_) if open_rule_fits(section, &session.facts, &stated) => Decided::Fits,
        Eval::Fire(rule)
            if matches!(rule.then, Outcome::Answer(_))
                && rule.when.iter().any(|c| stated(&c.fact)) =>
        {
            Decided::Fires
        }
        Eval::Otherwise
            if !section.rules.is_empty() && section.facts_used().iter().any(|f| stated(f)) =>
        {
            Decided::RulesOut
        }
        _ => Decided::No,
    }
}

/// How the facts stated in a message decide a section (see [`decided_by`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decided {
    No,
    /// They rule out every rule: its "otherwise" answer.
    RulesOut,
    /// Its first open rule has a condition they meet, and only unknown
    /// facts left to ask.
    Fits,
    /// One of its rules answers with them.
    Fires,
}

impl Decided {
    /// An answer follows from the facts: a rule, or "otherwise".
    fn settles(self) -> bool {
        matches!(self, Decided::RulesOut | Decided::Fires)
    }
}

/// Whether the first rule not ruled out by the known facts has a
/// condition a fact stated in this message meets.
fn open_rule_fits(
    section: &Section,
    facts: &BTreeMap<FactId, Value>,
    stated: &dyn Fn(&FactId) -> bool,
) -> bool {
    section.first_open_rule(facts).is_some_and(|rule| {
        rule.when
            .iter()
            .any(|c| stated(&c.fact) && facts.get(&c.fact).is_some_and(|v| c.values.contains(v)))
    })
}

/// The first rule, in order, that no known fact rules out.
enum Eval<'a> {
    Fire(&'a crate::knowledge::Rule),
    Ask(&'a FactId),
    Otherwise,
}

/// First rule, in order, that is not ruled out by a known fact: it fires when
/// all its facts are known, else its first unknown fact is asked.
fn evaluate<'a>(section: &'a Section, facts: &BTreeMap<FactId, Value>) -> Eval<'a> {
    let Some(rule) = section.first_open_rule(facts) else {
        return Eval::Otherwise;
    };
    match rule.when.iter().find(|c| !facts.contains_key(&c.fact)) {
        None => Eval::Fire(rule),
        Some(c) => Eval::Ask(&c.fact),
    }
}

/// The unknown facts of the first rule the known facts leave open, in
/// the rule's order.
fn open_unknowns<'a>(section: &'a Section, facts: &BTreeMap<FactId, Value>) -> Vec<&'a FactId> {
    section
        .first_open_rule(facts)
        .map_or_else(Vec::new, |rule| {
            rule.when
                .iter()
                .filter(|c| !facts.contains_key(&c.fact))
                .map(|c| &c.fact)
                .collect()
        })
}

/// The sections `section` hands over to, one after the other, given the known facts.
fn handovers(faq: &Faq, section: &Section, facts: &BTreeMap<FactId, Value>) -> Vec<SectionId> {
    let mut out: Vec<SectionId> = Vec::new();
    let mut current = section;
    while let Eval::Fire(rule) = evaluate(current, facts) {
        let Outcome::Goto(next) = &rule.then else {
            break;
        };
        if out.contains(next) || next == &section.id || out.len() >= MAX_HANDOVERS {
            break;
        }
        out.push(next.clone());
        match faq.kb.section(next) {
            Some(s) => current = s,
            None => break,
        }
    }
    out
}

/// Hand-overs followed before giving up (guards a cycle the checker missed).
const MAX_HANDOVERS: usize = 8;

fn run_section(
    faq: &Faq,
    session: &mut Session,
    start: &SectionId,
    mut via: Vec<SectionId>,
) -> Reply {
    let mut because: Vec<Because> = Vec::new();
    // Facts that made earlier sections hand over still decided the answer.
    for id in &via {
        if let Some(Eval::Fire(rule)) = faq.kb.section(id).map(|s| evaluate(s, &session.facts)) {
            for c in &rule.when {
                push_because(faq, &mut because, &c.fact, &session.facts[&c.fact]);
            }
        }
    }
    let mut current = start.clone();
    loop {
        let Some(section) = faq.kb.section(&current) else {
            return Reply::NoMatch {
                text: "That FAQ section no longer exists. Please ask again.".into(),
                suggestions: Vec::new(),
            };
        };
        match evaluate(section, &session.facts) {
            Eval::Fire(rule) => {
                for c in &rule.when {
                    push_because(faq, &mut because, &c.fact, &session.facts[&c.fact]);
                }
                match &rule.then {
                    Outcome::Answer(sentence) => {
                        return Reply::Answer(Answer {
                            section: section.id.clone(),
                            title: section.title.clone(),
                            text: sentence.clone(),
                            rule: Some(sentence.clone()),
                            because,
                            source: section.source.clone(),
                            via,
                            kind: AnswerKind::Rule,
                        });
                    }
                    Outcome::Goto(next) => {
                        if via.len() >= MAX_HANDOVERS || via.contains(next) || next == &section.id {
                            return otherwise(faq, section, session, because, via);
                        }
                        via.push(section.id.clone());
                        current = next.clone();
                    }
                }
            }
            Eval::Ask(fact) => {
                // What the user has not said is asked before a doubtful
                // reading is checked: "just to check" comes last, when its
                // answer is all that is missing.
                let fact = open_unknowns(section, &session.facts)
                    .into_iter()
                    .find(|f| !session.doubtful.contains_key(*f))
                    .unwrap_or(fact)
                    .clone();
                let id = section.id.clone();
                if let Some(v) = session.doubtful.get(&fact).cloned() {
                    return confirm(faq, session, &id, &fact, v, via);
                }
                return ask(faq, session, &id, &fact, via, 0);
            }
            Eval::Otherwise => return otherwise(faq, section, session, because, via),
        }
    }
}

fn push_because(faq: &Faq, out: &mut Vec<Because>, fact: &FactId, value: &Value) {
    if out.iter().any(|b| &b.fact == fact) {
        return;
    }
    let text = faq
        .kb
        .fact(fact)
        .and_then(|f| f.choice(value))
        .map(|c| c.because.clone())
        .unwrap_or_else(|| format!("{fact} = {value}"));
    out.push(Because {
        fact: fact.clone(),
        value: value.clone(),
        text,
    });
}

fn otherwise(
    faq: &Faq,
    section: &Section,
    session: &Session,
    mut because: Vec<Because>,
    via: Vec<SectionId>,
) -> Reply {
    let kind = if section.rules.is_empty() {
        AnswerKind::Text
    } else {
        AnswerKind::Otherwise
    };
    // The known facts that ruled the section's rules out.
    for f in section.facts_used() {
        if let Some(v) = session.facts.get(f) {
            push_because(faq, &mut because, f, v);
        }
    }
    Reply::Answer(Answer {
        section: section.id.clone(),
        title: section.title.clone(),
        text: section
            .otherwise
            .clone()
            .unwrap_or_else(|| markdown::display_text(&section.shown)),
        rule: None,
        because,
        source: section.source.clone(),
        via,
        kind,
    })
}

/// Asks for a fact, the `misses`+1-th time: again with a hint after one
/// reply that didn't answer it, and after two as a numbered list with a
/// way out, never the same question a third time.
fn ask(
    faq: &Faq,
    session: &mut Session,
    section: &SectionId,
    fact: &FactId,
    via: Vec<SectionId>,
    misses: u8,
) -> Reply {
    let Some(f) = faq.kb.fact(fact) else {
        session.pending = None;
        return Reply::NoMatch {
            text: "That question is no longer in the FAQ. Please ask again.".into(),
            suggestions: Vec::new(),
        };
    };
    session.pending = Some(Pending::Fact {
        section: section.clone(),
        fact: fact.clone(),
        via,
        misses,
        confirming: None,
    });
    let options: Vec<ChoiceOption> = f
        .choices
        .iter()
        .map(|c| ChoiceOption {
            value: c.value.clone(),
            label: c.label.clone(),
        })
        .collect();
    let form = match misses {
        0 => AskForm::First,
        1 => AskForm::Again,
        _ => AskForm::Listed,
    };
    let unclear = if session.unclear.contains(fact) {
        "You said two different things about this. "
    } else {
        ""
    };
    let text = match form {
        AskForm::First => format!("{unclear}{}", f.question),
        AskForm::Again => {
            let hint = match f.kind {
                FactKind::YesNo => "Please answer yes or no.",
                FactKind::Choice => "Please pick one of the options (its number or name).",
            };
            format!("{hint} {}", f.question)
        }
        _ => {
            let list: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{}. {}", i + 1, o.label))
                .collect();
            format!(
                "Sorry, I still couldn't tell. {}\n{}\nReply with a number, or say \"start over\".",
                f.question,
                list.join("\n")
            )
        }
    };
    Reply::Ask(Question {
        section: section.clone(),
        fact: fact.clone(),
        text,
        kind: f.kind,
        options,
        retry: misses > 0,
        form,
    })
}

/// Confirms a doubtful reading before an answer rests on it: "Just to
/// check: <what it would mean>?", with the reading as the first option.
fn confirm(
    faq: &Faq,
    session: &mut Session,
    section: &SectionId,
    fact: &FactId,
    value: Value,
    via: Vec<SectionId>,
) -> Reply {
    let Some(f) = faq.kb.fact(fact) else {
        return ask(faq, session, section, fact, via, 0);
    };
    let Some(chosen) = f.choice(&value) else {
        session.doubtful.remove(fact);
        return ask(faq, session, section, fact, via, 0);
    };
    session.pending = Some(Pending::Fact {
        section: section.clone(),
        fact: fact.clone(),
        via,
        misses: 0,
        confirming: Some(value.clone()),
    });
    let mut options = vec![ChoiceOption {
        value: value.clone(),
        label: "Yes".into(),
    }];
    options.extend(
        f.choices
            .iter()
            .filter(|c| c.value != value)
            .map(|c| ChoiceOption {
                value: c.value.clone(),
                label: if f.kind == FactKind::YesNo {
                    "No".into()
                } else {
                    c.label.clone()
                },
            }),
    );
    Reply::Ask(Question {
        section: section.clone(),
        fact: fact.clone(),
        text: format!("Just to check: {}?", chosen.because),
        kind: f.kind,
        options,
        retry: false,
        form: AskForm::Confirm(value),
    })
}

/// How sure the engine is that `text` is answered by its best section
/// (0..=1), without touching any session: fronts use it to decide whether to
/// answer unprompted (support channels) against their configured threshold.
pub fn confidence(faq: &Faq, text: &str) -> f32 {
    faq.understand(text)
        .hits
        .first()
        .map_or(0.0, |h| h.confidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{build, SourceFile};

    #[test]
    fn a_clause_that_tells_is_told_and_one_that_asks_is_not() {
        let told = |text: &str, word: &str| told_not_asked(text, text.find(word).unwrap());
        assert!(told("we bought two ecs, do we need a filing?", "bought"));
        assert!(told("我们买了两台 ecs ,这个需要 icp filing 吗?", "买了"));
        assert!(!told("is the filing only needed if you buy ecs?", "buy"));
        assert!(!told(
            "is a filing needed for us, or is that only for buying ecs",
            "buying"
        ));
        assert!(!told("if we buy ecs later, what then", "buy"));
    }

    #[test]
    fn asking_whether_is_not_asking_what() {
        assert!(asks_yes_or_no("we bought ecs. do we need an icp filing"));
        assert!(asks_yes_or_no("我们租了三台 ecs ,这个要不要做 icp filing"));
        assert!(asks_yes_or_no("bought ecs, icp filing needed?"));
        assert!(!asks_yes_or_no(
            "we bought ecs. how long does the review take?"
        ));
        assert!(!asks_yes_or_no("买了 ecs ,备案要多久"));
        assert!(!asks_yes_or_no("we bought ecs last week."));
    }

    const MD: &str = "# Shop\n\n## Can I get a refund? {#refund}\n\nRefunds are issued if the order has not shipped.\n\n## How do I track my parcel? {#track}\n\nUse the tracking link in your email.\n";
    const RULES: &str = r#"
[facts.shipped]
question = "Has the order shipped?"
[facts.shipped.patterns]
yes = ['\bshipped\b']
[facts.channel]
question = "Where did you buy it?"
choices = [{ value = "web", label = "On the website" }, { value = "store", label = "In a store" }]
[sections.refund]
otherwise = "Refunds are only for orders that have not shipped."
[[sections.refund.rules]]
when = { channel = "web", shipped = "no" }
answer = "Refunds are issued if the order has not shipped."
"#;

    fn faq(rules: &str) -> Faq {
        Faq::new(
            build(vec![
                SourceFile {
                    path: "shop.md".into(),
                    bytes: MD.as_bytes().to_vec(),
                },
                SourceFile {
                    path: "shop.toml".into(),
                    bytes: rules.as_bytes().to_vec(),
                },
            ])
            .expect("test FAQ loads"),
        )
    }

    #[test]
    fn rule_fires_after_asking_only_the_missing_fact() {
        let f = faq(RULES);
        let mut s = Session::new();
        // "not shipped" is stated (negated "yes" pattern), so only the channel is asked.
        let r = respond(&f, &mut s, "can I get a refund? my order has not shipped");
        let Reply::Ask(q) = r else { panic!("{r:?}") };
        assert_eq!(q.fact.as_str(), "channel");
        let r = respond(&f, &mut s, "2");
        let Reply::Answer(a) = r else { panic!("{r:?}") };
        assert_eq!(a.kind, AnswerKind::Otherwise);
        assert_eq!(a.rule, None);
        assert!(a
            .because
            .iter()
            .any(|b| b.fact.as_str() == "channel" && b.value.as_str() == "store"));
    }

    #[test]
    fn choose_says_why_it_refused() {
        let f = faq(RULES);
        let mut s = Session::new();
        assert_eq!(
            choose(&f, &mut s, &"channel".into(), &"web".into()),
            Err(Unchosen::NotPending)
        );
        let _ = respond(&f, &mut s, "refund please, it has not shipped");
        assert_eq!(
            choose(&f, &mut s, &"channel".into(), &"mail".into()),
            Err(Unchosen::UnknownValue)
        );
        let r = choose(&f, &mut s, &"channel".into(), &"web".into()).expect("pending");
        let Reply::Answer(a) = r else { panic!("{r:?}") };
        assert_eq!(
            a.rule.as_deref(),
            Some("Refunds are issued if the order has not shipped.")
        );
    }

    #[test]
    fn a_reload_that_removes_the_pending_fact_is_reported_once() {
        let old = faq(RULES);
        let mut s = Session::new();
        let r = respond(&old, &mut s, "can I get a refund? it has not shipped");
        assert!(matches!(r, Reply::Ask(_)), "{r:?}");
        // The new FAQ no longer has the `channel` fact.
        let new = faq("[sections.refund]\notherwise = \"Ask support.\"\n");
        assert!(!s.revalidate(&new));
        let r = respond(&new, &mut s, "yes");
        assert!(
            matches!(&r, Reply::Reset { text } if text.contains("FAQ was updated")),
            "{r:?}"
        );
        // Only once: the next bare "yes" is just a message without a question.
        let r = respond(&new, &mut s, "yes");
        assert!(
            matches!(&r, Reply::NoMatch { text, .. } if text.contains("no open question")),
            "{r:?}"
        );
    }
}
