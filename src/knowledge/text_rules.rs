//! `[text]` in a rules file: how this FAQ's wording is read before any
//! matching. The engine knows general English; what a word means in one
//! FAQ's field (that "subject" is a company in ICP filing, that "U.S." is a
//! country there) is said here.
//!
//! ```toml
//! [text]
//! # Capitalised abbreviations that lower-casing would turn into another
//! # word ("a server in the US" is not "us"). Dots between the letters are
//! # optional ("U.S." too); all-caps messages are left alone.
//! acronyms = { US = "USA" }
//! # Extra words that negate, beside "not", "no", "never", "without"...:
//! # a fact pattern spelling one is read as a negation.
//! negation_words = ["unfiled", "unregistered"]
//! # Words that mean the same in this FAQ (compared by stem, on both the
//! # FAQ's side and the question's).
//! word_groups = [["subject", "entity", "company", "organization", "business"]]
//!
//! # Host names in a question ("blog.example.com") are read as the kind of
//! # name they are: a domain, a subdomain, or a subdomain's parent domain.
//! [text.host_names]
//! domain = "domain"
//! subdomain = "subdomain"
//! parent_domain = "parent domain"
//! # Public suffixes of two labels: "example.com.cn" is a domain, not a subdomain.
//! two_part_suffixes = ["com.cn", "co.uk"]
//! ```
//!
//! A folder whose rules files have no `[text]` at all gets only the general
//! reading, [`TextRules::general`].

use serde::Deserialize;
use std::collections::BTreeMap;

/// The `[text]` table of a rules file (all keys optional).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextRules {
    /// Capitalised abbreviation -> the word it stands for ("US" -> "USA").
    #[serde(default)]
    pub acronyms: BTreeMap<String, String>,
    /// Host names read as words; absent: host names stay as written.
    #[serde(default)]
    pub host_names: Option<HostNames>,
    /// Words (besides the general ones) that make a fact pattern a negation.
    #[serde(default)]
    pub negation_words: Vec<String>,
    /// Groups of words that mean the same here.
    #[serde(default)]
    pub word_groups: Vec<Vec<String>>,
    /// What a Chinese sentence may open with and go on talking about past
    /// its commas, as it reads after synonyms ("top level domain", "公司").
    #[serde(default)]
    pub topics: Vec<String>,
}

/// `[text.host_names]`: what a host name in a question is read as.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostNames {
    /// A registrable name: "example.com", "example.com.cn".
    pub domain: String,
    /// A name under a domain: "blog.example.com".
    pub subdomain: String,
    /// A domain named beside one of its subdomains.
    pub parent_domain: String,
    /// Two-label public suffixes ("com.cn").
    #[serde(default)]
    pub two_part_suffixes: Vec<String>,
}

impl TextRules {
    /// The reading of a folder without `[text]`: only what holds for any
    /// FAQ. A host name in a question is a domain ("hello@mystore.com" asks
    /// about a domain), under the common two-label public suffixes; no
    /// acronyms, negation words or word groups of any one FAQ.
    pub fn general() -> Self {
        Self {
            host_names: Some(HostNames {
                domain: "domain".into(),
                subdomain: "subdomain".into(),
                parent_domain: "parent domain".into(),
                two_part_suffixes: [
                    "co.uk", "org.uk", "ac.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp",
                    "co.kr", "co.in", "com.br", "com.cn", "net.cn", "org.cn", "com.hk", "com.tw",
                    "com.sg", "com.mx", "co.za",
                ]
                .map(String::from)
                .to_vec(),
            }),
            ..Self::default()
        }
    }

    /// The reading the engine used before `[text]` existed, written for the
    /// ICP Filing FAQ; kept for folders that don't say (see the module doc).
    pub fn legacy() -> Self {
        Self {
            acronyms: BTreeMap::from([("US".to_string(), "USA".to_string())]),
            host_names: Some(HostNames {
                domain: "domain".into(),
                subdomain: "subdomain".into(),
                parent_domain: "parent domain".into(),
                two_part_suffixes: [
                    "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "co.uk", "com.hk", "com.tw",
                    "com.sg", "co.jp",
                ]
                .map(String::from)
                .to_vec(),
            }),
            negation_words: vec!["unfiled".into(), "unregistered".into()],
            word_groups: vec![[
                "subject",
                "entity",
                "company",
                "organization",
                "organisation",
                "business",
            ]
            .map(String::from)
            .to_vec()],
            topics: Vec::new(),
        }
    }

    /// Adds another rules file's `[text]`: lists and acronyms are joined;
    /// the first file's host names stand. False when `other`'s host names
    /// were ignored for that.
    pub fn merge(&mut self, other: TextRules) -> bool {
        self.acronyms.extend(other.acronyms);
        self.negation_words.extend(other.negation_words);
        self.word_groups.extend(other.word_groups);
        self.topics.extend(other.topics);
        match (&self.host_names, other.host_names) {
            (Some(_), Some(_)) => return false,
            (None, h) => self.host_names = h,
            _ => {}
        }
        true
    }

