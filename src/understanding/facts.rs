//! Facts stated in free text: each fact's patterns run over the prepared
//! message; a yes/no fact's "yes" pattern preceded by a negation in the same
//! clause ("I don't have a website", "without ECS") means "no".

use super::cjk;
use super::statements::{Embed, Statements};
use crate::ids::{FactId, Value};
use crate::knowledge::{FactKind, Knowledge};

/// A fact value found in a message, with the byte span that said it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub fact: FactId,
    pub value: Value,
    pub start: usize,
    pub end: usize,
    /// 1 for a pattern's exact form; an example statement's match score
    /// otherwise. The dialogue confirms a fact below its floor before an
    /// answer rests on it.
    pub confidence: f32,
    /// The example statement that matched, when one did (`--explain`).
    pub example: Option<String>,
    /// Read by a presumption: another value said outright wins.
    pub presumed: bool,
}

/// Everything a message says about facts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// The facts it states, one value each, in order.
    pub facts: Vec<Found>,
    /// Every phrase that spoke of a fact, also in doubt or contradicted.
    pub mentions: Vec<Found>,
    /// Facts given two values with no correction between them ("not on ECS
    /// ... on our ECS"): asked about, not guessed.
    pub contradicted: Vec<FactId>,
}

/// Words that take back what was said before them: with them, the later of
/// two values is the one meant ("Singapore, sorry, I mean Shenzhen").
const CORRECTIONS: &[&str] = &[
    "sorry",
    "i mean",
    "i meant",
    "actually",
    "correction",
    "rather",
    "scratch that",
    "oops",
    "my bad",
    "wait",
    "make that",
    "instead",
];
const ZH_CORRECTIONS: &[&str] = &[
    "不对",
    "说错",
    "我是说",
    "更正",
    "应该是",
    "其实是",
    "改成",
    "抱歉",
];

/// Whether `between` (the text from one statement to the next) takes the
/// first one back.
pub(crate) fn corrects(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    CORRECTIONS
        .iter()
        .any(|c| joined.contains(&format!(" {c} ")))
        || ZH_CORRECTIONS.iter().any(|c| between.contains(c))
}

/// The byte spans of the correction words in `text`, in order.
fn correction_spans(text: &str) -> Vec<(usize, usize)> {
    // One pass for all the words: this runs on every message.
    static WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(CORRECTIONS.iter().chain(ZH_CORRECTIONS))
            .expect("correction words build an automaton")
    });
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in WORDS.find_overlapping_iter(&lower) {
        let (at, end) = (m.start(), m.end());
        let c = &lower[at..end];
        let han = c.chars().next().is_some_and(|f| !f.is_ascii());
        let whole_words = han
            || !lower[..at].chars().next_back().is_some_and(is_word)
                && !lower[end..].chars().next().is_some_and(is_word);
        // "sorry for the late reply", "sorry to bother you": an
        // apology, not a correction.
        let apology = c == "sorry"
            && lower[end..]
                .split(|ch: char| !is_word(ch))
                .find(|w| !w.is_empty())
                .is_some_and(|w| ["for", "to", "about", "if"].contains(&w));
        if whole_words && !apology {
            out.push((at, end));
        }
    }
    out.sort_unstable();
    out
}

/// Where what follows the last correction in `text` starts ("...
/// alibaba. wait, sorry, our old host": the offset of " our old host"), if
/// the text holds one and something after it.
pub fn after_last_correction(text: &str) -> Option<usize> {
    correction_spans(text)
        .iter()
        .map(|&(_, end)| end)
        .max()
        .filter(|&l| text[l..].chars().any(char::is_alphanumeric))
}

/// Where the first correction in `text` starts, if it holds one.
pub fn first_correction(text: &str) -> Option<usize> {
    correction_spans(text).first().map(|&(at, _)| at)
}

/// The facts' patterns, ready to scan a message.
#[derive(Debug, Clone)]
pub struct Extractor {
    /// The ASCII patterns: (fact position, pattern position in that fact),
    /// each run on its own. One `RegexSet` over all of them was slower: its
    /// lazy DFA builds states for every new question (about 250 µs each on
    /// the ICP rules file, against under 100 µs for the patterns one by one,
    /// each with its own literal prefilter).
    owners: Vec<(usize, usize)>,
    /// Patterns that spell Chinese (or other non-ASCII) text, run one by one
    /// (each with its own literal prefilter) and only over text holding
    /// non-ASCII characters: in the set, their wide character classes made
    /// every English question several times slower.
    wide: Vec<(usize, usize)>,
    /// Literals a pattern's every match contains, found in one pass.
    gates: Option<aho_corasick::AhoCorasick>,
    /// Per gate literal: the patterns (positions in `owners` then `wide`)
    /// and the groups of their gates it belongs to.
    gate_of: Vec<Vec<(usize, u8)>>,
    /// Per pattern (same positions): the groups of its gate as a bit mask
    /// (0: no gate). It runs only when each group has one of its literals
    /// in the message: `\b(buy|bought)\b ... \b(ecs|instances?)\b` needs a
    /// word of each.
    gated: Vec<u64>,
}

/// Groups of literals, each of which holds one literal every match of `h`
/// contains: the parts of a concatenation each give theirs ("buy ... ecs"
/// needs both). Any subset is still a true gate; the [`GATE_GROUPS`] rarest
/// are kept, those with a literal shorter than [`GATE_MIN_BYTES`] only when
/// there is nothing else (short literals are everywhere in text and make
/// the one pass over it report a match at nearly every byte).
fn required_groups(h: &regex_syntax::hir::Hir) -> Vec<Vec<Vec<u8>>> {
    let shortest = |g: &Vec<Vec<u8>>| g.iter().map(Vec::len).min().unwrap_or(0);
    let mut groups = all_required_groups(h);
    groups.retain(|g| !g.is_empty());
    groups.sort_by_key(|g| std::cmp::Reverse(shortest(g)));
    let long = groups
        .iter()
        .take_while(|g| shortest(g) >= GATE_MIN_BYTES)
        .count();
    groups.truncate(long.clamp(1, GATE_GROUPS));
    groups
}

/// At most this many literal groups gate a pattern.
const GATE_GROUPS: usize = 3;
/// Literals shorter than this gate a pattern only when it has no other.
const GATE_MIN_BYTES: usize = 3;

