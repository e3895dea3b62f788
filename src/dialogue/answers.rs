//! Reading a typed reply to a pending follow-up: yes/no words, a choice's
//! value, number or label, or the fact's own patterns in a sentence.

use crate::faq::Faq;
use crate::ids::{FactId, SectionId, Value};
use crate::knowledge::FactKind;
use crate::understanding::normalize::{is_stopword, stem, tokens, Reading};

const YES: &[&str] = &[
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "ya",
    "yea",
    "yas",
    "sure",
    "correct",
    "right",
    "true",
    "affirmative",
    "indeed",
    "absolutely",
    "definitely",
    "certainly",
    "ok",
    "okay",
    "of course",
    "i do",
    "it does",
    "we do",
    "i have",
    "we have",
    "it is",
    "that is right",
    "that is correct",
    "yes please",
    "si",
    "是",
    "对",
    "有",
];
const NO: &[&str] = &[
    "no",
    "n",
    "nope",
    "nah",
    "not really",
    "negative",
    "false",
    "never",
    "not yet",
    "none",
    "no way",
    "i do not",
    "it does not",
    "we do not",
    "i have not",
    "we have not",
    "it is not",
    "not at all",
    // Having none: "it has none", "there is none", "nothing at all".
    "it has none",
    "there is none",
    "there are none",
    "nothing",
    "nothing at all",
    "否",
    "不",
    "没有",
];
const CANCEL: &[&str] = &[
    "cancel",
    "stop",
    "reset",
    "restart",
    "start over",
    "start again",
    "nevermind",
    "never mind",
    "forget it",
    "abort",
    "clear",
    "new question",
    "begin again",
    "start from scratch",
];
const ZH_CANCEL: &[&str] = &[
    "取消",
    "重新开始",
    "重来",
    "从头开始",
    "算了",
    "清空",
    "重置",
    "换个问题",
    "新问题",
    "重新问",
];
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// The words of prepared text, without punctuation.
fn words(prepared: &str) -> Vec<&str> {
    tokens(prepared).into_iter().map(|t| t.text).collect()
}

/// "cancel", "start over" and the like, said on their own.
pub fn is_cancel(prepared: &str) -> bool {
    if prepared.chars().any(crate::understanding::cjk::is_han) {
        let c: String = prepared.chars().filter(|c| c.is_alphanumeric()).collect();
        if ZH_CANCEL.contains(&c.as_str()) {
            return true;
        }
    }
    let w = words(prepared);
    if w.is_empty() || w.len() > 4 {
        return false;
    }
    let joined = w.join(" ");
    let core = joined
        .trim_start_matches("please ")
        .trim_end_matches(" please")
        .trim_end_matches(" this")
        .trim_end_matches(" that");
    CANCEL.contains(&core)
}

/// A message that is only small talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmallTalk {
    Thanks,
    Greeting,
}

const THANKS: &[&str] = &[
    "thanks",
    "thank you",
    "thx",
    "ty",
    "tysm",
    "thank u",
    "thanks a lot",
    "thank you so much",
    "many thanks",
    "cheers",
    "great thanks",
    "ok thanks",
    "okay thanks",
    "got it thanks",
    "perfect thanks",
    "awesome thanks",
    "thanks man",
    "thanks bot",
    "appreciate it",
    "谢谢",
    "谢谢你",
    "谢谢您",
    "多谢",
    "感谢",
    "好的 谢谢",
    "好的谢谢",
];
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hiya",
    "yo",
    "hi there",
    "hello there",
    "hey there",
    "good morning",
    "good afternoon",
    "good evening",
    "hi bot",
    "hello bot",
    "hey bot",
    "sup",
    "你好",
    "您好",
    "嗨",
    "哈喽",
];

/// Thanks or a greeting said on their own (a question after "hi" is a question).
pub fn small_talk(prepared: &str) -> Option<SmallTalk> {
    let w = words(prepared);
    if w.is_empty() || w.len() > 5 {
        return None;
    }
    let joined = w.join(" ");
    let joined = joined.trim_end_matches(" guys").trim_end_matches(" all");
    if THANKS.contains(&joined) {
        Some(SmallTalk::Thanks)
    } else if GREETINGS.contains(&joined) {
        Some(SmallTalk::Greeting)
    } else {
        None
    }
}

/// A 1-based option number: "2", "#2", "option 2", "the second one".
fn option_number(w: &[&str]) -> Option<usize> {
    if w.len() > 3 {
        return None;
    }
    for x in w {
        if let Ok(n) = x.parse::<usize>() {
            return Some(n);
        }
        if let Some(p) = ORDINALS.iter().position(|o| o == x) {
            return Some(p + 1);
        }
        if let Some(n) = x
            .strip_suffix("st")
            .or(x.strip_suffix("nd"))
            .or(x.strip_suffix("rd"))
            .or(x.strip_suffix("th"))
        {
            if let Ok(n) = n.parse::<usize>() {
                return Some(n);
            }
        }
    }
    None
}

/// Replies that answer nothing: the question is asked again.
const UNSURE: &[&str] = &[
    "not sure",
    "i am not sure",
    "unsure",
    "do not know",
    "i do not know",
    "no idea",
    "dunno",
    "maybe",
    "perhaps",
    "i am not certain",
    "not certain",
    "no clue",
    "idk",
    "possibly",
    "it depends",
    "depends",
];

