//! Chinese text: traditional characters folded to simplified ones, and runs
//! of Han characters cut into words with jieba (its dictionary is compiled
//! in), with character bigrams for the stretches it cuts into single
//! characters it doesn't know, as Lucene's CJK analysers do.

use jieba_rs::Jieba;
use std::sync::OnceLock;

/// Traditional → simplified pairs (OpenCC's TSCharacters, see `t2s.LICENSE`).
const T2S: &str = include_str!("t2s.txt");

/// The simplified form of a traditional Chinese character (itself otherwise).
pub fn simplified(c: char) -> char {
    static TABLE: OnceLock<Vec<(char, char)>> = OnceLock::new();
    if !is_han(c) {
        return c;
    }
    let table = TABLE.get_or_init(|| {
        let mut pairs = Vec::with_capacity(3000);
        for line in T2S.lines() {
            let mut chars = line.chars();
            while let (Some(t), Some(s)) = (chars.next(), chars.next()) {
                pairs.push((t, s));
            }
        }
        pairs.sort_unstable();
        pairs
    });
    table
        .binary_search_by_key(&c, |&(t, _)| t)
        .map_or(c, |i| table[i].1)
}

/// A Han (Chinese) character: the unified ideographs and their extension A
/// and compatibility blocks.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// Loads the segmenter's dictionary now rather than on the first Chinese
/// question (a bot serving a Chinese FAQ calls this at start).
pub fn warm_up() {
    jieba();
}

/// Calls `f(word, start, end)` for the words of `run`, a stretch of Han
/// characters starting at byte `offset` of the text: jieba's dictionary
/// words, and for a stretch it leaves as single unknown characters, their
/// overlapping bigrams. A single character that is a word of its own (a
/// function word, or one the lexicon knows: 买 "buy") stays a unigram.
pub fn for_each_han_word<'a>(
    run: &'a str,
    offset: usize,
    mut f: impl FnMut(&'a str, usize, usize),
) {
    // "A-not-A" questions (要不要 "need or not", 需不需要, 是不是) are one
    // word each: jieba would cut 要不要 into 要 + 不要 "don't want".
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(run.len(), |&(b, _)| b);
    let mut from = 0;
    let mut k = 0;
    while k + 2 < chars.len() {
        let (a, neg, b) = (chars[k].1, chars[k + 1].1, chars[k + 2].1);
        if a == b && (neg == '不' || neg == '没') && a != neg {
            let mut last = k + 3;
            // 需不需要, 可不可以: the second A goes on into a word.
            if let Some(&(_, c)) = chars.get(k + 3) {
                if jieba().has_word(&format!("{a}{c}")) {
                    last = k + 4;
                }
            }
            let (s, e) = (chars[k].0, end_of(last));
            segment(
                &run[chars[from].0.min(s)..s],
                offset + chars[from].0.min(s),
                &mut f,
            );
            f(&run[s..e], offset + s, offset + e);
            from = last;
            k = last;
            continue;
        }
        k += 1;
    }
    let s = end_of(from);
    segment(&run[s..], offset + s, &mut f);
}

/// jieba's words of a stretch of Han characters, with bigrams for its runs
/// of unknown single characters.
fn segment<'a>(run: &'a str, offset: usize, f: &mut impl FnMut(&'a str, usize, usize)) {
    if run.is_empty() {
        return;
    }
    let mut singles: Vec<(usize, usize)> = Vec::new();
    let flush = |singles: &mut Vec<(usize, usize)>, f: &mut dyn FnMut(&'a str, usize, usize)| {
        match singles.len() {
            0 => {}
            1 => {
                let (s, e) = singles[0];
                f(&run[s..e], offset + s, offset + e);
            }
            _ => {
                for w in singles.windows(2) {
                    let (s, e) = (w[0].0, w[1].1);
                    f(&run[s..e], offset + s, offset + e);
                }
            }
        }
        singles.clear();
    };
    for tok in jieba().cut(run, false) {
        let (s, e) = (tok.byte_start, tok.byte_end);
        let word = &run[s..e];
        let single = word.chars().nth(1).is_none();
        if single && !is_stopword(word) && super::lexicon::english(word).is_none() {
            singles.push((s, e));
            continue;
        }
        flush(&mut singles, f);
        f(word, offset + s, offset + e);
    }
    flush(&mut singles, f);
}