fn all_required_groups(h: &regex_syntax::hir::Hir) -> Vec<Vec<Vec<u8>>> {
    use regex_syntax::hir::HirKind;
    match h.kind() {
        HirKind::Capture(c) => all_required_groups(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => all_required_groups(&r.sub),
        HirKind::Concat(parts) => parts.iter().flat_map(all_required_groups).collect(),
        _ => required_literals(h).into_iter().collect(),
    }
}

/// Literals one of which every match of `h` contains, if such a set is
/// found (a pattern without one always runs). Conservative: classes,
/// look-arounds, optional parts and case-insensitive text give none.
fn required_literals(h: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::HirKind;
    match h.kind() {
        HirKind::Literal(l) => Some(vec![l.0.to_vec()]),
        HirKind::Capture(c) => required_literals(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required_literals(&r.sub),
        // Any part's set will do: the one whose shortest literal is longest
        // is the rarest in text.
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(required_literals)
            .max_by_key(|set| set.iter().map(Vec::len).min().unwrap_or(0)),
        HirKind::Alternation(alts) => {
            let mut all = Vec::new();
            for a in alts {
                all.extend(required_literals(a)?);
            }
            Some(all)
        }
        _ => None,
    }
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "none", "neither", "nor", "nothing", "non", "nobody", "noone",
    "nowhere",
];
/// Negations only inside a match or right before it: "zero ecs" is none,
/// but "zero downtime for my website" says nothing against the website.
const IN_MATCH_NEGATIONS: &[&str] = &["zero"];
/// Words that end the clause a negation can reach.
const CLAUSE_BREAKS: &[&str] = &[
    "but", "and", "if", "whether", "because", "so", "that", "which", "or", "though", "although",
    "while",
];
const NEGATION_REACH: usize = 4;
/// Words after a negation that carry it on ("not ... anything", "never
/// ... any"), and how far back such a negation may be.
const NEGATIVE_POLARITY: &[&str] = &["any", "anything", "anyone", "anybody", "ever"];
const NPI_REACH: usize = 8;
/// Words of a list before "or" that a negation before them still reaches.
const OR_LIST_REACH: usize = 3;
/// Negative subjects: a clause opening with one denies what it says.
const NEGATIVE_SUBJECTS: &[&str] = &[
    "nothing",
    "none",
    "neither",
    "nobody",
    "noone",
    "nobody's",
    "nothing's",
];
const NEGATIVE_SUBJECT_REACH: usize = 10;
/// An elliptical correction's new value is a short phrase ("i mean alibaba
/// cloud"), said soon after what it corrects.
const ELLIPSIS_WORDS: usize = 4;
const ELLIPSIS_REACH: usize = 60;
/// An example reading this sure stands against a pattern's reading of
/// another clause (the dialogue's confirmation floor).
const SURE_EXAMPLE: f32 = 0.7;

impl Extractor {
    pub fn new(kb: &Knowledge) -> Self {
        let mut owners = Vec::new();
        let mut wide = Vec::new();
        for (fi, f) in kb.facts.iter().enumerate() {
            for (pi, p) in f.patterns.iter().enumerate() {
                if !p.regex.as_str().is_ascii() {
                    wide.push((fi, pi));
                    continue;
                }
                owners.push((fi, pi));
            }
        }
        // Each pattern's gate: groups of literals, its match holding one of
        // each group.
        // Each literal once in the automaton, with every (pattern, group)
        // it opens: many patterns share "ecs" or "domain", and a literal
        // met once is one match to report, not one per pattern.
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut gate_of: Vec<Vec<(usize, u8)>> = Vec::new();
        let mut literal_at: std::collections::HashMap<Vec<u8>, usize> =
            std::collections::HashMap::new();
        let mut gated = Vec::new();
        for (i, &(fi, pi)) in owners.iter().chain(wide.iter()).enumerate() {
            let groups = required_groups(kb.facts[fi].patterns[pi].regex.hir());
            gated.push((1u64 << groups.len()) - 1);
            for (g, set) in groups.into_iter().enumerate() {
                for l in set {
                    let at = *literal_at.entry(l).or_insert_with_key(|l| {
                        literals.push(l.clone());
                        gate_of.push(Vec::new());
                        literals.len() - 1
                    });
                    gate_of[at].push((i, g as u8));
                }
            }
        }
        let gates = if literals.is_empty() {
            None
        } else {
            aho_corasick::AhoCorasick::new(&literals).ok()
        };
        if gates.is_none() {
            gated.iter_mut().for_each(|g| *g = 0);
        }
        Self {
            owners,
            wide,
            gates,
            gate_of,
            gated,
        }
    }

    /// Per pattern (positions as in `gated`): whether it may match
    /// `prepared`, i.e. it has no gate or each group of its gate has a
    /// literal there.
    fn open_patterns(&self, prepared: &str) -> Vec<bool> {
        let mut seen: Vec<u64> = vec![0; self.gated.len()];
        if let Some(ac) = &self.gates {
            for m in ac.find_overlapping_iter(prepared) {
                for &(p, g) in &self.gate_of[m.pattern().as_usize()] {
                    seen[p] |= 1 << g;
                }
            }
        }
        self.gated
            .iter()
            .zip(seen)
            .map(|(&need, seen)| seen & need == need)
            .collect()
    }

    /// Every fact the prepared message states; statements that contradict
    /// each other leave the fact unset.
    pub fn extract(&self, kb: &Knowledge, prepared: &str) -> Vec<Found> {
        self.extract_with_mentions(kb, prepared).0
    }

    /// The case a section title names: a title asks what one needs ("Under
    /// what conditions do I need to add a website ICP Filing?"), and what
    /// it asks for is the case it is about, not something asked about.
    pub fn extract_title(&self, kb: &Knowledge, prepared_title: &str) -> Vec<Found> {
        self.extract_some(kb, false, prepared_title, None, None)
            .facts
    }

    /// The stated facts, and every phrase that spoke of a fact at all (also
    /// the contradicting ones): a section using that fact explains those words.
    pub fn extract_with_mentions(
        &self,
        kb: &Knowledge,
        prepared: &str,
    ) -> (Vec<Found>, Vec<Found>) {
        let x = self.extract_all(kb, prepared, None);
        (x.facts, x.mentions)
    }

    /// The patterns' findings and, when given, the example statements'
    /// (`statements` with the semantic embedding they compare with).
    pub fn extract_all(
        &self,
        kb: &Knowledge,
        prepared: &str,
        statements: Option<(&Statements, Embed<'_>)>,
    ) -> Extracted {
        self.extract_some(kb, true, prepared, statements, None)
    }

    /// What the patterns of fact number `fact` alone read: the same as
    /// [`Extractor::extract_all`] reads for that fact (facts are merged one
    /// by one), without running, or compiling, the others' patterns.
    pub fn extract_fact(&self, kb: &Knowledge, prepared: &str, fact: usize) -> Extracted {
        self.extract_some(kb, true, prepared, None, Some(fact))
    }

    /// The pattern pass over `text`: each match `keep` accepts, read with
    /// negation, hypotheticals and asides around it, its position taken
    /// through `map` (the identity, or back from a text with a topic
    /// carried into a clause).
    #[allow(clippy::too_many_arguments)]
    fn read_patterns(
        &self,
        kb: &Knowledge,
        asking: bool,
        text: &str,
        only: Option<usize>,
        keep: impl Fn(usize, usize) -> bool,
        map: impl Fn(usize) -> usize,
        cands: &mut Vec<(usize, Found, bool)>,
        denied: &mut Vec<(usize, Value, usize, usize)>,
    ) {
        // Someone else's words are no fact of the asker's, but a reply to
        // the fact's own question relays them as its answer ("he says it
        // was never filed").
        // A match may open with its speaker and the verb that reports or
        // retracts it ("i assumed the number came from alibaba cloud, but
        // ..."): read from after its second word too.
        let own_words = |at: usize| {
            only.is_some()
                || !(reported(text, at)
                    || after_words(text, at, 2).is_some_and(|p| reported(text, p)))
        };
        let more = kb.text.negation_words.as_slice();
        let open = self.open_patterns(text);
        let in_set = self.owners.iter().copied();
        let wide: &[(usize, usize)] = if text.is_ascii() { &[] } else { &self.wide };
        for (n, (fi, pi)) in in_set.chain(wide.iter().copied()).enumerate() {
            if !open[n] || only.is_some_and(|o| o != fi) {
                continue;
            }
            let fact = &kb.facts[fi];
            let pat = &fact.patterns[pi];
            let Some(re) = pat.regex.regex() else {
                continue;
            };
            for m in re.find_iter(text) {
                if m.start() == m.end()
                    || !keep(m.start(), m.end())
                    || aside(&fact.asides, text, m.start(), m.end())
                    || in_contact_relative(text, m.start(), &kb.text.topics)
                {
                    continue;
                }
                let mut value = pat.value.clone();
                // A pattern that spells a negation takes its match as written,
                // but only when the match uses one it spells: "icp (number|no)"
                // matching "icp number" is still negated by "do not have an icp
                // number", and one spelling 不对 by the 没 of "信息都没变".
                let as_written = uses_own_negation(pat, m.as_str(), more);
                // "my ecs" presupposes the ECS: a negation before it denies
                // something else ("nothing points at my ecs").
                let owned = POSSESSIVES.iter().any(|p| m.as_str().starts_with(p));
                let flipped = !as_written
                    && if owned {
                        has_negation(m.as_str(), more) || cjk::has_negation(m.as_str())
                    } else {
                        negated(text, m.start(), m.end(), more)
                    };
                // "the domain was not filed with alibaba cloud (but with
                // tencent)": the negation is about who did it, not whether.
                if (as_written || flipped) && by_whom_follows(m.as_str(), &text[m.end()..]) {
                    continue;
                }
                // 不是没买 ecs: a denied denial states the fact.
                if as_written && cjk::double_negation(clause_before(text, m.start()), m.as_str()) {
                    if fact.kind == FactKind::YesNo && value.as_str() == "no" {
                        value = Value::from("yes");
                    } else {
                        continue;
                    }
                }
                if flipped {
                    if fact.kind == FactKind::YesNo && value.as_str() == "yes" {
                        value = Value::from("no");
                    } else {
                        // "not in hong kong" or "not with alibaba" don't say
                        // which other value holds, unless every other one
                        // is denied too (below).
                        if fact.kind == FactKind::Choice
                            && !hypothetical(text, m.start())
                            && !compared(text, m.start())
                            && own_words(m.start())
                        {
                            denied.push((fi, value, map(m.start()), map(m.end())));
                        }
                        continue;
                    }
                }
                cands.push((
                    fi,
                    Found {
                        fact: fact.id.clone(),
                        value,
                        start: map(m.start()),
                        end: map(m.end()),
                        // What a message only implies is confirmed before
                        // an answer rests on it.
                        confidence: if pat.presumed && !flipped {
                            PRESUMED
                        } else {
                            1.0
                        },
                        example: None,
                        presumed: pat.presumed,
                    },
                    // A presumption is what the question implies, asked
                    // "when" or not ("when do we need a filing for a new
                    // site?"): it is confirmed before use anyway.
                    (pat.presumed && !flipped
                        || !(hypothetical(text, m.start())
                            || hypothetical_inside(m.as_str())
                            || asking && needed_asked(text, m.start(), m.as_str())
                            || compared(text, m.start())))
                        && own_words(m.start()),
                ));
            }
        }
    }

    /// A correction that gives only the new value ("filed through tencent
    /// cloud - no wait, i mean alibaba cloud", "in singapore, sorry,
    /// shenzhen") says the earlier statement again with that value: the
    /// nearest reading before it is read once more with its last words (one
    /// to three) replaced by the short phrase after the correction, and a
    /// different value of the same fact read that way is stated there. The
    /// merge then keeps the later of the two, as for any correction.
    fn read_elliptical_corrections(
        &self,
        kb: &Knowledge,
        prepared: &str,
        cands: &mut Vec<(usize, Found, bool)>,
    ) {
        const ENDS: [char; 12] = [
            '.', ',', ';', '!', '?', ':', '\n', '。', '，', '；', '！', '？',
        ];
        for (at, end) in correction_spans(prepared) {
            let rest = &prepared[end..];
            let phrase = &rest[..rest.find(ENDS).unwrap_or(rest.len())];
            let lead = phrase.len() - phrase.trim_start().len();
            let phrase = phrase.trim();
            let words = phrase.split_whitespace().count();
            if phrase.is_empty() || words > ELLIPSIS_WORDS {
                continue;
            }
            let Some((fi, earlier)) = cands
                .iter()
                .filter(|(_, c, stated)| *stated && c.end <= at && at - c.end <= ELLIPSIS_REACH)
                .max_by_key(|(_, c, _)| c.end)
                .map(|(f, c, _)| (*f, c.clone()))
            else {
                continue;
            };
            let said = &prepared[earlier.start..earlier.end];
            let starts: Vec<usize> = said
                .char_indices()
                .filter(|&(i, c)| {
                    !c.is_whitespace() && (i == 0 || said[..i].ends_with(char::is_whitespace))
                })
                .map(|(i, _)| i)
                .collect();
            for k in 1..=starts.len().min(3) {
                let again = format!("{}{phrase}", &said[..starts[starts.len() - k]]);
                let (mut read, mut denied) = (Vec::new(), Vec::new());
                self.read_patterns(
                    kb,
                    true,
                    &again,
                    Some(fi),
                    |_, _| true,
                    |p| p,
                    &mut read,
                    &mut denied,
                );
                if let Some((_, f, _)) = read
                    .into_iter()
                    .find(|(_, f, stated)| *stated && f.value != earlier.value && !f.presumed)
                {
                    let start = end + lead;
                    cands.push((
                        fi,
                        Found {
                            start: at,
                            end: start + phrase.len(),
                            confidence: earlier.confidence,
                            ..f
                        },
                        true,
                    ));
                    break;
                }
            }
        }
    }

    fn extract_some(
        &self,
        kb: &Knowledge,
        asking: bool,
        prepared: &str,
        statements: Option<(&Statements, Embed<'_>)>,
        only: Option<usize>,
    ) -> Extracted {
        let no_statements = statements.is_none_or(|(s, _)| s.is_empty());
        if self.owners.is_empty() && self.wide.is_empty() && no_statements {
            return Extracted::default();
        }
        // (fact position, found, stated): a match inside "whether ..." or
        // "depends on ..." mentions the fact without stating it.
        let mut cands: Vec<(usize, Found, bool)> = Vec::new();
        // Choice values said not to hold: (fact position, value, start, end).
        let mut denied: Vec<(usize, Value, usize, usize)> = Vec::new();
        self.read_patterns(
            kb,
            asking,
            prepared,
            only,
            |_, _| true,
            |p| p,
            &mut cands,
            &mut denied,
        );
        // A Chinese topic goes on past its commas ("主域名是前年收的，我查了
        // 没有任何备案号"): clauses that name no topic of their own are read
        // again with it, for what they say only together with it.
        if let Some(carried) = carry_topics(prepared, &kb.text.topics) {
            self.read_patterns(
                kb,
                asking,
                &carried.text,
                only,
                // From the carried topic into the clause: a match of the
                // topic word alone says nothing new.
                |a, b| {
                    carried
                        .inserted
                        .iter()
                        .any(|&(s, e)| s <= a && a < e && b > e)
                },
                |p| carried.original(p),
                &mut cands,
                &mut denied,
            );
        }
        // Words put in where the message leaves them implicit, read again
        // for what reaches through them: "neither the company nor the
        // domain has been filed" says of the first what it says of the
        // second; "one" stands for an ICP number named before it ("it has
        // never had one").
        for carried in [distribute_neither(prepared), resolve_one(prepared)]
            .into_iter()
            .flatten()
        {
            self.read_patterns(
                kb,
                asking,
                &carried.text,
                only,
                |a, b| carried.inserted.iter().any(|&(s, _)| a < s && b > s),
                |p| carried.original(p),
                &mut cands,
                &mut denied,
            );
        }
        // "it" read as the topic it stands for: only a match that starts
        // on the topic put in and goes on past it is new.
        if let Some(carried) = resolve_it(prepared, &kb.text.topics) {
            self.read_patterns(
                kb,
                asking,
                &carried.text,
                only,
                |a, b| {
                    carried
                        .inserted
                        .iter()
                        .zip(&carried.lead)
                        .any(|(&(s, e), &l)| (a == s || a == l) && b > e)
                },
                |p| carried.original(p),
                &mut cands,
                &mut denied,
            );
        }
        // A parenthetical is an aside: "our icp number (沪icp备...) was
        // issued through alibaba cloud" is read again without it, for what
        // is said across it.
        let asides = parentheticals(prepared);
        if !asides.is_empty() {
            // Each aside leaves one space; `at` is where, in the outer text,
            // and `gone` the bytes removed up to it.
            let mut outer = String::with_capacity(prepared.len());
            let mut cuts: Vec<(usize, usize)> = Vec::with_capacity(asides.len());
            let (mut last, mut gone) = (0, 0);
            for &(s, e) in &asides {
                outer.push_str(&prepared[last..s]);
                let at = outer.len();
                outer.push(' ');
                gone += e - s - 1;
                cuts.push((at, gone));
                last = e;
            }
            outer.push_str(&prepared[last..]);
            self.read_patterns(
                kb,
                asking,
                &outer,
                only,
                // Only what reaches across an aside is new.
                |a, b| cuts.iter().any(|&(at, _)| a < at && at < b),
                |p| {
                    p + cuts
                        .iter()
                        .take_while(|&&(at, _)| at < p)
                        .last()
                        .map_or(0, |&(_, gone)| gone)
                },
                &mut cands,
                &mut denied,
            );
        }
        if let Some((st, embed)) = statements {
            // A clause a fact's pattern read is not matched against that
            // fact's examples: the exact form wins. Other clauses are, and
            // the merge below weighs them against the pattern.
            // A presumption's reading is no exact form: the examples still
            // read its clause ("the new site runs on vercel rather than ecs").
            let read: Vec<(usize, usize, usize)> = cands
                .iter()
                .filter(|(_, c, _)| !c.presumed)
                .map(|(f, c, _)| (*f, c.start, c.end))
                .collect();
            // Only a phrase a pattern read ("domain has never been filed")
            // is a statement of its own; a lone word ("website", "our
            // ecs") is not.
            let phrases: Vec<(usize, usize, usize)> = read
                .iter()
                .copied()
                .filter(|r| {
                    super::normalize::tokens(&prepared[r.1..r.2])
                        .iter()
                        .filter(|t| !super::normalize::is_stopword(t.text))
                        .count()
                        >= 2
                })
                .collect();
            let presumed: Vec<(usize, Value, usize, usize)> = cands
                .iter()
                .filter(|(_, c, _)| c.presumed)
                .map(|(f, c, _)| (*f, c.value.clone(), c.start, c.end))
                .collect();
            for x in st.find(kb, prepared, embed, &read, &phrases) {
                // In a clause a presumption read, only a denial of it counts:
                // the same value it says already.
                if presumed
                    .iter()
                    .any(|p| p.0 == x.fact && p.1 == x.value && p.2 < x.end && x.start < p.3)
                {
                    continue;
                }
                cands.push((
                    x.fact,
                    Found {
                        fact: kb.facts[x.fact].id.clone(),
                        value: x.value,
                        start: x.start,
                        end: x.end,
                        confidence: x.confidence,
                        example: Some(st.example_text(x.example).to_string()),
                        presumed: false,
                    },
                    !x.doubted,
                ));
            }
        }
        // After the examples: what a correction says again is no clause of
        // its own for them.
        self.read_elliptical_corrections(kb, prepared, &mut cands);
        // Every value of a choice denied but one: that one ("not moving the
        // filing, and not adding alibaba cloud either" is neither).
        for fi in denied
            .iter()
            .map(|d| d.0)
            .collect::<std::collections::BTreeSet<_>>()
        {
            if cands.iter().any(|c| c.0 == fi && c.2) {
                continue;
            }
            let mine: Vec<&(usize, Value, usize, usize)> =
                denied.iter().filter(|d| d.0 == fi).collect();
            let left: Vec<&Value> = kb.facts[fi]
                .choices
                .iter()
                .map(|c| &c.value)
                .filter(|v| !mine.iter().any(|d| &d.1 == *v))
                .collect();
            if let [value] = left[..] {
                cands.push((
                    fi,
                    Found {
                        fact: kb.facts[fi].id.clone(),
                        value: value.clone(),
                        start: mine.iter().map(|d| d.2).min().unwrap_or(0),
                        end: mine.iter().map(|d| d.3).max().unwrap_or(0),
                        confidence: 1.0,
                        example: None,
                        presumed: false,
                    },
                    true,
                ));
            }
        }
        // A statement the message takes back is not kept when what follows
        // the correction speaks of the fact again otherwise, even if it
        // states nothing this reads as the asker's own ("we don't have ecs
        // i think... ah no, wait, my husband says he took two ecs"); the
        // same value said again keeps it ("through tencent - sorry, i
        // meant baidu").
        if let Some(&(at, end)) = correction_spans(prepared).last() {
            // The correction's own sentence.
            let stop = prepared[end..]
                .find(['.', '!', '?', '\n', '。', '！', '？'])
                .map_or(prepared.len(), |i| end + i);
            let again: Vec<(usize, Value)> = cands
                .iter()
                .filter(|c| c.1.start >= at && c.1.start < stop)
                .map(|c| (c.0, c.1.value.clone()))
                .collect();
            cands.retain(|c| {
                !(c.2
                    && c.1.end <= at
                    && again.iter().any(|a| a.0 == c.0)
                    && !again.iter().any(|a| a.0 == c.0 && a.1 == c.1.value))
            });
        }
        let mut contradicted = Vec::new();
        let mut out: Vec<Found> = Vec::new();
        let mut facts: Vec<usize> = cands.iter().filter(|c| c.2).map(|(f, _, _)| *f).collect();
        facts.sort_unstable();
        facts.dedup();
        for fi in facts {
            let mine: Vec<&Found> = cands
                .iter()
                .filter(|(f, _, stated)| *f == fi && *stated)
                .map(|(_, c, _)| c)
                .collect();
            // A match overlapping a longer one for the same fact is part of
            // that statement ("mainland china" inside "outside mainland china",
            // "new site" in "the new site is not on ecs"): drop it.
            let mut outer: Vec<&Found> = mine
                .iter()
                .filter(|c| {
                    !mine.iter().any(|o| {
                        o.start < c.end && c.start < o.end && (o.end - o.start) > (c.end - c.start)
                    })
                })
                .copied()
                .collect();
            // A presumption gives way to another value said outright, by a
            // pattern or a sure example ("a new domain, but it won't be on
            // ecs").
            let outright =
                |c: &&Found| !c.presumed && (c.example.is_none() || c.confidence >= SURE_EXAMPLE);
            if let Some(o) = outer.iter().find(|c| outright(c)).map(|c| c.value.clone()) {
                outer.retain(|c| !c.presumed || c.value == o);
            }
            // A loose reading of another clause does not overrule an exact
            // form or a sure reading ("bought the domain second-hand ... it
            // was already filed"); a sure one does not either, but it makes
            // the fact one said both ways ("a new site ... it won't be on
            // ecs").
            let sure = outer
                .iter()
                .any(|c| c.example.is_none() || c.confidence >= SURE_EXAMPLE);
            if sure && outer.iter().any(|c| c.value != outer[0].value) {
                outer.retain(|c| c.example.is_none() || c.confidence >= SURE_EXAMPLE);
            }
            // Separate statements that disagree ("no website, just an API")
            // leave the fact unknown, so it is asked rather than guessed;
            // unless only one side is said outright and the other inside a
            // question ("needed if you don't buy ecs? I did purchase one").
            let agree = |cs: &[&Found]| cs.iter().all(|c| c.value == cs[0].value);
            // A correction between the last two that disagree: the later one.
            outer.sort_by_key(|c| c.start);
            if let Some(i) = (1..outer.len())
                .rev()
                .find(|&i| outer[i].value != outer[i - 1].value)
            {
                // Up to the end of the later one: an example's clause
                // starts with its correction ("sorry, it was ...").
                let from = outer[i - 1].end.min(outer[i].start);
                if corrects(&prepared[from..outer[i].end]) {
                    outer = outer[i..].to_vec();
                }
            }
            // A value and those it includes, said together, are that value
            // ("we keep the filing there ... and also add alibaba cloud").
            let includes = &kb.facts[fi].includes;
            if let Some(whole) = outer.iter().map(|c| &c.value).find(|v| {
                outer.iter().all(|c| {
                    &c.value == *v || includes.iter().any(|(a, b)| a == *v && b == &c.value)
                })
            }) {
                let whole = whole.clone();
                outer.retain(|c| c.value == whole);
            }
            if agree(&outer) {
                // Several statements of one value: the surest speaks for them.
                let best = outer
                    .iter()
                    .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
                    .expect("non-empty");
                out.push((*best).clone());
            } else {
                let said: Vec<&Found> = outer
                    .iter()
                    .copied()
                    .filter(|c| !in_question(prepared, c.end) && !conditional(prepared, c.start))
                    .collect();
                if !said.is_empty() && said.len() < outer.len() && agree(&said) {
                    out.push(said[0].clone());
                } else {
                    contradicted.push(kb.facts[fi].id.clone());
                }
            }
        }
        // What a stated value entails, read from the same words, unless
        // the message states that fact itself.
        let mut entailed: Vec<Found> = Vec::new();
        for f in &out {
            let Some(def) = kb.fact(&f.fact) else {
                continue;
            };
            for (_, g, w) in def.implies.iter().filter(|(v, _, _)| v == &f.value) {
                if !out.iter().any(|o| &o.fact == g) && !entailed.iter().any(|o| &o.fact == g) {
                    entailed.push(Found {
                        fact: g.clone(),
                        value: w.clone(),
                        ..f.clone()
                    });
                }
            }
        }
        out.extend(entailed);
        out.sort_by_key(|f| f.start);
        Extracted {
            facts: out,
            mentions: cands.into_iter().map(|(_, c, _)| c).collect(),
            contradicted,
        }
    }
}

/// A message with a sentence's topic carried into its later clauses.
struct Carried {
    text: String,
    /// Byte ranges of `text` that are carried topics, in order.
    inserted: Vec<(usize, usize)>,
    /// For each, the byte of the original message it stands at.
    origin: Vec<usize>,
    /// For each, where a match reading it may start: the topic itself, or
    /// a preposition just before it ("on [ecs] it we will host ...").
    lead: Vec<usize>,
}

impl Carried {
    /// The text so far with the message's `rest` after it; `None` when
    /// nothing was put in.
    fn ended(
        mut text: String,
        rest: &str,
        inserted: Vec<(usize, usize)>,
        origin: Vec<usize>,
    ) -> Option<Carried> {
        if inserted.is_empty() {
            return None;
        }
        text.push_str(rest);
        Some(Carried {
            text,
            lead: inserted.iter().map(|&(s, _)| s).collect(),
            inserted,
            origin,
        })
    }

    /// The byte of the original message at byte `p` of `text` (a carried
    /// topic maps to the start of the clause it was carried into).
    fn original(&self, p: usize) -> usize {
        let mut added = 0;
        for (&(s, e), &o) in self.inserted.iter().zip(&self.origin) {
            if p < s {
                break;
            }
            if p < e {
                return o;
            }
            added += e - s;
        }
        p - added
    }
}

/// Carries a Chinese sentence's topic (one of `topics`, as they read after
/// synonyms: "top level domain", "公司"; the one its clauses named last)
/// into its later comma clauses that name none of the topics themselves,
/// or `None` when there is nothing to carry. A topic in Chinese is said
/// once and then talked about ("主域名是收来的，放在海外主机上，查了没有备案
/// 号": all three are about the main domain).
fn carry_topics(prepared: &str, topics: &[String]) -> Option<Carried> {
    if topics.is_empty() || !prepared.chars().any(cjk::is_han) {
        return None;
    }
    let mut text = String::with_capacity(prepared.len() + 64);
    let (mut inserted, mut origin) = (Vec::new(), Vec::new());
    let mut added = 0;
    for sentence in sentences(prepared) {
        let mut topic: Option<&str> = None;
        for clause in sentence.split_inclusive(',') {
            let body = clause.trim_start();
            let own = topics
                .iter()
                .filter(|t| clause.contains(t.as_str()))
                .min_by_key(|t| clause.find(t.as_str()));
            if own.is_some() {
                // The topic last named is the one talked about.
                topic = own.map(|t| t.as_str());
            } else if let Some(t) = topic {
                // A clause that asks says nothing of the topic: "公司在阿里
                // 云买了 ECS，阿里云备案是不是一定得做？" asks about a filing,
                // it does not say the company has one.
                if body.chars().any(cjk::is_han) && !zh_asks(body) {
                    let lead = clause.len() - body.len();
                    text.push_str(&clause[..lead]);
                    let at = text.len();
                    origin.push(at - added);
                    text.push_str(t);
                    text.push(' ');
                    added += t.len() + 1;
                    inserted.push((at, text.len()));
                    text.push_str(body);
                    continue;
                }
            }
            text.push_str(clause);
        }
    }
    (!inserted.is_empty()).then_some(Carried {
        text,
        lead: inserted.iter().map(|&(s, _)| s).collect(),
        inserted,
        origin,
    })
}

/// Whether a Chinese clause asks rather than states: a question mark or a
/// question form (吗, 是不是, 要不要, 是否...).
fn zh_asks(clause: &str) -> bool {
    ["?", "？", "吗"]
        .iter()
        .chain(super::cjk::ASK_FORMS)
        .any(|m| clause.contains(m))
        || super::cjk::wh_question(clause)
}

/// The sentence lists options and its last clause denies them all: "moving
/// it to you, or adding alibaba cloud as one more provider, we do neither
/// of these"; "transfer or add - none of that".
fn denied_by_what_follows(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let sentence = rest
        .find(['.', '!', '?', ';', '\n'])
        .map_or(rest, |i| &rest[..i]);
    // Only a clause after the match: the one the match is in lists.
    sentence
        .rfind([',', ':', '\u{2013}', '\u{2014}'])
        .or_else(|| sentence.rfind(" - "))
        .is_some_and(|cut| is_closing_denial(&sentence[cut..]))
}

/// Whether a clause only denies what came before it: "(but) we do neither
/// (of these)", "none of that". It must be only that (a subject and a verb
/// at most before it), so "neither of us knows where the server is" or
/// "none of these have a website" deny nothing.
pub(crate) fn is_closing_denial(clause: &str) -> bool {
    static CLOSING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^\s*(?:and\s+|but\s+|so\s+)?(?:(?:we|i|they)\s+)?(?:(?:do|did|will|would|want|want\s+to|plan\s+to|are\s+going\s+to|choose|pick|need)\s+){0,2}(?:neither|none)(?:\s+of\s+(?:these|them|those|the\s+two|both|that|this|the\s+above|it))?(?:\s+(?:either|really|at\s+all|now|then))?\s*[.!;]?\s*$",
        )
        .expect("a valid regex")
    });
    let clause = clause.trim_start_matches([',', ':', '\u{2013}', '\u{2014}', ' ', '-']);
    (clause.contains("neither") || clause.contains("none")) && CLOSING.is_match(clause)
}

/// "neither A nor B <verb phrase>" with the verb phrase carried after A too
/// ("neither i nor the domain have ever gone through icp filing": "i have
/// ever gone through icp filing" is denied by the clause's "neither" as
/// "the domain have ..." is), or `None` when the message has no such list.
fn distribute_neither(prepared: &str) -> Option<Carried> {
    static NEITHER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\bneither\s+([^,.;!?()]{1,40}?)\s+nor\s+[^,.;!?()]{1,60}?\s+((?:has|have|had|is|are|was|were|did|does|do|ever|been|got|filed|gone|went|completed)\b[^,.;!?]*)",
        )
        .expect("a valid regex")
    });
    let mut text = String::with_capacity(prepared.len() + 64);
    let (mut inserted, mut origin) = (Vec::new(), Vec::new());
    let (mut last, mut added) = (0, 0);
    for c in NEITHER.captures_iter(prepared) {
        let (first, said) = (c.get(1)?, c.get(2)?);
        text.push_str(&prepared[last..first.end()]);
        let at = text.len();
        origin.push(at - added);
        text.push(' ');
        text.push_str(said.as_str());
        added += said.len() + 1;
        inserted.push((at, text.len()));
        last = first.end();
    }
    Carried::ended(text, &prepared[last..], inserted, origin)
}