/// Nouns a leading "no" can open that are no answer to the question asked.
const NO_OPENS_NOUN: &[&str] = &[
    "plan",
    "plans",
    "intention",
    "intentions",
    "intent",
    "need",
    "idea",
    "clue",
    "worries",
    "problem",
    "rush",
];

/// A yes word that opens a phrase of its own rather than an answer.
const LEAD_NOT_AN_ANSWER: &[(&str, &str)] = &[
    ("right", "now"),
    ("right", "away"),
    ("right", "after"),
    ("right", "before"),
    ("right", "here"),
    ("right", "there"),
    ("sure", "enough"),
    ("fine", "print"),
];

fn yes_no(w: &[&str]) -> Option<&'static str> {
    let joined = w.join(" ");
    if UNSURE
        .iter()
        .any(|u| joined == *u || joined.starts_with(&format!("{u} ")))
    {
        return None;
    }
    if YES.contains(&joined.as_str()) {
        return Some("yes");
    }
    if NO.contains(&joined.as_str()) {
        return Some("no");
    }
    // "no plans to move", "no idea": a "no" that opens a noun of intent,
    // need or knowledge denies that, not the fact asked about.
    if w.first() == Some(&"no") && w.get(1).is_some_and(|x| NO_OPENS_NOUN.contains(x)) {
        return None;
    }
    // "right now", "sure enough", "ok so": an adverb or a filler, no answer.
    if w.len() >= 2 && LEAD_NOT_AN_ANSWER.contains(&(w[0], w[1])) {
        return None;
    }
    // Leading word or phrase: "yes it does", "no, hong kong", "not really sure".
    for n in (1..=3.min(w.len())).rev() {
        let head = w[..n].join(" ");
        if NO.contains(&head.as_str()) {
            return Some("no");
        }
        // "it is" or "we have" opening a sentence is its subject and verb:
        // a yes ("we have a couple running"), unless what follows denies
        // or limits it ("it is only an mqtt broker", "we have no website").
        let subject_verb = n >= 2 && ["i", "we", "it", "that"].contains(&w[0]);
        let limited = w.get(n).is_some_and(|x| {
            [
                "no", "not", "never", "none", "nothing", "neither", "only", "just", "merely",
                "solely", "purely", "simply",
            ]
            .contains(x)
        });
        // "it is a ci runner" describes; "it is" answers only alone.
        let copula = subject_verb && w[1] == "is" && n < w.len();
        if YES.contains(&head.as_str()) && !(subject_verb && limited) && !copula {
            return Some("yes");
        }
    }
    None
}

/// Chinese replies that answer nothing: "not sure", "don't know".
const ZH_UNSURE: &[&str] = &[
    "不确定",
    "不知道",
    "不清楚",
    "不太清楚",
    "不太确定",
    "不好说",
    "不一定",
    "也许",
    "可能",
    "看情况",
    "说不定",
    "不晓得",
    "不记得",
];
/// Chinese replies that say no, longest first within a shared start.
const ZH_NO: &[&str] = &[
    "不是的",
    "不是",
    "不对",
    "不会",
    "不要",
    "不需要",
    "不用",
    "不",
    "没有",
    "还没有",
    "还没",
    "没",
    "否",
    "无",
    "并没有",
    "未",
    "都没有",
    "从来没有",
    "从没",
];
/// Chinese replies that say yes.
const ZH_YES: &[&str] = &[
    "是的",
    "是啊",
    "是滴",
    "是",
    "对的",
    "对啊",
    "对",
    "有的",
    "有",
    "嗯嗯",
    "嗯",
    "好的",
    "好",
    "没错",
    "当然",
    "当然是",
    "确实",
    "需要",
    "要",
    "会",
    "会的",
    "已经",
    "已",
    "买了",
    "可以",
    "行",
];

/// Chinese yes words that also say yes at the start of a longer reply
/// ("是的，在杭州"); "要" or "需要" there more likely starts a question.
const ZH_YES_LEAD: &[&str] = &["是", "对", "有的", "嗯", "好的", "没错", "当然", "确实"];

