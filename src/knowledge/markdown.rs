//! The Markdown side of an FAQ folder: `#` = topic, `##` = one section (its
//! question), `{#id .section}` = the section id, the body = the answer text.

use super::diagnostics::Diagnostic;
use crate::ids::SectionId;
use std::path::Path;

/// A section as written in a Markdown file.
#[derive(Debug, Clone)]
pub struct ParsedSection {
    pub id: SectionId,
    pub title: String,
    pub topic: String,
    /// The body exactly as written (trimmed), Markdown included.
    pub body: String,
    /// 1-based line of the `##` heading.
    pub line: usize,
    /// Whether the id came from an explicit `{#id}` anchor.
    pub explicit_id: bool,
}

/// Parses one Markdown file. Problems are pushed to `diags`; whatever parses is returned.
pub fn parse(file: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<ParsedSection> {
    let default_topic = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut topic = default_topic;
    let mut sections: Vec<ParsedSection> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let mut in_fence = false;

    // Whether the collected body lines belong to the last section (not to a topic).
    let finish = |sections: &mut Vec<ParsedSection>, body: &mut Vec<&str>, in_section: bool| {
        if in_section {
            if let Some(last) = sections.last_mut() {
                last.body = body.join("\n").trim().to_string();
            }
        }
        body.clear();
    };

    let question_level = question_level(text);
    // When the current heading is a topic, lines until the next section are
    // its table of contents or intro: not a section.
    let mut in_section = false;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        }
        let hashes = if in_fence || line.starts_with(' ') || line.starts_with('\t') {
            0
        } else {
            heading_level(line)
        };
        // Headings above the question level are topics, below it part of an answer.
        let level = match hashes {
            0 => 0,
            h if h < question_level => 1,
            h if h == question_level => 2,
            _ => 0,
        };
        match level {
            1 | 2 => {
                finish(&mut sections, &mut body, in_section);
                let rest = line[hashes..].trim();
                let (text_part, attrs) = split_attrs(rest);
                let heading = text_part.trim().trim_end_matches('#').trim().to_string();
                if heading.is_empty() {
                    diags.push(
                        Diagnostic::error(
                            file,
                            line_no,
                            format!("heading `{}` has no text: write the topic or question after the `{}`", line.trim(), "#".repeat(hashes)),
                        )
                        .at_column(1),
                    );
                    in_section = false;
                    continue;
                }
                if level == 1 {
                    topic = heading;
                    in_section = false;
                } else {
                    let (id, explicit) = match attrs.and_then(anchor_id) {
                        Some(id) => (id, true),
                        None => (slug(&heading), false),
                    };
                    if !id.chars().any(char::is_alphanumeric) {
                        diags.push(Diagnostic::error(
                            file,
                            line_no,
                            format!("cannot make a section id from heading `{heading}`: add an anchor such as {{#my-section}}"),
                        ));
                        in_section = false;
                        continue;
                    }
                    sections.push(ParsedSection {
                        id: SectionId(id),
                        title: heading,
                        topic: topic.clone(),
                        body: String::new(),
                        line: line_no,
                        explicit_id: explicit,
                    });
                    in_section = true;
                }
            }
            _ => {
                if in_section {
                    body.push(line);
                }
            }
        }
    }
    if in_fence {
        diags.push(Diagnostic::warning(
            file,
            text.lines().count(),
            "a code fence (```) is never closed",
        ));
    }
    finish(&mut sections, &mut body, in_section);
    for s in &sections {
        if s.body.is_empty() {
            diags.push(Diagnostic::warning(
                file,
                s.line,
                format!("section `{}` has no text under its heading", s.id),
            ));
        }
    }
    sections
}

/// The heading level that holds the questions: `##` in the documented
/// layout, but a team's FAQ may use `### Question?` under `## Topic`, or only
/// `# Question?` headings. Decided by where the `{.section}` anchors or the
/// headings ending in `?` are, else by the level (of the first three) with
/// the most headings.
fn question_level(text: &str) -> usize {
    let mut in_fence = false;
    let mut marked = [0usize; 7];
    let mut questions = [0usize; 7];
    let mut all = [0usize; 7];
    for line in text.lines() {
        let line = line.trim_end();
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        }
        if in_fence || line.starts_with(' ') || line.starts_with('\t') {
            continue;
        }
        let level = heading_level(line);
        if level == 0 {
            continue;
        }
        let (heading, attrs) = split_attrs(line[level..].trim());
        all[level] += 1;
        if attrs.is_some_and(|a| a.split_whitespace().any(|c| c == ".section")) {
            marked[level] += 1;
        }
        if heading
            .trim()
            .trim_end_matches('#')
            .trim_end()
            .ends_with('?')
        {
            questions[level] += 1;
        }
    }
    // The first level with the most votes wins.
    let best = |counts: &[usize; 7], levels: std::ops::RangeInclusive<usize>| {
        levels
            .filter(|&l| counts[l] > 0)
            .max_by_key(|&l| (counts[l], std::cmp::Reverse(l)))
    };
    best(&marked, 1..=6)
        .or_else(|| best(&questions, 1..=6))
        // The documented layout, when it is used at all.
        .or_else(|| (all[2] > 0).then_some(2))
        .or_else(|| best(&all, 1..=3))
        .unwrap_or(2)
}