/// Chinese words that carry no topic: particles, pronouns, question words,
/// the copula and common verbs as empty as English "do" or "have".
pub fn is_stopword(w: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.split_whitespace().collect())
        .contains(w)
        || is_counted(w)
}

/// How often a word must occur in the segmenter's dictionary (its corpus
/// counts) to be everyday language: 确认 "confirm" 1,568, 打算 "plan" 3,154,
/// 准备 "prepare" 16,199, against 缓存 "cache" 245.
const EVERYDAY_FREQ: usize = 1000;

/// The A-not-A and formal forms that make a Chinese clause a question
/// whatever it ends with (是不是, 要不要, 是否 ...).
pub const ASK_FORMS: &[&str] = &["是不是", "要不要", "需不需要", "用不用", "是否", "能不能"];

/// Chinese question words: 什么 "what", 怎么 "how", 哪 "which/where",
/// 如何 "how", 为什么 "why", 多少 "how many"...
const WH_WORDS: &[&str] = &[
    "什么",
    "怎么",
    "怎样",
    "如何",
    "哪",
    "为什么",
    "为何",
    "多少",
    "多久",
    "几时",
];

/// Whether a Chinese clause asks with a question word ("首次备案在什么情况下
/// 要办" "in what case is an initial filing needed"), which needs no
/// particle. A question word made indefinite by 都/也 after it or a
/// negation before it asks nothing: 什么都没改 "nothing changed", 没什么变化.
pub fn wh_question(clause: &str) -> bool {
    WH_WORDS.iter().any(|w| {
        clause.match_indices(w).any(|(i, _)| {
            let after = clause[i + w.len()..].trim_start();
            let before = clause[..i].trim_end();
            !after.starts_with(['都', '也'])
                && !before.ends_with(['没', '不', '无'])
                && !before.ends_with("没有")
        })
    })
}

/// An everyday Chinese word that names no thing: a frequent verb, adverb,
/// pronoun or other non-noun of the dictionary (准备 "prepare", 确认
/// "confirm", 先 "first", 打算 "plan"). An English FAQ cannot use it, so it
/// is not a word "the FAQ never uses" in the sense of a topic it lacks;
/// nouns (公安 "public security") are.
pub fn is_everyday(w: &str) -> bool {
    let j = jieba();
    if !j.has_word(w) || j.suggest_freq(w) < EVERYDAY_FREQ {
        return false;
    }
    j.tag(w, false)
        .first()
        .is_some_and(|t| t.word == w && !t.tag.starts_with('n') && t.tag != "eng")
}

/// A frequent Chinese word of any kind (关系 "relation", 问题 "question"):
/// like a common English word, a question holding it says less about its
/// topic than one holding a rare word the FAQ never uses.
pub fn is_common(w: &str) -> bool {
    let j = jieba();
    j.has_word(w) && j.suggest_freq(w) >= COMMON_FREQ
}

/// Dictionary frequency from which a Chinese word is common (jieba's
/// counts: 关系 and 问题 are, 备案 and 接入商 are not).
const COMMON_FREQ: usize = 5_000;

/// A number with its measure word (一台 "one [machine]", 两个, 几家 "a few
/// [companies]"): as empty as English "one" or "a few". Units of time
/// (两周 "two weeks") say something and are not among them.
fn is_counted(w: &str) -> bool {
    const NUMERALS: &str = "一二两三四五六七八九十几百千万0123456789";
    const MEASURES: &str = "个台家条张份套位只种些款部间块项件";
    let chars: Vec<char> = w.chars().collect();
    chars.len() >= 2
        && MEASURES.contains(chars[chars.len() - 1])
        && chars[..chars.len() - 1]
            .iter()
            .all(|c| NUMERALS.contains(*c))
}

/// Chinese negation words: the FAQ's English says "not" and "no", so a
/// Chinese question's negation is no word the FAQ never uses.
pub const NEGATION_WORDS: &[&str] = &[
    "不",
    "没",
    "没有",
    "未",
    "无",
    "非",
    "别",
    "不是",
    "并不",
    "从没",
    "从未",
    "还没",
    "还没有",
];

