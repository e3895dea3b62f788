//! Text normalisation shared by ranking and fact extraction: Unicode folding
//! (full-width → ASCII, case), contractions, FAQ synonyms, tokens and stems.

use super::cjk;
use crate::knowledge::{HostNames, SynonymGroup, TextRules};
use regex::{Regex, RegexBuilder};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Longest question text looked at; the rest of a huge message is ignored.
pub const MAX_QUESTION_CHARS: usize = 1000;

/// Folds case and width, drops control and direction-override characters,
/// unifies quotes and expands English contractions ("don't" → "do not").
/// No FAQ's own reading applies: see [`Reading::fold`].
pub fn fold(text: &str) -> String {
    fold_limited(text, MAX_QUESTION_CHARS, None)
}

/// [`fold`] without the length cut, for FAQ text.
pub fn fold_long(text: &str) -> String {
    fold_limited(text, usize::MAX, None)
}

fn fold_limited(text: &str, limit: usize, acronyms: Option<&Acronyms>) -> String {
    let text = if text.len() > limit {
        text.char_indices()
            .nth(limit)
            .map_or(text, |(end, _)| &text[..end])
    } else {
        text
    };
    let text = &*match acronyms {
        Some(a) => a.spelt_out(text),
        None => std::borrow::Cow::Borrowed(text),
    };
    // Built as bytes (ASCII runs are copied byte by byte) and checked once.
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let push = |out: &mut Vec<u8>, c: char| {
        let mut one = |c: char| out.extend_from_slice(c.encode_utf8(&mut [0u8; 4]).as_bytes());
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => one('\''),
            '\u{201C}' | '\u{201D}' => one('"'),
            '\u{2010}'..='\u{2015}' => one('-'),
            '\u{3002}' => one('.'),
            '\u{3001}' => one(','),
            c if c.is_control() || is_invisible(c) => one(' '),
            c if cjk::is_han(c) => one(cjk::simplified(c)),
            c => c.to_lowercase().for_each(one),
        }
    };
    // ASCII runs are folded byte by byte; only the non-ASCII stretches
    // between them go through Unicode normalisation (NFKC: full-width
    // letters, ligatures, compatibility spaces), which is far slower.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = i;
        while i < bytes.len() && bytes[i] < 0x80 {
            i += 1;
        }
        // The ASCII character before a non-ASCII stretch may combine with it
        // ("e" + U+0301): normalise it together with the stretch.
        let ascii_end = if i < bytes.len() && i > run { i - 1 } else { i };
        out.extend(
            bytes[run..ascii_end]
                .iter()
                .map(|&b| ASCII_FOLD[b as usize]),
        );
        if i >= bytes.len() {
            break;
        }
        let start = ascii_end;
        while i < bytes.len() && bytes[i] >= 0x80 {
            i += 1;
        }
        for c in text[start..i].nfkc() {
            push(&mut out, c);
        }
    }
    let out = String::from_utf8(out).expect("folding writes whole characters");
    expand_contractions(han_spaces_as_commas(out))
}

/// A space between two Han characters is punctuation: Chinese has no spaces
/// between words, and chat uses them as commas ("刚买了两台 ecs 做转码 听说
/// 要不要备案跟解析有关"), so a clause, a negation or a doubt ends there.
fn han_spaces_as_commas(text: String) -> String {
    if text.is_ascii() || !text.contains(' ') {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' {
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            let before = i.checked_sub(1).map(|k| chars[k]);
            let after = chars.get(j).copied();
            if before.is_some_and(cjk::is_han) && after.is_some_and(cjk::is_han) {
                out.push(',');
            } else {
                out.extend(&chars[i..j]);
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// How each ASCII byte folds: lower case, backtick as apostrophe, controls as spaces.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'`' => b'\'',
            c if c.is_ascii_control() => b' ',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// How one FAQ's text is read before matching: its rules files' `[text]`
/// ([`TextRules`]) compiled. The FAQ's side and the questions' side are
/// read the same way.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    acronyms: Option<Acronyms>,
    hosts: Option<HostWords>,
    /// Stem -> the stem of its word group's first word.
    groups: HashMap<String, String>,
}

impl Reading {
    pub fn new(rules: &TextRules) -> Self {
        let mut groups = HashMap::new();
        for g in &rules.word_groups {
            let Some(first) = g.first() else { continue };
            let head = stem(&fold(first));
            for w in g {
                groups.insert(stem(&fold(w)), head.clone());
            }
        }
        Self {
            acronyms: Acronyms::new(&rules.acronyms),
            hosts: rules.host_names.as_ref().map(HostWords::new),
            groups,
        }
    }

    /// [`fold`], and the FAQ's acronyms spelt out first.
    pub fn fold(&self, text: &str) -> String {
        fold_limited(text, MAX_QUESTION_CHARS, self.acronyms.as_ref())
    }

    /// [`Reading::fold`] without the length cut, for FAQ text.
    pub fn fold_long(&self, text: &str) -> String {
        fold_limited(text, usize::MAX, self.acronyms.as_ref())
    }

    /// Host names in folded text as the words the FAQ gives them (none:
    /// left as they are).
    pub fn host_names_as_words<'a>(&self, folded: &'a str) -> std::borrow::Cow<'a, str> {
        self.host_names_as_words_but(folded, |_| false)
    }

    /// [`Reading::host_names_as_words`], leaving the host names `keep`
    /// says are words of their own (a provider named like a domain,
    /// "west.cn", that the FAQ's synonyms know).
    pub fn host_names_as_words_but<'a>(
        &self,
        folded: &'a str,
        keep: impl Fn(&str) -> bool,
    ) -> std::borrow::Cow<'a, str> {
        match &self.hosts {
            Some(h) => h.as_words(folded, keep, &[]),
            None => std::borrow::Cow::Borrowed(folded),
        }
    }

    /// [`Reading::host_names_as_words_but`] in a conversation that named
    /// the subdomains `earlier`.
    pub fn host_names_as_words_beside<'a>(
        &self,
        folded: &'a str,
        keep: impl Fn(&str) -> bool,
        earlier: &[String],
    ) -> std::borrow::Cow<'a, str> {
        match &self.hosts {
            Some(h) => h.as_words(folded, keep, earlier),
            None => std::borrow::Cow::Borrowed(folded),
        }
    }

    /// The subdomains a folded text names, but those `keep` says are words.
    pub fn subdomains_in(&self, folded: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
        match &self.hosts {
            Some(h) => h.subdomains_in(folded, keep),
            None => Vec::new(),
        }
    }

    /// The stem standing for a stem's word group: the FAQ's groups first,
    /// then the general ones ([`super::lexicon::canonical`]).
    pub fn canonical<'a>(&'a self, stemmed: &'a str) -> &'a str {
        match self.groups.get(stemmed) {
            Some(head) => head,
            None => super::lexicon::canonical(stemmed),
        }
    }

    /// Whether a stem is in one of the FAQ's or the general word groups.
    pub fn is_grouped(&self, stemmed: &str) -> bool {
        self.groups.contains_key(stemmed) || super::lexicon::is_grouped(stemmed)
    }
}