/// The first clause of a Chinese reply, without spaces.
fn zh_clause(prepared: &str) -> String {
    let clause: String = prepared
        .split([',', '.', '!', '?', ';', ':', '\n'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    // Leading "also", "still", "I" and fillers: "也没有", "我们还没".
    let mut rest = clause.as_str();
    while let Some(r) = ["也", "都", "还", "我们", "我", "嗯嗯", "呃", "哦", "啊"]
        .iter()
        .find_map(|p| rest.strip_prefix(p).filter(|r| !r.is_empty()))
    {
        rest = r;
    }
    rest.to_string()
}

/// A Chinese yes or no: the whole first clause ("是的", "没有") or its
/// start ("不是，在香港"). `Err` for "not sure" and the like.
fn zh_yes_no(prepared: &str) -> Result<Option<&'static str>, ()> {
    let clause = zh_clause(prepared);
    if ZH_UNSURE.iter().any(|u| clause.starts_with(u)) {
        return Err(());
    }
    if ZH_YES.contains(&clause.as_str()) {
        return Ok(Some("yes"));
    }
    if ZH_NO.contains(&clause.as_str()) {
        return Ok(Some("no"));
    }
    // "是不是", "有没有": a question back, not an answer.
    if crate::understanding::cjk::hypothetical_before(&clause) && clause.chars().count() <= 4 {
        return Ok(None);
    }
    if ZH_NO.iter().any(|n| clause.starts_with(n)) {
        return Ok(Some("no"));
    }
    if ZH_YES_LEAD
        .iter()
        .any(|y| clause.starts_with(y) && !clause.starts_with("有没"))
    {
        return Ok(Some("yes"));
    }
    Ok(None)
}

/// The particles a Chinese echo answer ends with: 买了的, 有过, 用了啊.
const ZH_ECHO_PARTICLES: &[char] = &['了', '的', '过', '啊', '呀', '吧', '哈', '嘛', '呢'];

/// A Chinese yes/no reply that echoes the question's verb instead of
/// saying yes (您是否已购买 ECS？— 买了的): the usual way to answer in
/// Chinese. The reply's first clause, without its particles, is a short
/// word sharing a character with a word of the fact's Chinese question;
/// with a negation (没买, 不用) it says no.
fn zh_echo(faq: &Faq, fact: &FactId, prepared: &str) -> Option<&'static str> {
    let question = faq.kb.zh.questions.get(fact)?;
    let mut clause = zh_clause(prepared);
    // The question's own subject said back (一次备案都没做过 "not one
    // filing done" to "has it completed an ICP filing?"): the term is
    // what was asked about, and the verb around it is the answer.
    let mut names_subject = false;
    let asked = faq.prepare(question);
    for term in asked.split(|c: char| !c.is_ascii_alphanumeric() && c != ' ') {
        let term: String = term.chars().filter(|c| !c.is_whitespace()).collect();
        if term.len() >= 3 && clause.contains(&term) {
            clause = clause.replace(&term, "");
            names_subject = true;
        }
    }
    // Adverbs and counts say nothing of yes or no: 早就买了, 一台都没买, 买了两台, 一次都没做过.
    const FILLERS: &[char] = &[
        '都', '也', '还', '就', '早', '已', '经', '刚', '一', '两', '几', '三', '台', '个', '些',
        '次', '从', '来',
    ];
    let core: String = clause
        .chars()
        .filter(|c| !ZH_ECHO_PARTICLES.contains(c) && !FILLERS.contains(c))
        .collect();
    let n = core.chars().count();
    if !(1..=4).contains(&n) || !core.chars().all(crate::understanding::cjk::is_han) {
        return None;
    }
    let negated = crate::understanding::cjk::has_negation(&core);
    // The question as written: the tokenizer reads 购买 as "buy".
    const EMPTY: &[char] = &[
        '不', '没', '未', '有', '是', '在', '要', '会', '我', '您', '你',
    ];
    let verb: Vec<char> = core
        .chars()
        .filter(|c| !EMPTY.contains(c) || n == 1)
        .collect();
    let shares = !verb.is_empty()
        && (question.chars().any(|q| verb.contains(&q)) || (names_subject && negated));
    shares.then_some(if negated { "no" } else { "yes" })
}

/// Yes or no, in English or Chinese.
fn yes_no_of(prepared: &str) -> Option<&'static str> {
    if prepared.chars().any(crate::understanding::cjk::is_han) {
        match zh_yes_no(prepared) {
            Err(()) => return None,
            Ok(Some(v)) => return Some(v),
            Ok(None) => {}
        }
    }
    yes_no(&words(prepared))
}

/// A plain yes (true) or no (false) reply.
pub fn parse_yes_no(prepared: &str) -> Option<bool> {
    yes_no_of(prepared).map(|v| v == "yes")
}

/// [`parse_yes_no`] of a reply to the question about `fact`, whose opening
/// must fit it ([`lead_fits`]).
pub fn parse_yes_no_to(faq: &Faq, fact: &FactId, prepared: &str) -> Option<bool> {
    let question = faq.kb.fact(fact).map_or("", |f| f.question.as_str());
    parse_yes_no(prepared).filter(|_| lead_fits(question, prepared))
}

/// Whether a reply's opening can answer the question: "we have ..." or "i
/// do ..." says yes to a question asking whether they have or do it ("Have
/// you purchased ECS instances?"); to "Is a new website to be hosted on an
/// ECS instance?" it states something else ("we have ecs for the api").
/// Said alone ("we do") it still answers.
fn lead_fits(question: &str, prepared: &str) -> bool {
    let w = words(prepared);
    let subject_verb =
        w.len() > 2 && ["i", "we"].contains(&w[0]) && ["have", "has", "do", "did"].contains(&w[1]);
    if !subject_verb {
        return true;
    }
    let first = question
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    ["have", "has", "do", "does", "did"].contains(&first.as_str())
}

/// A message that is only "yes", "no" or the like.
/// Whether a reply goes on denying after its first word: a negation word.
/// (A Chinese reply of one clause opening with its negation, "没有 ICP
/// 备案号", denies what follows it: it counts.)
fn denies_after_first_word(prepared: &str) -> bool {
    if prepared.chars().any(crate::understanding::cjk::is_han) {
        let body = prepared.trim_end_matches(|c: char| !c.is_alphanumeric());
        return !body.contains([',', '，', '.', '。', ';', '；', '!', '！']);
    }
    words(prepared).iter().skip(1).any(|x| {
        matches!(
            *x,
            "no" | "not" | "never" | "none" | "nothing" | "neither" | "nor" | "without"
        )
    })
}