const STOPWORDS: &str = "的 地 得 了 着 过 吗 嘛 么 呢 吧 啊 呀 哦 哈 啦 嗯 喔 哇 噢 之 所 其 \
把 被 给 让 对于 关于 和 与 跟 同 及 以及 或 或者 还是 而 并 并且 且 也 都 就 才 又 还 很 太 更 最 挺 \
我 我们 我的 你 你们 您 他 她 它 他们 她们 它们 咱们 自己 本人 大家 \
这 那 这个 那个 这些 那些 这样 那样 这里 那里 这边 那边 这种 那种 此 该 \
哪 哪个 哪些 哪里 什么 啥 怎么 怎么样 怎样 如何 为什么 为何 是否 能否 可否 \
请问 请 问 问下 问一下 一下 下 一个 个 些 一些 一 位 种 \
是 在 有 要 想 想要 做 是不是 有没有 能不能 可不可 可不可以 会不会 是否 可以吗 必须 用没用 弄 搞 办 去 来 可以 可 能 能够 会 应该 应 得 到 \
上 中 里 内 时 时候 的话 \
你好 您好 嗨 谢谢 多谢 感谢 麻烦 帮 帮忙 帮我 告诉 知道 了解 一样 其实 现在 目前 刚 刚刚 已 \
还是 就是 只是 但是 但 可是 不过 如果 假如 要是 因为 所以";

/// Chinese negations: 不 "not", 没/没有 "have not", 未 "not yet", 无 "without", 非 "non-", 别 "don't".
const NEGATION_CHARS: &[char] = &['不', '没', '未', '无', '非', '别'];
/// Words holding a negation character that negate nothing.
const NOT_NEGATIONS: &[&str] = &[
    "不过",
    "不错",
    "不同",
    "不少",
    "不仅",
    "不但",
    "不管",
    "非常",
    "无论",
    "不久",
    "别的",
    "别人",
    "并非",
    "毫无疑问",
    "不确定",
];
/// Words that end the clause a negation reaches: "but", "and", "if", "because", "so".
const CLAUSE_BREAKS: &[&str] = &[
    "但是", "但", "可是", "不过", "而且", "并且", "如果", "假如", "因为", "所以", "然后", "而是",
    "只是", "或者", "还是", "和",
];
/// How many characters before a match a Chinese negation reaches.
const NEGATION_REACH: usize = 6;

/// Whether the text holds a Chinese negation: a negation character that is
/// not part of a word like 不过 "however", nor of an "A-not-A" question
/// (是不是 "is it or not", 有没有 "have or have not"), which asks rather
/// than denies.
pub fn has_negation(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).any(|i| negation_at(&chars, i))
}

/// The negation characters of `text` that negate there (not 是不是's).
pub fn negations(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| negation_at(&chars, i))
        .map(|i| chars[i])
        .collect()
}

fn negation_at(chars: &[char], i: usize) -> bool {
    if !NEGATION_CHARS.contains(&chars[i]) {
        return false;
    }
    // A-not-A: the same character (or word start) on both sides; the
    // spaces a replaced synonym leaves around 没 are no such pair.
    if i > 0 && !chars[i - 1].is_whitespace() && chars.get(i + 1) == Some(&chars[i - 1]) {
        return false;
    }
    if i > 0 && chars[i] == '没' && chars[i - 1] == '有' && chars.get(i + 1) == Some(&'有') {
        return false;
    }
    !NOT_NEGATIONS.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        (0..w.len()).any(|k| {
            k <= i && w[k] == chars[i] && chars.get(i - k..i - k + w.len()) == Some(&w[..])
        })
    })
}