/// Capitalised abbreviations that lower-casing would turn into another
/// word: "US" is the country, "us" the pronoun ("a server in the US").
/// Not in all-caps text, where every "US" may be the pronoun.
#[derive(Debug, Clone)]
struct Acronyms {
    regex: Regex,
    /// A text holding none of these has no acronym: "US", "U.S".
    starts: Vec<String>,
    /// Letters (dots dropped) -> what they stand for.
    means: HashMap<String, String>,
}

impl Acronyms {
    fn new(table: &std::collections::BTreeMap<String, String>) -> Option<Self> {
        let mut alternatives = Vec::new();
        let mut starts = Vec::new();
        let mut means = HashMap::new();
        for (k, v) in table {
            let letters: Vec<char> = k.chars().filter(|&c| c != '.').collect();
            if letters.len() < 2 {
                continue;
            }
            let spelt: Vec<String> = letters
                .iter()
                .map(|c| regex::escape(&c.to_string()))
                .collect();
            alternatives.push(spelt.join(r"\.?"));
            starts.push(letters.iter().collect());
            starts.push(format!("{}.{}", letters[0], letters[1]));
            means.insert(letters.iter().collect(), v.clone());
        }
        if alternatives.is_empty() {
            return None;
        }
        let regex = Regex::new(&format!(
            r"(?-u:\b)(?:{})(?-u:\b)\.?",
            alternatives.join("|")
        ))
        .ok()?;
        Some(Self {
            regex,
            starts,
            means,
        })
    }

    fn spelt_out<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if !self.starts.iter().any(|s| text.contains(s.as_str()))
            || !text.bytes().any(|b| b.is_ascii_lowercase())
        {
            return std::borrow::Cow::Borrowed(text);
        }
        self.regex.replace_all(text, |c: &regex::Captures| {
            let letters: String = c[0].chars().filter(|&c| c != '.').collect();
            self.means
                .get(&letters)
                .cloned()
                .unwrap_or_else(|| c[0].to_string())
        })
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Words whose "'s" is "is" or "has", never a possessive ("its" is that).
const PRONOUNS_WITH_S: &[&str] = &[
    "it", "that", "there", "here", "what", "where", "who", "he", "she",
];

fn expand_contractions(s: String) -> String {
    // Two passes, each a cheap literal search: forms with an apostrophe only
    // when the text has one, then the apostrophe-less chat spellings as whole
    // words ("dont", "cant"). "im" is left alone (it would match inside many
    // words and slow the search down); it is a stopword instead.
    static WITH: OnceLock<Regex> = OnceLock::new();
    static WITHOUT: OnceLock<Regex> = OnceLock::new();
    let with = WITH.get_or_init(|| {
        Regex::new(&format!(
            r"(?-u:\b)(?:(can)'t|(wo)n't|(ai)n't|(i)'m)(?-u:\b)|n't(?-u:\b)|'(re|ve|ll|d)(?-u:\b)|(?-u:\b)({})'s( been| got)?(?-u:\b)",
            PRONOUNS_WITH_S.join("|")
        ))
        .expect("static regex")
    });
    let without = WITHOUT.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)(cannot|cant|wont|aint|dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|wouldnt|shouldnt|couldnt|mustnt|neednt)(?-u:\b)",
        )
        .expect("static regex")
    });
    let mut text = s;
    if text.contains('\'') {
        let replaced = with.replace_all(
            &text,
            |c: &regex::Captures| -> std::borrow::Cow<'static, str> {
                let g = |i: usize| c.get(i).is_some();
                if g(1) {
                    "can not".into()
                } else if g(2) {
                    "will not".into()
                } else if g(3) {
                    "is not".into()
                } else if g(4) {
                    "i am".into()
                } else if let Some(m) = c.get(6) {
                    // A pronoun's "'s" is "is", or "has" before "been" or "got";
                    // never a possessive ("its" is that): "it's built on
                    // webflow", "it's been filed".
                    match c.get(7) {
                        Some(v) => format!("{} has{}", m.as_str(), v.as_str()).into(),
                        None => format!("{} is", m.as_str()).into(),
                    }
                } else if let Some(m) = c.get(5) {
                    match m.as_str() {
                        "re" => " are".into(),
                        "ve" => " have".into(),
                        "ll" => " will".into(),
                        _ => " would".into(),
                    }
                } else {
                    " not".into()
                }
            },
        );
        // Unchanged text (no contraction after all) is not copied.
        if let std::borrow::Cow::Owned(r) = replaced {
            text = r;
        }
    }
    match without.replace_all(&text, |c: &regex::Captures| match &c[1] {
        "cannot" | "cant" => "can not".to_string(),
        "wont" => "will not".to_string(),
        "aint" => "is not".to_string(),
        w => format!("{} not", &w[..w.len() - 2]),
    }) {
        std::borrow::Cow::Owned(r) => r,
        std::borrow::Cow::Borrowed(_) => text,
    }
}

/// A chat message without the chat's own markup: user, role and channel
/// mentions, custom emoji and @everyone/@here carry no question words, and
/// their long ids would count as unknown words against every section.
pub fn without_chat_markup(text: &str) -> std::borrow::Cow<'_, str> {
    static MARKUP: OnceLock<Regex> = OnceLock::new();
    if !text.contains('<') && !text.contains('@') {
        return std::borrow::Cow::Borrowed(text);
    }
    let re = MARKUP.get_or_init(|| {
        Regex::new(r"<(?:@[!&]?|#)\d+>|<a?:[A-Za-z0-9_~]+:\d+>|(?:^|\s)@(?:everyone|here)\b")
            .expect("static regex")
    });
    re.replace_all(text, " ")
}

/// Chat shorthand spelt out: "w/o" is "without" and "w/" is "with" (their
/// slash would otherwise split them into a stray "w" and "o").
pub fn shorthand_spelt_out(text: &str) -> std::borrow::Cow<'_, str> {
    static SHORT: OnceLock<Regex> = OnceLock::new();
    if !text.contains("w/") && !text.contains("W/") {
        return std::borrow::Cow::Borrowed(text);
    }
    let re = SHORT.get_or_init(|| Regex::new(r"(?i)(^|\s)w/(o\b)?").expect("static regex"));
    re.replace_all(text, |c: &regex::Captures| {
        if c.get(2).is_some() {
            " without "
        } else {
            " with "
        }
    })
}