pub fn is_bare_yes_no(prepared: &str) -> bool {
    if prepared.chars().any(crate::understanding::cjk::is_han) {
        let c = zh_clause(prepared);
        let whole = prepared
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>();
        if c == whole
            && (ZH_YES.contains(&c.as_str())
                || ZH_NO.contains(&c.as_str())
                || ZH_UNSURE.contains(&c.as_str()))
        {
            return true;
        }
    }
    let w = words(prepared);
    !w.is_empty() && w.len() <= 3 && {
        let j = w.join(" ");
        YES.contains(&j.as_str()) || NO.contains(&j.as_str()) || UNSURE.contains(&j.as_str())
    }
}

/// The value a typed reply gives to the pending `fact`, if it gives one.
pub fn parse(faq: &Faq, fact: &FactId, prepared: &str) -> Option<Value> {
    // A reply that takes back what it first said ("alibaba cloud. wait,
    // sorry, our old host") means what follows the correction; what came
    // before is not the answer, even when the rest can't be read.
    match crate::understanding::facts::after_last_correction(prepared) {
        Some(at) => parse_whole(faq, fact, &prepared[at..]).or_else(|| {
            // A correction that gives only the new value ("tencent - no
            // wait, i mean alibaba cloud") is read with what it corrects.
            let from = crate::understanding::facts::first_correction(prepared)?;
            let all = faq.extract_facts_prepared(prepared);
            if let Some(x) = all.iter().find(|x| &x.fact == fact && x.start >= from) {
                return Some(x.value.clone());
            }
            // A correction of another fact takes back only the clause it
            // corrects: "域名已经解析到这台机器了，地域是中国香港，哦不对记错了，
            // 是华北2（北京）" still says the domain resolves to the ECS.
            let other = faq
                .extract_facts_prepared(&prepared[at..])
                .iter()
                .any(|x| &x.fact != fact);
            let corrected = prepared[..from]
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .rfind([',', '，', '.', '。', ';', '；', '!', '！'])?;
            all.into_iter()
                .find(|x| other && &x.fact == fact && x.end <= corrected)
                .map(|x| x.value)
        }),
        None => parse_whole(faq, fact, prepared),
    }
}

/// [`parse`] of the whole reply, corrections and all. A reply of several
/// clauses that gives no value as a whole is read clause by clause, as
/// people answer in a run of short clauses where one carries the answer
/// ("主站那个域名早就有备案号了，不过是腾讯云帮忙办下来的"): the clauses that
/// give a value must agree.
pub fn parse_whole(faq: &Faq, fact: &FactId, prepared: &str) -> Option<Value> {
    // Where something was bought is not what a choice names by its deed:
    // "bought on alibaba cloud" is not "Filed with Alibaba Cloud".
    let masked;
    let prepared = match faq.kb.fact(fact) {
        Some(f) if f.kind == FactKind::Choice => {
            masked = without_sellers(prepared);
            masked.as_str()
        }
        _ => prepared,
    };
    parse_reading(faq, fact, prepared, false).or_else(|| by_clause(faq, fact, prepared))
}

/// Where a clause of a reply ends (a question mark ends the reply's
/// answer, so it is not one of them).
const CLAUSE_ENDS: [char; 9] = [',', '.', ';', '!', '，', '。', '；', '！', '\n'];

/// The one value the clauses of a reply give, read each on its own, when
/// they give no other.
fn by_clause(faq: &Faq, fact: &FactId, prepared: &str) -> Option<Value> {
    let clauses: Vec<&str> = prepared
        .split(CLAUSE_ENDS)
        .filter(|c| c.chars().any(char::is_alphanumeric))
        .collect();
    // A reply that asks something back ("forget that. i havent bought any
    // ecs, do i need ...") is a new question, not an answer in pieces.
    if clauses.len() < 2
        || clauses.iter().any(|c| {
            !crate::dialogue::is_statement(c.trim()) || crate::understanding::cjk::wh_question(c)
        })
    {
        return None;
    }
    let mut found: Option<Value> = None;
    for clause in clauses {
        if let Some(v) = parse_reading(faq, fact, clause, true) {
            if found.as_ref().is_some_and(|f| f != &v) {
                return None;
            }
            found = Some(v);
        }
    }
    found
}