/// Conjunctions that open a clause after a comma: what follows them is
/// read as a clause's start.
const CLAUSE_CONJUNCTIONS: &[&str] = &["so", "and", "but", "because", "since", "yet", "then"];
/// Time phrases that may open a clause before "it" ("and so far it …").
const CLAUSE_TIME_PHRASES: &[&str] = &[
    "up to now",
    "until now",
    "till now",
    "so far",
    "to date",
    "by now",
    "since then",
];
/// Prepositions that may stand before "it" at a clause's start.
const CLAUSE_PREPOSITIONS: &[&str] = &["on", "in", "onto", "into", "from", "with", "to"];

/// The length of `text` without a last whole word that is one of `words`
/// (and the spaces before it), if it ends in one.
fn without_last_word(text: &str, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| {
        text.strip_suffix(w)
            .filter(|b| b.is_empty() || b.ends_with(|ch: char| !is_word(ch)))
            .map(|b| b.trim_end().len())
    })
}

/// "it" opening a clause stands for the topic named last before it ("i
/// think the top level domain has an icp number. it was filed back when we
/// were hosted at another provider"): the topic is put in before it, so
/// that what is said of "it" is said of the topic. Topics are the FAQ's
/// `[text] topics`; English ones only (Chinese topics are carried by
/// [`carry_topics`]).
fn resolve_it(prepared: &str, topics: &[String]) -> Option<Carried> {
    if !prepared.contains("it ") || topics.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(prepared.len() + 32);
    let (mut inserted, mut origin, mut leads) = (Vec::new(), Vec::new(), Vec::new());
    let mut last = 0;
    for (at, _) in prepared.match_indices("it ") {
        // At a clause's start: the message's, or after a stop, a colon,
        // a semicolon, a dash or a comma, or after a conjunction opening a
        // clause ("the company was registered last month, so it never went
        // through any filing").
        // A preposition may come first: "one more ecs, and on it we will
        // host the new site".
        let before = prepared[..at].trim_end();
        let prep = without_last_word(before, CLAUSE_PREPOSITIONS);
        let before = &before[..prep.unwrap_or(before.len())];
        // A time phrase may come first too: "and up to now it has not filed".
        let time = without_last_word(before, CLAUSE_TIME_PHRASES);
        let before = &before[..time.unwrap_or(before.len())];
        let conj = without_last_word(before, CLAUSE_CONJUNCTIONS);
        let before = &before[..conj.unwrap_or(before.len())];
        // A conjunction then a preposition or a time phrase opens a clause
        // with no comma too: "we bought one more ecs and on it we will host
        // a new site".
        let opens = before.is_empty()
            || before.ends_with(['.', '!', '?', ';', ':', ',', '-'])
            || ((prep.is_some() || time.is_some()) && conj.is_some());
        if !opens || prepared[..at].chars().next_back().is_some_and(is_word) {
            continue;
        }
        let Some(topic) = topics
            .iter()
            .filter(|t| t.is_ascii())
            .filter_map(|t| {
                prepared[..at]
                    .rmatch_indices(t.as_str())
                    .find(|&(i, _)| {
                        let whole = |c: Option<char>| c.is_none_or(|c| !is_word(c));
                        whole(prepared[..i].chars().next_back())
                            && whole(prepared[i + t.len()..].chars().next())
                    })
                    .map(|(i, _)| (i + t.len(), t))
            })
            .max_by_key(|&(end, t)| (end, t.len()))
            .map(|(_, t)| t)
        else {
            continue;
        };
        text.push_str(&prepared[last..at]);
        let start = text.len();
        origin.push(at);
        // Where the preposition starts, in `text`.
        leads.push(prep.map_or(start, |p| {
            let word = prepared[p..at].trim_start();
            start - (at - p) + (prepared[p..at].len() - word.len())
        }));
        text.push_str(topic);
        text.push(' ');
        inserted.push((start, text.len()));
        last = at;
    }
    let mut carried = Carried::ended(text, &prepared[last..], inserted, origin)?;
    carried.lead = leads;
    Some(carried)
}

