//! Abbreviations an FAQ defines itself: "pull request (PR)", "Total Cost of
//! Ownership (TCO)", "ECS (Elastic Compute Service)". Each becomes a synonym
//! group at load, so a question saying "PR" meets a section saying "pull
//! request" and the other way round.

use super::model::{Section, SynonymGroup};
use regex::Regex;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words an abbreviation's letters skip ("Total Cost of Ownership" is TCO).
const SMALL_WORDS: &[&str] = &["of", "and", "the", "for", "to", "a", "an", "in", "on", "&"];
/// Longest long form looked at, in words.
const MAX_WORDS: usize = 8;

/// The abbreviations defined in the sections' titles and bodies, as synonym
/// groups (the long form canonical, the short form and its plural as
/// aliases); forms some group of `existing` already holds are left out.
pub fn defined(sections: &[Section], existing: &[SynonymGroup]) -> Vec<SynonymGroup> {
    static SHORT_AFTER: OnceLock<Regex> = OnceLock::new();
    static LONG_AFTER: OnceLock<Regex> = OnceLock::new();
    // "long form (ABBR)": the abbreviation in brackets after its words.
    let short_after = SHORT_AFTER
        .get_or_init(|| Regex::new(r"\(([A-Z][A-Za-z0-9]{1,7})\)").expect("static regex"));
    // "ABBR (long form)".
    let long_after = LONG_AFTER.get_or_init(|| {
        Regex::new(r"\b([A-Z][A-Za-z0-9]{1,7})\s*\(([A-Za-z][A-Za-z&\- ]{2,80})\)")
            .expect("static regex")
    });
    let mut known = known_forms(existing);
    let mut out: Vec<SynonymGroup> = Vec::new();
    let mut add = |short: &str, long: &str, out: &mut Vec<SynonymGroup>| {
        let (s, l) = (key(short), key(long));
        if known.contains(&s) || known.contains(&l) {
            return;
        }
        known.insert(s.clone());
        known.insert(l.clone());
        out.push(SynonymGroup {
            canonical: l,
            aliases: vec![s.clone(), format!("{s}s")],
            ..Default::default()
        });
    };
    for s in sections {
        for text in [&s.title, &s.body] {
            if !text.contains('(') {
                continue;
            }
            for c in short_after.captures_iter(text) {
                let abbr = &c[1];
                if !is_abbreviation(abbr) {
                    continue;
                }
                let start = c.get(0).map_or(0, |m| m.start());
                let before: Vec<&str> = text[..start]
                    .split(|ch: char| ch.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .collect();
                if let Some(long) = long_form_before(&before, abbr) {
                    add(abbr, &long, &mut out);
                }
            }
            for c in long_after.captures_iter(text) {
                let (abbr, long) = (&c[1], c[2].trim());
                if is_abbreviation(abbr) && initials_match(&words_of(long), abbr) {
                    add(abbr, long, &mut out);
                }
            }
        }
    }
    out
}

/// Abbreviations of software support that users type and FAQs often spell
/// out (or the other way round). One becomes a synonym group when the FAQ
/// uses either form and defines neither itself.
const COMMON: &[(&str, &str)] = &[
    ("pr", "pull request"),
    ("mr", "merge request"),
    ("ci", "continuous integration"),
    ("os", "operating system"),
    ("ui", "user interface"),
    ("gui", "graphical user interface"),
    ("cli", "command line interface"),
    ("vm", "virtual machine"),
    ("2fa", "two factor authentication"),
    ("mfa", "multi factor authentication"),
    ("sso", "single sign on"),
    ("tos", "terms of service"),
    ("eol", "end of life"),
    ("lts", "long term support"),
    ("oss", "open source software"),
];

/// Which [`COMMON`] entries, short or long form, the sections' titles or
/// bodies use, in its order. Apart from [`common_groups`], so that the scan
/// of a large FAQ (a tenth of its load) can run beside [`defined`], whose
/// groups it does not need.
pub fn common_used(sections: &[Section]) -> Vec<bool> {
    use aho_corasick::AhoCorasick;
    // Each form, and each long form hyphenated ("two-factor", "sign-on"),
    // with the entry it stands for.
    static FORMS: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (forms, entry) = FORMS.get_or_init(|| {
        let mut texts: Vec<String> = Vec::new();
        let mut entry = Vec::new();
        for (i, (short, long)) in COMMON.iter().enumerate() {
            for f in [short.to_string(), long.to_string(), long.replace(' ', "-")] {
                if !texts.contains(&f) {
                    texts.push(f);
                    entry.push(i);
                }
            }
        }
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&texts)
            .expect("static patterns");
        (ac, entry)
    });
    let mut used = vec![false; COMMON.len()];
    let word = |b: Option<&u8>| b.is_none_or(|c| !c.is_ascii_alphanumeric());
    for s in sections {
        for text in [&s.title, &s.body] {
            let b = text.as_bytes();
            for m in forms.find_overlapping_iter(text.as_str()) {
                let before = m.start().checked_sub(1).and_then(|i| b.get(i));
                // A plural's "s" ends the word too ("operating systems").
                let end = m.end() + usize::from(b.get(m.end()) == Some(&b's'));
                if word(before) && word(b.get(end)) {
                    used[entry[m.pattern().as_usize()]] = true;
                }
            }
        }
    }
    used
}

