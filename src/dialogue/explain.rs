//! `--explain`: why a message got its reply. For the first candidates, each
//! feature's value and contribution to the calibrated probability, then the
//! cut-offs and which one decided, and the facts the message stated.

use super::{respond_with, Reply, Session, Thresholds};
use crate::faq::Faq;
use std::fmt::Write as _;

/// Candidates explained.
const SHOWN: usize = 3;

/// Replies to `message` on a copy of the session and explains the reply.
pub fn explain(faq: &Faq, session: &Session, message: &str) -> String {
    let th = Thresholds::for_faq(faq);
    let mut copy = session.clone();
    let reply = respond_with(faq, &mut copy, message, &th);
    let u = faq.understand(message);
    let c = faq.cutoffs();
    let mut s = String::new();
    let _ = writeln!(s, "question (as matched): {:?}", u.prepared);
    let _ = writeln!(
        s,
        "cut-offs (model fit on: {}; max {:.1}% wrong, {:.1}% out-of-scope answered): answer >= {:.2}, follow-up >= {:.2}, did you mean >= {:.2}, else no match",
        if faq.model().trained_on.is_empty() { "?" } else { &faq.model().trained_on },
        c.rates.max_wrong * 100.0,
        c.rates.max_out_of_scope * 100.0,
        c.answer,
        c.ask,
        c.suggest
    );
    if !u.on_topic {
        let _ = writeln!(
            s,
            "off topic: the question uses none of the words every section title shares; at most a \"did you mean\""
        );
    }
    if u.hits.is_empty() {
        let _ = writeln!(s, "no section shares a word with the question");
    }
    for (rank, h) in u.hits.iter().take(SHOWN).enumerate() {
        let sec = &faq.kb.sections[h.section];
        let band = if h.confidence >= c.answer {
            "answer band"
        } else if h.confidence >= c.ask {
            "follow-up band"
        } else if h.confidence >= c.suggest {
            "did-you-mean band"
        } else {
            "below did-you-mean"
        };
        let _ = writeln!(
            s,
            "#{} {} \"{}\" score {:.2}, p {:.3} ({band})",
            rank + 1,
            sec.id,
            sec.title,
            h.score,
            h.confidence
        );
        let _ = write!(s, "{}", faq.model().explain(&h.features));
    }
    if !u.facts.is_empty() {
        let _ = writeln!(s, "facts stated:");
        for f in &u.facts {
            let how = match &f.example {
                Some(e) => format!("like the example {e:?}, confidence {:.2}", f.confidence),
                None => "a pattern".to_string(),
            };
            let floor = if f.confidence < super::FACT_FLOOR {
                " (below the floor: confirmed before use)"
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "  {} = {} (from {:?}; {how}){floor}",
                f.fact,
                f.value,
                u.prepared.get(f.start..f.end).unwrap_or("")
            );
        }
    }
    let decision = match &reply {
        Reply::Answer(a) => format!(
            "answer from {}{}",
            a.section,
            if a.because.is_empty() {
                String::new()
            } else {
                format!(
                    ", decided by: {}",
                    a.because
                        .iter()
                        .map(|b| format!("{} = {}", b.fact, b.value))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        ),
        Reply::Ask(q) => format!("follow-up question about `{}` in {}", q.fact, q.section),
        Reply::Clarify { candidates, .. } => format!(
            "did you mean: {}",
            candidates
                .iter()
                .map(|c| c.section.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Reply::NoMatch { .. } => "no match".to_string(),
        Reply::Reset { .. } => "conversation reset".to_string(),
    };
    if !u.contradicted.is_empty() {
        let _ = writeln!(
            s,
            "said both ways (asked, not guessed): {}",
            u.contradicted
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    // The stage decision as a new question (a pending follow-up may take
    // the message as its answer instead).
    let stage = super::decision_for(faq, session, message);
    let named = |d: &super::Decision| -> String {
        let id = |i: &usize| faq.kb.sections[*i].id.as_str().to_string();
        let ids = |v: &[usize]| v.iter().map(id).collect::<Vec<_>>().join(", ");
        match d {
            super::Decision::Run { section, .. } => {
                d.to_string().replace(&format!("#{section}"), &id(section))
            }
            super::Decision::NoMatch { suggestions } => {
                format!(
                    "below the did-you-mean cut-off; suggest {}",
                    ids(suggestions)
                )
            }
            super::Decision::Clarify { sections } => {
                format!("did you mean, among {}", ids(sections))
            }
            super::Decision::Nothing => d.to_string(),
        }
    };
    let _ = writeln!(s, "stage decision (as a new question): {}", named(&stage));
    let _ = writeln!(s, "decision: {decision}");
    s
}