/// Host names in a folded question say what kind of name it is, not which:
/// "blog.example.com" is a subdomain, "example.com" a domain, and
/// "example.com" beside "blog.example.com" that subdomain's parent domain.
/// Their labels ("blog", "example", "com") would otherwise count as unknown
/// words. The words come from the FAQ's `[text.host_names]`.
#[derive(Debug, Clone)]
struct HostWords {
    /// " domain ", " subdomain ", " parent domain " (folded, spaced).
    domain: String,
    subdomain: String,
    parent: String,
    /// ".com.cn": a name ending so has one label less than it seems.
    two_part: Vec<String>,
}

impl HostWords {
    fn new(h: &HostNames) -> Self {
        let word = |w: &str| format!(" {} ", fold_long(w).trim());
        Self {
            domain: word(&h.domain),
            subdomain: word(&h.subdomain),
            parent: word(&h.parent_domain),
            two_part: h
                .two_part_suffixes
                .iter()
                .map(|s| format!(".{}", fold_long(s).trim()))
                .collect(),
        }
    }

    /// `earlier`: subdomains named earlier in the conversation; a domain
    /// this message names alone is their parent too ("blog.example.cn ...?"
    /// then "example.cn itself was never filed").
    fn as_words<'a>(
        &self,
        folded: &'a str,
        keep: impl Fn(&str) -> bool,
        earlier: &[String],
    ) -> std::borrow::Cow<'a, str> {
        if !folded.contains('.') {
            return std::borrow::Cow::Borrowed(folded);
        }
        let re = host_regex();
        let host_of = |c: &regex::Captures| {
            let h = c.get(1).map_or("", |m| m.as_str());
            h.strip_prefix("www.").unwrap_or(h).to_string()
        };
        let mut subdomains = self.subdomains_in(folded, &keep);
        subdomains.extend(earlier.iter().cloned());
        re.replace_all(folded, |c: &regex::Captures| {
            let host = host_of(c);
            if keep(&host) {
                c[0].to_string()
            } else if self.is_subdomain(&host) {
                self.subdomain.clone()
            } else if subdomains.iter().any(|s| s.ends_with(&format!(".{host}"))) {
                self.parent.clone()
            } else {
                self.domain.clone()
            }
        })
    }

    /// "example.com.cn" is a domain under a two-part suffix, not a subdomain.
    fn is_subdomain(&self, host: &str) -> bool {
        let labels = host.split('.').count();
        // Besides the FAQ's list, a country code under a generic ending
        // ("shop.com.br", "uni.ac.kr") is one registry's suffix.
        let parts: Vec<&str> = host.rsplitn(3, '.').collect();
        let country_generic = parts.len() == 3
            && parts[0].len() == 2
            && ["com", "net", "org", "gov", "edu", "co", "ac"].contains(&parts[1]);
        let two_part = country_generic
            || self
                .two_part
                .iter()
                .any(|s| host.ends_with(s.as_str()) || host == &s[1..]);
        let labels = if two_part { labels - 1 } else { labels };
        labels >= 3
    }

    /// The subdomains a folded text names (as written, without "www.").
    fn subdomains_in(&self, folded: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
        if !folded.contains('.') {
            return Vec::new();
        }
        host_regex()
            .captures_iter(folded)
            .filter_map(|c| c.get(1))
            .map(|m| {
                m.as_str()
                    .strip_prefix("www.")
                    .unwrap_or(m.as_str())
                    .to_string()
            })
            .filter(|h| self.is_subdomain(h) && !keep(h))
            .collect()
    }
}

fn host_regex() -> &'static Regex {
    static HOST: OnceLock<Regex> = OnceLock::new();
    HOST.get_or_init(|| {
        Regex::new(&format!(
            r"(?-u:\b)(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{}))(?-u:\b)(?:/[^\s]*)?",
            TOP_LEVEL_DOMAINS.split_whitespace().collect::<Vec<_>>().join("|")
        ))
        .expect("static regex")
    })
}

/// The endings a host name is known by: the generic ones, new ones people
/// pick for sites ("pixelmoth.games"), and country codes; but not those
/// that are common English words or file endings ("ok.so", "shanghai.do i",
/// "node.js", "main.py", "ecs.help"), which a missed space or a file name
/// would otherwise turn into a domain.
const TOP_LEVEL_DOMAINS: &str = "\
    com net org info biz name pro edu gov cn io co me xyz top site online app dev tech shop \
    store cloud club vip ltd wang ink cc tv us uk de jp hk tw sg ai asia link live blog fun \
    mobi website space icu games studio agency digital network systems solutions software \
    cafe finance health travel photography academy education consulting guru xin wiki codes \
    hosting fan moe inc eco gg fm ws eu br ru fr es nl se ch au ca nz kr vn th ph pk mx ar \
    cl za ng ke tr dk fi ie pt gr cz hu ro ua kz ir il sa ae qa mo kh mm np lk bd ly nu ee \
    lt lv sk si hr bg pe ve uy ec bo cr gt tn dz gh tz ug jo lb kw om bh uz az mn";

/// FAQ synonyms applied to folded text: every alias becomes its canonical phrase.
#[derive(Debug, Clone)]
pub struct Synonyms {
    /// Aliases in ASCII (with word boundaries).
    regex: Option<Regex>,
    /// Aliases with other characters ("备案"): only run over text that has
    /// some, so English questions don't pay for them, nor an English bot
    /// for compiling them (built at the first such text).
    wide: Option<(String, std::sync::OnceLock<Option<Regex>>)>,
    map: HashMap<String, String>,
    /// Aliases given by form (any cloud brand "X云"), with their canonical
    /// phrase: run after the listed aliases, so a listed one (阿里云) wins.
    forms: Vec<(Regex, String)>,
    /// Matches of a form that are not aliases ("私有云").
    except: std::collections::HashSet<String>,
    /// Every canonical phrase, longest first.
    canonicals: Vec<String>,
}

impl Synonyms {
    pub fn new(groups: &[SynonymGroup]) -> Self {
        Self::read_as(groups, &Reading::default())
    }

