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
        "delete",
        "remove",
        "erase",
        "wipe",
        "clear",
        "deleting",
        "removal",
        "uninstall",
        "uninstalling",
        "uninstallation",
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
    &["account", "acc", "acct", "accounts"],
    &["repository", "repo", "repos", "repositories"],
    &["configuration", "config", "configs", "cfg"],
    // Chat shorthand of software support.
    &[
        "visualization",
        "visualisation",
        "viz",
        "vis",
        "visualizations",
    ],
    &[
        "vulnerability",
        "vulnerabilities",
        "vuln",
        "vulns",
        "cve",
        "cves",
    ],
    &["database", "databases", "db", "dbs"],
    &["documentation", "docs", "doc"],
    &["performance", "perf"],
    &["dependency", "dependencies", "deps", "dep"],
    &["library", "libraries", "lib", "libs"],
    &[
        "directory",
        "directories",
        "dir",
        "dirs",
        "folder",
        "folders",
    ],
    &["environment", "environments", "env", "envs"],
    &["variable", "variables", "var", "vars"],
    &["developer", "developers", "dev", "devs"],
    &["certificate", "certificates", "cert", "certs"],
    &["language", "languages", "lang", "langs"],
    &["parameter", "parameters", "param", "params"],
    &["argument", "arguments", "arg", "args"],
    &["information", "info"],
    &["package", "packages", "pkg", "pkgs"],
    &["specification", "specifications", "spec", "specs"],
    &["compatibility", "compatible", "compat"],
    &["compile", "compiling", "compiled", "build", "building"],
    &["people", "ppl"],
    // Recency, as FAQ titles and chat word it ("the newest release" / "the
    // latest version").
    &["latest", "newest"],
    // A field's own word groups ("subject" = "company" in ICP filing) are
    // the FAQ's: `word_groups` in its rules file's `[text]`.
];

/// Chinese words of support questions with the English word they stand for
/// (general vocabulary; an FAQ's own terms are synonyms in its rules file).
/// Chinese text is cut into words first, so these are whole words.
const ZH_WORDS: &[(&str, &str)] = &[
    ("需要", "need"),
    ("需", "need"),
    ("需不需要", "need"),
    ("需不需", "need"),
    ("必不必要", "need"),
    ("要不要", "need"),
    ("用不用", "need"),
    ("必要", "necessary"),
    ("要求", "requirement"),
    ("必须", "required"),
    ("购买", "buy"),
    ("买", "buy"),
    ("购", "buy"),
    ("购入", "buy"),
    ("采购", "buy"),
    ("租", "rent"),
    ("租用", "rent"),
    ("网站", "website"),
    ("站点", "website"),
    ("网页", "webpage"),
    ("主页", "homepage"),
    ("官网", "website"),
    ("服务器", "server"),
    ("主机", "host"),
    ("节点", "node"),
    ("托管", "hosting"),
    ("部署", "deploy"),
    ("修改", "change"),
    ("更改", "change"),
    ("变更", "change"),
    ("改", "change"),
    ("更新", "update"),
    ("变动", "change"),
    ("编辑", "edit"),
    ("新", "new"),
    ("新的", "new"),
    ("全新", "new"),
    ("新增", "add"),
    ("添加", "add"),
    ("增加", "add"),
    ("加", "add"),
    ("新建", "create"),
    ("创建", "create"),
    ("删除", "delete"),
    ("转移", "transfer"),
    ("迁移", "migrate"),
    ("转入", "transfer"),
    ("转", "transfer"),
    ("搬", "move"),
    ("公司", "company"),
    ("企业", "company"),
    ("单位", "organization"),
    ("组织", "organization"),
    ("机构", "organization"),
    ("个人", "individual"),
    ("信息", "information"),
    ("资料", "information"),
    ("资讯", "information"),
    ("名称", "name"),
    ("名字", "name"),
    ("地址", "address"),
    ("电话", "phone"),
    ("手机", "phone"),
    ("邮箱", "email"),
    ("邮件", "email"),
    ("联系人", "contact"),
    ("访问", "access"),
    ("使用", "use"),
    ("用", "use"),
    ("开通", "activate"),
    ("启用", "enable"),
    ("激活", "activate"),
    ("服务", "service"),
    ("应用", "application"),
    ("接口", "api"),
    ("条件", "conditions"),
    ("情况", "case"),
    ("申请", "apply"),
    ("提交", "submit"),
    ("提供", "provide"),
    ("提供商", "provider"),
    ("服务商", "provider"),
    ("供应商", "provider"),
    ("运营商", "provider"),
    ("厂商", "provider"),
    ("第一次", "first"),
    ("首次", "first"),
    ("初次", "initial"),
    ("已经", "already"),
    ("之前", "before"),
    ("以前", "before"),
    ("号", "number"),
    ("号码", "number"),
    ("编号", "number"),
    ("许可证", "license"),
    ("系统", "system"),
    ("平台", "platform"),
    ("价格", "price"),
    ("费用", "cost"),
    ("收费", "charge"),
    ("退款", "refund"),
    ("取消", "cancel"),
    ("密码", "password"),
    ("账号", "account"),
    ("账户", "account"),
    ("帐号", "account"),
    ("帐户", "account"),
    ("登录", "login"),
    ("注册", "register"),
    ("图片", "picture"),
    ("消息", "message"),
    ("实例", "instance"),
    ("指向", "point"),
    ("绑定", "bind"),
    ("解析", "resolution"),
    ("域名", "domain"),
    ("数据库", "database"),
    ("备份", "backup"),
    ("游戏", "game"),
    ("邮件服务器", "mail server"),
    ("小程序", "app"),
    ("博客", "blog"),
    ("商城", "online store"),
    ("网店", "online store"),
];