/// [`parse_whole`] without the clause-by-clause reading. A `piece` of a
/// reply says yes or no only by what it states: a leading word there is no
/// answer to the question (是 opens "是之前在腾讯云办的" as "it was", not "yes").
fn parse_reading(faq: &Faq, fact: &FactId, prepared: &str, piece: bool) -> Option<Value> {
    let f = faq.kb.fact(fact)?;
    let lead = |p: &str| {
        if piece {
            None
        } else {
            yes_no_of(p).filter(|_| lead_fits(&f.question, p))
        }
    };
    let w = words(prepared);
    // A label whose words the reply denies is not what it picks: "it
    // wasn't done through alibaba" is not "Filed with Alibaba Cloud".
    let denied = denied_words(prepared);
    // The fact's own patterns first: "it points to hong kong" beats a leading word.
    let stated: Vec<_> = faq
        .extract_facts_prepared(prepared)
        .into_iter()
        .filter(|x| &x.fact == fact)
        .collect();
    if let Some(x) = stated.first() {
        return Some(x.value.clone());
    }
    if let Some(v) = f
        .choices
        .iter()
        .find(|c| c.value.as_str() == prepared.trim() || w.join(" ") == c.value.as_str())
    {
        return Some(v.value.clone());
    }
    if let Some(n) = option_number(&w).filter(|_| !piece) {
        return f.choices.get(n.checked_sub(1)?).map(|c| c.value.clone());
    }
    match f.kind {
        // What the reply states outright beats a leading word that
        // disagrees with it: "right, it is not on ecs" says no.
        // Only within the sentence the leading word opens: a later sentence
        // says something else ("we have not purchased any. the only thing we
        // have at alibaba cloud is the domain").
        FactKind::YesNo => match (lead(prepared), faq.stated_answer_at(fact, prepared)) {
            (Some(lead), Some((stated, at)))
                if lead != stated.as_str()
                    && !is_bare_yes_no(prepared)
                    && prepared
                        .find(['.', '!', '?', ';', '\n', '。', '！', '？', '；'])
                        .is_none_or(|end| at < end) =>
            {
                Some(stated)
            }
            (Some(lead), _) => Some(Value::from(lead)),
            (None, stated) => stated
                .map(|(v, _)| v)
                .or_else(|| zh_echo(faq, fact, prepared).map(Value::from))
                .or_else(|| {
                    affirms_question(faq, &f.question, prepared).then(|| Value::from("yes"))
                }),
        },
        FactKind::Choice => {
            // A piece of a reply that denies something names a choice by
            // its label only to deny it ("alibaba cloud had no part in it").
            let by_label = !(piece && denies_something(prepared));
            faq.stated_answer(fact, prepared)
                .as_ref()
                .or_else(|| {
                    if !by_label {
                        return None;
                    }
                    best_label(
                        faq.reading(),
                        f.choices
                            .iter()
                            .map(|c| (&c.label, &c.value))
                            .filter(|(l, _)| !denies_label(faq, &denied, l)),
                        &w,
                    )
                })
                .or_else(|| {
                    if !by_label {
                        return None;
                    }
                    // The Chinese labels, for a reply in Chinese.
                    let zh = f.choices.iter().filter_map(|c| {
                        Some((
                            faq.kb.zh.labels.get(&(fact.clone(), c.value.clone()))?,
                            &c.value,
                        ))
                    });
                    best_label(
                        faq.reading(),
                        zh.filter(|(l, _)| !denies_label(faq, &denied, l)),
                        &w,
                    )
                })
                .cloned()
                .or_else(|| {
                    // "no" to a choice that has a "none" value, bare or
                    // followed by more denial ("no filing of any kind, never
                    // been through icp"), or a denial of what the question asks
                    // about ("i looked it up, there's no icp number for it");
                    // "no, another provider handled it" says something else.
                    (((lead(prepared) == Some("no")
                    && (is_bare_yes_no(prepared) || denies_after_first_word(prepared)))
                    // A reply with a question of its own asks, it does not answer.
                    || (!prepared.contains(['?', '？'])
                        && denies_question(faq, &f.question, prepared)))
                        && !names_another_choice(faq, f, &w, &denied))
                    .then(|| {
                        f.choices
                            .iter()
                            .find(|c| c.value.as_str() == "none")
                            .map(|c| c.value.clone())
                    })
                    .flatten()
                })
        }
    }
}

/// A reply to a yes/no follow-up whose leading "yes" or "no" disagrees with
/// what it goes on to state ("no, the new site is going on ecs"): one of the
/// two was misread or misspoken, so neither is taken.
pub fn contradicts_itself(faq: &Faq, fact: &FactId, prepared: &str) -> bool {
    let Some(f) = faq.kb.fact(fact) else {
        return false;
    };
    if f.kind != FactKind::YesNo {
        return false;
    }
    let Some(lead) = yes_no_of(prepared) else {
        return false;
    };
    if faq
        .extract_facts_prepared(prepared)
        .iter()
        .any(|x| &x.fact == fact && x.value.as_str() != lead)
    {
        return true;
    }
    // "right, it is not on ecs" to "is it on ecs?": a yes whose words deny
    // what the question asks says both.
    lead == "yes" && denies_question(faq, &f.question, prepared)
}

/// Words that deny what follows them, as a reply says it.
const REPLY_NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "isn't", "won't", "don't", "doesn't", "hasn't", "haven't",
    "wasn't", "aren't",
];

/// Words that keep a reply from affirming what it repeats: doubt and conditions.
const REPLY_DOUBTS: &[&str] = &[
    "if", "whether", "maybe", "perhaps", "might", "unsure", "not", "sure", "depends", "unless",
    "or",
];