    /// Synonyms whose aliases are folded as the FAQ reads text.
    pub fn read_as(groups: &[SynonymGroup], reading: &Reading) -> Self {
        let fold = |t: &str| reading.fold(t);
        let mut map = HashMap::new();
        // Canonical phrases that map to themselves only to stop a shorter
        // ASCII alias inside them: not needed for groups whose aliases are
        // all in other scripts, whose canonical phrases then stay out of the
        // ASCII pass (fewer alternatives for every English question).
        let mut guarded: std::collections::HashSet<String> = std::collections::HashSet::new();
        let ascii_aliases: Vec<String> = groups
            .iter()
            .flat_map(|g| &g.aliases)
            .filter(|a| a.is_ascii())
            .map(|a| key(&fold(a)))
            .collect();
        for g in groups {
            let canonical = key(&fold(&g.canonical));
            // Its own ASCII aliases, or another group's inside it ("new icp
            // filing" inside "new icp filing provider").
            if g.aliases.iter().any(|a| a.is_ascii())
                || ascii_aliases.iter().any(|a| canonical.contains(a.as_str()))
            {
                guarded.insert(canonical);
            }
        }
        for g in groups {
            let canonical = fold(&g.canonical);
            // The canonical phrase maps to itself so that "alibaba cloud" is
            // not re-expanded through its shorter alias "alibaba".
            map.insert(key(&canonical), canonical.clone());
            for a in &g.aliases {
                map.insert(key(&fold(a)), canonical.clone());
            }
        }
        let mut aliases: Vec<&String> = map.keys().collect();
        // Longest first so "second level domain" wins over "domain".
        aliases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let body = |a: &str| {
            let words: Vec<String> = a.split(' ').map(regex::escape).collect();
            words.join(r"[\s\-_]*")
        };
        // ASCII boundaries: the fast DFA engine also runs on non-ASCII text.
        let ascii: Vec<String> = aliases
            .iter()
            .filter(|a| a.is_ascii())
            .filter(|a| map.get(a.as_str()) != Some(*a) || guarded.contains(a.as_str()))
            .map(|a| format!(r"(?-u:\b){}(?-u:\b)", body(a)))
            .collect();
        let wide: Vec<String> = aliases
            .iter()
            .filter(|a| !a.is_ascii())
            .map(|a| body(a))
            .collect();
        let mut forms = Vec::new();
        let mut except = std::collections::HashSet::new();
        for g in groups {
            for f in &g.forms {
                // Checked by the rules file's loader; a bad one here is skipped.
                if let Ok(re) = RegexBuilder::new(f).size_limit(1 << 22).build() {
                    forms.push((re, fold(&g.canonical)));
                }
            }
            except.extend(g.except.iter().map(|e| key(&fold(e))));
        }
        let mut canonicals: Vec<String> = map
            .values()
            .cloned()
            .collect::<std::collections::HashSet<_>>()
            .into_iter()
            .collect();
        canonicals.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        Self {
            regex: (!ascii.is_empty())
                .then(|| alternation(&ascii.join("|")))
                .flatten(),
            wide: (!wide.is_empty()).then(|| (wide.join("|"), std::sync::OnceLock::new())),
            map,
            forms,
            except,
            canonicals,
        }
    }

    /// Replaces what the forms match (group 1 when a form has one) by
    /// their canonical phrase, except listed texts and known phrases.
    fn replace_forms(&self, text: &str) -> Option<String> {
        let mut out: Option<String> = None;
        for (re, canonical) in &self.forms {
            let current = out.as_deref().unwrap_or(text);
            let mut pieces = String::with_capacity(current.len() + 16);
            let mut last = 0;
            let mut changed = false;
            for c in re.captures_iter(current) {
                let Some(m) = c.get(1).or_else(|| c.get(0)) else {
                    continue;
                };
                let k = key(m.as_str());
                if m.as_str().is_empty() || self.except.contains(&k) || self.map.contains_key(&k) {
                    continue;
                }
                pieces.push_str(&current[last..m.start()]);
                pieces.push(' ');
                pieces.push_str(canonical);
                pieces.push(' ');
                last = m.end();
                changed = true;
            }
            if changed {
                pieces.push_str(&current[last..]);
                out = Some(pieces);
            }
        }
        out
    }

    /// Replaces aliases in already folded text.
    /// Whitespace is collapsed so patterns can rely on single spaces.
    pub fn apply(&self, folded: &str) -> String {
        if folded.is_ascii() {
            return collapse_spaces(&self.replace(folded));
        }
        let asked = self.a_not_a_as_whether(folded);
        let out = collapse_spaces(&self.replace(&asked));
        self.without_doubles(out)
    }