/// "one" standing for an ICP number named before it in the message ("the
/// main domain has an icp number... sorry, i mixed it up, it has never
/// had one"): the text with the number's words put before each such
/// "one", to be read again (`None` when there is none).
fn resolve_one(prepared: &str) -> Option<Carried> {
    // The nouns "one" stands for, and the verbs it is the object of.
    const ANTECEDENTS: [&str; 4] = [
        "icp filing number",
        "icp number",
        "icp license",
        "filing number",
    ];
    const HAVING: [&str; 9] = [
        "has", "have", "had", "got", "gotten", "get", "obtained", "received", "issued",
    ];
    if !prepared.contains(" one") {
        return None;
    }
    let mut text = String::with_capacity(prepared.len() + 32);
    let (mut inserted, mut origin) = (Vec::new(), Vec::new());
    let mut last = 0;
    for (at, _) in prepared.match_indices("one") {
        // A pronoun ends its phrase: "one site" is a numeral.
        const AFTER: [&str; 12] = [
            "yet", "either", "too", "already", "before", "ever", "so", "for", "at", "now", "and",
            "but",
        ];
        let next = prepared[at + 3..]
            .split(|c: char| !is_word(c))
            .find(|w| !w.is_empty());
        let ends = prepared[at + 3..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| !is_word(c))
            || next.is_some_and(|w| AFTER.contains(&w));
        let whole = !prepared[..at].chars().next_back().is_some_and(is_word)
            && !prepared[at + 3..].chars().next().is_some_and(is_word)
            && ends;
        let after_having = prepared[..at]
            .split(|c: char| !is_word(c))
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| HAVING.contains(&w));
        let Some(noun) = ANTECEDENTS
            .iter()
            .filter_map(|a| prepared[..at].rfind(a).map(|i| (i, *a)))
            .max_by_key(|&(i, a)| (i + a.len(), a.len()))
            .map(|(_, a)| a)
        else {
            continue;
        };
        if !whole || !after_having {
            continue;
        }
        text.push_str(&prepared[last..at]);
        let start = text.len();
        origin.push(at);
        text.push_str("an ");
        text.push_str(noun);
        text.push(' ');
        inserted.push((start, text.len()));
        last = at;
    }
    Carried::ended(text, &prepared[last..], inserted, origin)
}

/// The sentences of a text, each with its end mark; an ellipsis ("......")
/// is a pause inside one, not its end.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut from = 0;
    let mut ends: Vec<usize> = (0..b.len())
        .filter(|&i| {
            matches!(b[i], b'!' | b'?' | b';' | b'\n')
                || b[i] == b'.' && b.get(i + 1) != Some(&b'.') && (i == 0 || b[i - 1] != b'.')
        })
        .map(|i| i + 1)
        .collect();
    ends.push(b.len());
    ends.into_iter().filter_map(move |e| {
        let s = &text[from..e];
        from = e;
        (!s.is_empty()).then_some(s)
    })
}

/// Whether the sentence holding byte `at` ends with a question mark (or
/// its Chinese clause with a question particle).
fn in_question(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    match rest.find(['.', '!', '?', '\n', '。', '！', '？']) {
        // "we do have ecs, so what applies to us?": the question is the
        // clause after the comma; the one before it states.
        Some(i) if rest[i..].starts_with(['?', '？']) => {
            // In Chinese only the comma clause holding the question asks:
            // "信息一个字都没动，需要变更吗？" states, then asks.
            let han = rest[..i].chars().any(cjk::is_han);
            if han && rest[..i].contains([',', '，']) {
                return false;
            }
            !rest[..i].match_indices(',').any(|(k, _)| {
                let next = rest[k + 1..].trim_start();
                let next = ["so ", "and ", "but ", "then "]
                    .iter()
                    .find_map(|p| next.strip_prefix(p))
                    .unwrap_or(next);
                QUESTION_OPENERS
                    .iter()
                    .any(|q| next.strip_prefix(q).is_some_and(|r| r.starts_with(' ')))
            })
        }
        // A Chinese question may end on its particle alone ("...备案吗"),
        // and only the comma clause holding it asks.
        end => {
            let sentence = &rest[..end.unwrap_or(rest.len())];
            if sentence[..sentence.find([',', '，']).unwrap_or(sentence.len())]
                .trim_end()
                .ends_with(['吗', '么', '呢'])
            {
                return true;
            }
            // Chat drops the question mark: a message's last sentence that
            // opens with an auxiliary before its subject ("do i need a
            // website icp filing with alibaba cloud") asks all the same.
            end.is_none() && inverted_opening(text, at)
        }
    }
}

/// Words that open a condition: what follows in the clause is a case
/// being talked about ("not needed if you don't buy ecs"), not one said
/// outright.
const CONDITIONS: &[&str] = &["if", "unless"];
const CONDITION_REACH: usize = 12;

/// Chinese words that open a condition (如果 "if"), and the particle that
/// closes one (不买 ecs 的话 "if not buying ecs").
const ZH_CONDITIONS: &[&str] = &[
    "如果", "要是", "假如", "假设", "若是", "万一", "倘若", "只有", "只要",
];
const ZH_CONDITION_END: &str = "的话";

/// Whether the match starting at `start` is inside a condition.
fn conditional(text: &str, start: usize) -> bool {
    if clause_words_before(text, start)
        .iter()
        .rev()
        .take(CONDITION_REACH)
        .any(|w| CONDITIONS.contains(w))
    {
        return true;
    }
    let before = clause_before(text, start);
    if ZH_CONDITIONS.iter().any(|w| before.contains(w)) {
        return true;
    }
    // The rest of the clause: "不买ecs的话，..." closes the condition.
    let after = &text[start..];
    let clause = &after[..after
        .find([',', '.', ';', '!', '?', '，', '。', '；', '！', '？'])
        .unwrap_or(after.len())];
    clause.contains(ZH_CONDITION_END)
}

/// Whether a fact read in a message was talked about rather than said
/// outright: inside a question or a condition ("if I don't buy ecs, do I
/// need ...?"). The dialogue may use it, but the asker may still tell
/// their own case.
pub fn talked_about(text: &str, found: &Found) -> bool {
    found.end <= text.len() && (in_question(text, found.end) || conditional(text, found.start))
}

/// Subject pronouns that may open a relative clause with no "that".
const RELATIVE_SUBJECTS: &[&str] = &["we", "i", "they", "you", "he", "she"];

/// Whether a match opens with a subject pronoun right after one of the
/// rules file's topic nouns: "the domain we bought on monday was never
/// filed" says the domain was never filed, not "we"; "the site they
/// built" is about the site. (English relative clauses may drop "that".)
fn in_contact_relative(text: &str, start: usize, topics: &[String]) -> bool {
    let first = text[start..]
        .split(|c: char| !is_word(c))
        .next()
        .unwrap_or("");
    if !RELATIVE_SUBJECTS.contains(&first) {
        return false;
    }
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    topics.iter().any(|t| {
        t.is_ascii()
            && before.ends_with(t.as_str())
            && !before[..before.len() - t.len()]
                .chars()
                .next_back()
                .is_some_and(is_word)
    })
}

/// Whether a match ending on a deed ("filed", "done") is followed by who
/// did it ("... with alibaba cloud", "... through another provider"): a
/// negation before such a phrase denies the doer, not the deed. ("zero ecs
/// with you" ends on a thing, not a deed.)
fn by_whom_follows(matched: &str, after: &str) -> bool {
    let last = matched
        .split(|c: char| !is_word(c))
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    let deed = last.ends_with("ed") || ["done", "made"].contains(&last);
    let after = after.trim_start();
    // A doer of negative polarity ("never filed by anyone", "not done with
    // any provider") leaves the negation on the deed.
    deed && ["with ", "by ", "through ", "via "].iter().any(|p| {
        after.strip_prefix(p).is_some_and(|rest| {
            !rest
                .split(|c: char| !is_word(c))
                .next()
                .is_some_and(|w| NEGATIVE_POLARITY.contains(&w) || w == "anyone's")
        })
    })
}

/// Words that open an English question clause.
/// Auxiliaries that open a question before their subject ("do we", "is it").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "can", "could", "should", "would", "will", "must",
];

/// Subjects after an auxiliary that opens a question ("do we", "is it").
const QUESTION_SUBJECTS: &[&str] = &["i", "we", "you", "it", "they", "my", "our", "this", "that"];

/// Whether the sentence holding byte `at` opens with an auxiliary and then
/// its subject: "do we need ...", "can i ...", "is it ...".
fn inverted_opening(text: &str, at: usize) -> bool {
    let from = text[..at]
        .rfind(['.', '!', '?', '\n', '。', '！', '？'])
        .map_or(0, |i| i + 1);
    let mut words = text[from..at]
        .split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty());
    let (Some(aux), Some(subject)) = (words.next(), words.next()) else {
        return false;
    };
    AUXILIARIES.contains(&aux) && QUESTION_SUBJECTS.contains(&subject)
}

const QUESTION_OPENERS: &[&str] = &[
    "what", "how", "which", "who", "why", "where", "when", "do", "does", "did", "is", "are", "can",
    "could", "should", "would", "will", "must",
];

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// The match holds a negation its pattern spells.
fn uses_own_negation(pat: &crate::knowledge::Pattern, matched: &str, more: &[String]) -> bool {
    let spelled = |n: &str| pat.negations.iter().any(|s| s == n);
    matched.split(|c: char| !is_word(c)).any(|w| {
        (NEGATIONS.contains(&w) || IN_MATCH_NEGATIONS.contains(&w) || more.iter().any(|m| m == w))
            && spelled(w)
    }) || pat
        .negations
        .iter()
        .any(|run| !run.is_ascii() && matched.contains(run.as_str()))
}

/// A negation word inside the matched text ("zero" counts here: "have zero ecs").
/// `more`: the FAQ's own negation words (`[text] negation_words`, e.g.
/// "unfiled").
fn has_negation(matched: &str, more: &[String]) -> bool {
    let words: Vec<&str> = matched
        .split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| {
        NEGATIONS.contains(w) || IN_MATCH_NEGATIONS.contains(w) || more.iter().any(|m| m == w)
    }) || words
        .windows(2)
        .any(|p| NEGATION_PAIRS.contains(&(p[0], p[1])))
}

