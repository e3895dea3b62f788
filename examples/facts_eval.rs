//! Measures fact reading on single statements: JSON Lines of
//! `{"text", "facts": {"fact": "value", ...}}` (an empty map: a decoy that
//! states nothing). Counts, per fact, values read right, missed, read
//! wrong, and read where none was stated; `--misses` lists the lines.
//! `cargo run --release --example facts_eval -- FILE [--faq DIR] [--misses]`
use std::collections::{BTreeMap, BTreeSet};

#[derive(serde::Deserialize)]
struct Line {
    text: String,
    #[serde(default)]
    facts: BTreeMap<String, String>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .position(|a| a == "--faq")
        .and_then(|i| args.get(i + 1))
        .map_or_else(
            || std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/faq")),
            std::path::PathBuf::from,
        );
    let misses = args.iter().any(|a| a == "--misses");
    let file = args.first().expect("FILE");
    let faq = faqbot::Faq::load(&dir).expect("faq");
    let text = std::fs::read_to_string(file).expect("read");
    // fact -> [right, missed, wrong value, spurious]
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let (mut lines, mut all_right) = (0, 0);
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        let line: Line = serde_json::from_str(l).expect("json line");
        lines += 1;
        let read: BTreeMap<String, String> = faq
            .extract_facts(&line.text)
            .into_iter()
            .filter(|f| f.confidence >= faqbot::dialogue::FACT_FLOOR)
            .map(|f| (f.fact.to_string(), f.value.to_string()))
            .collect();
        let mut ok = true;
        let keys: BTreeSet<&String> = line.facts.keys().chain(read.keys()).collect();
        for k in keys {
            let c = counts.entry(k.clone()).or_default();
            let slot = match (line.facts.get(k), read.get(k)) {
                (Some(a), Some(b)) if a == b => 0,
                (Some(_), None) => 1,
                (Some(_), Some(_)) => 2,
                (None, Some(_)) => 3,
                (None, None) => continue,
            };
            c[slot] += 1;
            ok &= slot == 0;
        }
        if ok {
            all_right += 1;
        } else if misses {
            println!("{}\n  want {:?}\n  read {:?}", line.text, line.facts, read);
        }
    }
    println!("{all_right}/{lines} lines read exactly");
    println!(
        "{:<26} {:>6} {:>6} {:>6} {:>9}",
        "fact", "right", "missed", "wrong", "spurious"
    );
    for (k, c) in &counts {
        println!("{k:<26} {:>6} {:>6} {:>6} {:>9}", c[0], c[1], c[2], c[3]);
    }
}