/// A reply that says the question's case back without a yes ("it'll live
/// on one of the ecs instances we already run" to "is the new website to be
/// hosted on an ecs instance?"): it repeats two or more of the question's
/// content words, with no negation, doubt, condition or question of its own.
fn affirms_question(faq: &Faq, question: &str, prepared: &str) -> bool {
    if prepared.contains(['?', '？']) || crate::understanding::cjk::has_negation(prepared) {
        return false;
    }
    let w = words(prepared);
    if w.iter()
        .any(|x| REPLY_NEGATIONS.contains(x) || REPLY_DOUBTS.contains(x))
    {
        return false;
    }
    let asked_text = faq.prepare(question);
    let mut asked: Vec<String> = tokens(&asked_text)
        .iter()
        .filter(|t| !is_stopword(t.text))
        .map(|t| stem(t.text))
        .collect();
    asked.sort();
    asked.dedup();
    // A term the synonyms wrote that the question does not use is one
    // thing of its own: a word it shares with the question is chance
    // ("goes on vercel", read as "hosted web platform", does not echo
    // "to be hosted on an ECS instance").
    let foreign: Vec<String> = faq
        .kb
        .synonyms
        .iter()
        .map(|g| g.canonical.as_str())
        .filter(|c| c.contains(' ') && prepared.contains(c) && !asked_text.contains(c))
        .flat_map(|c| c.split(' ').map(stem).collect::<Vec<_>>())
        .collect();
    // Said back in one clause: "we have ecs for the api, the website
    // itself goes on vercel" names the question's words in two cases.
    let Some(said) = prepared
        .split(CLAUSE_ENDS)
        .map(|clause| {
            let mut said: Vec<String> = words(clause)
                .iter()
                .filter(|x| !is_stopword(x))
                .map(|x| stem(x))
                .filter(|x| asked.contains(x) && !foreign.contains(x))
                .collect();
            said.sort();
            said.dedup();
            said
        })
        .max_by_key(Vec::len)
    else {
        return false;
    };
    if said.len() < 2 {
        return false;
    }
    // In a Chinese reply, a run of English words is one term the synonyms
    // wrote ("domain name"): naming it twice over says nothing of what the
    // reply says of it (这个域名同样是空白 "this domain is blank too").
    if prepared.chars().any(crate::understanding::cjk::is_han) {
        // Each asked word read, as the start of the run of English words
        // it stands in (a Chinese word stands alone).
        let mut terms: Vec<usize> = Vec::new();
        for t in tokens(prepared) {
            if is_stopword(t.text) || !said.contains(&stem(t.text)) {
                continue;
            }
            let source = &prepared[t.start..t.end];
            let run_start = if source.is_ascii() {
                prepared[..t.start]
                    .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == ' '))
                    .map_or(0, |i| i + 1)
            } else {
                t.start
            };
            terms.push(run_start);
        }
        terms.sort_unstable();
        terms.dedup();
        return terms.len() >= 2;
    }
    true
}

/// Whether a negation in the reply (after its first word) reaches, within
/// a few content words, a word of the question.
fn denies_question(faq: &Faq, question: &str, prepared: &str) -> bool {
    let asked: Vec<String> = tokens(&faq.prepare(question))
        .iter()
        .filter(|t| !is_stopword(t.text))
        .map(|t| stem(t.text))
        .collect();
    let w = words(prepared);
    w.iter().enumerate().skip(1).any(|(i, x)| {
        REPLY_NEGATIONS.contains(x)
            && w[i + 1..]
                .iter()
                .filter(|y| !is_stopword(y))
                .take(4)
                .any(|y| asked.contains(&stem(y)))
    })
}