/// Two-word negations: what follows is set aside ("vercel instead of ecs",
/// "rather than buying ecs").
const NEGATION_PAIRS: &[(&str, &str)] = &[
    ("instead", "of"),
    ("rather", "than"),
    ("other", "than"),
    ("apart", "from"),
];

/// The clause before byte `start`: from the last clause punctuation on.
fn clause_before(text: &str, start: usize) -> &str {
    let before = &text[..start];
    // A closed parenthetical is an aside inside the clause, not its end:
    // "nothing about the school (the subject) or the website changes".
    let mut depth = 0usize;
    let mut clause_start = 0;
    let bytes = before.as_bytes();
    for (i, c) in before.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' | '.' | ',' | ';' | '!' | '?' | ':' | '\n' if depth == 0 => {
                clause_start = i + 1;
                break;
            }
            // A dash set off by spaces, or a long one, ends a clause as a
            // comma does ("neither - the filing stays where it is"); a
            // hyphen inside a word ("built-in") does not.
            '\u{2013}' | '\u{2014}' if depth == 0 => {
                clause_start = i + c.len_utf8();
                break;
            }
            '-' if depth == 0
                && i > 0
                && bytes[i - 1] == b' '
                && bytes.get(i + 1).is_some_and(|&b| b == b' ') =>
            {
                clause_start = i + 1;
                break;
            }
            _ => {}
        }
    }
    &before[clause_start..]
}

/// The words of the clause before byte `start` (cut at the last clause
/// punctuation), in order.
fn clause_words_before(text: &str, start: usize) -> Vec<&str> {
    let clause = clause_before(text, start);
    // Words inside a parenthetical aside don't count towards reaches.
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (i, c) in clause.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    out.extend(clause[from..i].split(|c: char| !is_word(c)));
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                from = i + 1;
            }
            _ => {}
        }
    }
    if depth == 0 {
        out.extend(clause[from..].split(|c: char| !is_word(c)));
    }
    out.retain(|w| !w.is_empty());
    out
}

/// A negation word in the match, or in the few words before it within the
/// same clause, or a closing "neither"/"none" that denies what the sentence
/// listed ([`denied_by_what_follows`]).
fn negated(text: &str, start: usize, end: usize, more: &[String]) -> bool {
    if has_negation(&text[start..end], more) || cjk::has_negation(&text[start..end]) {
        return true;
    }
    if denied_by_what_follows(text, end) {
        return true;
    }
    if cjk::negated_before(clause_before(text, start)) {
        return true;
    }
    let words = clause_words_before(text, start);
    // A negative subject opening the clause denies its verb, however long
    // the subject: "nothing about the subject or the website info is changing".
    if words.first().is_some_and(|w| NEGATIVE_SUBJECTS.contains(w))
        && words.len() <= NEGATIVE_SUBJECT_REACH
    {
        return true;
    }
    // A negation reaches further through "any"/"anything" after it, in its
    // clause: "it does not serve anything to the web".
    if words
        .iter()
        .rev()
        .take(NPI_REACH)
        .take_while(|w| !CLAUSE_BREAKS.contains(w))
        .position(|w| NEGATIONS.contains(w))
        .is_some_and(|k| {
            words[words.len() - k..]
                .iter()
                .any(|w| NEGATIVE_POLARITY.contains(w))
        })
    {
        return true;
    }
    let mut denied_denial = false;
    for (i, w) in words.iter().enumerate().rev().take(NEGATION_REACH) {
        // "not without one": a denied denial says it is there.
        if *w == "without" && i >= 1 && words[i - 1] == "not" {
            denied_denial = true;
            continue;
        }
        if std::mem::take(&mut denied_denial) && *w == "not" {
            continue;
        }
        // A negation reaches over "or" into what it lists: "no website or
        // http anything", "not a website or an api".
        if (*w == "or" || *w == "nor")
            && words[..i]
                .iter()
                .rev()
                .take(OR_LIST_REACH)
                .any(|x| NEGATIONS.contains(x))
        {
            return true;
        }
        if CLAUSE_BREAKS.contains(w) {
            return false;
        }
        // A reply's leading "no" before a pronoun answers a question; it
        // doesn't negate what follows ("no it's in hong kong").
        // Nor one that opens a correction ("no wait, it's cn-shanghai").
        let interjection = i == 0
            && *w == "no"
            && words
                .get(1)
                .is_some_and(|x| PRONOUNS.contains(x) || ["wait", "sorry", "actually"].contains(x));
        if NEGATIONS.contains(w) && !interjection {
            return true;
        }
        if i >= 1 && NEGATION_PAIRS.contains(&(words[i - 1], *w)) {
            return true;
        }
        // Right before the match, "zero" counts what it names ("zero ecs
        // instances bought"); further back it counts something else.
        if i + 1 == words.len() && IN_MATCH_NEGATIONS.contains(w) {
            return true;
        }
    }
    false
}

/// Possessives that open a match: what they own exists, whatever a
/// negation before them denies.
const POSSESSIVES: &[&str] = &["my ", "our ", "我的", "我们的", "这台", "那台"];

/// Words that make what follows in their clause a possibility being asked
/// about, not a statement: "does it depend on buying ecs", "whether i buy ecs".
const HYPOTHETICAL: &[&str] = &[
    "whether",
    "depend",
    "depends",
    "depending",
    "dependent",
    "assuming",
    "supposing",
    "suppose",
    "hypothetically",
    // Depending, said otherwise: "it hinges on buying ecs".
    "hinge",
    "hinges",
    "hinging",
    "contingent",
    "conditional",
];
/// Two-word conditions: "as long as no domain is involved" states a rule's
/// case, not the asker's; nor does a question when it applies ("when do we
/// have to change the filing?": "when" and an auxiliary ask, while "when we
/// moved ..." tells).
const HYPOTHETICAL_PAIRS: &[(&str, &str)] = &[
    ("long", "as"),
    ("provided", "that"),
    ("when", "do"),
    ("when", "does"),
    ("when", "must"),
    ("when", "should"),
    ("when", "would"),
    ("when", "will"),
    ("when", "is"),
    ("when", "are"),
    ("when", "exactly"),
    // Not knowing whether it holds: "not 100% sure if the domain ever got
    // an icp number", "no idea if", "wondering if".
    ("sure", "if"),
    ("certain", "if"),
    ("know", "if"),
    ("idea", "if"),
    ("wonder", "if"),
    ("wondering", "if"),
    ("remember", "if"),
    ("unsure", "if"),
];
/// The conditions asked about: "in which situations would we have to
/// change the filing" states no change. (The example statements doubt a
/// clause holding one too.)
pub(crate) const CONDITIONS_ASKED: &[(&str, &str)] = &[
    ("which", "situations"),
    ("what", "situations"),
    ("which", "conditions"),
    ("what", "conditions"),
    ("which", "cases"),
    ("what", "cases"),
    ("what", "circumstances"),
];
const HYPOTHETICAL_REACH: usize = 4;
/// Words back from a match to an asked "do we need".
const NEED_REACH: usize = 7;

/// Whether the match starting at `start` follows a [`HYPOTHETICAL`] word
/// within a few words of the same clause.
fn hypothetical(text: &str, start: usize) -> bool {
    let before = clause_before(text, start);
    if cjk::hypothetical_before(before) || cjk::a_not_a_across(before, &text[start..]) {
        return true;
    }
    let words = clause_words_before(text, start);
    // "with or without a domain": both cases, neither stated.
    if words.ends_with(&["with", "or"]) {
        return true;
    }
    let near = &words[words.len().saturating_sub(HYPOTHETICAL_REACH)..];
    near.iter().any(|w| HYPOTHETICAL.contains(w))
        || near.windows(2).any(|p| {
            HYPOTHETICAL_PAIRS.contains(&(p[0], p[1])) || CONDITIONS_ASKED.contains(&(p[0], p[1]))
        })
}

/// What a question asks whether one needs is asked about, not had: "do we
/// need a website icp filing with alibaba cloud" states no such filing (an
/// auxiliary, its subject and "need", a few words before the match). A
/// match that goes on into the case the need is asked for ("... filing for
/// a new site on ecs") tells that case.
fn needed_asked(text: &str, start: usize, matched: &str) -> bool {
    const CASE: [&str; 6] = ["for", "if", "since", "because", "as", "when"];
    // The match may open with the subject and "need" itself ("we need an
    // icp filing number ..." after "do").
    let mut words = clause_words_before(text, start);
    let from = words.len().saturating_sub(NEED_REACH);
    words.drain(..from);
    words.extend(
        matched
            .split(|c: char| !is_word(c))
            .filter(|w| !w.is_empty()),
    );
    let Some(k) = words.windows(3).position(|w| {
        AUXILIARIES.contains(&w[0])
            && QUESTION_SUBJECTS.contains(&w[1])
            && ["need", "require"].contains(&w[2])
    }) else {
        return false;
    };
    // What comes after a word opening the case ("... if my domain resolves
    // to ecs") tells it.
    !words[k + 3..].iter().any(|w| CASE.contains(w))
}

/// Markers of a question comparing two cases: both are named, neither is
/// the asker's ("没用域名的 ECS 和用了域名的，备案要求一样吗？", "what's the
/// difference between ecs with a domain and without one?").
const COMPARISONS: &[&str] = &[
    "一样吗",
    "一样么",
    "一样不",
    "一样的吗",
    "有区别吗",
    "有什么区别",
    "有啥区别",
    "区别在哪",
    "有什么不同",
    "有啥不同",
    "相同吗",
    "difference between",
    "differences between",
    "the same for",
    "same rules for",
    "differ between",
    "compared to",
    "compared with",
    " versus ",
    " vs ",
];

/// Whether the sentence holding byte `at` asks how two cases compare: a
/// comparison marker, a joining word, and a question.
fn compared(text: &str, at: usize) -> bool {
    const ENDS: [char; 7] = ['.', '!', '?', '\n', '。', '！', '？'];
    let from = text[..at].rfind(ENDS).map_or(0, |i| i + 1);
    let to = text[at..].find(ENDS).map_or(text.len(), |i| {
        at + i + text[at + i..].chars().next().map_or(0, char::len_utf8)
    });
    let sentence = &text[from..to];
    let asks = sentence.contains(['?', '？']) || sentence.contains('吗');
    let joins = [" and ", " or ", "和", "跟", "与", "还是"]
        .iter()
        .any(|j| sentence.contains(j));
    asks && joins && COMPARISONS.iter().any(|c| sentence.contains(c))
}

/// Whether a match spans a [`HYPOTHETICAL`] word: its later part is the
/// possibility asked about ("ecs decided by whether there's a domain
/// pointing at them").
fn hypothetical_inside(matched: &str) -> bool {
    matched
        .split(|c: char| !is_word(c))
        .any(|w| HYPOTHETICAL.contains(&w))
        || ZH_WHETHER.iter().any(|w| matched.contains(w))
}

/// Byte ranges of the parentheticals in `text`, brackets included: a
/// bracket closed on the same line, not far off, none inside it.
fn parentheticals(text: &str) -> Vec<(usize, usize)> {
    const LONGEST: usize = 120;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find(['(', '（']) {
        let open = from + k;
        let after = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let mut stop = text.len().min(after + LONGEST);
        while !text.is_char_boundary(stop) {
            stop -= 1;
        }
        let rest = &text[after..stop];
        match rest.find([')', '）', '(', '（', '\n']) {
            Some(j) if rest[j..].starts_with([')', '）']) => {
                let close = after + j;
                let end = close + text[close..].chars().next().map_or(1, char::len_utf8);
                out.push((open, end));
                from = end;
            }
            _ => from = after,
        }
    }
    out
}

/// Chinese "whether" (A-not-A questions, 是否) and hearsay (听说, 据说)
/// inside a match: its later part is asked about or heard, not stated
/// ("ecs 做转码,听说要不要备案跟 domain name resolves 有关系").
const ZH_WHETHER: &[&str] = &[
    "要不要",
    "需不需要",
    "是否",
    "是不是",
    "有没有",
    "听说",
    "据说",
];

/// A fact read with less confidence than this (an example statement
/// matched loosely) is confirmed before an answer uses it. Patterns'
/// exact forms have confidence 1.
pub const FACT_FLOOR: f32 = 0.7;

/// Confidence of a presumption's reading: below the dialogue's floor, so
/// it is confirmed ("Just to check: ...?") rather than assumed. (A
/// presumption negated outright, "no new website", is no presumption.)
const PRESUMED: f32 = 0.6;

/// Words of degree that may stand between an aside and its place.
const DEGREE_WORDS: &[&str] = &[
    "mostly",
    "mainly",
    "largely",
    "primarily",
    "partly",
    "usually",
    "all",
    "also",
    "either",
];