/// The groups of the [`COMMON`] entries `used` marks, but those whose
/// forms some group of `existing` already holds.
pub fn common_groups(used: &[bool], existing: &[SynonymGroup]) -> Vec<SynonymGroup> {
    let known = known_forms(existing);
    COMMON
        .iter()
        .zip(used)
        .filter(|((s, l), used)| **used && !known.contains(*s) && !known.contains(*l))
        .map(|(&(s, l), _)| {
            // The short form is the one word both sides are read as: a long
            // form's words would meet other groups' ("interface" in both
            // "user interface" and "command line interface").
            let mut aliases = vec![l.to_string(), format!("{l}s")];
            let plural = format!("{s}s");
            // Not a plural that is another entry or an English word ("toss",
            // the title "mrs").
            if !COMMON.iter().any(|(o, _)| *o == plural)
                && !crate::understanding::lexicon::is_common_word(&plural)
                && plural != "mrs"
            {
                aliases.push(plural);
            }
            SynonymGroup {
                canonical: s.to_string(),
                aliases,
                ..Default::default()
            }
        })
        .collect()
}

/// Every form the synonym groups hold (lower case, single spaces).
fn known_forms(groups: &[SynonymGroup]) -> HashSet<String> {
    let mut known = HashSet::new();
    for g in groups {
        known.insert(key(&g.canonical));
        known.extend(g.aliases.iter().map(|a| key(a)));
    }
    known
}

/// Two or more capitals: "PR", "TCO", "SaaS"; not "Hello".
fn is_abbreviation(w: &str) -> bool {
    w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect()
}

/// The shortest run of words ending right before the brackets whose
/// initials spell the abbreviation.
fn long_form_before(before: &[&str], abbr: &str) -> Option<String> {
    for n in 1..=MAX_WORDS.min(before.len()) {
        let tail = &before[before.len() - n..];
        // Punctuation ends the long form: "... Cloud. Pull Request (PR)".
        if tail[..tail.len() - 1]
            .iter()
            .any(|w| w.ends_with(['.', ',', ';', ':', ')']))
        {
            return None;
        }
        let words: Vec<&str> = tail
            .iter()
            .flat_map(|w| w.split('-'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        if SMALL_WORDS.contains(&words[0].to_lowercase().as_str()) {
            continue;
        }
        if initials_match(&words, abbr) {
            return Some(words.join(" "));
        }
    }
    None
}

/// Whether the words' initials (small words optional) spell the
/// abbreviation's capitals: "Total Cost of Ownership" and TCO.
fn initials_match(words: &[&str], abbr: &str) -> bool {
    let letters: Vec<char> = abbr
        .chars()
        .filter(char::is_ascii_uppercase)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    fn go(words: &[String], letters: &[char]) -> bool {
        match (words.first(), letters.first()) {
            (None, None) => true,
            (None, Some(_)) => false,
            (Some(w), l) => {
                let small = SMALL_WORDS.contains(&w.as_str());
                (l == w.chars().next().as_ref() && go(&words[1..], &letters[1..]))
                    || (small && go(&words[1..], letters))
            }
        }
    }
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    words.len() >= 2 && go(&words, &letters)
}

/// Lower case, single spaces.
fn key(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(body: &str) -> Section {
        Section::for_test("T", body)
    }

    #[test]
    fn both_orders_are_found() {
        let s = section(
            "Open a pull request (PR) first. Compare the Total Cost of Ownership (TCO). \
             Buy ECS (Elastic Compute Service) instances. Read it in the app (OverDrive). \
             Sign the Data Processing Agreement (DPA).",
        );
        let g = defined(&[s], &[]);
        let pairs: Vec<(&str, &str)> = g
            .iter()
            .map(|g| (g.canonical.as_str(), g.aliases[0].as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("pull request", "pr"),
                ("total cost of ownership", "tco"),
                ("data processing agreement", "dpa"),
                ("elastic compute service", "ecs"),
            ]
        );
    }

    #[test]
    fn forms_already_synonyms_are_left_alone() {
        let s = section("Buy ECS (Elastic Compute Service) instances.");
        let existing = [SynonymGroup {
            canonical: "ecs".into(),
            aliases: vec!["elastic compute service".into()],
            ..Default::default()
        }];
        assert!(defined(&[s], &existing).is_empty());
    }
}