/// A reply to "which of these" that is one of the choices of a fact exactly
/// one offered section asks about ("add" to an offer of the provider
/// section): that section, with that fact's value. Only the choice's value
/// or its whole label count, so ordinary words pick nothing.
pub fn choice_among(
    faq: &Faq,
    options: &[SectionId],
    prepared: &str,
) -> Option<(SectionId, FactId, Value)> {
    let said = words(prepared).join(" ");
    if said.is_empty() {
        return None;
    }
    let mut found: Vec<(SectionId, FactId, Value)> = Vec::new();
    for id in options {
        let Some(section) = faq.kb.section(id) else {
            continue;
        };
        for fact in section.facts_used() {
            let Some(f) = faq.kb.fact(fact) else {
                continue;
            };
            if f.kind != FactKind::Choice {
                continue;
            }
            for c in &f.choices {
                let label = words(&faq.prepare(&c.label)).join(" ");
                if said == c.value.as_str() || said == label {
                    found.push((id.clone(), fact.clone(), c.value.clone()));
                }
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The offered section a reply picks: its number, its id, or its title.
pub fn parse_pick(faq: &Faq, options: &[SectionId], prepared: &str) -> Option<SectionId> {
    let w = words(prepared);
    if let Some(n) = option_number(&w) {
        return options.get(n.checked_sub(1)?).cloned();
    }
    if let Some(id) = options.iter().find(|id| id.as_str() == prepared.trim()) {
        return Some(id.clone());
    }
    let titles: Vec<(String, &SectionId)> = options
        .iter()
        .filter_map(|id| faq.kb.section(id).map(|s| (faq.prepare(&s.title), id)))
        .collect();
    // Only a near-copy of a title counts as a pick; anything else is a new question.
    best_label_min(
        faq.reading(),
        titles.iter().map(|(t, id)| (t, *id)),
        &w,
        0.75,
        true,
    )
    .cloned()
}

/// A word as compared with choice labels: its stem, or nothing for a
/// stopword. "Other" is a stopword in questions but tells choices apart
/// ("another provider" vs "Alibaba Cloud"), so it is kept, as one word.
fn label_word(w: &str) -> Option<String> {
    match w {
        "other" | "another" | "different" | "else" => Some("other".into()),
        w if is_stopword(w) => None,
        w => Some(stem(w)),
    }
}

/// Whether the reply uses a content word of a choice other than "none"
/// ("不是在阿里云备的" names Alibaba Cloud): its "no" denies that choice,
/// it does not say "none". Words it denies too ("never with alibaba or
/// anyone else") name nothing.
fn names_another_choice(
    faq: &Faq,
    f: &crate::knowledge::Fact,
    w: &[&str],
    denied: &std::collections::HashSet<String>,
) -> bool {
    let reply: Vec<String> = w
        .iter()
        .filter_map(|x| label_word(x))
        .filter(|x| !denied.contains(x))
        .collect();
    let labels_of = |c: &crate::knowledge::Choice| -> Vec<String> {
        let mut labels = vec![c.label.clone()];
        labels.extend(
            faq.kb
                .zh
                .labels
                .get(&(f.id.clone(), c.value.clone()))
                .cloned(),
        );
        labels
            .iter()
            .flat_map(|l| {
                // Read as a message is, synonyms and all (阿里云 is Alibaba Cloud).
                label_words(&faq.prepare(l))
            })
            .collect()
    };
    // Words the "none" labels use too ("ICP number") name no other choice.
    let none: Vec<String> = f
        .choices
        .iter()
        .filter(|c| c.value.as_str() == "none")
        .flat_map(labels_of)
        .collect();
    f.choices
        .iter()
        .filter(|c| c.value.as_str() != "none")
        .flat_map(labels_of)
        .filter(|x| x != "other" && !none.contains(x))
        .any(|x| reply.contains(&x))
}

/// Whether the reply denies a word of a label that denies nothing itself.
fn denies_label(faq: &Faq, denied: &std::collections::HashSet<String>, label: &str) -> bool {
    let folded = faq.reading().fold(label);
    !words(&folded).iter().any(|x| REPLY_NEGATIONS.contains(x))
        && label_words(&folded).iter().any(|x| denied.contains(x))
}

/// A text's content words as label matching compares them (stems).
fn label_words(text: &str) -> Vec<String> {
    words(text).iter().filter_map(|x| label_word(x)).collect()
}

/// The label words a reply denies: those after a negation in its clause
/// ("it wasn't done through alibaba"), but not after a leading "no" that
/// answers the question ("no, another provider did it").
fn denied_words(prepared: &str) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    // (Prepared text is folded: already lower case.)
    for (k, clause) in prepared
        .split([',', '.', ';', '!', '?', '，', '。', '；', '！', '？'])
        .flat_map(|c| c.split(" but "))
        .enumerate()
    {
        let w = words(clause);
        let skip =
            usize::from(k == 0 && w.first().is_some_and(|x| ["no", "nope", "nah"].contains(x)));
        if let Some(i) = w
            .iter()
            .skip(skip)
            .position(|x| REPLY_NEGATIONS.contains(x))
        {
            out.extend(w[skip + i + 1..].iter().filter_map(|x| label_word(x)));
        }
        out.extend(unrelated(clause).map(label_words).unwrap_or_default());
    }
    out
}

/// The reply with the sellers it names blanked out ([`bought_from`]).
fn without_sellers(prepared: &str) -> String {
    let mut out = prepared.to_string();
    for at in bought_from(prepared) {
        out.replace_range(at.clone(), &" ".repeat(at.len()));
    }
    out
}

/// Where the reply says something was bought: X in "bought (it) on/at/from
/// X", "purchased through X", "X 上买的", "在 X 购买的". The seller named
/// that way is a shop, not whoever a choice's label says did its deed.
fn bought_from(prepared: &str) -> Vec<std::ops::Range<usize>> {
    static EN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:bought|buy|buying|purchased|purchase|purchasing|ordered)\b(?: (?:it|them|the \w+(?: name)?|our \w+(?: name)?|my \w+(?: name)?))? (?:on|at|from|through|via) ((?:\w+ ){0,2}\w+)",
        )
        .expect("a valid regex")
    });
    static ZH: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"([a-z][a-z ]{0,30}[a-z]|\p{Han}{2,6})\s*(?:上|那边|那里|那儿)?\s*(?:买|购买|购入|下单)(?:的|了)")
            .expect("a valid regex")
    });
    EN.captures_iter(prepared)
        .chain(ZH.captures_iter(prepared))
        .filter_map(|c| c.get(1).map(|m| m.range()))
        .collect()
}

/// Whether a text holds a negation, in English or Chinese.
fn denies_something(prepared: &str) -> bool {
    words(prepared).iter().any(|w| {
        REPLY_NEGATIONS.contains(w) || matches!(*w, "nothing" | "none" | "neither" | "nor")
    }) || crate::understanding::cjk::has_negation(prepared)
}

/// Chinese says "has nothing to do with X" after X: 跟阿里云无关, 和阿里云没关系.
const ZH_UNRELATED: &[&str] = &[
    "无关",
    "没关系",
    "没有关系",
    "没啥关系",
    "没什么关系",
    "不相关",
    "不相干",
];

/// What a clause says has nothing to do with the matter: X in "nothing to
/// do with X", "X wasn't involved", "跟 X 无关" (X after the last 跟, 和, 与
/// or 同 before the marker).
fn unrelated(clause: &str) -> Option<&str> {
    if let Some(at) = ZH_UNRELATED.iter().filter_map(|m| clause.find(m)).min() {
        let before = &clause[..at];
        let from = ["跟", "和", "与", "同"]
            .iter()
            .filter_map(|m| before.rfind(m).map(|i| i + m.len()))
            .max()
            .unwrap_or(0);
        return Some(&before[from..]);
    }
    if let Some(at) = clause.find("nothing to do with ") {
        let after = &clause[at + "nothing to do with ".len()..];
        // "alibaba cloud had nothing to do with it": the subject before.
        let pronoun = matches!(
            after.split_whitespace().next(),
            Some("it" | "this" | "that" | "them" | "us" | "me")
        );
        return Some(if pronoun { &clause[..at] } else { after });
    }
    [
        "wasn't involved",
        "was not involved",
        "weren't involved",
        "were not involved",
        "isn't involved",
        "is not involved",
    ]
    .iter()
    .find_map(|m| clause.find(m))
    .map(|at| &clause[..at])
}