/// Whether a match sits right after one of the fact's `asides.before`
/// phrases or right before one of its `asides.after` words ("living in
/// suzhou", "our shenzhen subsidiary"): it speaks of something else.
fn aside(
    asides: &crate::knowledge::rules_file::Asides,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    // Within the clause: "in hangzhou, customers order ..." does not speak
    // of customers in Hangzhou.
    let joins = |c: char| c.is_whitespace() || c == '-' || c == '\'';
    // A match that opens with a preposition ("in china") keeps it for the
    // phrase before: "users in" stands before "in china" as before "china".
    let lead = text[start..end]
        .split_once(' ')
        .filter(|(w, _)| PLACE_PREPOSITIONS.contains(w))
        .map_or(start, |(w, _)| start + w.len());
    // Only for facts that declare asides: those are where things are.
    let declared = !(asides.before.is_empty() && asides.after.is_empty());
    // "... in the beijing region" names a server's place whoever speaks.
    let region = text[end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "region" | "regions" | "zone" | "node" | "nodes"));
    if declared && !region && self_description(text[..lead].trim_end(), &asides.things) {
        return true;
    }
    if declared && greeting_from(text, lead, end, &asides.things) {
        return true;
    }
    // The province after its city shares the city's aside: "a delivery
    // business in nanchang, jiangxi".
    if declared {
        if let Some(prev) = text[..lead].trim_end().strip_suffix(',') {
            let prev = prev.trim_end();
            let from = prev
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            if from < prev.len()
                && prev[from..].chars().all(|c| c.is_ascii_alphabetic())
                && aside(asides, text, from, prev.len())
            {
                return true;
            }
        }
    }
    let before = text[..lead].trim_end_matches(joins);
    // A degree word between says the same: "customers are mostly
    // overseas", "players are mostly in singapore".
    let (head, tail) = match before.strip_suffix(" in") {
        Some(h) => (h, " in"),
        None => (before, ""),
    };
    let plain = DEGREE_WORDS.iter().find_map(|w| {
        head.strip_suffix(w)
            .filter(|rest| rest.ends_with(' '))
            .map(|rest| rest.trim_end())
    });
    let with_tail = plain.map(|p| format!("{p}{tail}"));
    // A gloss in parentheses between says the same: "filed with another
    // provider (nawang) in xiamen" is the provider's place.
    let unglossed = head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|i| h[..i].trim_end()))
        .filter(|h| !h.is_empty())
        .map(|h| format!("{h}{tail}"));
    let befores = [
        Some(before),
        plain,
        with_tail.as_deref(),
        unglossed.as_deref(),
    ];
    let after = text[end..].trim_start_matches(joins);
    // Whole words in English; Chinese has no spaces to stand between them.
    asides.before.iter().any(|p| {
        befores.iter().flatten().any(|before| {
            before.ends_with(p.as_str())
                && !(p.is_ascii()
                    && before[..before.len() - p.len()]
                        .chars()
                        .next_back()
                        .is_some_and(is_word))
                // A single English word ("around") is an aside only when
                // no thing of the fact stands before it in the clause:
                // "trucks around zhengzhou", not "servers around beijing".
                && !(p.is_ascii()
                    && !p.contains(' ')
                    && thing_before_in_clause(&before[..before.len() - p.len()], &asides.things))
        })
    }) || asides.after.iter().any(|w| {
        after.starts_with(w.as_str())
            && if w.is_ascii() {
                !after[w.len()..].chars().next().is_some_and(is_word)
            } else {
                // Chinese strings its clauses with no word between: what
                // follows a place is the asker's only if no thing stands
                // before it in the clause.
                !thing_before_in_clause(&text[..lead], &asides.things)
            }
    })
}

/// Whether a place opens the message as a greeting's origin: "saludos
/// from guiyang.", "hello from shenzhen!" (one or two words, none a verb's
/// participle nor a thing of the fact, then "from", then the sentence
/// ends): where the writer is, not where a server is.
fn greeting_from(text: &str, lead: usize, end: usize, things: &[String]) -> bool {
    let Some(head) = text[..lead].trim_end().strip_suffix("from") else {
        return false;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let closes = text[end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | '!' | ','));
    (1..=2).contains(&words.len())
        && closes
        && words.iter().all(|w| {
            w.chars().all(char::is_alphabetic)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !things.iter().any(|t| t == w)
        })
}

/// Whether the clause ending at a place names one of the fact's things
/// before it: "服务器在东莞做测试用的" says where the server is, whatever
/// follows the place ("东莞做小家电的" says where the asker works).
fn thing_before_in_clause(before: &str, things: &[String]) -> bool {
    let clause = before
        .rfind(['.', ',', ';', '!', '?', '\n', '。', '，', '；', '！', '？'])
        .map_or(before, |i| &before[i..]);
    things.iter().any(|t| {
        clause.match_indices(t.as_str()).any(|(i, _)| {
            !t.is_ascii()
                || (!clause[..i].chars().next_back().is_some_and(is_word)
                    && !clause[i + t.len()..].chars().next().is_some_and(is_word))
        })
    })
}

/// The byte after the `n`th word from `at` (words of the message as the
/// patterns see them), if the text goes on past it.
fn after_words(text: &str, at: usize, n: usize) -> Option<usize> {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text[at..].char_indices() {
        if is_word(c) {
            in_word = true;
        } else if in_word {
            in_word = false;
            words += 1;
            if words == n {
                return Some(at + i);
            }
        }
    }
    None
}

/// Prepositions a place phrase opens with ("in shenzhen", "to china").
const PLACE_PREPOSITIONS: &[&str] = &["in", "to", "at", "inside", "within", "on", "from"];

/// Whether `before` ends in someone describing who they are or what they
/// run, just before a place: "i am a wedding planner in", "we're a small
/// studio from", "we are opening a hot pot restaurant in". The place is
/// where the person or their business is, not where a server is; "our
/// server is a vm in" is no description of a person, and "we run a server
/// in" names one of the fact's `things`.
fn self_description(before: &str, things: &[String]) -> bool {
    let Some(head) = before
        .strip_suffix(" in")
        .or_else(|| before.strip_suffix(" from"))
        .or_else(|| before.strip_suffix(" based in"))
    else {
        return false;
    };
    // Read backwards, up to fourteen words: up to four words of the noun
    // phrase, then "a"/"an", then "am" ("im", which folding leaves alone)
    // or "are" after "we" (or a role, for `works` below).
    let words: Vec<&str> = head.split_whitespace().rev().take(14).collect();
    // Words made of letters, digits, hyphens, apostrophes (possessives: "an
    // orchid growers' circle") and the given marks.
    let made_of = |np: &[&str], marks: &[char]| {
        np.iter().all(|w| {
            w.chars().all(|c| {
                c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}') || marks.contains(&c)
            })
        })
    };
    let plain = |np: &[&str]| made_of(np, &[]);
    // A role may hold quotes and a bracketed aside: "the volunteer 'it
    // person' (ha) for a ...".
    let role = |np: &[&str]| made_of(np, &['(', ')', '"']);
    let described = (2..words.len().min(6)).any(|i| {
        matches!(words[i - 1], "a" | "an")
            && (matches!(words[i], "am" | "im")
                || (words[i] == "are" && words.get(i + 1) == Some(&"we")))
            && plain(&words[..i - 1])
    });
    // Or a verb of running a business, said by "we"/"i": "we are opening
    // a ...", "i run a ...", "we started our ...".
    let runs = (2..words.len().min(6)).any(|i| {
        matches!(words[i - 1], "a" | "an" | "our" | "my")
            && RUNNING.contains(&words[i])
            && (matches!(words.get(i + 1), Some(&"we" | &"i"))
                || (matches!(words.get(i + 1), Some(&"are" | &"am"))
                    && matches!(words.get(i + 2), Some(&"we" | &"i"))))
            && plain(&words[..i - 1])
            && !words[..i - 1].iter().any(|w| things.iter().any(|t| t == w))
    });
    // Or where one works: "i am sales manager at a tiles exporter in",
    // "i work for a firm in" (a role of up to three words between).
    let works = (2..words.len().min(6)).any(|i| {
        matches!(words[i - 1], "a" | "an" | "our" | "my" | "the")
            && matches!(words[i], "at" | "for" | "with")
            && plain(&words[..i - 1])
            && !words[..i - 1].iter().any(|w| things.iter().any(|t| t == w))
            && (i + 1..(i + 8).min(words.len())).any(|j| {
                (matches!(words[j], "am" | "im" | "work" | "works" | "working")
                    && (words[j] != "am" || words.get(j + 1) == Some(&"i")))
                    && role(&words[i + 1..j])
                    && !words[i + 1..j]
                        .iter()
                        .any(|w| things.iter().any(|t| t == w))
            })
    });
    described || runs || works
}

/// Verbs of running a business, for [`self_description`].
const RUNNING: &[&str] = &[
    "run",
    "running",
    "own",
    "opening",
    "opened",
    "open",
    "operate",
    "operating",
    "started",
    "starting",
    "start",
    "launched",
    "launching",
    "founded",
    "manage",
    "managing",
];

/// Verbs that report what someone else says: what follows them in the
/// sentence is theirs, not the asker's ("my manager keeps saying we must
/// move the filing"). Not "tell", which asks ("can you tell me ...").
const REPORTING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "told",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "mentioned",
    "suggested",
];
/// Words that mark hearsay whoever speaks: "I heard that ...".
const HEARSAY: &[&str] = &[
    "heard",
    "hear",
    "hearing",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "apparently",
    "supposedly",
    "allegedly",
];
/// Beliefs held until now: what follows them is no fact when the sentence
/// turns against it ("i thought it was filed, but ...").
const BELIEFS: &[&str] = &[
    "assumed", "thought", "believed", "figured", "presumed", "guessed",
];
/// "read" reports hearsay when it reads a claim: "I read that / somewhere / online".
const READ_CLAIM: &[&str] = &["that", "somewhere", "online", "elsewhere"];
/// How many words after "read" may name where ("read in a blog post that").
const READ_REACH: usize = 5;
/// Words between a speaker and the reporting verb ("my boss keeps saying").
const BETWEEN_SPEAKER: &[&str] = &[
    "keeps", "keep", "kept", "always", "also", "just", "even", "often", "still", "has", "have",
    "had", "was", "were", "is", "are", "been", "once", "already", "all",
];
/// Speakers whose words are the asker's own ("as I said", "we told them")
/// or a request ("you say").
const OWN_SPEAKERS: &[&str] = &["i", "we", "you", "as"];
/// Words that end what a reporting verb reaches: a contrast says the
/// asker's own view ("they say X, but we ...").
const REPORT_ENDS: &[&str] = &["but", "however", "though", "although", "whereas"];

/// Whether the text before byte `at`, in its sentence, reports someone
/// else's words: what follows is hearsay, not a fact of the asker's.
pub(crate) fn reported(text: &str, at: usize) -> bool {
    let before = &text[..at];
    // A stop right before a letter is inside a name (".com", "node.js"),
    // not a sentence's end: "my cousin insists that foreigners with a .com
    // never need it in china" is all his.
    let from = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | ';' | '\n')
                && !(c == '.' && before[i + 1..].starts_with(|d: char| d.is_ascii_alphanumeric()))
        })
        .map_or(0, |(i, _)| i + 1);
    // Most sentences hold no reporting word at all: one pass for every
    // word that can start hearsay (as a substring, so "already" passes
    // for "read" and the word-by-word reading below decides).
    static TRIGGERS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(
                REPORTING
                    .iter()
                    .chain(HEARSAY)
                    .chain(BELIEFS)
                    .chain(&["read", "说", "讲", "以为"]),
            )
            .expect("reporting words build an automaton")
        });
    if !TRIGGERS.is_match(&before[from..]) {
        return false;
    }
    let words: Vec<&str> = before[from..]
        .split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty())
        .collect();
    let start = words
        .iter()
        .rposition(|w| REPORT_ENDS.contains(w))
        .map_or(0, |i| i + 1);
    let words = &words[start..];
    if reported_zh(&before[from..]) {
        return true;
    }
    // A belief the sentence goes on to contradict: "i always assumed he
    // filed it, but there's no icp number for it".
    let after = &text[at..];
    let sentence_after = &after[..after
        .find(['.', '!', '?', ';', '\n'])
        .unwrap_or(after.len())];
    let contradicted_later = sentence_after
        .split(|c: char| !is_word(c))
        .any(|w| REPORT_ENDS.contains(&w) || w == "actually");
    words.iter().enumerate().any(|(i, w)| {
        if HEARSAY.contains(w) || (contradicted_later && BELIEFS.contains(w)) {
            return true;
        }
        if *w == "read" || *w == "reading" {
            // Where it was read may stand between: "read on some forum that".
            return words[i + 1..]
                .iter()
                .take(READ_REACH)
                .any(|n| READ_CLAIM.contains(n));
        }
        if !REPORTING.contains(w) {
            return false;
        }
        let speaker = words[..i]
            .iter()
            .rev()
            .find(|x| !BETWEEN_SPEAKER.contains(x));
        speaker.is_some_and(|x| !OWN_SPEAKERS.contains(x))
    })
}

/// Words opening a Chinese comma clause about the asker's own case.
const ZH_OWN_TURN: &[&str] = &["可", "但", "不过", "然而", "其实", "我们", "我"];