/// The English word a Chinese word stands for, if the lexicon knows it.
pub fn english(word: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    if word.is_ascii() {
        return None;
    }
    MAP.get_or_init(|| ZH_WORDS.iter().copied().collect())
        .get(word)
        .copied()
}

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

/// Phrases of support English that mean one word ("turn on" = enable,
/// "get rid of" = remove, "two-factor" = 2fa). Joined into that word on
/// both sides, FAQ text and questions, so "log in" in an answer meets
/// "sign in" in a question.
const PHRASES: &[(&[&str], &str)] = &[
    (&["turn", "on"], "enable"),
    (&["switch", "on"], "enable"),
    (&["turn", "off"], "disable"),
    (&["switch", "off"], "disable"),
    (&["log", "in"], "login"),
    (&["log", "into"], "login"),
    (&["log", "on"], "login"),
    (&["sign", "in"], "login"),
    (&["sign", "into"], "login"),
    (&["log", "out"], "logout"),
    (&["sign", "out"], "logout"),
    (&["sign", "up"], "signup"),
    (&["set", "up"], "setup"),
    (&["back", "up"], "backup"),
    (&["look", "up"], "lookup"),
    (&["get", "rid", "of"], "remove"),
    (&["money", "back"], "refund"),
    (&["two", "factor"], "2fa"),
    (&["2", "factor"], "2fa"),
    (&["two", "step"], "2fa"),
    (&["2", "step"], "2fa"),
];

/// Whether `words` (the words held so far, then one more) begin some phrase.
fn phrase_prefix(words: &[&str]) -> bool {
    PHRASES
        .iter()
        .any(|(p, _)| p.len() > words.len() && p.starts_with(words))
}

fn phrase_of(words: &[&str]) -> Option<&'static str> {
    PHRASES.iter().find(|(p, _)| *p == words).map(|(_, w)| *w)
}

/// Joins [`PHRASES`] in a stream of words (each with its byte span): the
/// words of a phrase come out as its one word, spanning them all.
#[derive(Default)]
pub struct PhraseJoiner {
    held: Vec<(String, usize, usize)>,
    /// The last word out was "not": "won't turn on" is a fault, not a
    /// setting, so on/off phrases are not joined after it.
    after_not: bool,
}

impl PhraseJoiner {
    #[inline(always)]
    pub fn push(
        &mut self,
        word: &str,
        start: usize,
        end: usize,
        emit: &mut impl FnMut(&str, usize, usize),
    ) {
        // Nearly every word starts no phrase and nothing is held: this
        // path is inlined into the index build's word walk.
        if self.held.is_empty() && !starts_phrase(word) {
            self.after_not = word.len() == 3 && word == "not";
            emit(word, start, end);
            return;
        }
        self.push_slow(word, start, end, emit);
    }

    #[cold]
    fn push_slow(
        &mut self,
        word: &str,
        start: usize,
        end: usize,
        emit: &mut impl FnMut(&str, usize, usize),
    ) {
        if self.held.is_empty() && self.after_not && switches(word) {
            self.out(word, start, end, emit);
            return;
        }
        let mut seq: Vec<&str> = self.held.iter().map(|(w, _, _)| w.as_str()).collect();
        seq.push(word);
        if let Some(joined) = phrase_of(&seq) {
            let from = self.held.first().map_or(start, |h| h.1);
            self.held.clear();
            self.out(joined, from, end, emit);
        } else if phrase_prefix(&seq) {
            self.held.push((word.to_string(), start, end));
        } else {
            // Not a phrase after all: the first held word goes out as it
            // is, and the rest is looked at again.
            let mut rest = std::mem::take(&mut self.held);
            rest.push((word.to_string(), start, end));
            let (w, s, e) = rest.remove(0);
            self.out(&w, s, e, emit);
            for (w, s, e) in rest {
                self.push(&w, s, e, emit);
            }
        }
    }