/// Whether a Chinese negation in the last few characters of `before` (the
/// clause up to a match) negates the match: 我没有买 + "ecs".
pub fn negated_before(before: &str) -> bool {
    if !before.chars().any(is_han) {
        return false;
    }
    // Only what follows the last clause break; a joiner right before the
    // match is no break but the start of a list's next item, which the
    // negation reaches (below): 没有迁过来或者加阿里云 denies both.
    let trimmed = before.trim_end();
    let joined = ["或者", "和"].iter().find(|j| trimmed.ends_with(*j));
    let mut from = 0;
    for b in CLAUSE_BREAKS {
        let within = match joined {
            Some(j) if j.ends_with(b) => &trimmed[..trimmed.len() - j.len()],
            _ => before,
        };
        if let Some(p) = within.rfind(b) {
            // 不过 is a break, not a negation; other breaks inside a
            // negation word don't occur.
            from = from.max(p + b.len());
        }
    }
    let tail = units(&before[from..]);
    // A negation reaches over a list into its next item: "不对外开放任何网页或接口".
    let reach = if tail.last().is_some_and(|c| LIST_JOINERS.contains(c)) {
        2 * NEGATION_REACH
    } else {
        NEGATION_REACH
    };
    let start = tail.len().saturating_sub(reach);
    (start..tail.len()).any(|i| negation_at(&tail, i))
}

/// Characters that join the items of a list ("或", "和", "及", "、", and the
/// last character of 或者, 以及).
const LIST_JOINERS: &[char] = &['或', '者', '和', '及', '与', '、'];

/// The characters of a text without spaces, each ASCII word standing as one
/// character ('a'): "没在 alibaba cloud 买" is six units, not seventeen.
fn units(text: &str) -> Vec<char> {
    let mut out = Vec::new();
    let mut in_word = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if !in_word {
                out.push('a');
            }
            in_word = true;
            continue;
        }
        in_word = false;
        if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// Whether a match that opens with a negation follows 不是 "it is not that"
/// right before it: 不是没买 "not that we didn't buy" says we did.
pub fn double_negation(before: &str, matched: &str) -> bool {
    matched
        .chars()
        .next()
        .is_some_and(|c| NEGATION_CHARS.contains(&c))
        && ["不是", "并非", "倒不是"]
            .iter()
            .any(|w| before.trim_end().ends_with(w))
}

/// Whether an A-not-A question straddles the start of a match: the text
/// before ends in A and the match begins with its negation and A again
/// (和有|没有域名解析: "whether or not a domain resolves", asked, not said).
/// The negation may also end the text before, the match starting on the
/// second A (买没|买 ecs: "bought ECS or not").
pub fn a_not_a_across(before: &str, matched: &str) -> bool {
    let mut b = before.trim_end().chars().rev();
    let (Some(last), mut m) = (b.next(), matched.chars()) else {
        return false;
    };
    if NEGATION_CHARS.contains(&last) {
        let (Some(a), Some(first)) = (b.next(), m.next()) else {
            return false;
        };
        return is_han(a) && a == first;
    }
    is_han(last) && m.next().is_some_and(|n| NEGATION_CHARS.contains(&n)) && m.next() == Some(last)
}