/// Chinese hearsay before a statement in its sentence: 听说, 据说, or
/// someone other than the asker 说 ("群里有人说没买 ECS 就不用备案"); not
/// 我说/我们说, 我是说 (a correction) or 说错.
fn reported_zh(sentence: &str) -> bool {
    // A comma clause turning to the asker's own case starts afresh:
    // "朋友说没买 ECS 不用备案，可我们买了一台".
    let sentence = sentence
        .match_indices([',', '，'])
        .rfind(|(i, c)| {
            let after = sentence[i + c.len()..].trim_start();
            ZH_OWN_TURN.iter().any(|w| after.starts_with(w))
        })
        .map_or(sentence, |(i, c)| &sentence[i + c.len()..]);
    // 以为 "wrongly believed" reaches only its own comma clause: "我以为
    // 主域名备过了，刚查了一下根本没有备案号".
    let last_clause = sentence
        .rfind([',', '，'])
        .map_or(sentence, |i| &sentence[i..]);
    if sentence.contains("听说") || sentence.contains("据说") || last_clause.contains("以为")
    {
        return true;
    }
    // 说 and 讲 "say": 同事讲, 朋友说 report someone else's words.
    sentence.match_indices(['说', '讲']).any(|(i, w)| {
        let before = &sentence[..i];
        let after = &sentence[i + w.len()..];
        !(before.ends_with('我')
            || before.ends_with("我们")
            || before.ends_with('是')
            || before.ends_with('再')
            || before.ends_with('么')
            || after.starts_with('错')
            || after.starts_with('明'))
            && before.chars().any(cjk::is_han)
    })
}

const PRONOUNS: &[&str] = &[
    "it", "it's", "its", "i", "we", "they", "that", "this", "he", "she", "you", "my", "our", "the",
];

#[cfg(test)]
mod tests {
    #[test]
    fn what_a_question_asks_whether_one_needs_is_not_had() {
        let t = "our company changed its name. do we need an icp number with alibaba cloud";
        let at = t.find("we need").unwrap();
        assert!(super::needed_asked(t, at, &t[at..]));
        let at = t.find("an icp").unwrap();
        assert!(super::needed_asked(t, at, &t[at..]));
        // The case the need is asked for is told; so is a need stated.
        let t = "do i need a website icp filing for a new site on ecs";
        let at = t.find("website").unwrap();
        assert!(!super::needed_asked(t, at, &t[at..]));
        let t = "we need an icp number with alibaba cloud";
        assert!(!super::needed_asked(t, 0, t));
    }

    #[test]
    fn it_opening_a_clause_stands_for_the_topic_named_last() {
        let topics = ["top level domain".to_string(), "website".to_string()];
        let t = "the top level domain has a number. it was filed at another provider";
        let c = super::resolve_it(t, &topics).expect("an 'it' to resolve");
        assert!(
            c.text
                .ends_with("top level domain it was filed at another provider"),
            "{}",
            c.text
        );
        // Back to where "it" stood.
        assert_eq!(
            c.original(c.text.rfind("top level").unwrap()),
            t.find("it was").unwrap()
        );
        // Not inside a clause ("checked with it"), nor with no topic before.
        assert!(super::resolve_it("we checked with it today", &topics).is_none());
        assert!(super::resolve_it("it was filed at another provider", &topics).is_none());
        // The topic named last: "website", after the domain.
        let t = "the top level domain is ours and so is the website, it runs on ecs";
        let c = super::resolve_it(t, &topics).unwrap();
        assert!(c.text.ends_with("website it runs on ecs"), "{}", c.text);
        // After a conjunction opening the clause, and after a preposition
        // too; a match may then start at the preposition.
        let t = "we set up the website last month, so it has never been filed";
        let c = super::resolve_it(t, &topics).unwrap();
        assert!(
            c.text.ends_with("so website it has never been filed"),
            "{}",
            c.text
        );
        let topics = ["ecs".to_string()];
        let t = "we rented one more ecs, and on it we will host a new shop";
        let c = super::resolve_it(t, &topics).unwrap();
        assert!(
            c.text.ends_with("and on ecs it we will host a new shop"),
            "{}",
            c.text
        );
        assert_eq!(&c.text[c.lead[0]..c.inserted[0].0], "on ");
        // "and" then a preposition opens one with no comma.
        let t = "we bought one more ecs and in it we will run a new shop";
        let c = super::resolve_it(t, &topics).unwrap();
        assert!(
            c.text.ends_with("and in ecs it we will run a new shop"),
            "{}",
            c.text
        );
        // Not a preposition inside a clause: "we talked with it".
        assert!(super::resolve_it("we bought an ecs and talked with it", &topics).is_none());
        // "and" then a time phrase: "the company was set up in may and so far it ...".
        let topics = ["company".to_string()];
        let t = "the company was set up in may and so far it has not filed";
        let c = super::resolve_it(t, &topics).unwrap();
        assert!(
            c.text.ends_with("so far company it has not filed"),
            "{}",
            c.text
        );
        assert!(super::resolve_it("the company is new and it has not filed", &topics).is_none());
    }

    #[test]
    fn a_closing_neither_denies_what_the_sentence_listed() {
        let t = "moving it to alibaba cloud, or adding alibaba cloud as a provider, we do neither of these.";
        let at = t.find("adding").unwrap();
        assert!(denied_by_what_follows(t, at + 6));
        assert!(denied_by_what_follows(
            "transfer it or add one - neither.",
            8
        ));
        assert!(is_closing_denial(", but we will do neither"));
        // A clause that goes on says something of its own.
        assert!(!is_closing_denial(
            ", neither of us knows where the server is"
        ));
        assert!(!is_closing_denial(", none of these have a website"));
        assert!(!denied_by_what_follows(
            "we add alibaba cloud, none of the old setup changes",
            10
        ));
    }

    #[test]
    fn one_stands_for_the_icp_number_named_before() {
        let t = "the top level domain had an icp number? no, it has never had one.";
        let c = resolve_one(t).expect("a 'one' to resolve");
        assert!(
            c.text.contains("has never had an icp number one"),
            "{}",
            c.text
        );
        // Back to the original offsets.
        let at = c.text.find("never").unwrap();
        assert_eq!(c.original(at), t.find("never").unwrap());
        // Not without a number before it, nor as a numeral.
        assert!(resolve_one("we have one domain and it has one").is_none());
        assert!(resolve_one("icp number: one of them has one site").is_none());
    }

    #[test]
    fn a_parenthetical_is_an_aside() {
        let t = "our icp number (沪icp备...) was issued through alibaba cloud.";
        let (s, e) = parentheticals(t)[0];
        assert_eq!(&t[s..e], "(沪icp备...)");
        // An unclosed or very long bracket is no aside.
        assert_eq!(parentheticals("we use ecs (in hong kong"), vec![]);
        assert_eq!(
            parentheticals(&format!("a ({}) b", "x".repeat(200))),
            vec![]
        );
        assert_eq!(
            parentheticals("a（中国香港）b"),
            vec![(1, 1 + "（中国香港）".len())]
        );
    }

    #[test]
    fn a_topic_is_carried_into_later_clauses_that_name_none() {
        let topics = vec!["top level domain".to_string(), "公司".to_string()];
        let text =
            "top level domain 是收来的,放在海外主机上,我查了没有 icp filing number. 公司没变";
        let c = super::carry_topics(text, &topics).expect("something to carry");
        assert_eq!(
            c.text,
            "top level domain 是收来的,top level domain 放在海外主机上,top level domain 我查了没有 icp filing number. 公司没变"
        );
        // A carried topic stands at the start of its clause; the rest maps back.
        let (s, _) = c.inserted[1];
        assert_eq!(c.original(s), text.find("我查了").unwrap());
        let p = c.text.find("没有").unwrap();
        assert_eq!(c.original(p), text.find("没有").unwrap());
        // Nothing Chinese, or no topic named: nothing to carry.
        assert!(super::carry_topics("the top level domain, no filing", &topics).is_none());
        assert!(super::carry_topics("域名是新的,没备过", &topics).is_none());
        // An ellipsis is no sentence end.
        let c = super::carry_topics("公司以为备过......不对,没备过", &topics).unwrap();
        assert!(c.text.ends_with("公司 没备过"));
    }

    #[test]
    fn asides_make_a_match_about_something_else() {
        let a = crate::knowledge::rules_file::Asides {
            before: vec!["living in".into(), "住在".into(), "users are".into()],
            after: vec!["office".into(), "分公司".into()],
            things: vec![],
        };
        let at = |t: &str, w: &str| {
            let s = t.find(w).unwrap();
            aside(&a, t, s, s + w.len())
        };
        assert!(at("i am living in beijing, server in tokyo", "beijing"));
        assert!(at("our beijing office", "beijing"));
        assert!(at("我住在北京", "北京"));
        assert!(at("深圳分公司的网站", "深圳"));
        assert!(!at("the server is in beijing", "beijing"));
        assert!(!at("our beijing offices2 x", "beijing"));
        assert!(!at("reliving in beijing", "beijing"));
        // A degree word may stand between, with or without "in".
        assert!(at("our users are mostly overseas", "overseas"));
        assert!(at("our users are mainly in tokyo", "tokyo"));
        // What someone runs before a place is theirs, unless it is the fact's thing.
        let b = crate::knowledge::rules_file::Asides {
            before: vec!["living in".into()],
            after: vec![],
            things: vec!["server".into(), "ecs".into()],
        };
        let by = |t: &str, w: &str| {
            let s = t.find(w).unwrap();
            aside(&b, t, s, s + w.len())
        };
        assert!(by(
            "we are opening a hot pot restaurant group in chongqing",
            "chongqing"
        ));
        assert!(by("i run a small bakery in hangzhou", "hangzhou"));
        assert!(by("we started our design studio in shenzhen", "shenzhen"));
        assert!(!by("we run a small server in shanghai", "shanghai"));
        assert!(!by("we are opening an ecs in beijing", "beijing"));
        assert!(!by("they run a shop in beijing", "beijing"));
        assert!(at("i am living mostly in tokyo", "tokyo"));
        assert!(!at("our server is mostly in tokyo", "tokyo"));
        assert!(!at("users are almost in tokyo", "tokyo"));
        // Not across a comma: the next clause speaks of something else.
        assert!(!at(
            "the server is in beijing, office staff use it",
            "beijing"
        ));
        assert!(at("a beijing-office thing", "beijing"));
        // A preposition the match opens with belongs to the phrase before.
        assert!(at("i am living in china", "in china"));
        assert!(!at("i am hosting in china", "in china"));
        // Someone saying who they are and where: not where a server is.
        assert!(at("i am a dentist in chengdu, site on wix", "chengdu"));
        assert!(at("we are an indie game studio from shenzhen", "shenzhen"));
        assert!(!at("our server is a vm in shenzhen", "shenzhen"));
        assert!(!at("i am an ecs user in beijing region", "beijing"));
        assert!(!at(
            "i am a dentist and the server is in chengdu",
            "chengdu"
        ));
    }

    #[test]
    fn reported_speech_is_not_the_askers() {
        let r = |t: &str, w: &str| reported(t, t.find(w).unwrap());
        assert!(r("my boss keeps saying we must move the filing", "move"));
        assert!(r("a colleague said that we bought ecs", "bought"));
        assert!(r("i heard you do not need icp for ecs", "need"));
        assert!(r("i read somewhere that ecs needs icp", "ecs needs"));
        assert!(r(
            "my boss read on some forum that any server must be filed",
            "filed"
        ));
        assert!(!r("i read the faq and our server is in china", "server is"));
        // A speaker and belief opening the match itself.
        assert_eq!(after_words("i assumed it was filed", 0, 2), Some(9));
        assert_eq!(after_words("i assumed", 0, 2), None);
        assert!(!r("as i said, we have no ecs", "have"));
        assert!(r("群里有人说没买 ecs 就不用备案", "没买"));
        assert!(r("听说没买 ecs 就不用备案", "没买"));
        assert!(!r("我说过我们没买 ecs", "没买"));
        assert!(!r("我是说没买 ecs", "没买"));
        assert!(!r("朋友说没买 ecs 不用备案,可我们买了一台 ecs", "买了"));
        assert!(!r("i said we have no ecs", "have"));
        assert!(!r("can you tell me if we bought ecs", "bought"));
        assert!(!r(
            "they say it is needed, but we only run a database",
            "only"
        ));
        assert!(!r("i read the faq and we have ecs", "have"));
        assert!(!r("our reseller said so. we run ecs in beijing", "run"));
    }

    use super::*;

    fn gate(p: &str) -> Option<Vec<String>> {
        let h = regex_syntax::Parser::new().parse(p).unwrap();
        required_literals(&h).map(|set| {
            set.into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect()
        })
    }

    /// A pattern's gate is a set of literals every match holds one of;
    /// where none can be proved, there is no gate and the pattern runs.
    #[test]
    fn gates_are_literals_every_match_must_hold() {
        // The rarest part of a sequence: "site"/"domain" beats "new".
        assert_eq!(
            gate(r"\b(new|another) (site|domain)s?\b"),
            Some(vec!["site".into(), "domain".into()])
        );
        // Length is counted in bytes: a Han character is three.
        assert_eq!(
            gate(r"(买了|购买)\s*ecs"),
            Some(vec!["买了".into(), "购买".into()])
        );
        assert_eq!(gate(r"(a|b)\s*ecs"), Some(vec!["ecs".into()]));
        // Optional parts, classes and case-insensitive text prove nothing.
        assert_eq!(gate(r"(ecs)?[0-9]+"), None);
        assert_eq!(gate(r"(?i)ecs"), None);
        assert_eq!(gate(r"a|\d"), None);
    }