fn best_label<'a, L: AsRef<str>, T>(
    reading: &Reading,
    labels: impl Iterator<Item = (L, &'a T)>,
    w: &[&str],
) -> Option<&'a T> {
    best_label_min(reading, labels, w, 0.5, false)
}

/// The label sharing the largest share of content stems with the reply
/// (of the reply's stems, or of the longer of both when `symmetric`); it
/// must beat `min` and every other label.
fn best_label_min<'a, L: AsRef<str>, T>(
    reading: &Reading,
    labels: impl Iterator<Item = (L, &'a T)>,
    w: &[&str],
    min: f32,
    symmetric: bool,
) -> Option<&'a T> {
    let reply: Vec<String> = w.iter().filter_map(|x| label_word(x)).collect();
    if reply.is_empty() {
        return None;
    }
    let mut scored: Vec<(f32, &T)> = labels
        .map(|(label, v)| {
            let folded = reading.fold(label.as_ref());
            let lw: Vec<String> = tokens(&folded)
                .iter()
                .filter_map(|t| label_word(t.text))
                .collect();
            let shared = reply.iter().filter(|r| lw.contains(r)).count() as f32;
            let score = if lw.is_empty() {
                0.0
            } else if symmetric {
                shared / (lw.len().max(reply.len()) as f32)
            } else {
                // Most of what the user typed is in the label ("another provider").
                shared / reply.len() as f32
            };
            (score, v)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match scored.as_slice() {
        [(s, v), rest @ ..] if *s > min && rest.first().is_none_or(|(s2, _)| s2 < s) => Some(*v),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_no_that_opens_a_noun_of_intent_answers_nothing() {
        assert_eq!(yes_no(&["no", "plans", "to", "switch", "providers"]), None);
        assert_eq!(yes_no(&["no", "idea"]), None);
        assert_eq!(
            yes_no(&["no", "it", "is", "in", "hong", "kong"]),
            Some("no")
        );
        assert_eq!(yes_no(&["no", "website", "only", "ssh"]), Some("no"));
    }

    #[test]
    fn yes_and_no_words() {
        assert_eq!(yes_no(&["yep"]), Some("yes"));
        assert_eq!(yes_no(&["not", "really"]), Some("no"));
        assert_eq!(
            yes_no(&["no", "it", "is", "in", "hong", "kong"]),
            Some("no")
        );
        assert_eq!(yes_no(&["i", "do", "not"]), Some("no"));
        assert_eq!(yes_no(&["banana"]), None);
        assert_eq!(yes_no(&["not", "sure"]), None);
        assert_eq!(yes_no(&["i", "do", "not", "know"]), None);
        // "right now ..." opens a time, not an answer.
        assert_eq!(yes_no(&["right", "now", "nothing"]), None);
        assert_eq!(yes_no(&["right", "it", "is"]), Some("yes"));
    }

    #[test]
    fn small_talk_only_on_its_own() {
        assert_eq!(small_talk("thanks!"), Some(SmallTalk::Thanks));
        assert_eq!(small_talk("thank you so much"), Some(SmallTalk::Thanks));
        assert_eq!(small_talk("hi guys"), Some(SmallTalk::Greeting));
        assert_eq!(small_talk("hi, do i need icp filing?"), None);
        assert_eq!(small_talk("thanks, but what about subdomains"), None);
    }

    #[test]
    fn cancel_only_on_its_own() {
        assert!(is_cancel("cancel"));
        assert!(is_cancel("start over please"));
        assert!(!is_cancel("how do i cancel my icp filing"));
    }

    #[test]
    fn what_a_clause_says_is_unrelated() {
        assert_eq!(unrelated("跟 alibaba cloud 无关"), Some(" alibaba cloud "));
        assert_eq!(
            unrelated("是 tencent 办的和 alibaba cloud 没关系"),
            Some(" alibaba cloud ")
        );
        assert_eq!(
            unrelated("nothing to do with alibaba cloud"),
            Some("alibaba cloud")
        );
        assert_eq!(
            unrelated("alibaba cloud had nothing to do with it"),
            Some("alibaba cloud had ")
        );
        assert_eq!(
            unrelated("alibaba cloud wasn't involved"),
            Some("alibaba cloud ")
        );
        assert_eq!(unrelated("filed with alibaba cloud"), None);
    }

    #[test]
    fn sellers_are_blanked_out() {
        assert_eq!(
            without_sellers("the domain was bought on alibaba cloud, filed with alibaba cloud"),
            "the domain was bought on              , filed with alibaba cloud"
        );
        assert_eq!(
            without_sellers("alibaba cloud 上买的 domain name"),
            "              上买的 domain name"
        );
        assert_eq!(
            without_sellers("filed with alibaba cloud"),
            "filed with alibaba cloud"
        );
    }

    #[test]
    fn numbers_and_ordinals() {
        assert_eq!(option_number(&["2"]), Some(2));
        assert_eq!(option_number(&["the", "second"]), Some(2));
        assert_eq!(option_number(&["3rd"]), Some(3));
        assert_eq!(option_number(&["what", "is", "this", "thing", "2"]), None);
    }
}
