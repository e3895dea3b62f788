//! General English word groups that mean the same in support questions
//! ("need" = "require", "remove" = "delete"). Applied to stems on both the
//! FAQ side and the question side; FAQ-specific synonyms live in the rules file.

use super::normalize::stem;
use std::collections::HashMap;
use std::sync::OnceLock;

const GROUPS: &[&[&str]] = &[
    &[
        "require",
        "need",
        "necessary",
        "mandatory",
        "needed",
        "required",
        "requirement",
        "compulsory",
        "obligatory",
    ],
    &["purchase", "buy", "bought", "order", "ordered"],
    &[
        "delete", "remove", "erase", "wipe", "clear", "deleting", "removal",
    ],
    &[
        "change",
        "modify",
        "edit",
        "alter",
        "amend",
        "update",
        "modification",
    ],
    &["website", "site", "webpage", "homepage", "websites"],
    &["picture", "photo", "image", "pic", "photograph", "pics"],
    &["email", "mail", "gmail"],
    &["message", "msg", "messages"],
    &["application", "app", "apps"],
    &[
        "phone",
        "mobile",
        "cellphone",
        "smartphone",
        "iphone",
        "android",
    ],
    &["find", "search", "locate", "lookup"],
    &["show", "display", "view", "see"],
    &["disable", "deactivate", "turn-off", "switch-off"],
    &["enable", "activate", "turn-on", "switch-on"],
    &["create", "new", "add", "setup"],
    &["hide", "conceal", "invisible", "private"],
    &["permanent", "permanently", "forever"],
    &[
        "cost", "price", "fee", "charge", "pay", "paid", "payment", "payments",
    ],
    &["refund", "reimburse", "reimbursement", "chargeback"],
    &["restore", "rollback", "revert", "recover", "recovery"],
    &["lag", "laggy", "lagging", "latency"],
    &["friend", "buddy", "pal"],
    &["connect", "join", "connection"],
    &["password", "pw", "pwd", "passcode"],
    &["cancel", "unsubscribe", "terminate", "cancellation"],
    &["transfer", "move", "migrate", "migration"],
    &["server", "host", "hosting", "hosted", "node"],
    &[
        "subject",
        "entity",
        "company",
        "organization",
        "organisation",
        "business",
    ],
];

/// Maps a stem to the stem of its group's first word (identity when not in a group).
pub fn canonical(stemmed: &str) -> &str {
    map().get(stemmed).map(String::as_str).unwrap_or(stemmed)
}

/// Common English words (4+ letters, lower case, sorted), from the MIT-licensed
/// word frequencies of pyspellchecker (OpenSubtitles counts of 200 and more).
/// A question word in this list is a word, not a typo, even when the FAQ never
/// uses it: "cost" must not be "corrected" to "host".
const COMMON_WORDS: &str = include_str!("common_words.txt");

pub fn is_common_word(word: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| COMMON_WORDS.lines().collect())
        .binary_search(&word)
        .is_ok()
}

/// Whether the stem belongs to one of the word groups (a known English word).
pub fn is_grouped(stemmed: &str) -> bool {
    map().contains_key(stemmed)
}

fn map() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for g in GROUPS {
            let head = stem(g[0]);
            for w in g.iter() {
                m.insert(stem(w), head.clone());
            }
        }
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn groups_map_to_one_stem() {
        assert_eq!(canonical(&stem("needs")), canonical(&stem("required")));
        assert_eq!(canonical(&stem("removing")), canonical(&stem("delete")));
        assert_eq!(canonical("xyzzy"), "xyzzy");
        assert_eq!(canonical(&stem("rollback")), canonical(&stem("restore")));
        assert_eq!(canonical(&stem("payments")), canonical(&stem("cost")));
    }

    #[test]
    fn common_words_are_words_and_typos_are_not() {
        assert!(COMMON_WORDS.lines().is_sorted());
        for w in ["cost", "gets", "filling", "friend"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["domian", "requried", "subdomian", "hangzou"] {
            assert!(!is_common_word(w), "{w}");
        }
    }
}