    /// A one-section FAQ with one yes/no fact `f` whose patterns are
    /// `patterns` (TOML lines of `[facts.f.patterns]`).
    fn one_fact(patterns: &str) -> Knowledge {
        use crate::knowledge::SourceFile;
        crate::knowledge::build(vec![
            SourceFile::text("a.md", "## Q? {#q}\n\nA.\n"),
            SourceFile::text(
                "r.toml",
                &format!("[facts.f]\nquestion = \"Q?\"\n[facts.f.patterns]\n{patterns}\n"),
            ),
        ])
        .unwrap()
        .knowledge
    }

    fn groups(p: &str) -> Vec<Vec<String>> {
        let h = regex_syntax::Parser::new().parse(p).unwrap();
        required_groups(&h)
            .into_iter()
            .map(|g| {
                g.into_iter()
                    .map(|l| String::from_utf8(l).unwrap())
                    .collect()
            })
            .collect()
    }

    /// Each part of a sequence that has a gate adds its group: a match holds
    /// a literal of every group.
    #[test]
    fn gate_groups_are_the_parts_of_a_sequence() {
        assert_eq!(
            groups(r"\b(buy|bought)\b[^.]{0,25}\b(ecs|instances?)\b"),
            vec![vec!["buy", "bought"], vec!["ecs", "instance"]]
        );
        // An alternation is one group: a literal of either branch.
        assert_eq!(groups(r"(ab)+|c(d|e)"), vec![vec!["ab", "c"]]);
        assert_eq!(groups(r"(ecs)?[0-9]+"), Vec::<Vec<String>>::new());
        // Short literals gate only when nothing longer does.
        assert_eq!(groups(r"x(ab|cd)"), vec![vec!["ab", "cd"]]);
        // The rarest first.
        assert_eq!(
            groups(r"my (site|page)\b"),
            vec![vec!["site", "page"], vec!["my "]]
        );
        assert_eq!(groups(r"a b c d e f g"), vec![vec!["a b c d e f g"]]);
        assert_eq!(
            groups(r"alpha\s+bravo\s+charlie\s+delta"),
            vec![vec!["charlie"], vec!["alpha"], vec!["bravo"]]
        );
        // A pattern whose parts are all in the text opens; one part missing
        // shuts it.
        let kb = one_fact(r"yes = ['\bbought\b.{0,20}\becs\b']");
        let x = Extractor::new(&kb);
        assert_eq!(x.open_patterns("we bought two ecs"), vec![true]);
        assert_eq!(x.open_patterns("we bought two servers"), vec![false]);
        assert_eq!(x.open_patterns("two ecs"), vec![false]);
    }

    /// A pattern that spells a negation takes as written only a match using
    /// a negation it spells; another in the match negates it as usual.
    #[test]
    fn only_a_patterns_own_negation_is_taken_as_written() {
        let kb =
            one_fact(r"yes = ['信息[^,]{0,6}(变|不对)', '\b(info|details) (changed|not right)\b']");
        let x = Extractor::new(&kb);
        let value = |t: &str| {
            x.extract(&kb, t)
                .first()
                .map(|f| f.value.as_str().to_string())
        };
        assert_eq!(value("信息都没变").as_deref(), Some("no"));
        assert_eq!(value("信息变了").as_deref(), Some("yes"));
        assert_eq!(value("信息不对").as_deref(), Some("yes"));
        assert_eq!(value("details not right").as_deref(), Some("yes"));
        assert_eq!(value("our details changed").as_deref(), Some("yes"));
    }

    /// A Chinese question may end on its particle, without a question
    /// mark; only the comma clause holding the particle asks.
    #[test]
    fn a_chinese_particle_makes_its_clause_a_question() {
        let t = "新站不放 ecs ,用的是虚拟主机,需要 add a new website icp filing 吗";
        let at = |w: &str| t.find(w).unwrap();
        assert!(in_question(t, at("new website")));
        assert!(!in_question(t, at("虚拟主机")));
        assert!(in_question("is it on ecs? yes", 0));
        // A Chinese statement clause before the asking one states.
        assert!(!in_question("信息一个字都没动,需要变更吗?", 0));
        assert!(in_question("需要变更吗?", 0));
        let t = "we do have three ecs running, so what applies to us?";
        assert!(!in_question(t, t.find("ecs").unwrap() + 3));
        let t = "is it needed if i have no ecs, or a domain?";
        assert!(in_question(t, t.find("ecs").unwrap() + 3));
        let t = "you do not need it if you do not buy any ecs. we do own ecs";
        assert!(conditional(t, t.find("buy").unwrap()));
        assert!(!conditional(t, t.find("own").unwrap()));
        assert!(!in_question("it is on ecs, right", 0));
        // Chat drops the question mark: the last sentence, opening with an
        // auxiliary before its subject, still asks; a statement does not.
        let t = "we filed with another provider. do i need a new filing with alibaba cloud";
        assert!(in_question(t, t.len()));
        assert!(!in_question(t, t.find("provider").unwrap() + 8));
        assert!(!in_question("we need a new filing with alibaba cloud", 39));
        assert!(!in_question("do i need it. we are on ecs", 27));
    }

    proptest::proptest! {
        /// Whatever the text, a pattern that matches it holds one of its
        /// gate's literals: skipping a pattern whose gate is shut never
        /// loses a match.
        #[test]
        fn a_shut_gate_never_hides_a_match(text in "[a-e ]{0,30}") {
            for p in [r"\b(ab|cd)e?\b", r"(a|b)+c(d|e)", r"a[^ ]{0,3}(bc|de)", r"(ab)+|c(d|e)", r"(ab|c)[^e]{0,4}(d|e)b"] {
                let re = regex::Regex::new(p).unwrap();
                if let (Some(lits), true) = (gate(p), re.is_match(&text)) {
                    proptest::prop_assert!(lits.iter().any(|l| text.contains(l.as_str())), "{p} {text:?} {lits:?}");
                }
                if re.is_match(&text) {
                    for g in groups(p) {
                        proptest::prop_assert!(g.iter().any(|l| text.contains(l.as_str())), "{p} {text:?} {g:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn negation_reaches_back_within_a_clause() {
        let t = "i do not have a website";
        assert!(negated(t, t.find("website").unwrap(), t.len(), &[]));
        let t = "i have a website";
        assert!(!negated(t, t.find("website").unwrap(), t.len(), &[]));
        let t = "not sure if my website counts";
        let s = t.find("website").unwrap();
        assert!(!negated(t, s, s + 7, &[]));
        let t = "no ecs, but a website";
        let s = t.find("website").unwrap();
        assert!(!negated(t, s, s + 7, &[]));
        let t = "without ecs";
        assert!(negated(t, 8, 11, &[]));
        assert!(by_whom_follows(
            "domain is not filed",
            " with alibaba cloud but with tencent"
        ));
        assert!(!by_whom_follows("zero ecs", " with you guys"));
        assert!(!by_whom_follows("was never filed", " by anyone"));
        let topics = vec!["domain".to_string(), "website".to_string()];
        let t = "the domain we bought was never filed";
        assert!(in_contact_relative(t, t.find("we").unwrap(), &topics));
        let t = "for the domain, we never filed";
        assert!(!in_contact_relative(t, t.find("we").unwrap(), &topics));
        let t = "we never filed";
        assert!(!in_contact_relative(t, 0, &topics));
        assert!(!by_whom_follows("was not filed", " with any provider"));
        assert!(!by_whom_follows("have no domain pointing", " at them"));
        let t = "instead of buying ecs we use a virtual host";
        assert!(negated(t, 11, 21, &[]));
        assert!(has_negation("use vercel rather than ecs", &[]));
        assert!(!has_negation("use ecs rather", &[]));
        let t = "zero ecs instances bought so far";
        assert!(negated(t, 5, 8, &[]));
        let t = "zero downtime for my website";
        let s = t.find("website").unwrap();
        assert!(!negated(t, s, t.len(), &[]));
        assert!(in_question("is it needed if i have no ecs? i do", 20));
        assert!(!in_question("is it needed? i have no ecs.", 20));
        let t = "no it's in hong kong";
        assert!(!negated(t, 11, t.len(), &[]));
        let t = "no server in hong kong";
        assert!(negated(t, 13, t.len(), &[]));
        // Over "or" into a list, but not from a negation further back.
        let t = "there is no website or http anything on it";
        let s = t.find("http").unwrap();
        assert!(negated(t, s, s + 4, &[]));
        let t = "not sure which one to pick or what the website needs";
        let s = t.find("website").unwrap();
        assert!(!negated(t, s, s + 7, &[]));
        // A negative subject denies its clause's verb; one further back does not.
        let t = "nothing about the subject or the website info is changing";
        let s = t.find("info").unwrap();
        assert!(negated(t, s, t.len(), &[]));
        let t = "it does not serve anything to the web";
        let s = t.find("web").unwrap();
        assert!(negated(t, s, s + 3, &[]));
        let t = "it does not matter, we serve our web app";
        let s = t.find("web").unwrap();
        assert!(!negated(t, s, s + 3, &[]));
        let t = "we changed nothing, but the website info is changing";
        let s = t.find("info").unwrap();
        assert!(!negated(t, s, t.len(), &[]));
    }

    #[test]
    fn a_belief_the_sentence_contradicts_is_no_fact() {
        let t = "i assumed he filed it, but there is no icp number";
        assert!(reported(t, t.find("filed").unwrap()));
        assert!(!reported(t, t.find("no icp").unwrap()));
        // A stop inside a name ends no sentence.
        let t2 = "my cousin insists that foreigners with a .com never need it in china";
        assert!(reported(t2, t2.find("in china").unwrap()));
        let t = "i assumed he filed it";
        assert!(!reported(t, t.find("filed").unwrap()));
        assert!(hypothetical_inside(
            "ecs decided by whether a domain points"
        ));
        assert!(!hypothetical_inside("a domain points to the ecs"));
        assert!(hypothetical_inside(
            "ecs 做视频转码,听说要不要备案跟 domain name resolves"
        ));
        assert!(!hypothetical_inside("domain name resolves 到 ecs"));
    }

    #[test]
    fn neither_nor_carries_the_verb_phrase_to_the_first() {
        let t = "so neither i nor the domain have ever gone through icp filing. ok?";
        let d = distribute_neither(t).expect("a neither-nor list");
        assert_eq!(
            d.text,
            "so neither i have ever gone through icp filing nor the domain have ever gone through icp filing. ok?"
        );
        // The carried words stand at the end of the first item.
        let (s, e) = d.inserted[0];
        assert_eq!(d.original(s), t.find(" nor").unwrap());
        assert_eq!(d.original(e + 1), t.find("nor").unwrap());
        assert!(distribute_neither("neither of them is filed").is_none());
        assert!(distribute_neither("we have neither a website nor an api.").is_none());
    }

    #[test]
    fn apologies_are_no_corrections() {
        assert!(correction_spans("filed with alibaba cloud, sorry for the slow reply").is_empty());
        assert!(correction_spans("sorry to bother you, is it needed").is_empty());
        assert_eq!(correction_spans("in singapore, sorry, shenzhen").len(), 1);
        assert_eq!(
            correction_spans("in singapore, sorry i mean shenzhen").len(),
            2
        );
    }

    #[test]
    fn comparisons_ask_about_both_cases_and_state_neither() {
        for t in [
            "没用 domain name 的 ecs 和用了 domain name 的,icp filing 要求一样吗?",
            "is it the same for an ecs without a domain and one with a domain?",
            "what is the difference between ecs in hong kong and ecs in hangzhou?",
        ] {
            assert!(compared(t, t.find("ecs").unwrap()), "{t}");
        }
        // Not a question, no second case, or the comparison in another sentence.
        for t in [
            "the rules are the same for our ecs and our cdn.",
            "is it the same for us?",
            "our ecs has no domain. is it the same for us and them?",
        ] {
            assert!(!compared(t, t.find("ecs").unwrap_or(0)), "{t}");
        }
    }

    #[test]
    fn a_parenthetical_is_an_aside_inside_the_clause() {
        let t = "nothing about the school (the subject) or the website info changes";
        let at = t.find("website").unwrap();
        assert_eq!(
            clause_before(t, at),
            "nothing about the school (the subject) or the "
        );
        assert_eq!(
            clause_words_before(t, at),
            ["nothing", "about", "the", "school", "or", "the"]
        );
        // A match inside an open parenthesis starts its clause there.
        let t = "our server (in hangzhou";
        assert_eq!(clause_before(t, t.find("hangzhou").unwrap()), "in ");
    }

    #[test]
    fn whether_and_depends_on_ask_rather_than_state() {
        let t = "does it depend on buying ecs?";
        assert!(hypothetical(t, t.find("buying").unwrap()));
        let t = "it is not needed as long as no domain is involved";
        assert!(hypothetical(t, t.find("no domain").unwrap()));
        let t = "it has been up for a long time, no domain yet";
        assert!(!hypothetical(t, t.find("no domain").unwrap()));
        let t = "is it required depending on whether i buy ecs";
        assert!(hypothetical(t, t.find("buy ").unwrap()));
        let t = "i bought ecs, not sure whether i need icp";
        assert!(!hypothetical(t, t.find("bought").unwrap()));
        let t = "it depends on the region. we bought ecs";
        assert!(!hypothetical(t, t.find("bought").unwrap()));
        let t = "do i need icp if i use it with or without a domain";
        assert!(hypothetical(t, t.find("without").unwrap()));
    }
}