    /// Problems with the table, each with what is wrong.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (k, v) in &self.acronyms {
            let letters = k.replace('.', "");
            if letters.len() < 2
                || !letters
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            {
                out.push(format!(
                    "acronym `{k}` must be two or more capital letters (dots allowed: U.S.)"
                ));
            }
            if v.trim().is_empty() {
                out.push(format!("acronym `{k}` stands for nothing"));
            }
        }
        for g in &self.word_groups {
            if g.len() < 2 {
                out.push(format!("word group {g:?} needs two or more words"));
            }
            if let Some(w) = g
                .iter()
                .find(|w| w.trim().contains(' ') || w.trim().is_empty())
            {
                out.push(format!("word group {g:?}: `{w}` is not one word"));
            }
        }
        for w in &self.negation_words {
            if w.trim().is_empty() || w.contains(' ') {
                out.push(format!("negation word `{w}` is not one word"));
            }
        }
        if let Some(h) = &self.host_names {
            for (k, v) in [
                ("domain", &h.domain),
                ("subdomain", &h.subdomain),
                ("parent_domain", &h.parent_domain),
            ] {
                if v.trim().is_empty() {
                    out.push(format!("host_names.{k} is empty"));
                }
            }
            for s in &h.two_part_suffixes {
                if s.split('.').count() != 2 || s.split('.').any(str::is_empty) {
                    out.push(format!("`{s}` is not a two-part suffix such as com.cn"));
                }
            }
        }
        out
    }
}

/// The rules file's text with its `[text]` tables (`[text]`,
/// `[text.host_names]`) blanked out, lines and byte offsets kept, for the
/// rest of the rules file to parse while `RulesFile` has no `text` key.
/// Only the table form is recognised, not a top-level `text = {...}`.
pub fn without_text_tables(toml: &str) -> std::borrow::Cow<'_, str> {
    let header = |line: &str| -> Option<bool> {
        let t = line.trim();
        let t = t.split_once('#').map_or(t, |(h, _)| h).trim_end();
        let name = t
            .strip_prefix("[[")
            .and_then(|x| x.strip_suffix("]]"))
            .or_else(|| t.strip_prefix('[').and_then(|x| x.strip_suffix(']')))?
            .trim();
        let plain = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '));
        plain.then(|| name == "text" || name.starts_with("text.") || name.starts_with("text ."))
    };
    if !toml.lines().any(|l| header(l) == Some(true)) {
        return std::borrow::Cow::Borrowed(toml);
    }
    let mut out = String::with_capacity(toml.len());
    let mut inside = false;
    for line in toml.split_inclusive('\n') {
        if let Some(is_text) = header(line) {
            inside = is_text;
        }
        if inside {
            // Spaces byte for byte: offsets (and so line numbers) stay.
            for c in line.chars() {
                match c {
                    '\n' | '\r' => out.push(c),
                    c => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
                }
            }
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A rules file read for its `[text]` table only (every other key is the
/// rules file's own business).
#[derive(Debug, Deserialize)]
pub struct TextOnly {
    #[serde(default)]
    pub text: Option<toml::Spanned<TextRules>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_doc_example_reads() {
        let doc = include_str!("text_rules.rs");
        let toml: String = doc
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .skip_while(|l| *l != "//! ```toml")
            .skip(1)
            .take_while(|l| *l != "//! ```")
            .map(|l| format!("{}\n", l.trim_start_matches("//!").trim_start()))
            .collect();
        let t: TextOnly = toml::from_str(&toml).expect("the doc example parses");
        let t = t.text.expect("[text]").into_inner();
        assert!(t.problems().is_empty(), "{:?}", t.problems());
        assert_eq!(t.acronyms["US"], "USA");
        assert_eq!(t.host_names.unwrap().two_part_suffixes, ["com.cn", "co.uk"]);
    }

    #[test]
    fn bad_entries_are_named() {
        let t: TextRules = toml::from_str(
            "acronyms = { us = \"USA\" }\nword_groups = [[\"one\"]]\n[host_names]\ndomain = \"d\"\nsubdomain = \"\"\nparent_domain = \"p\"\ntwo_part_suffixes = [\"cn\"]",
        )
        .unwrap();
        let p = t.problems().join("\n");
        for part in ["acronym `us`", "[\"one\"]", "host_names.subdomain", "`cn`"] {
            assert!(p.contains(part), "{part} in {p}");
        }
        assert!(toml::from_str::<TextRules>("acronym = {}").is_err());
    }

    #[test]
    fn text_tables_are_blanked_for_the_rest_of_the_file() {
        let file = "[facts.x]\nquestion = \"Q?\"\n\n[text]  # how it reads\nword_groups = [\n  [\"a\", \"b\"],\n]\nacronyms = { EU = \"Europe\" }\n[text.host_names]\ndomain = \"域名\"\nsubdomain = \"s\"\nparent_domain = \"p\"\n[sections.s]\nexamples = [\"e\"]\n";
        let blank = without_text_tables(file);
        assert_eq!(blank.len(), file.len());
        assert_eq!(blank.lines().count(), file.lines().count());
        assert!(!blank.contains("text") && !blank.contains("Europe") && !blank.contains("域名"));
        assert!(
            blank.contains("[facts.x]") && blank.ends_with("[sections.s]\nexamples = [\"e\"]\n")
        );
        let t: TextOnly = toml::from_str(file).unwrap();
        assert_eq!(t.text.unwrap().into_inner().word_groups.len(), 1);
        // A file without them is left as it is.
        assert!(matches!(
            without_text_tables("[facts.text]\nquestion = \"Q?\"\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn legacy_is_valid() {
        assert!(TextRules::legacy().problems().is_empty());
    }
}