    /// An A-not-A question whose second A starts a synonym ("备不备案",
    /// "有没有域名" when 有域名 is one) becomes 是否 "whether" + the word:
    /// replacing the word would leave "备不 icp filing", a bare negation.
    fn a_not_a_as_whether<'a>(&self, folded: &'a str) -> std::borrow::Cow<'a, str> {
        let chars: Vec<(usize, char)> = folded.char_indices().collect();
        let mut out: Option<String> = None;
        let mut copied = 0;
        for w in chars.windows(3) {
            let [(at, a), (_, neg), (rest_at, b)] = [w[0], w[1], w[2]];
            if a != b || !super::cjk::is_han(a) || !matches!(neg, '不' | '没') || at < copied {
                continue;
            }
            let rest = &folded[rest_at..];
            let starts_alias = (2..=8).any(|n| {
                rest.char_indices()
                    .nth(n)
                    .map_or(Some(rest), |(e, _)| rest.get(..e))
                    .is_some_and(|k| self.map.contains_key(k))
            });
            if starts_alias {
                let o = out.get_or_insert_with(String::new);
                o.push_str(&folded[copied..at]);
                o.push_str("是否");
                copied = rest_at;
            }
        }
        match out {
            Some(mut o) => {
                o.push_str(&folded[copied..]);
                std::borrow::Cow::Owned(o)
            }
            None => std::borrow::Cow::Borrowed(folded),
        }
    }

    /// A term given in both languages ("青云 QingCloud", "阿里云 (Alibaba
    /// Cloud)") is said once: the canonical phrase twice in a row, as the
    /// Chinese and the English alias leave it, becomes one, so patterns
    /// see the same text as for either alone.
    fn without_doubles(&self, mut text: String) -> String {
        for c in self.canonicals.iter() {
            if !text.contains(c.as_str()) {
                continue;
            }
            for sep in [" ", " ( ", " ("] {
                let double = format!("{c}{sep}{c}");
                while let Some(at) = text.find(&double) {
                    let mut end = at + double.len();
                    // "阿里云 (alibaba cloud)": the closing parenthesis goes too.
                    if sep.contains('(') {
                        let rest = &text[end..];
                        let trimmed = rest.trim_start();
                        if trimmed.starts_with(')') {
                            end += rest.len() - trimmed.len() + 1;
                        }
                    }
                    text.replace_range(at..end, c);
                }
            }
        }
        text
    }

    /// No synonym groups at all.
    /// Synonyms applied after the host names are read as words, except
    /// a host name that is itself an alias ("west.cn" is a provider).
    pub fn apply_read(&self, reading: &Reading, folded: &str) -> String {
        self.apply_read_beside(reading, folded, &[])
    }

    /// [`Synonyms::apply_read`] in a conversation that named the
    /// subdomains `earlier`.
    pub fn apply_read_beside(&self, reading: &Reading, folded: &str, earlier: &[String]) -> String {
        self.apply_read_keeping(reading, folded, earlier, &|_| false)
    }

    /// [`Synonyms::apply_read_beside`], also leaving the host names
    /// `known` says are the FAQ's own words.
    pub fn apply_read_keeping(
        &self,
        reading: &Reading,
        folded: &str,
        earlier: &[String],
        known: &dyn Fn(&str) -> bool,
    ) -> String {
        self.apply(&reading.host_names_as_words_beside(
            folded,
            |h| self.map.contains_key(h) || known(h),
            earlier,
        ))
    }

    /// The subdomains a folded text names (host names the synonyms know
    /// as words aside).
    pub fn subdomains_in(&self, reading: &Reading, folded: &str) -> Vec<String> {
        reading.subdomains_in(folded, |h| self.map.contains_key(h))
    }

    /// The aliases in other scripts, compiled at first use.
    fn wide_regex(&self) -> Option<&Regex> {
        let (src, re) = self.wide.as_ref()?;
        re.get_or_init(|| alternation(src)).as_ref()
    }

    pub fn is_empty(&self) -> bool {
        self.regex.is_none() && self.wide.is_none() && self.forms.is_empty()
    }

    /// Every word of the aliases and canonical phrases.
    pub fn words(&self) -> impl Iterator<Item = String> + '_ {
        self.map
            .iter()
            .flat_map(|(a, c)| a.split(' ').chain(c.split(' ')))
            .map(str::to_string)
    }

    /// Replaces aliases, leaving whitespace as it is: enough for tokenising.
    /// Aliases in other scripts go first, then the ASCII ones, which also
    /// see the canonical phrases the first put in ("备案" -> "icp filing").
    pub fn replace<'a>(&self, folded: &'a str) -> std::borrow::Cow<'a, str> {
        let run = |re: &Regex, text: &str| -> Option<String> {
            match re.replace_all(text, |c: &regex::Captures| {
                let k = key(&c[0]);
                match self.map.get(&k) {
                    Some(canon) => format!(" {canon} "),
                    None => c[0].to_string(),
                }
            }) {
                std::borrow::Cow::Owned(s) => Some(s),
                std::borrow::Cow::Borrowed(_) => None,
            }
        };
        // (ASCII text is checked first: it never compiles them.)
        let wide = match (!folded.is_ascii()).then(|| self.wide_regex()).flatten() {
            Some(re) => run(re, folded),
            None => None,
        };
        let wide = match self.replace_forms(wide.as_deref().unwrap_or(folded)) {
            Some(s) => Some(s),
            None => wide,
        };
        let text = wide.as_deref().unwrap_or(folded);
        match (&self.regex, wide.is_some()) {
            (Some(re), _) => match run(re, text) {
                Some(s) => std::borrow::Cow::Owned(s),
                None => match wide {
                    Some(w) => std::borrow::Cow::Owned(w),
                    None => std::borrow::Cow::Borrowed(folded),
                },
            },
            (None, true) => std::borrow::Cow::Owned(wide.expect("some")),
            (None, false) => std::borrow::Cow::Borrowed(folded),
        }
    }
}

/// The aliases' alternation, with room for the lazy DFA's states (see the
/// fact set); `None` if it does not build.
fn alternation(src: &str) -> Option<Regex> {
    RegexBuilder::new(src)
        .size_limit(1 << 24)
        .dfa_size_limit(1 << 25)
        .build()
        .ok()
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |w: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    };
    // The ASCII splitter is much faster; folded ASCII text has no other spaces.
    if s.is_ascii() {
        s.split_ascii_whitespace().for_each(&mut push);
    } else {
        s.split_whitespace().for_each(&mut push);
    }
    out
}

/// Separators inside an alias don't matter: "sub-domain" = "sub domain".
fn key(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word of a text with its byte span in the folded text. A Chinese word
/// the lexicon knows is given in English ("网站" is "website"), with the
/// span of the Chinese word.
#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Words: runs of letters/digits; Chinese cut into words (see [`cjk`]);
/// each other CJK character (kana, hangul) is a word of its own.
pub fn tokens(folded: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(folded.len() / 5);
    for_each_word_span(folded, |text, start, end| {
        out.push(Token { text, start, end })
    });
    out
}

/// Calls `f(word, byte offset)` for each word of [`tokens`], without
/// collecting them: the index build walks megabytes of FAQ text this way.
pub fn for_each_word<'a>(folded: &'a str, mut f: impl FnMut(&'a str, usize)) {
    for_each_word_span(folded, |w, start, _| f(w, start));
}

/// [`for_each_word`] with each word's end as well (a word given in English
/// is not as long as the Chinese it stands for).
pub fn for_each_word_span<'a>(folded: &'a str, mut f: impl FnMut(&'a str, usize, usize)) {
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII fast path: skip separators, then take a run of alphanumerics.
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i < bytes.len() && bytes[i] >= 0x80 {
                // A word that continues with non-ASCII letters ("café").
                i = word_end(folded, start);
            }
            f(&folded[start..i], start, i);
            continue;
        }
        let c = folded[i..].chars().next().expect("char boundary");
        if cjk::is_han(c) {
            let start = i;
            let end = folded[start..]
                .char_indices()
                .find(|&(_, c)| !cjk::is_han(c))
                .map_or(folded.len(), |(o, _)| start + o);
            cjk::for_each_han_word(&folded[start..end], start, |w, s, e| {
                match super::lexicon::english(w) {
                    Some(en) => en.split(' ').for_each(|x| f(x, s, e)),
                    None => f(w, s, e),
                }
            });
            i = end;
        } else if is_cjk(c) {
            f(&folded[i..i + c.len_utf8()], i, i + c.len_utf8());
            i += c.len_utf8();
        } else if c.is_alphanumeric() {
            let start = i;
            i = word_end(folded, start);
            f(&folded[start..i], start, i);
        } else {
            i += c.len_utf8();
        }
    }
}