fn heading_level(line: &str) -> usize {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return 0;
    }
    match line.as_bytes().get(hashes) {
        None | Some(b' ') | Some(b'\t') => hashes,
        _ => 0,
    }
}

/// Splits `Question? {#id .section}` into the text and the attribute block.
fn split_attrs(s: &str) -> (&str, Option<&str>) {
    if s.ends_with('}') {
        if let Some(open) = s.rfind('{') {
            return (&s[..open], Some(&s[open + 1..s.len() - 1]));
        }
    }
    (s, None)
}

fn anchor_id(attrs: &str) -> Option<String> {
    attrs
        .split_whitespace()
        .find_map(|a| a.strip_prefix('#'))
        .filter(|id| !id.is_empty())
        .map(str::to_string)
}

/// GitHub's anchor for a heading, so a table of contents written for GitHub
/// links to the same ids: lower case, punctuation dropped, spaces as `-`
/// ("What if I don't pay?" -> `what-if-i-dont-pay`).
pub fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The sentences an answer may quote: each list item and each sentence of a paragraph.
pub fn quotable_sentences(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in body.split("\n\n") {
        let mut text = String::new();
        for line in block.lines() {
            let l = line.trim();
            let l = l
                .strip_prefix("- ")
                .or_else(|| l.strip_prefix("* "))
                .unwrap_or(l)
                .trim();
            if (line.trim_start().starts_with("- ") || line.trim_start().starts_with("* "))
                && !text.is_empty()
            {
                out.extend(split_sentences(&text));
                text.clear();
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(l);
        }
        if !text.is_empty() {
            out.extend(split_sentences(&text));
        }
    }
    out
}

fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'?' | b'!') && (i + 1 == bytes.len() || bytes[i + 1] == b' ') {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s.to_string());
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> (Vec<ParsedSection>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let secs = parse(Path::new("t.md"), s, &mut d);
        (secs, d)
    }

    #[test]
    fn topics_sections_and_anchors() {
        let (s, d) = parse_str(
            "# Topic {#t .concept}\n\n- [Q1](#a)\n\n## Q1? {#a .section}\n\nAnswer one.\n\n## Second question\n\nText\n### Sub\nmore\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id.as_str(), "a");
        assert_eq!(s[0].title, "Q1?");
        assert_eq!(s[0].topic, "Topic");
        assert_eq!(s[0].body, "Answer one.");
        assert_eq!(s[1].id.as_str(), "second-question");
        assert_eq!(s[1].body, "Text\n### Sub\nmore");
        assert_eq!(s[1].line, 9);
    }

    #[test]
    fn a_topic_heading_does_not_take_the_previous_answer() {
        let (s, d) = parse_str("# A\n## Q1\nOne.\n# B\n## Q2\nTwo.\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s[0].body, "One.");
        assert_eq!((s[1].body.as_str(), s[1].topic.as_str()), ("Two.", "B"));
    }

    #[test]
    fn questions_may_sit_at_another_heading_level() {
        // `## Topic` + `### Question?`
        let (s, _) = parse_str(
            "# FAQ\nIntro.\n## Billing\n### How do I pay?\nBy card.\n### Refunds?\nWithin 14 days.\n## Account\n### How do I log in?\nWith email.\n",
        );
        let got: Vec<_> = s
            .iter()
            .map(|s| (s.title.as_str(), s.topic.as_str(), s.body.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("How do I pay?", "Billing", "By card."),
                ("Refunds?", "Billing", "Within 14 days."),
                ("How do I log in?", "Account", "With email."),
            ]
        );
        // Only `# Question?` headings: the file name is the topic.
        let (s, _) = parse_str("# Can I pay later?\nNo.\n# Is there a trial?\nYes, 7 days.\n");
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[1].title.as_str(), s[1].topic.as_str(), s[1].body.as_str()),
            ("Is there a trial?", "t", "Yes, 7 days.")
        );
    }

    #[test]
    fn slugs_are_github_anchors() {
        assert_eq!(
            slug("What happens if I don't pay on time?"),
            "what-happens-if-i-dont-pay-on-time"
        );
        assert_eq!(slug("Q & A: e-books"), "q--a-e-books");
        assert_eq!(slug("Ünïcode Straße"), "ünïcode-straße");
    }

    #[test]
    fn empty_heading_is_an_error_with_its_line() {
        let (s, d) = parse_str("# T\n\n##   \n\ntext\n## Ok\nbody\n");
        assert_eq!(s.len(), 1);
        assert_eq!(d.len(), 1);
        assert!(d[0].is_error());
        assert_eq!(d[0].line, 3);
    }

    #[test]
    fn headings_inside_code_fences_are_text() {
        let (s, _) = parse_str("## Q\n```\n## not a heading\n```\n");
        assert_eq!(s.len(), 1);
        assert!(s[0].body.contains("## not a heading"));
    }

    #[test]
    fn sentences_split_on_items_and_stops() {
        let v = quotable_sentences("-   First one.\n-   Second. Third one.\n\nPara here.");
        assert_eq!(v, vec!["First one.", "Second.", "Third one.", "Para here."]);
    }
}