/// Words that make what follows a possibility asked about, not a statement:
/// 是否 "whether", 取决于 "depends on", and an A-not-A question right before
/// the match (有没有买 "did you buy or not").
pub fn hypothetical_before(before: &str) -> bool {
    if !before.chars().any(is_han) {
        return false;
    }
    let tail: String = before
        .chars()
        .rev()
        .take(NEGATION_REACH)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if ["是否", "取决", "要看", "无论", "不管"]
        .iter()
        .any(|w| tail.contains(w))
    {
        return true;
    }
    // Suppositions anywhere before in the clause: 假设我要转备案.
    if ["假设", "假如", "假定", "设想"]
        .iter()
        .any(|w| before.contains(w))
    {
        return true;
    }
    let chars: Vec<char> = tail.chars().collect();
    (1..chars.len().saturating_sub(1)).any(|i| {
        NEGATION_CHARS.contains(&chars[i])
            && (chars[i - 1] == chars[i + 1] || (chars[i - 1] == '有' && chars[i + 1] == '有'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_negation_before_a_negated_match() {
        assert!(double_negation("我们不是", "没买 ecs"));
        assert!(double_negation("并非", "没有 domain name"));
        assert!(!double_negation("我们", "没买 ecs"));
        assert!(!double_negation("不是", "买了 ecs"));
    }

    #[test]
    fn a_not_a_across_the_start_of_a_match() {
        assert!(a_not_a_across("和有", "没有 domain name"));
        assert!(a_not_a_across("ecs 备", "不备案"));
        assert!(!a_not_a_across("我们", "没有 domain name"));
        assert!(!a_not_a_across("和", "没有 domain name"));
        assert!(!a_not_a_across("", "没有"));
        // The match on the second A: 买没|买 ecs, 租没|租 ecs; not 没|买.
        assert!(a_not_a_across("到底跟买没", "买 ecs"));
        assert!(a_not_a_across("跟租没", "租 ecs"));
        assert!(!a_not_a_across("我们没", "买 ecs"));
        assert!(!a_not_a_across("没", "买 ecs"));
    }

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_han_word(text, 0, |w, _, _| out.push(w));
        out
    }

    #[test]
    fn common_words_are_frequent_whatever_their_kind() {
        for w in ["关系", "问题", "公司"] {
            assert!(is_common(w), "{w}");
        }
        for w in ["备案", "接入商", "缓存", "子域名"] {
            assert!(!is_common(w), "{w}");
        }
    }

    #[test]
    fn everyday_words_are_frequent_non_nouns() {
        for w in ["准备", "确认", "先", "打算", "保留"] {
            assert!(is_everyday(w), "{w}");
        }
        // Nouns, rare words, and words the dictionary lacks name things.
        for w in ["公安", "服务器", "缓存", "接入商", "会员"] {
            assert!(!is_everyday(w), "{w}");
        }
    }

    #[test]
    fn numbers_with_measure_words_are_empty() {
        assert!(is_stopword("一台"));
        assert!(is_stopword("两个"));
        assert!(is_stopword("几家"));
        assert!(!is_stopword("两周"));
        assert!(!is_stopword("台湾"));
    }

    #[test]
    fn traditional_folds_to_simplified() {
        let s: String = "網站備案伺服器".chars().map(simplified).collect();
        assert_eq!(s, "网站备案伺服器");
        assert_eq!(simplified('a'), 'a');
        assert_eq!(simplified('网'), '网');
    }

    #[test]
    fn dictionary_words_and_spans() {
        let w = words("我的网站放在杭州的服务器上");
        assert!(w.contains(&"网站"), "{w:?}");
        assert!(w.contains(&"服务器"), "{w:?}");
        assert!(w.contains(&"杭州"), "{w:?}");
        let mut spans = Vec::new();
        for_each_han_word("域名备案", 10, |w, s, e| spans.push((w, s, e)));
        assert_eq!(
            spans.first().map(|x| (x.1, x.2)),
            Some((10, 16)),
            "{spans:?}"
        );
    }

    #[test]
    fn negations_and_questions() {
        assert!(has_negation("没有买"));
        assert!(!has_negation("是不是"));
        // Spaces left by a replaced synonym are not an A-not-A pair.
        assert!(has_negation("domain name 没 icp filing 过"));
        assert!(!has_negation("有没有"));
        assert!(!has_negation("不过"));
        assert!(negated_before("我没有"));
        assert!(negated_before("我们还没"));
        assert!(!negated_before("我没有域名,但是"));
        assert!(!negated_before("是不是"));
        assert!(!negated_before("我已经"));
        assert!(negated_before("没在 alibaba cloud "));
        // Over a list into its next item, and no further.
        assert!(wh_question("首次备案在什么情况下要办"));
        assert!(wh_question("怎么备案"));
        assert!(!wh_question("信息什么都没改"));
        assert!(!wh_question("没什么变化"));
        assert!(negated_before("不对外开放任何网页或"));
        // 或者 and 和 right before the match join a list; earlier, they end the clause.
        assert!(negated_before("没有迁过来或者"));
        assert!(negated_before("我们没有网站和"));
        assert!(!negated_before("没有迁过来或者我们想"));
        assert!(!negated_before("不对外开放任何网页"));
        assert!(hypothetical_before("你有没有"));
        assert!(hypothetical_before("是否"));
        assert!(!hypothetical_before("我没有"));
        assert!(hypothetical_before("假设我要"));
    }

    #[test]
    fn a_not_a_questions_are_one_word() {
        assert_eq!(words("域名要不要备案"), ["域名", "要不要", "备案"]);
        assert!(words("需不需要备案").contains(&"需不需要"));
    }

    #[test]
    fn unknown_single_characters_become_bigrams() {
        // Rare characters jieba knows only one by one.
        let w = words("龘靐齉");
        assert_eq!(w, ["龘靐", "靐齉"]);
        let w = words("龘");
        assert_eq!(w, ["龘"]);
    }
}