    fn out(
        &mut self,
        word: &str,
        start: usize,
        end: usize,
        emit: &mut impl FnMut(&str, usize, usize),
    ) {
        self.after_not = word == "not";
        emit(word, start, end);
    }

    /// Emits the words still held at the end of the text.
    pub fn finish(&mut self, emit: &mut impl FnMut(&str, usize, usize)) {
        for (w, s, e) in std::mem::take(&mut self.held) {
            emit(&w, s, e);
        }
        self.after_not = false;
    }
}

/// Whether a word begins one of [`PHRASES`]: a `match`, not a scan of the
/// list, since the index build asks it for every word of the FAQ.
#[inline]
fn starts_phrase(word: &str) -> bool {
    let b = word.as_bytes();
    // Length and first letter settle most words before any comparison.
    match (b.len(), b.first()) {
        (1, Some(b'2')) => true,
        (3, Some(b'l')) => b == b"log",
        (3, Some(b's')) => b == b"set",
        (3, Some(b'g')) => b == b"get",
        (3, Some(b't')) => b == b"two",
        (4, Some(b't')) => b == b"turn",
        (4, Some(b's')) => b == b"sign",
        (4, Some(b'b')) => b == b"back",
        (4, Some(b'l')) => b == b"look",
        (5, Some(b'm')) => b == b"money",
        (6, Some(b's')) => b == b"switch",
        _ => false,
    }
}

/// Words that begin an on/off phrase.
fn switches(word: &str) -> bool {
    matches!(word, "turn" | "switch")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn groups_map_to_one_stem() {
        assert_eq!(canonical(&stem("needs")), canonical(&stem("required")));
        assert_eq!(canonical(&stem("removing")), canonical(&stem("delete")));
        assert_eq!(canonical(&stem("newest")), canonical(&stem("latest")));
        // Software is removed by uninstalling it: "get rid of klipper" meets
        // "How do I uninstall Klipper?".
        assert_eq!(canonical(&stem("uninstall")), canonical(&stem("remove")));
        assert_eq!(canonical(&stem("uninstalling")), canonical(&stem("delete")));
        assert_eq!(canonical("xyzzy"), "xyzzy");
        assert_eq!(canonical(&stem("rollback")), canonical(&stem("restore")));
        assert_eq!(canonical(&stem("payments")), canonical(&stem("cost")));
        assert_eq!(canonical(&stem("viz")), canonical(&stem("visualization")));
        assert_eq!(
            canonical(&stem("vulns")),
            canonical(&stem("vulnerabilities"))
        );
        assert_eq!(canonical(&stem("db")), canonical(&stem("database")));
    }

    fn joined(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut j = PhraseJoiner::default();
        let mut emit = |w: &str, s: usize, e: usize| out.push(format!("{w}@{s}-{e}"));
        let mut at = 0;
        for w in text.split(' ') {
            j.push(w, at, at + w.len(), &mut emit);
            at += w.len() + 1;
        }
        j.finish(&mut emit);
        out
    }

    #[test]
    fn phrase_starts_are_listed() {
        for (p, _) in PHRASES {
            assert!(starts_phrase(p[0]), "{}", p[0]);
        }
    }

    #[test]
    fn phrases_join_into_one_word_with_their_span() {
        assert_eq!(
            joined("how to turn on it"),
            ["how@0-3", "to@4-6", "enable@7-14", "it@15-17"]
        );
        assert_eq!(joined("get rid of logo"), ["remove@0-10", "logo@11-15"]);
        // A phrase start that doesn't go on is left as it was.
        assert_eq!(joined("get rid"), ["get@0-3", "rid@4-7"]);
        assert_eq!(joined("get get rid of"), ["get@0-3", "remove@4-14"]);
        assert_eq!(joined("sign here"), ["sign@0-4", "here@5-9"]);
        assert_eq!(joined("two two factor"), ["two@0-3", "2fa@4-14"]);
        // "won't turn on" is a fault, not a setting.
        assert_eq!(
            joined("will not turn on"),
            ["will@0-4", "not@5-8", "turn@9-13", "on@14-16"]
        );
        assert_eq!(
            joined("can not log in"),
            ["can@0-3", "not@4-7", "login@8-14"]
        );
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