/// The words [`for_each_word`] finds in `fold_long(text)`, without building
/// the folded copy: words are lower-cased on the fly and contractions
/// expanded word by word. Covers ASCII words with any punctuation between
/// them (curly quotes, dashes, box drawing); returns false, having called
/// nothing, for text it does not cover (a non-ASCII letter or a character
/// that folds to one, a combining mark, a capital "US"), which then goes
/// through [`fold_long`]. The index build uses it: folding dominated
/// building a large FAQ.
pub fn for_each_ascii_word(text: &str, mut f: impl FnMut(&str)) -> bool {
    if text.contains("US") || text.contains("U.S") || !only_ascii_words(text) {
        return false;
    }
    let bytes = text.as_bytes();
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            // Most separators (spaces, punctuation) cannot start an apostrophe.
            if !may_start_apostrophe(bytes[i]) {
                i += 1;
                continue;
            }
            // "'re", "'ve", "'ll", "'d" expand even without a word before.
            if let Some(n) = text.get(i..).and_then(apostrophe_len) {
                let end = (i + n..bytes.len())
                    .find(|&j| !bytes[j].is_ascii_alphanumeric())
                    .unwrap_or(bytes.len());
                let expanded = match text[i + n..end].to_ascii_lowercase().as_str() {
                    "re" => Some("are"),
                    "ve" => Some("have"),
                    "ll" => Some("will"),
                    "d" => Some("would"),
                    _ => None,
                };
                if let Some(x) = expanded {
                    f(x);
                    i = end;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut upper = 0;
        while let Some(&class) = bytes.get(i).map(|&b| &ASCII_CLASS[b as usize]) {
            if class == 0 {
                break;
            }
            upper |= class;
            i += 1;
        }
        let upper = upper & UPPER != 0;
        // The common case: a word not followed by an apostrophe, and not
        // one of the apostrophe-less contractions (which all end in 't').
        if i == bytes.len() || !may_start_apostrophe(bytes[i]) {
            if upper {
                buf.clear();
                buf.extend(bytes[start..i].iter().map(u8::to_ascii_lowercase));
                spelled_out(std::str::from_utf8(&buf).expect("ASCII"), &mut f);
            } else if bytes[i - 1] == b't' {
                spelled_out(&text[start..i], &mut f);
            } else {
                f(&text[start..i]);
            }
            continue;
        }
        // Most words are already lower case: used in place, not copied.
        let word = if upper {
            buf.clear();
            buf.extend(bytes[start..i].iter().map(u8::to_ascii_lowercase));
            std::str::from_utf8(&buf).expect("ASCII")
        } else {
            &text[start..i]
        };
        // An apostrophe suffix ("n't", "'re", "'m"...): what fold's
        // contraction pass makes of it.
        let suffix: &[u8] = match apostrophe_len(&text[i..]) {
            Some(n) => {
                let end = (i + n..bytes.len())
                    .find(|&j| !bytes[j].is_ascii_alphanumeric())
                    .unwrap_or(bytes.len());
                &bytes[i + n..end]
            }
            None => &[],
        };
        let skip = apostrophe_len(&text[i..]).unwrap_or(0) + suffix.len();
        let is = |s: &str| suffix.eq_ignore_ascii_case(s.as_bytes());
        let expanded = if is("re") {
            Some("are")
        } else if is("ve") {
            Some("have")
        } else if is("ll") {
            Some("will")
        } else if is("d") {
            Some("would")
        } else if is("m") && word == "i" {
            Some("am")
        } else if is("s") && PRONOUNS_WITH_S.contains(&word) {
            // As fold's pass reads it: "has" before "been"/"got", else "is".
            let after = &bytes[i + skip..];
            let next = |w: &[u8]| {
                after.len() > w.len()
                    && after[0] == b' '
                    && after[1..=w.len()].eq_ignore_ascii_case(w)
                    && after
                        .get(w.len() + 1)
                        .is_none_or(|b| !b.is_ascii_alphanumeric())
            };
            Some(if next(b"been") || next(b"got") {
                "has"
            } else {
                "is"
            })
        } else {
            None
        };
        if let Some(x) = expanded {
            spelled_out(word, &mut f);
            f(x);
            i += skip;
            continue;
        }
        if is("t") && word.ends_with('n') {
            match word {
                "can" => f("can"),
                "won" => f("will"),
                "ain" => f("is"),
                w if w.len() > 1 => spelled_out(&w[..w.len() - 1], &mut f),
                _ => {}
            }
            f("not");
            i += skip;
            continue;
        }
        spelled_out(word, &mut f);
    }
    true
}

const LOWER_OR_DIGIT: u8 = 1;
const UPPER: u8 = 2;
/// Byte classes of the word walk: one table load per byte instead of
/// three range tests.
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_alphanumeric() {
            LOWER_OR_DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether a byte may begin an apostrophe as [`apostrophe_len`] sees one:
/// ', ` or the lead byte of ’ ‘ (E2) or ʼ (CA).
#[inline]
fn may_start_apostrophe(b: u8) -> bool {
    matches!(b, b'\'' | b'`' | 0xE2 | 0xCA)
}

/// A word, with the apostrophe-less contractions fold expands ("dont").
fn spelled_out(word: &str, f: &mut impl FnMut(&str)) {
    match word {
        "cannot" | "cant" => {
            f("can");
            f("not");
        }
        "wont" => {
            f("will");
            f("not");
        }
        "aint" => {
            f("is");
            f("not");
        }
        "dont" | "doesnt" | "didnt" | "isnt" | "arent" | "wasnt" | "werent" | "hasnt"
        | "havent" | "hadnt" | "wouldnt" | "shouldnt" | "couldnt" | "mustnt" | "neednt" => {
            f(&word[..word.len() - 2]);
            f("not");
        }
        w => f(w),
    }
}

/// Whether every non-ASCII character of the text is a separator once folded:
/// not alphanumeric, not combining, and not decomposing into letters ("™").
fn only_ascii_words(text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    text.chars()
        .filter(|c| !c.is_ascii() && !is_apostrophe(*c))
        .all(|c| {
            let mut letters = false;
            unicode_normalization::char::decompose_compatible(c, |d| {
                letters |= d.is_alphanumeric() || unicode_normalization::char::is_combining_mark(d)
            });
            !letters && !c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c)
        })
}

/// Byte length of an apostrophe as fold sees one (', `, ’, ‘, ʼ) at the start.
fn apostrophe_len(s: &str) -> Option<usize> {
    let c = s.chars().next()?;
    is_apostrophe(c).then(|| c.len_utf8())
}

/// Characters fold turns into an apostrophe (U+00B4 is not among them in
/// effect: compatibility decomposition splits it first).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02BC}')
}

/// End of the word starting at `start`: alphanumerics up to a separator or a CJK character.
fn word_end(folded: &str, start: usize) -> usize {
    folded[start..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric() || is_cjk(c))
        .map_or(folded.len(), |(o, _)| start + o)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF)
}

/// English stem of a folded word (non-ASCII words are kept as they are).
pub fn stem(word: &str) -> String {
    if !word.is_ascii() || word.len() <= 2 {
        return word.to_string();
    }
    // Chat repeats a small vocabulary, and the stemmer costs about as much
    // as the rest of reading a word: each thread keeps the stems it made
    // (bounded; dropped whole when full).
    const CACHED: usize = 8192;
    thread_local! {
        static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<str>>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    if let Some(s) = STEMS.with(|m| m.borrow().get(word).map(|s| s.to_string())) {
        return s;
    }
    let s = stem_uncached(word);
    STEMS.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= CACHED {
            m.clear();
        }
        m.insert(word.into(), s.as_str().into());
    });
    s
}

fn stem_uncached(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    let mut stem = STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned();
    // Porter's stemmer undoubles the consonant an ending leaves ("adding"
    // -> "ad", "staffing" -> "staf") but keeps a base form's own double
    // ("add", "staff"), so the two never met. Its output ends in one of
    // these doubles only for such a base form: undouble it too.
    let b = stem.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && b"bdfgmnprt".contains(&b[b.len() - 1]) {
        stem.pop();
    }
    stem
}

/// Words that carry no topic: function words and chat filler.
pub fn is_stopword(w: &str) -> bool {
    if !w.is_ascii() {
        return cjk::is_stopword(w);
    }
    static SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.split_whitespace().collect())
        .contains(w)
}

const STOPWORDS: &str = "a an the and or but if then else of to in on at by for with from into onto about as \
is are was were be been being am do does did doing done have has had having will would shall should can could may might must \
i me my mine myself we us our ours you your yours he him his she her it its they them their this that these those there here \
what which who whom whose when where why how whether so than too very just also only even still yet again ever \
some any all each every both either few more most much many such own same other another \
up down out off over under above below between through during before after while until \
hi hey hello hiya yo thanks thank thx ty please pls plz ok okay okey hmm um uh lol guys folks everyone anyone someone somebody \
question questions quick wondering wonder know tell help want wanted wanna gonna like really actually basically just \
get gets got getting go goes going make makes made try tries tried trying thing things stuff something anything way ways one lot lots bit kind sort \
wait anyway anyways btw oh ah aha well alright gotta hafta kinda sorta lemme dude bro mate \
s t d ll m re ve y o im u ur thru tho cuz coz";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_form_and_its_inflections_share_a_stem() {
        for group in [
            ["add", "adding", "added", "adds"],
            ["staff", "staffing", "staffed", "staffs"],
            ["get", "getting", "gets", "get"],
            ["plan", "planned", "planning", "plans"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(stems.iter().all(|s| s == &stems[0]), "{group:?}: {stems:?}");
        }
        // Doubles outside Porter's list stay.
        assert_eq!(stem("filling"), stem("fill"));
        assert_eq!(stem("pass"), "pass");
    }

    #[test]
    fn folds_width_case_and_contractions() {
        assert_eq!(fold("ＩＣＰ Filing"), "icp filing");
        assert_eq!(fold("I DON'T have ECS"), "i do not have ecs");
        assert_eq!(fold("we haven’t filed"), "we have not filed");
        assert_eq!(fold("dont"), "do not");
        assert_eq!(
            fold("I won't, can't, cannot; it isn't, we're"),
            "i will not, can not, can not; it is not, we are"
        );
        assert_eq!(fold("im new, doesnt work"), "im new, does not work");
        assert!(is_stopword("im"));
        assert_eq!(fold("a\u{202E}b\u{0000}c"), "a b c");
        // Acronyms are the FAQ's ([text] acronyms): none without them.
        assert_eq!(fold("a server in the US"), "a server in the us");
    }

    #[test]
    fn acronyms_of_the_faq_are_spelt_out() {
        let r = Reading::new(&TextRules::legacy());
        assert_eq!(
            r.fold("a server in the US, for us"),
            "a server in the usa, for us"
        );
        assert_eq!(r.fold("hosted in the U.S. now"), "hosted in the usa now");
        assert_eq!(r.fold("TELL US NOW"), "tell us now");
        assert_eq!(r.fold("USB and USA"), "usb and usa");
        let mut rules = TextRules::default();
        rules.acronyms.insert("P.R.C.".into(), "China".into());
        rules.acronyms.insert("EU".into(), "Europe".into());
        let r = Reading::new(&rules);
        assert_eq!(
            r.fold("hosted in the PRC or the E.U., not the US"),
            "hosted in the china or the europe, not the us"
        );
    }

    #[test]
    fn word_groups_of_the_faq_join_the_general_ones() {
        let none = Reading::default();
        let legacy = Reading::new(&TextRules::legacy());
        let (company, subject) = (stem("companies"), stem("subject"));
        assert_ne!(none.canonical(&company), none.canonical(&subject));
        assert_eq!(legacy.canonical(&company), legacy.canonical(&subject));
        assert!(legacy.is_grouped(&subject) && !none.is_grouped(&subject));
        // The general groups still apply.
        assert_eq!(
            legacy.canonical(&stem("needs")),
            legacy.canonical(&stem("required"))
        );
    }

    #[test]
    fn aliases_in_other_scripts_compile_at_the_first_text_that_has_some() {
        let groups = [SynonymGroup {
            canonical: "icp filing".into(),
            aliases: vec!["beian".into(), "备案".into()],
            ..Default::default()
        }];
        let syn = Synonyms::new(&groups);
        let compiled = |s: &Synonyms| s.wide.as_ref().is_some_and(|(_, re)| re.get().is_some());
        assert_eq!(syn.apply("need a beian?"), "need a icp filing ?");
        assert!(
            !compiled(&syn),
            "an English text compiled the Chinese aliases"
        );
        assert_eq!(syn.apply("要备案吗"), "要 icp filing 吗");
        assert!(compiled(&syn));
    }

    #[test]
    fn a_host_name_the_synonyms_know_stays_a_name() {
        let groups = [SynonymGroup {
            canonical: "another provider".into(),
            aliases: vec!["west.cn".into()],
            ..Default::default()
        }];
        let reading = Reading::new(&TextRules::legacy());
        let syn = Synonyms::read_as(&groups, &reading);
        assert_eq!(
            syn.apply_read(&reading, "filed by west.cn, site on shop.example.cn"),
            "filed by another provider , site on subdomain"
        );
    }

    #[test]
    fn host_names_take_the_faq_words_or_stay() {
        let t = "is blog.example.com ok if example.com is filed?";
        assert_eq!(Reading::default().host_names_as_words(t), t);
        let mut rules = TextRules {
            host_names: Some(HostNames {
                domain: "Site".into(),
                subdomain: "sub site".into(),
                parent_domain: "main site".into(),
                two_part_suffixes: vec![],
            }),
            ..TextRules::default()
        };
        let words = |rules: &TextRules| {
            let r = Reading::new(rules);
            let t = r.host_names_as_words("a.example.com and example.com, shop.gouv.fr");
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        assert_eq!(words(&rules), "sub site and main site , sub site");
        if let Some(h) = &mut rules.host_names {
            h.two_part_suffixes.push("gouv.fr".into());
        }
        assert_eq!(words(&rules), "sub site and main site , site");
        // A country code under a generic ending is a suffix without the
        // list; new endings are names; file names and glued sentences are not.
        let r = Reading::new(&rules);
        let w = |t: &str| {
            r.host_names_as_words(t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(w("shop.com.br and uni.ac.kr"), "site and site");
        assert_eq!(w("devlog.pixelmoth.games"), "sub site");
        assert_eq!(w("pixelmoth.games itself"), "site itself");
        assert_eq!(
            w("see main.py and node.js, in shanghai.do i need it"),
            "see main.py and node.js, in shanghai.do i need it"
        );

        // A later message naming the domain alone: the parent of the
        // subdomain the conversation named before, and only of that one.
        let r = Reading::new(&rules);
        let earlier = r.subdomains_in("is a.example.com ok?", |_| false);
        assert_eq!(earlier, ["a.example.com"]);
        let later = |t: &str| {
            r.host_names_as_words_beside(t, |_| false, &earlier)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(later("example.com has none"), "main site has none");
        assert_eq!(later("other.com has none"), "site has none");
        assert_eq!(later("example.com.cn has none"), "site has none");
    }

    #[test]
    fn synonym_forms_read_any_alias_of_their_shape_but_the_exceptions() {
        let s = Synonyms::new(&[
            SynonymGroup {
                canonical: "alibaba cloud".into(),
                aliases: vec!["阿里云".into()],
                ..Default::default()
            },
            SynonymGroup {
                canonical: "another provider".into(),
                aliases: vec!["腾讯云".into(), "tencent cloud".into()],
                forms: vec![r"([\p{Han}--[的在]]{2}云)(?:$|[^\p{Han}]|[的上])".into()],
                except: vec!["私有云".into()],
            },
        ]);
        assert_eq!(
            s.apply("备案在浪潮云,想加阿里云"),
            "备案在 another provider ,想加 alibaba cloud"
        );
        assert_eq!(s.apply("放在私有云上"), "放在私有云上");
        assert_eq!(s.apply("机房在白云区"), "机房在白云区");
        assert_eq!(s.apply("腾讯云的主机"), "another provider 的主机");
        // Said in both languages, said once.
        assert_eq!(
            s.apply("主体在腾讯云 tencent cloud 备的"),
            "主体在 another provider 备的"
        );
        assert_eq!(
            s.apply("用阿里云 (alibaba cloud) 的 ecs"),
            "用 alibaba cloud 的 ecs"
        );
    }

    #[test]
    fn a_space_between_han_characters_is_a_comma() {
        assert_eq!(fold("买了两台ECS 听说要备案"), "买了两台ecs 听说要备案");
        assert_eq!(fold("做视频转码 听说要备案"), "做视频转码,听说要备案");
        assert_eq!(fold("no website, only ssh"), "no website, only ssh");
    }

    #[test]
    fn synonyms_replace_whole_phrases_with_flexible_separators() {
        let s = Synonyms::new(&[
            SynonymGroup {
                canonical: "second level domain".into(),
                aliases: vec!["subdomain".into(), "sub domain".into(), "2LD".into()],
                ..Default::default()
            },
            SynonymGroup {
                canonical: "icp filing".into(),
                aliases: vec!["beian".into(), "备案".into()],
                ..Default::default()
            },
        ]);
        // Chinese is cut into words; 需要 is given in English.
        let t = s.apply(&fold("Sub-domain and 2ld need BEIAN? 需要备案吗"));
        let words: Vec<&str> = tokens(&t).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "second", "level", "domain", "and", "second", "level", "domain", "need", "icp",
                "filing", "need", "icp", "filing", "吗"
            ]
        );
        // Not inside other words.
        assert_eq!(s.apply("beianx"), "beianx");
    }

    #[test]
    fn ascii_shortcut_gives_the_words_of_the_folded_text() {
        for text in [
            "I DON'T have ECS, can't we? It isn't; won't, ain't, we're, I'm, they'd.",
            "dont cant cannot wont aint doesnt neednt: plain words too",
            "rock'n'roll `don`t` don't'x n't 't x't a'b, e-books, 3rd 2fa\ttab\nnew",
            "Hello\u{7f}World\u{1}ctrl",
            "it's been, it's got, it's built, that's it, the company's one",
            "we don\u{2019}t \u{201c}quote\u{201d} \u{2014} dash \u{2550}\u{2551} box \u{2026} it\u{2018}s \u{2192} arrow I\u{02BC}m",
            "",
        ] {
            let mut fast = Vec::new();
            assert!(for_each_ascii_word(text, |w| fast.push(w.to_string())));
            let folded = fold_long(text);
            let slow: Vec<String> = tokens(&folded).iter().map(|t| t.text.to_string()).collect();
            assert_eq!(fast, slow, "{text:?}");
        }
        assert!(!for_each_ascii_word("café", |_| {}));
        assert!(!for_each_ascii_word("trade\u{2122}", |_| {}));
        assert!(!for_each_ascii_word("e\u{301}t\u{e9}", |_| {}));
        assert!(!for_each_ascii_word("备案", |_| {}));
        assert!(!for_each_ascii_word("servers in the US", |_| {}));
    }

    #[test]
    fn shorthand_is_spelt_out() {
        assert_eq!(
            shorthand_spelt_out("ecs w/o domain, w/ a website, http://a.b/w/o")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            "ecs without domain, with a website, http://a.b/w/o"
        );
    }

    #[test]
    fn chat_markup_is_not_words() {
        assert_eq!(
            without_chat_markup(
                "@everyone do i need icp?? <@123> <@!4> <@&5> <#6> <:pepe:7> <a:x:8> mail@here.com"
            )
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
            "do i need icp?? mail@here.com"
        );
    }

    #[test]
    fn host_names_become_what_they_are() {
        let legacy = Reading::new(&TextRules::legacy());
        let t = legacy.host_names_as_words("is blog.example.com ok if example.com is filed? and www.shop.cn, a.example.com.cn, https://x.y.io/path, e.g. node 1.2.3");
        assert_eq!(
            t.split_whitespace().collect::<Vec<_>>().join(" "),
            "is subdomain ok if parent domain is filed? and domain , subdomain , subdomain e.g. node 1.2.3"
        );
    }

    #[test]
    fn stems_and_stopwords() {
        assert_eq!(stem("filing"), stem("filings"));
        assert_eq!(stem("required"), stem("requires"));
        assert!(is_stopword("the"));
        assert!(!is_stopword("not"));
        // Chat spellings of function words.
        assert!(is_stopword("u") && is_stopword("thru"));
        assert!(!is_stopword("domain"));
    }
}
