//! The Markdown side of an FAQ folder: `#` = topic, `##` = one section (its
//! question), `{#id .section}` = the section id, the body = the answer text.
//!
//! Files are read with [`pulldown_cmark`] after a line-preserving pass
//! ([`strip_markup`]) that drops what Docusaurus, MkDocs and MDX add around
//! the text: YAML front matter, `:::note` / `!!! note` admonition markers,
//! HTML/JSX tags (`<details>`, `<Tabs>`, `<br/>`), comments and MDX
//! `import`/`export` lines. Every line keeps its number, so headings are
//! mapped back to their source line through the parser's offsets and bodies
//! are sliced from the text as written.

use super::diagnostics::Diagnostic;
use crate::ids::SectionId;
use pulldown_cmark::{
    BrokenLink, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd,
};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::path::Path;

/// A section as written in a Markdown file.
#[derive(Debug, Clone)]
pub struct ParsedSection {
    pub id: SectionId,
    pub title: String,
    pub topic: String,
    /// The body as written (trimmed), Markdown included; markup that only
    /// frames the text (front matter, admonition markers, HTML/JSX tags) is
    /// left out. [`display_text`] gives what an answer shows.
    pub body: String,
    /// What an answer shows before [`display_text`]: the body with its
    /// reference links written inline and site-template markup taken out
    /// (matching keeps reading `body`).
    pub shown: String,
    /// 1-based line of the `##` heading.
    pub line: usize,
    /// Whether the id came from an explicit `{#id}` anchor.
    pub explicit_id: bool,
}

/// One Markdown file, parsed.
#[derive(Debug, Clone, Default)]
pub struct ParsedMarkdown {
    pub sections: Vec<ParsedSection>,
    /// `title:` of the YAML front matter: the topic of sections before any topic heading.
    pub title: Option<String>,
    /// `source_url:` of the front matter: where the page is published.
    pub source_url: Option<String>,
}

/// Parses one Markdown file. Problems are pushed to `diags`; whatever parses is returned.
pub fn parse(file: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<ParsedSection> {
    parse_file(file, text, diags).sections
}

/// A heading of the file, with where its text starts and ends.
struct Heading {
    level: usize,
    title: String,
    /// The text GitHub makes the anchor from: the title without the spaces
    /// that stand for removed tags.
    anchor: String,
    id: Option<String>,
    /// Has the `.section` class.
    marked: bool,
    line: usize,
    /// Offset of the heading and of the line after it.
    start: usize,
    body_start: usize,
}

/// What a stretch of a body holds, to tell an answer from a table of contents.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Words outside links, code, images.
    Prose,
    /// A link to a place on this page (`#anchor`): a contents entry.
    AnchorLink,
    /// A link to another page or section.
    InternalLink,
    /// A link with a scheme (`https:`, `mailto:`).
    ExternalLink,
}

/// Parses one Markdown (or MDX) file, front matter included.
pub fn parse_file(file: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> ParsedMarkdown {
    let mdx = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("mdx"));
    let clean = strip_markup(text, mdx);
    let src = clean.text.as_str();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(src.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
    let next_line = |offset: usize| {
        if offset == 0 || src.as_bytes()[offset - 1] == b'\n' {
            offset
        } else {
            src[offset..]
                .find('\n')
                .map_or(src.len(), |i| offset + i + 1)
        }
    };

    let mut headings: Vec<Heading> = Vec::new();
    let mut marks: Vec<(usize, Mark)> = Vec::new();
    let mut current: Option<Heading> = None;
    // Block quotes and list items: a heading inside one is part of an answer.
    let mut nesting = 0usize;
    let mut links = 0usize;
    let mut unclosed_fence = false;
    let parser = Parser::new_ext(src, Options::ENABLE_HEADING_ATTRIBUTES);
    // Link reference definitions (`[label]: url`) may stand anywhere in the
    // file, often in another section than the links that use them.
    let references: HashMap<String, String> = parser
        .reference_definitions()
        .iter()
        .map(|(label, def)| (reference_label(label), def.dest.to_string()))
        .collect();
    let mut definitions: Vec<Range<usize>> = parser
        .reference_definitions()
        .iter()
        .map(|(_, def)| def.span.clone())
        .collect();
    definitions.sort_by_key(|r| r.start);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) if nesting == 0 => {
                current = Some(Heading {
                    level: level as usize,
                    title: String::new(),
                    anchor: String::new(),
                    id: id.map(|i| i.to_string()),
                    marked: classes.iter().any(|c| &**c == "section"),
                    line: line_of(range.start),
                    start: range.start,
                    body_start: next_line(range.end),
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(mut h) = current.take() {
                    h.title = h.title.split_whitespace().collect::<Vec<_>>().join(" ");
                    h.anchor = h.anchor.trim().to_string();
                    if h.id.is_none() {
                        if let Some((text, id)) = documenter_anchor(&h.title) {
                            (h.title, h.id) = (text.to_string(), Some(id.to_string()));
                        }
                    }
                    headings.push(h);
                }
            }
            Event::Start(Tag::BlockQuote(_) | Tag::Item | Tag::FootnoteDefinition(_)) => {
                nesting += 1
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::Item | TagEnd::FootnoteDefinition) => {
                nesting = nesting.saturating_sub(1)
            }
            Event::Text(t) | Event::Code(t) => match &mut current {
                Some(h) => {
                    h.title.push_str(&t);
                    if src[range.clone()] == *t {
                        let skip = |at: &usize| clean.tag_spaces.binary_search(at).is_ok();
                        h.anchor.extend(
                            t.char_indices()
                                .filter(|(i, _)| !skip(&(range.start + i)))
                                .map(|(_, c)| c),
                        );
                    } else {
                        h.anchor.push_str(&t);
                    }
                }
                None if links == 0 && t.chars().any(char::is_alphanumeric) => {
                    marks.push((range.start, Mark::Prose))
                }
                None => {}
            },
            Event::SoftBreak | Event::HardBreak => {
                if let Some(h) = &mut current {
                    h.title.push(' ');
                    h.anchor.push(' ');
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) if current.is_none() => {
                links += 1;
                let mark = if has_scheme(&dest_url) {
                    Mark::ExternalLink
                } else if dest_url.starts_with('#') {
                    Mark::AnchorLink
                } else {
                    Mark::InternalLink
                };
                marks.push((range.start, mark));
            }
            Event::End(TagEnd::Link) if current.is_none() => links = links.saturating_sub(1),
            Event::Start(Tag::Image { .. }) if current.is_none() && links == 0 => {
                marks.push((range.start, Mark::Prose))
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                marks.push((range.start, Mark::Prose));
                if let CodeBlockKind::Fenced(_) = kind {
                    unclosed_fence |= !fence_is_closed(&src[range]);
                }
            }
            _ => {}
        }
    }
    if unclosed_fence {
        diags.push(Diagnostic::warning(
            file,
            text.lines().count(),
            "a code fence (```) is never closed",
        ));
    }

    let question_level = question_level(&headings);
    let mut topic = clean.title.clone().unwrap_or_else(|| {
        file.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let file_topic = topic.clone();
    let mut sections: Vec<ParsedSection> = Vec::new();
    // Question headings grouped under a heading of the question level
    // (`### Spam` with no text, then `#### How do I ...?`): the group is a
    // topic and its entries are the sections, so five questions are not one
    // answer.
    let groups = question_groups(&headings, question_level, src);
    let mut outer_topic = topic.clone();
    for (i, h) in headings.iter().enumerate() {
        let level_here = match groups.iter().find(|g| g.entries.contains(&i)) {
            Some(_) => question_level + 1,
            None if groups.iter().any(|g| g.head == i) => {
                topic = h.title.clone();
                continue;
            }
            None => {
                if h.level == question_level {
                    topic = outer_topic.clone();
                }
                question_level
            }
        };
        if h.level > level_here {
            continue;
        }
        if h.title.is_empty() {
            let line = text.lines().nth(h.line - 1).unwrap_or("").trim();
            diags.push(
                Diagnostic::error(
                    file,
                    h.line,
                    format!(
                        "heading `{line}` has no text: write the topic or question after the `{}`",
                        "#".repeat(h.level)
                    ),
                )
                .at_column(1),
            );
            continue;
        }
        // A heading above the question level names the topic of what
        // follows; it is also a section when it holds an answer of its own
        // (see [`holds_answer`]).
        let own_only = h.level < question_level;
        let mut section_topic = topic.clone();
        if own_only {
            // Its own topic is the heading it sits under, not itself.
            section_topic = headings[..i]
                .iter()
                .rev()
                .find(|p| p.level < h.level)
                .map_or_else(|| file_topic.clone(), |p| p.title.clone());
            topic = h.title.clone();
            outer_topic = topic.clone();
            if !holds_answer(&headings, i, src) {
                continue;
            }
        }
        let (id, explicit) = match h.id.clone().filter(|id| !id.is_empty()) {
            Some(id) => (id, true),
            None => (slug(&h.anchor), false),
        };
        if !id.chars().any(char::is_alphanumeric) {
            diags.push(Diagnostic::error(
                file,
                h.line,
                format!(
                    "cannot make a section id from heading `{}`: add an anchor such as {{#my-section}}",
                    h.title
                ),
            ));
            continue;
        }
        let end = headings[i + 1..]
            .iter()
            .find(|n| own_only || n.level <= level_here)
            .map_or(src.len(), |n| n.start);
        let range = h.body_start.min(end)..end;
        if is_link_list(&marks, &range) {
            // A table of contents, not an answer.
            continue;
        }
        let body = tidy_body(&src[range.clone()]);
        let shown = tidy_body(&answer_text(
            &src[range.clone()],
            range.start,
            &definitions,
            &references,
        ));
        sections.push(ParsedSection {
            id: SectionId(id),
            // "1. Q: ..." and "Q: 1. ..." both.
            title: without_numbering(without_question_label(without_numbering(&h.title)))
                .to_string(),
            topic: section_topic,
            body,
            shown,
            line: h.line,
            explicit_id: explicit,
        });
    }
    for s in &sections {
        if s.body.is_empty() {
            diags.push(Diagnostic::warning(
                file,
                s.line,
                format!("section `{}` has no text under its heading", s.id),
            ));
        }
    }
    ParsedMarkdown {
        sections,
        title: clean.title,
        source_url: clean.source_url,
    }
}

/// A heading of the question level that groups question headings one
/// level down: no text of its own before them.
struct Group {
    head: usize,
    entries: Vec<usize>,
}

/// The groups of [`Group`]: a question-level heading with no text before
/// its first sub-heading, and at least two sub-headings one level down of
/// which most end in `?`. Sub-headings like "Recommended" / "Minimum" under
/// a question stay part of its answer.
///
/// Also a category name among questions: where most headings of the level
/// are questions, one of at most three words that is not ("## Docker",
/// "## Troubleshooting"), with at most a one-paragraph introduction, groups
/// what is under it: its sub-headings are the entries, asked as questions
/// ("### How to customize the config?") or named as problems ("### Cannot
/// access the internet"). One answer made of them all is too long to quote
/// and matches every question about any of them.
fn question_groups(headings: &[Heading], question_level: usize, src: &str) -> Vec<Group> {
    let level: Vec<&Heading> = headings
        .iter()
        .filter(|h| h.level == question_level)
        .collect();
    let level_asks = level.iter().filter(|h| h.title.ends_with('?')).count() * 2 > level.len();
    let mut out = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        if h.level != question_level {
            continue;
        }
        let Some(next) = headings.get(i + 1) else {
            continue;
        };
        if next.level <= question_level {
            continue;
        }
        let own = src[h.body_start.min(next.start)..next.start].trim();
        let entries: Vec<usize> = (i + 1..headings.len())
            .take_while(|&j| headings[j].level > question_level)
            .filter(|&j| headings[j].level == question_level + 1)
            .collect();
        let questions = entries
            .iter()
            .filter(|&&j| headings[j].title.ends_with('?'))
            .count();
        // A question left open with an ellipsis and no text of its own
        // ("What if I need to .. ?") is completed by each sub-heading
        // ("### Add labels to PRs", "### Control Renovate's schedule"):
        // they are its questions, not parts of one answer.
        let open = h.title.trim_end_matches(['?', ' ', ':']);
        let completed = open.ends_with("..") || open.ends_with('…');
        let asked =
            own.is_empty() && entries.len() >= 2 && (questions * 2 > entries.len() || completed);
        let named = level_asks
            && !h.title.ends_with('?')
            && h.title.split_whitespace().count() <= 3
            && is_introduction(own)
            && (entries.len() >= 2 || (entries.len() == 1 && questions == 1));
        if asked || named {
            out.push(Group { head: i, entries });
        }
    }
    out
}

/// Whether a heading above the question level holds an answer of its own,
/// besides naming the topic of the questions under it. Some FAQs ask at two
/// levels (`# Can't install: permission issue` with its answer, then
/// `## nodemon does nothing` under another `#` question), and the text under
/// those headings was lost. It holds one when its text before the next
/// heading is more than an introduction, or is any text at all where no
/// sub-heading follows. The file's first heading, when it is a `#` one, is
/// the page's title: its text introduces the page.
fn holds_answer(headings: &[Heading], i: usize, src: &str) -> bool {
    let h = &headings[i];
    if i == 0 && h.level == 1 {
        return false;
    }
    let next = headings.get(i + 1);
    let own = src[h.body_start.min(next.map_or(src.len(), |n| n.start))
        ..next.map_or(src.len(), |n| n.start)]
        .trim();
    let leaf = next.is_none_or(|n| n.level <= h.level);
    !own.is_empty() && (leaf || !is_introduction(own))
}

/// Text before a category's first entry that only introduces it: none, or
/// one short paragraph ("These are some common issues reported by users.").
fn is_introduction(own: &str) -> bool {
    /// About two sentences: an answer of its own is longer.
    const MAX_INTRO: usize = 300;
    own.len() <= MAX_INTRO && !own.contains("\n\n") && !own.contains("```")
}

/// A reference label as Markdown matches it: case and runs of spaces aside.
fn reference_label(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A section's text as an answer can show it, wherever the file keeps what
/// it needs: link reference definitions (`[emca408]: https://...`) are
/// taken out, and the links that use them (`[EMCA-408][emca408]`, `[x][]`,
/// `[x]`) are written inline with their target, since the definition may
/// sit in another section; site-template markup that no reader sees
/// (Liquid's `{% assign %}` and `{{ site.x }}`, kramdown's `{:.table}`
/// attribute lines) is taken out, outside code.
fn answer_text(
    body: &str,
    offset: usize,
    definitions: &[Range<usize>],
    references: &HashMap<String, String>,
) -> String {
    // Definitions: their lines are dropped (the span starts at the label).
    let mut text = String::with_capacity(body.len());
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let (start, end) = (offset + at, offset + at + line.len());
        at += line.len();
        let from = definitions.partition_point(|d| d.start < start);
        if definitions[from..]
            .first()
            .is_some_and(|d| d.start < end && line[..d.start - start].trim().is_empty())
        {
            continue;
        }
        text.push_str(line);
    }
    without_templates(&inline_references(&text, references))
}

/// A link being read: its whole span, its text's span so far, its target
/// when it is a reference, and whether it is an image.
type OpenLink = (Range<usize>, Option<Range<usize>>, String, bool);

/// Reference links written inline: `[text][label]` becomes `[text](url)`.
fn inline_references(body: &str, references: &HashMap<String, String>) -> String {
    if references.is_empty() || !body.contains(']') {
        return body.to_string();
    }
    let mut callback = |link: BrokenLink<'_>| {
        references
            .get(&reference_label(&link.reference))
            .map(|url| (CowStr::from(url.clone()), CowStr::from("")))
    };
    let parser = Parser::new_with_broken_link_callback(body, Options::empty(), Some(&mut callback));
    let mut open: Vec<OpenLink> = Vec::new();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            })
            | Event::Start(Tag::Image {
                link_type,
                dest_url,
                ..
            }) => {
                let image = body[range.start..].starts_with('!');
                let by_reference = matches!(
                    link_type,
                    LinkType::Reference
                        | LinkType::ReferenceUnknown
                        | LinkType::Collapsed
                        | LinkType::CollapsedUnknown
                        | LinkType::Shortcut
                        | LinkType::ShortcutUnknown
                );
                let target = if by_reference {
                    dest_url.to_string()
                } else {
                    String::new()
                };
                // A collapsed reference (`[text][]`) ends past its span.
                let mut range = range;
                if matches!(link_type, LinkType::Collapsed | LinkType::CollapsedUnknown)
                    && body[range.end..].starts_with("[]")
                {
                    range.end += 2;
                }
                open.push((range, None, target, image));
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((whole, inner, target, image)) = open.pop() {
                    if let (false, Some(inner)) = (target.is_empty(), inner) {
                        let bang = if image { "!" } else { "" };
                        edits.push((whole, format!("{bang}[{}]({target})", &body[inner])));
                    }
                }
            }
            _ => {
                if let Some((_, inner, _, _)) = open.last_mut() {
                    let r = inner.get_or_insert(range.clone());
                    r.start = r.start.min(range.start);
                    r.end = r.end.max(range.end);
                }
            }
        }
    }
    if edits.is_empty() {
        return body.to_string();
    }
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(body.len() + 64);
    let mut at = 0;
    for (r, with) in edits {
        if r.start >= at {
            out.push_str(&body[at..r.start]);
            out.push_str(&with);
            at = r.end;
        }
    }
    out.push_str(&body[at..]);
    out
}

/// Liquid tags and kramdown attribute lists taken out, outside code.
fn without_templates(body: &str) -> String {
    if !body.contains(['{', '&']) {
        return body.to_string();
    }
    let mut out = String::with_capacity(body.len());
    let mut fence = false;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim();
        if is_fence(trimmed) {
            fence = !fence;
        }
        if fence || is_fence(trimmed) {
            out.push_str(line);
            continue;
        }
        // `{:.table .table-striped}`, `{: #id}`: kramdown's attribute list.
        if trimmed.starts_with("{:") && trimmed.ends_with('}') {
            out.push('\n');
            continue;
        }
        // Outside backticks only: `{{ x }}` in code is what the reader types.
        for (i, part) in line.split('`').enumerate() {
            if i > 0 {
                out.push('`');
            }
            if i % 2 == 1 {
                out.push_str(part);
            } else {
                out.push_str(&with_entities_decoded(&without_liquid(part)));
            }
        }
    }
    out
}

/// HTML character references a page renders (`&mdash;`, `&#8217;`) as
/// their characters: a chat shows them as typed. Unknown names stay.
fn with_entities_decoded(text: &str) -> String {
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
        ("quot", "\""),
        ("apos", "'"),
        ("nbsp", " "),
        ("mdash", "—"),
        ("ndash", "–"),
        ("hellip", "…"),
        ("rarr", "→"),
        ("larr", "←"),
        ("copy", "©"),
        ("reg", "®"),
        ("trade", "™"),
        ("times", "×"),
        ("lsquo", "‘"),
        ("rsquo", "’"),
        ("ldquo", "“"),
        ("rdquo", "”"),
    ];
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(';').map(|j| j + 1).filter(|&j| j <= 10);
        let decoded = end.and_then(|j| {
            let name = &rest[1..j];
            match name.strip_prefix('#') {
                Some(num) => {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse().ok(),
                    };
                    code.and_then(char::from_u32).map(String::from)
                }
                None => NAMED
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, c)| (*c).to_string()),
            }
            .map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push_str(&c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `{% ... %}` and `{{ ... }}` taken out of a stretch of prose.
fn without_liquid(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = [("{%", "%}"), ("{{", "}}")]
            .iter()
            .filter_map(|(open, close)| rest.find(open).map(|i| (i, *close)))
            .min_by_key(|(i, _)| *i);
        let Some((i, close)) = next else {
            out.push_str(rest);
            return out;
        };
        match rest[i + 2..].find(close) {
            Some(j) => {
                out.push_str(&rest[..i]);
                rest = &rest[i + 2 + j + 2..];
            }
            None => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// A body as written, its lines' trailing spaces and repeated blank lines
/// (left where markup was blanked out) removed outside code fences.
fn tidy_body(body: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut fence = false;
    for line in body.lines().map(str::trim_end) {
        if is_fence(line.trim_start()) {
            fence = !fence;
        }
        if !fence && line.is_empty() && lines.last().is_some_and(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    // A rule closing the body (`---` before the next part of the page)
    // separates; it says nothing.
    loop {
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        match lines.as_slice() {
            [.., before, last] if before.is_empty() && is_thematic_break(last) => {
                lines.pop();
            }
            _ => break,
        }
    }
    lines.join("\n").trim().to_string()
}

/// `---`, `***` or `___` (three or more, spaces allowed) alone on a line.
fn is_thematic_break(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&m| marks.chars().all(|c| c == m))
}

/// Whether the marks in `range` are only links, most of them to other
/// pages or sections (a table of contents), with no words of their own. A
/// list of mostly outside links ("Useful links") is an answer; a contents
/// list with one outside link among its own (a forum) is not. One link
/// alone is no list: under a question it is the answer, by reference
/// ("[→ Type Assertions](type-assertions.md)").
fn is_link_list(marks: &[(usize, Mark)], range: &Range<usize>) -> bool {
    let from = marks.partition_point(|(at, _)| *at < range.start);
    let inside = marks[from..].iter().take_while(|(at, _)| *at < range.end);
    let (mut anchors, mut internal, mut external) = (0, 0, 0);
    for (_, m) in inside {
        match m {
            Mark::AnchorLink => anchors += 1,
            Mark::InternalLink => internal += 1,
            Mark::ExternalLink => external += 1,
            Mark::Prose => return false,
        }
    }
    let own = anchors + internal;
    own > external && (own >= 2 || anchors > 0)
}

/// Whether a fenced code block's source ends with its closing fence.
fn fence_is_closed(block: &str) -> bool {
    let mut lines = block.lines();
    let Some(open) = lines.next() else {
        return true;
    };
    let open = open.trim_start_matches([' ', '>']);
    let Some(c) = open.chars().next() else {
        return true;
    };
    let len = open.chars().take_while(|&x| x == c).count();
    lines.next_back().is_some_and(|last| {
        let last = last.trim().trim_start_matches(['>', ' ']);
        last.len() >= len && last.chars().all(|x| x == c)
    })
}

/// The heading level that holds the questions: `##` in the documented
/// layout, but a team's FAQ may use `### Question?` under `## Topic`, or only
/// `# Question?` headings. Decided by where the `{.section}` anchors or the
/// headings ending in `?` are, else by the level (of the first three) with
/// the most headings.
fn question_level(headings: &[Heading]) -> usize {
    let mut marked = [0usize; 7];
    let mut questions = [0usize; 7];
    let mut all = [0usize; 7];
    for h in headings {
        all[h.level] += 1;
        if h.marked {
            marked[h.level] += 1;
        }
        if h.title.ends_with('?') {
            questions[h.level] += 1;
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

/// A heading without the number an FAQ puts before it ("2.4. Q: What
/// is an advert?", "3) Billing"): layout as the label is, and a number no
/// asker types. Only a number closed by `.` or `)` and a space is one,
/// or a dotted one before a question label ("7.1 Q: …"): "1.5 GB
/// limit?" and "3D printing" keep theirs.
fn without_numbering(title: &str) -> &str {
    let t = title.trim_start();
    let t_open = t.strip_prefix('(').unwrap_or(t);
    let digits = t_open
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t_open.len());
    let (number, rest) = t_open.split_at(digits);
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return title;
    }
    let labelled = |rest: &str| {
        number.contains('.') && without_question_label(rest.trim_start()) != rest.trim_start()
    };
    let closed = if number.ends_with('.') || labelled(rest) {
        Some(rest)
    } else {
        rest.strip_prefix(')')
    };
    match closed {
        Some(rest)
            if rest.starts_with(char::is_whitespace) && rest.chars().any(char::is_alphabetic) =>
        {
            rest.trim_start()
        }
        // "1.Can Seata be used ...?": the number run into a capital.
        Some(rest) if number.ends_with('.') && rest.starts_with(char::is_uppercase) => rest,
        _ => title,
    }
}

/// A heading without the "Q:" label many FAQs put before each question
/// ("Q: What is video.js?", "Q3. …", "Question: …"). The label is
/// layout, not words of the question: kept, it would be a word of every
/// title (the FAQ's "topic") that no asker types. The anchor keeps it, as
/// GitHub's does.
fn without_question_label(title: &str) -> &str {
    let t = title.trim_start();
    let lower = t.to_ascii_lowercase();
    let word = ["question", "faq", "q"]
        .into_iter()
        .find(|w| lower.starts_with(w))
        .map_or(0, str::len);
    if word == 0 {
        return title;
    }
    let rest = t[word..].trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = match rest.strip_prefix([':', '.', ')']) {
        Some(r) => r,
        None => match rest
            .trim_start()
            .strip_prefix(['-', '\u{2013}', '\u{2014}'])
        {
            Some(r) => r,
            None => return title,
        },
    };
    // A label stands before the question, set off by a space.
    if !rest.starts_with(char::is_whitespace) {
        return title;
    }
    let rest = rest.trim_start();
    if rest.chars().any(char::is_alphanumeric) {
        rest
    } else {
        title
    }
}

/// A heading written as Documenter.jl's explicit anchor,
/// `[How do I catch CTRL-C?](@id catch-ctrl-c)`: the text and the id, as
/// `{#id}` gives them. CommonMark reads no link there (a destination holds
/// no space), so without this the title would end in "(@id catch-ctrl-c)".
fn documenter_anchor(title: &str) -> Option<(&str, &str)> {
    let inner = title.strip_prefix('[')?.strip_suffix(')')?;
    let (text, id) = inner.rsplit_once("](@id ")?;
    let id = id.trim();
    (!text.trim().is_empty() && !id.is_empty() && !id.contains(char::is_whitespace))
        .then_some((text.trim(), id))
}

/// GitHub's anchor for a heading, so a table of contents written for GitHub
/// links to the same ids: lower case, punctuation dropped, spaces as `-`
/// ("What if I don't pay?" -> `what-if-i-dont-pay`). Takes the heading's
/// text as shown (links and code already reduced to their text).
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

/// Whether a link target has a scheme (`https:`, `mailto:`): it leads out of the FAQ.
fn has_scheme(url: &str) -> bool {
    let scheme_len = url
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        .count();
    scheme_len > 0
        && url.as_bytes()[0].is_ascii_alphabetic()
        && url.as_bytes().get(scheme_len) == Some(&b':')
}

/// The text an answer shows for a section's body: links and images that
/// point inside the documentation (`[see here](../x.md)`, `[a](#b)`) become
/// their text, since they lead nowhere outside it; `https:` links stay links.
pub fn display_text(body: &str) -> String {
    if !body.contains(']') {
        return body.to_string();
    }
    // Byte ranges to cut: the `[` and `](target)` around each inner link's text.
    let mut cuts: Vec<Range<usize>> = Vec::new();
    // Open links and images: (whole range, inner text range so far, cut it).
    let mut open: Vec<(Range<usize>, Option<Range<usize>>, bool)> = Vec::new();
    for (event, range) in Parser::new(body).into_offset_iter() {
        let closing = matches!(event, Event::End(TagEnd::Link | TagEnd::Image));
        if closing {
            if let Some((whole, inner, cut)) = open.pop() {
                if cut {
                    match inner {
                        Some(inner) => {
                            cuts.push(whole.start..inner.start);
                            cuts.push(inner.end..whole.end);
                        }
                        None => cuts.push(whole),
                    }
                }
                if let Some((_, parent, _)) = open.last_mut() {
                    let r = parent.get_or_insert(range.clone());
                    r.start = r.start.min(range.start);
                    r.end = r.end.max(range.end);
                }
            }
            continue;
        }
        if let Some((_, inner, _)) = open.last_mut() {
            let r = inner.get_or_insert(range.clone());
            r.start = r.start.min(range.start);
            r.end = r.end.max(range.end);
        }
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event {
            open.push((range, None, !has_scheme(&dest_url)));
        }
    }
    if cuts.is_empty() {
        return body.to_string();
    }
    cuts.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    for c in cuts {
        if c.start >= at {
            out.push_str(&body[at..c.start]);
        }
        at = at.max(c.end);
    }
    out.push_str(&body[at..]);
    out
}

/// A file's text with framing markup blanked out, line for line.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub text: String,
    pub title: Option<String>,
    pub source_url: Option<String>,
    /// Offsets in `text` of the spaces put where a removed tag stood between
    /// two words (`enabled<br/>Charger`): words for matching, but no part of
    /// GitHub's anchor, which takes the rendered text (`enabledcharger`).
    pub tag_spaces: Vec<usize>,
}

/// Blanks out what frames a page's text rather than being it, keeping every
/// line (so line numbers stay right): YAML front matter (its `title:` and
/// `source_url:` kept aside), Docusaurus `:::note` fences, MkDocs `!!! note`,
/// `??? note` and `=== "Tab"` markers (their indented content moved left),
/// HTML and JSX tags (`<details>`, `<summary>`, `<Tabs>`, `<TabItem value="x">`,
/// `<br/>`: the text between them stays), HTML and MDX comments, and, in
/// `.mdx` files, `import`/`export` lines. Code (fenced or in backticks) is
/// left alone.
pub fn strip_markup(text: &str, mdx: bool) -> Cleaned {
    let mut out = Cleaned {
        text: String::with_capacity(text.len()),
        ..Cleaned::default()
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();

    let mut first = 0;
    if lines
        .first()
        .is_some_and(|l| content(l).trim_start_matches('\u{feff}').trim_end() == "---")
    {
        if let Some(close) = lines[1..]
            .iter()
            .position(|l| matches!(content(l).trim_end(), "---" | "..."))
        {
            for l in &lines[1..=close] {
                let l = content(l);
                let value = |key: &str| {
                    l.strip_prefix(key)
                        .and_then(|v| v.strip_prefix(':'))
                        .map(|v| unquote(v.trim()))
                        .filter(|v| !v.is_empty())
                };
                if let Some(v) = value("title") {
                    out.title = Some(v);
                }
                if let Some(v) = value("source_url") {
                    out.source_url = Some(v);
                }
            }
            for l in &lines[..close + 2] {
                out.text.push_str(ending(l));
            }
            first = close + 2;
        }
    }

    let mut state = LineState::default();
    // Indented blocks being moved left, innermost last.
    let mut blocks: Vec<IndentBlock> = Vec::new();
    let mut fence: Option<(u8, usize)> = None;
    let mut export_depth: Option<i32> = None;
    // What is kept of the current line.
    let mut keep = String::new();
    // The lines an HTML heading spread over after its first: kept empty.
    let mut heading_until = 0;
    for (at, raw) in lines.iter().enumerate().skip(first) {
        let line = content(raw);
        if at < heading_until {
            out.text.push_str(ending(raw));
            continue;
        }
        if fence.is_none() && state.in_comment.is_none() && state.in_tag.is_none() {
            if let Some((heading, last)) = html_heading(&lines, at) {
                out.text.push_str(&heading);
                out.text.push_str(ending(raw));
                heading_until = last + 1;
                continue;
            }
        }
        let indent = indent_of(line);
        let blank = line.trim().is_empty();
        // MkDocs blocks end at the first line not indented past their marker.
        while let Some(b) = blocks.last() {
            if !blank && !b.closed_by_tag && indent <= b.opener {
                blocks.pop();
            } else {
                break;
            }
        }
        let mut line = line;
        if let Some(b) = blocks.last_mut() {
            if !blank {
                let by = *b.by.get_or_insert(indent);
                line = dedent(line, by);
            }
        }
        let trimmed = line.trim_start();
        // Not inside a comment or a tag spread over lines.
        let free = state.in_comment.is_none() && state.in_tag.is_none();
        keep.clear();
        if let Some((c, len)) = fence {
            let run = trimmed.bytes().take_while(|&b| b == c).count();
            if run >= len && trimmed[run..].trim().is_empty() {
                fence = None;
            }
            keep.push_str(line);
        } else if free && is_fence(without_list_marker(trimmed)) {
            // Also opened in a list item ("- ```"), closed on a line of its own.
            let opener = without_list_marker(trimmed);
            let c = opener.as_bytes()[0];
            fence = Some((c, opener.bytes().take_while(|&b| b == c).count()));
            keep.push_str(line);
        } else if let Some(depth) = export_depth {
            let d = depth + brace_balance(line);
            export_depth = (d > 0).then_some(d);
        } else if free && is_admonition_fence(trimmed) {
            // `:::note` ... `:::`: the text between stays as it is.
        } else if free && is_mkdocs_marker(trimmed) {
            blocks.push(IndentBlock {
                by: None,
                opener: indent,
                closed_by_tag: false,
            });
        } else if free && mdx && indent == 0 && is_import(line) {
            // Dropped.
        } else if free && mdx && indent == 0 && is_export(line) {
            let d = brace_balance(line);
            export_depth = (d > 0).then_some(d);
        } else if free && !line.bytes().any(|b| b == b'<' || b == b'{') {
            // No tag or comment can start here (most lines).
            keep.push_str(line.trim_end());
        } else {
            let mut spaces = Vec::new();
            let tags = strip_tags(line, &mut state, &mut keep, &mut spaces);
            // A component opened alone on its line (`<TabItem value="a">`)
            // holds indented text, moved left like a MkDocs block.
            for t in tags {
                match t {
                    TagSeen::Open if keep.trim().is_empty() => blocks.push(IndentBlock {
                        by: None,
                        opener: indent,
                        closed_by_tag: true,
                    }),
                    TagSeen::Close
                        if keep.trim().is_empty()
                            && blocks.last().is_some_and(|b| b.closed_by_tag) =>
                    {
                        blocks.pop();
                    }
                    _ => {}
                }
            }
            keep.truncate(keep.trim_end().len());
            let base = out.text.len();
            out.tag_spaces.extend(
                spaces
                    .into_iter()
                    .filter(|&at| at < keep.len())
                    .map(|at| base + at),
            );
        }
        out.text.push_str(&keep);
        out.text.push_str(ending(raw));
    }
    out
}

/// An HTML heading standing on its own line(s), `<h3 id='faq-1'>Can I ...?</h3>`,
/// as the Markdown heading it is (`### Can I ...? {#faq-1}`), with the index
/// of the line it ends on. Pages written for a docs site often use them for
/// their anchors; CommonMark reads them as a raw HTML block, not a heading.
fn html_heading(lines: &[&str], at: usize) -> Option<(String, usize)> {
    /// Lines a heading may run over (a long question wrapped by an editor).
    const MAX_LINES: usize = 4;
    let first = content(lines[at]).trim_start();
    let bytes = first.as_bytes();
    if bytes.len() < 4 || bytes[0] != b'<' || !bytes[1].eq_ignore_ascii_case(&b'h') {
        return None;
    }
    let level = (bytes[2] as char)
        .to_digit(10)
        .filter(|l| (1..=6).contains(l))? as usize;
    if !matches!(bytes[3], b'>' | b' ' | b'\t') {
        return None;
    }
    let open_end = first.find('>')?;
    let attrs = &first[3..open_end];
    let close = format!("</h{level}>");
    let mut inner = String::new();
    let mut last = at;
    let mut rest = &first[open_end + 1..];
    loop {
        if let Some(end) = rest.to_ascii_lowercase().find(&close) {
            inner.push_str(&rest[..end]);
            if !rest[end + close.len()..].trim().is_empty() {
                return None;
            }
            break;
        }
        inner.push_str(rest);
        inner.push(' ');
        last += 1;
        if last >= lines.len() || last > at + MAX_LINES {
            return None;
        }
        rest = content(lines[last]);
    }
    let mut text = String::new();
    strip_tags(
        &inner,
        &mut LineState::default(),
        &mut text,
        &mut Vec::new(),
    );
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    let id = html_attribute(attrs, "id");
    let mut heading = format!("{} {text}", "#".repeat(level));
    if let Some(id) = id.filter(|id| !id.is_empty() && !id.contains(char::is_whitespace)) {
        heading.push_str(&format!(" {{#{id}}}"));
    }
    Some((heading, last))
}

/// The value of an attribute in a tag's attribute text (`id='x'`, `id="x"`, `id=x`).
fn html_attribute(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let i = from + i;
        from = i + name.len();
        let before_ok = i == 0 || lower.as_bytes()[i - 1].is_ascii_whitespace();
        let after = attrs[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let v = after[1..].trim_start();
        return Some(match v.chars().next()? {
            q @ ('"' | '\'') => v[1..].split(q).next()?.to_string(),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()?
                .to_string(),
        });
    }
    None
}

/// A line without its line ending.
fn content(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r'])
}

/// A line's ending (`\n`, `\r\n`, or nothing on the last line).
fn ending(line: &str) -> &str {
    &line[content(line).len()..]
}

/// A MkDocs block or a JSX component whose text is indented under its opener.
struct IndentBlock {
    /// Indent of its first line of text (unknown until seen): what is removed.
    by: Option<usize>,
    /// Indent of the opening line; a MkDocs block ends at a line not deeper.
    opener: usize,
    /// Ended by a closing tag (`</TabItem>`) rather than by indentation.
    closed_by_tag: bool,
}

/// What spans lines while tags are stripped.
#[derive(Default)]
struct LineState {
    /// Inside `<!-- ... -->` or `{/* ... */}`: the closing marker.
    in_comment: Option<&'static str>,
    /// Inside a tag whose attributes go on over several lines: whether it is a closing tag.
    in_tag: Option<TagSeen>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TagSeen {
    Open,
    Close,
    SelfClosing,
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    v.to_string()
}

fn indent_of(line: &str) -> usize {
    line.chars()
        .take_while(|c| matches!(c, ' ' | '\t'))
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// `line` without up to `by` columns of leading whitespace.
fn dedent(line: &str, by: usize) -> &str {
    let mut cols = 0;
    for (i, c) in line.char_indices() {
        if cols >= by || !matches!(c, ' ' | '\t') {
            return &line[i..];
        }
        cols += if c == '\t' { 4 } else { 1 };
    }
    ""
}

/// A line without the list marker it opens with (`- `, `* `, `+ `, `1. `, `2) `).
fn without_list_marker(trimmed: &str) -> &str {
    if let Some(rest) = trimmed
        .strip_prefix(['-', '*', '+'])
        .filter(|r| r.starts_with(' '))
    {
        return rest.trim_start();
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    match trimmed[digits..].strip_prefix(['.', ')']) {
        Some(rest) if digits > 0 && rest.starts_with(' ') => rest.trim_start(),
        _ => trimmed,
    }
}

fn is_fence(trimmed: &str) -> bool {
    trimmed.starts_with("```") || trimmed.starts_with("~~~")
}

/// `:::note`, `:::tip Title`, `:::info[Title]`, `:::` (Docusaurus admonitions, Pandoc divs).
fn is_admonition_fence(trimmed: &str) -> bool {
    trimmed.starts_with(":::")
}

/// `!!! note "Title"`, `??? note`, `???+ tip`, `=== "Tab"` (MkDocs Material).
fn is_mkdocs_marker(trimmed: &str) -> bool {
    let kind = |rest: &str| {
        let rest = rest.trim_start();
        !rest.is_empty() && rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '"')
    };
    if let Some(rest) = trimmed.strip_prefix("!!!") {
        return kind(rest);
    }
    if let Some(rest) = trimmed.strip_prefix("???") {
        return kind(rest.strip_prefix('+').unwrap_or(rest));
    }
    trimmed
        .strip_prefix("===")
        .is_some_and(|rest| rest.trim_start().starts_with('"'))
}

/// `import X from '...'`, `import {A, B} from "..."`, `import '...'` (MDX).
fn is_import(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("import ") else {
        return false;
    };
    let end = line.trim_end().trim_end_matches(';');
    (rest.contains(" from ") || rest.starts_with(['\'', '"']))
        && (end.ends_with('\'') || end.ends_with('"'))
}

/// `export const x = ...`, `export default ...` (MDX).
fn is_export(line: &str) -> bool {
    line.strip_prefix("export ").is_some_and(|rest| {
        [
            "const ",
            "let ",
            "var ",
            "function ",
            "default ",
            "class ",
            "async ",
            "{",
            "*",
        ]
        .iter()
        .any(|k| rest.starts_with(k))
    })
}

/// Opening minus closing brackets, for an `export` spread over lines.
fn brace_balance(line: &str) -> i32 {
    line.chars()
        .map(|c| match c {
            '{' | '(' | '[' => 1,
            '}' | ')' | ']' => -1,
            _ => 0,
        })
        .sum()
}

/// Inline HTML elements: removing them must not glue words apart.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "code", "em", "i", "kbd", "mark", "s", "small", "span", "strong", "sub",
    "sup", "u",
];

/// HTML elements without a closing tag.
const VOID_TAGS: &[&str] = &[
    "area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
];

/// Copies `line` to `out` without its tags and comments; returns the tags
/// seen, in order. `spaces` gets the offsets in `out` of the spaces put
/// where a tag stood.
fn strip_tags(
    line: &str,
    state: &mut LineState,
    out: &mut String,
    spaces: &mut Vec<usize>,
) -> Vec<TagSeen> {
    let mut seen = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    // Where a removed block-level tag asks for a space before the next text.
    let mut gap = false;
    while i < bytes.len() {
        if let Some(close) = state.in_comment {
            match line[i..].find(close) {
                Some(at) => {
                    i += at + close.len();
                    state.in_comment = None;
                    gap = true;
                }
                None => return seen,
            }
            continue;
        }
        if let Some(kind) = state.in_tag {
            match tag_end(&line[i..]) {
                Some(at) => {
                    let self_closing = line[..i + at].ends_with('/');
                    i += at + 1;
                    state.in_tag = None;
                    seen.push(if self_closing {
                        TagSeen::SelfClosing
                    } else {
                        kind
                    });
                    gap = true;
                }
                None => return seen,
            }
            continue;
        }
        let rest = &line[i..];
        // Plain text up to the next character that may start code, a tag or a comment.
        let plain = rest
            .bytes()
            .position(|b| matches!(b, b'`' | b'<' | b'{'))
            .unwrap_or(rest.len());
        if plain > 0 {
            push_text(out, &rest[..plain], &mut gap, spaces);
            i += plain;
            continue;
        }
        if rest.starts_with('`') {
            let run = rest.bytes().take_while(|&b| b == b'`').count();
            let ticks = &rest[..run];
            let span = rest[run..]
                .match_indices(ticks)
                .find(|(at, _)| !rest[run + at + run..].starts_with('`'))
                .map_or(run, |(at, _)| run + at + run);
            push_text(out, &rest[..span], &mut gap, spaces);
            i += span;
            continue;
        }
        if rest.starts_with("<!--") {
            state.in_comment = Some("-->");
            i += 4;
            continue;
        }
        if rest.starts_with("{/*") {
            state.in_comment = Some("*/}");
            i += 3;
            continue;
        }
        if let Some((name, closing, after_name)) = tag_start(rest) {
            let block = !INLINE_TAGS.contains(&name.to_ascii_lowercase().as_str());
            let kind = if closing {
                TagSeen::Close
            } else if VOID_TAGS.contains(&name.to_ascii_lowercase().as_str()) {
                TagSeen::SelfClosing
            } else {
                TagSeen::Open
            };
            match tag_end(&rest[after_name..]) {
                Some(at) => {
                    let end = after_name + at;
                    let self_closing = rest[..end].ends_with('/');
                    seen.push(if self_closing {
                        TagSeen::SelfClosing
                    } else {
                        kind
                    });
                    i += end + 1;
                }
                // Attributes going on over the next lines (`<TabItem` then
                // `value="x">`); anything else is a plain `<` of the text.
                None if looks_like_attributes(&rest[after_name..]) => {
                    state.in_tag = Some(kind);
                    return seen;
                }
                None => {
                    push_text(out, "<", &mut gap, spaces);
                    i += 1;
                    continue;
                }
            }
            gap |= block;
            continue;
        }
        // A `<` or `{` of the text itself.
        push_text(out, &rest[..1], &mut gap, spaces);
        i += 1;
    }
    seen
}

/// Appends text, with one space where a removed tag stood between two words.
fn push_text(out: &mut String, text: &str, gap: &mut bool, spaces: &mut Vec<usize>) {
    if *gap
        && !text.starts_with(char::is_whitespace)
        && out.chars().next_back().is_some_and(|c| !c.is_whitespace())
    {
        spaces.push(out.len());
        out.push(' ');
    }
    *gap = false;
    out.push_str(text);
}

/// `<name` or `</name` followed by a space, `/` or `>`: (name, closing, offset after the name).
fn tag_start(s: &str) -> Option<(&str, bool, usize)> {
    let rest = s.strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
        .count();
    let after = &rest[len..];
    if !(after.is_empty() || after.starts_with([' ', '\t', '/', '>'])) {
        return None;
    }
    let offset = s.len() - after.len();
    Some((&rest[..len], closing, offset))
}

/// Whether what follows a tag's name on its line can be its first attributes (`a="b" c={d}`).
fn looks_like_attributes(s: &str) -> bool {
    s.split_whitespace()
        .all(|t| t.starts_with('{') || t.contains('='))
}

/// Offset of the `>` ending a tag's attributes (quoted strings and `{...}` skipped).
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut braces = 0usize;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{') => braces += 1,
            (None, '}') => braces = braces.saturating_sub(1),
            (None, '>') if braces == 0 => return Some(i),
            _ => {}
        }
    }
    None
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

    /// (title, topic, body) of each section.
    fn titles_topics_bodies(s: &[ParsedSection]) -> Vec<(&str, &str, &str)> {
        s.iter()
            .map(|s| (s.title.as_str(), s.topic.as_str(), s.body.as_str()))
            .collect()
    }

    #[test]
    fn questions_may_sit_at_another_heading_level() {
        // `## Topic` + `### Question?`
        let (s, _) = parse_str(
            "# FAQ\nIntro.\n## Billing\n### How do I pay?\nBy card.\n### Refunds?\nWithin 14 days.\n## Account\n### How do I log in?\nWith email.\n",
        );
        let got = titles_topics_bodies(&s);
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
    fn a_heading_above_the_questions_with_an_answer_of_its_own_is_a_section() {
        let (s, _) = parse_str(
            "# FAQ\nAdded to as issues come in.\n\nPull requests welcome.\n# Clearing the console\nUse the flag.\n# Help! Changes are not seen!\nUse polling.\n\nOr set legacyWatch.\n## Runs two scripts\nCheck main.\n## What wins, ignore or watch?\nIgnore.\n# Billing\nOne line about billing.\n## How do I pay?\nBy card.\n",
        );
        let got = titles_topics_bodies(&s);
        assert_eq!(
            got,
            [
                // The page's title and the one-line introduction of a
                // category are not answers; a sibling is not a topic.
                ("Clearing the console", "t", "Use the flag."),
                (
                    "Help! Changes are not seen!",
                    "t",
                    "Use polling.\n\nOr set legacyWatch."
                ),
                (
                    "Runs two scripts",
                    "Help! Changes are not seen!",
                    "Check main."
                ),
                (
                    "What wins, ignore or watch?",
                    "Help! Changes are not seen!",
                    "Ignore."
                ),
                ("How do I pay?", "Billing", "By card."),
            ]
        );
    }

    #[test]
    fn question_headings_grouped_under_an_empty_heading_are_sections() {
        let (s, _) = parse_str(
            "### How do I pay?\nBy card.\n### Requirements?\n#### Minimum\n1 GB.\n#### Recommended\n2 GB.\n### Spam\n#### How do I train it?\nFeed it mail.\n#### Why no headers?\nA setting.\n### Is there a trial?\nYes.\n",
        );
        let got = titles_topics_bodies(&s);
        assert_eq!(
            got,
            [
                ("How do I pay?", "t", "By card."),
                // Sub-headings that are not questions stay in the answer.
                (
                    "Requirements?",
                    "t",
                    "#### Minimum\n1 GB.\n#### Recommended\n2 GB."
                ),
                ("How do I train it?", "Spam", "Feed it mail."),
                ("Why no headers?", "Spam", "A setting."),
                ("Is there a trial?", "t", "Yes."),
            ]
        );
    }

    #[test]
    fn a_category_name_among_questions_groups_its_entries() {
        let (s, _) = parse_str(
            "## How do I pay?\nBy card.\n## Troubleshooting\nSome common issues and how to solve them.\n### Not starting\nRun it with --verbose.\n#### Broken status\nDelete the lock.\n### No internet\nSet a DNS server.\n## Containerd\n### How do I edit its config?\nEdit config.toml.\n## Is there a trial?\nYes.\n## What does it cost?\n### Plans\nSee the list.\n### Discounts\nFor schools.\n",
        );
        let got = titles_topics_bodies(&s);
        assert_eq!(
            got,
            [
                ("How do I pay?", "t", "By card."),
                // Deeper headings stay in their entry's answer.
                (
                    "Not starting",
                    "Troubleshooting",
                    "Run it with --verbose.\n#### Broken status\nDelete the lock."
                ),
                ("No internet", "Troubleshooting", "Set a DNS server."),
                (
                    "How do I edit its config?",
                    "Containerd",
                    "Edit config.toml."
                ),
                ("Is there a trial?", "t", "Yes."),
                // A question's sub-headings are parts of its answer.
                (
                    "What does it cost?",
                    "t",
                    "### Plans\nSee the list.\n### Discounts\nFor schools."
                ),
            ]
        );
        // Where the level's headings are not questions, a short one is a
        // section like the others, and so is a category with an answer of
        // its own.
        let (s, _) = parse_str(
            "## Billing\nBy card.\n### Refunds\nWithin a month.\n### Invoices\nMonthly.\n## Setup\nRun the installer.\n",
        );
        let titles: Vec<&str> = s.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Billing", "Setup"]);
        let (s, _) = parse_str(
            "## How do I pay?\nBy card.\n## Is there a trial?\nYes.\n## Troubleshooting\nFirst, restart it. If that does not help, reinstall.\n\nThen check the log, which tells you which step failed and why.\n### Not starting\nRun it with --verbose.\n### No internet\nSet a DNS server.\n",
        );
        let titles: Vec<&str> = s.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            ["How do I pay?", "Is there a trial?", "Troubleshooting"]
        );
    }

    #[test]
    fn numbers_before_a_heading_leave_the_title() {
        for (heading, title) in [
            ("2.4. Q: What is an advert?", "Q: What is an advert?"),
            ("1. Installation", "Installation"),
            ("3) Billing", "Billing"),
            ("(4) Refunds", "Refunds"),
            ("10.2.1. Deep", "Deep"),
            ("7.1 Q: How to update?", "Q: How to update?"),
            // Not a numbering: a quantity, a word, nothing after.
            ("1.5 GB limit?", "1.5 GB limit?"),
            ("3D printing", "3D printing"),
            ("2024 roadmap", "2024 roadmap"),
            ("1.", "1."),
            ("404 page?", "404 page?"),
        ] {
            assert_eq!(without_numbering(heading), title, "{heading}");
        }
        assert_eq!(
            without_question_label(without_numbering("6.1. Q: Why?")),
            "Why?"
        );
    }

    #[test]
    fn question_labels_leave_the_title() {
        for (heading, title) in [
            ("Q: What is video.js?", "What is video.js?"),
            ("Q3. How do I log in?", "How do I log in?"),
            ("Question: why?", "why?"),
            ("FAQ - Can I pay by card?", "Can I pay by card?"),
            ("q) lower case", "lower case"),
            // Not labels: a word that starts alike, no separator, nothing after.
            ("Quotas and limits", "Quotas and limits"),
            ("Q:A session", "Q:A session"),
            ("FAQ", "FAQ"),
            ("Q:", "Q:"),
            ("Questions about billing", "Questions about billing"),
        ] {
            assert_eq!(without_question_label(heading), title, "{heading}");
        }
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
    fn a_tag_between_words_splits_the_title_but_not_the_anchor() {
        let (s, _) = parse_str(
            "# T\n\n## Got enabled<br/>Charger logic error\n\nRestart it.\n\n## a <br/> b\n\nText.\n",
        );
        assert_eq!(s[0].title, "Got enabled Charger logic error");
        assert_eq!(s[0].id.as_str(), "got-enabledcharger-logic-error");
        assert_eq!(s[1].id.as_str(), "a--b");
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

    fn fixture(name: &str) -> (std::path::PathBuf, String) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/markdown")
            .join(name);
        let text = std::fs::read_to_string(&path).expect("fixture");
        (path, text)
    }

    #[test]
    fn a_docusaurus_page_reads_as_its_text() {
        let (path, text) = fixture("storage-faq.mdx");
        let mut d = Vec::new();
        let page = parse_file(&path, &text, &mut d);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(page.title.as_deref(), Some("Storage FAQ"));
        assert_eq!(
            page.source_url.as_deref(),
            Some("https://docs.example.com/storage/faq")
        );
        let got: Vec<_> = page
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str(), s.topic.as_str(), s.line))
            .collect();
        assert_eq!(
            got,
            [
                ("storage-template", "Storage template", "Storage FAQ", 19),
                ("how-do-i-use-foo", "How do I use foo?", "Storage FAQ", 29),
                ("can-i-undo-a-move", "Can I undo a move?", "Storage FAQ", 44),
                (
                    "index-location",
                    "Where is the index kept?",
                    "Storage FAQ",
                    53
                ),
            ]
        );
        let bodies: Vec<_> = page.sections.iter().map(|s| s.body.as_str()).collect();
        assert_eq!(
            bodies,
            [
                "The storage template decides where files go. See [the template guide](../guides/template.md) or [the upstream docs](https://example.org/docs).\n\nUse `{{y}}/{{MM}}` for yearly folders.",
                "Run `foo --init` in a terminal.\n\nAdd `FOO=1` to the container's environment.",
                "Short answer\n\nYes, within 30 days. After that the old copy is deleted.",
                "The index lives in `data/index/`.\n\n- It is rebuilt at start-up.\n\nDeleting it forces a full rescan.",
            ]
        );
        // Relative links show as their text; web links stay links.
        assert_eq!(
            display_text(bodies[0]).lines().next(),
            Some("The storage template decides where files go. See the template guide or [the upstream docs](https://example.org/docs).")
        );
    }

    #[test]
    fn a_table_of_contents_is_not_a_section() {
        let (path, text) = fixture("toc.md");
        let mut d = Vec::new();
        assert!(parse(&path, &text, &mut d).is_empty());
        assert!(d.is_empty(), "{d:?}");
        // Nor is a section that only lists links to others; a web link alone is an answer.
        let (s, _) = parse_str(
            "## Overview\n\n- [Pay](#pay)\n- [Refund](refunds.md#refund)\n\n## Pay\n\nBy card.\n\n## Status page\n\n[status.example.com](https://status.example.com)\n",
        );
        let ids: Vec<_> = s.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["pay", "status-page"]);
        // Contents with one outside link among its own links (a forum) is
        // still contents; a list of mostly outside links is an answer.
        let (s, _) = parse_str(
            "## Help\n\n- [Forum](https://forum.example.org)\n- [Pay](#pay)\n- [Refund](#refund)\n\n## Pay\n\nBy card.\n\n## Links\n\n- [Docs](https://docs.example.org)\n- [Forum](https://forum.example.org)\n- [Pay](#pay)\n",
        );
        let ids: Vec<_> = s.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["pay", "links"]);
        // One link to another page answers its question by reference; one
        // link into this page is a contents entry.
        let (s, _) = parse_str(
            "## Contents\n\n- [Pay](#pay)\n\n## Pay\n\nBy card.\n\n## What is the difference between let and cast?\n\n[→ Type assertions](type-assertions.md)\n",
        );
        let ids: Vec<_> = s.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["pay", "what-is-the-difference-between-let-and-cast"]);
    }

    #[test]
    fn html_headings_are_headings_with_their_id() {
        let (s, d) = parse_str(
            "# FAQ\n\n<a href=\"#1\">1. Can I?</a>\n\n<h3 id='1'>Q: 1.Can Seata be used in production?</h3>\n\n**A:** Yes, since 0.4.2.\n\n<h3 id=\"two\">Q: 2.Why does\nit <code>fail</code>?</h3>\n\nBecause.\n\n<H3>No id here</H3>\nText.\n\n```\n<h3 id='x'>in code</h3>\n```\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let got: Vec<_> = s
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str(), s.line))
            .collect();
        assert_eq!(
            got,
            [
                ("1", "Can Seata be used in production?", 5),
                ("two", "Why does it fail?", 9),
                ("no-id-here", "No id here", 14),
            ]
        );
        assert!(s[2].body.contains("in code"), "{}", s[2].body);
        // A fence opened in a list item is closed on its own line: the
        // heading after it is still read.
        let (s, d) = parse_str(
            "# FAQ\n\n<h3 id='a'>First?</h3>\n\n1. Steps:\n   - ```\n     <profile>x</profile>\n     ```\n\n<h3 id='b'>Second?</h3>\n\nYes.\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let ids: Vec<_> = s.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn a_question_left_open_is_completed_by_its_sub_headings() {
        let (s, d) = parse_str(
            "# FAQ\n\n## What is it?\n\nA bot.\n\n## What if I need to .. ?\n\n### Add labels to PRs\n\nSet `labels`.\n\n### Control the schedule\n\nSet `schedule`.\n\n## What does `...` do?\n\n### In definitions\n\nIt collects.\n\n### In calls\n\nIt splats.\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let titles: Vec<_> = s.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "What is it?",
                "Add labels to PRs",
                "Control the schedule",
                "What does ... do?"
            ]
        );
    }

    #[test]
    fn documenter_anchors_give_the_id_and_a_clean_title() {
        let (s, d) = parse_str(
            "# FAQ\n\n## [Scripting](@id man-scripting)\n\n### [How do I catch CTRL-C in a script?](@id catch-ctrl-c)\nUse `atexit`.\n### [Why a `DomainError`?](@id faq-domain-errors)\nBecause.\n### [Plain link](other.md)\nText.\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let got: Vec<_> = s
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str(), s.explicit_id))
            .collect();
        assert_eq!(
            got,
            [
                ("catch-ctrl-c", "How do I catch CTRL-C in a script?", true),
                ("faq-domain-errors", "Why a DomainError?", true),
                ("plain-link", "Plain link", false),
            ]
        );
    }

    #[test]
    fn headings_with_links_and_code_get_their_text_and_github_anchor() {
        let (s, _) = parse_str(
            "## [Storage template](/docs/x)\nOne.\n## How do I use `foo`?\nTwo.\n## **Bold** &amp; [linked `code`](a.md) {#mine .section}\nThree.\n",
        );
        let got: Vec<_> = s
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str(), s.explicit_id))
            .collect();
        assert_eq!(
            got,
            [
                ("storage-template", "Storage template", false),
                ("how-do-i-use-foo", "How do I use foo?", false),
                ("mine", "Bold & linked code", true),
            ]
        );
    }

    #[test]
    fn reference_links_are_written_inline_wherever_their_definitions_stand() {
        let md =
            "# FAQ\n\n## What is it?\n\nSee the [spec][Spec Page], [the guide][] and [news].\n\
                  Also [a page][local] and `[code][spec page]`.\n\n\
                  [the guide]: https://g.example/guide\n\n---\n\n\
                  ## Where is the source?\n\nOn GitHub.\n\n\
                  [spec page]: https://s.example/spec \"The spec\"\n\
                  [news]: https://n.example\n[local]: ../local.md\n";
        let (s, _) = parse_str(md);
        assert_eq!(
            s[0].shown,
            "See the [spec](https://s.example/spec), [the guide](https://g.example/guide) and \
             [news](https://n.example).\nAlso [a page](../local.md) and `[code][spec page]`."
        );
        assert_eq!(s[1].shown, "On GitHub.");
        assert_eq!(
            display_text(&s[0].shown),
            "See the [spec](https://s.example/spec), [the guide](https://g.example/guide) and \
             [news](https://n.example).\nAlso a page and `[code][spec page]`."
        );
    }

    #[test]
    fn site_template_markup_leaves_the_answer_but_not_code() {
        let md = "{% assign pdf = '<i>pdf</i>' %}\n\n## Is there a spec?\n\n\
                  Yes {{pdf}}, see [it]({{site.url}}/spec) &mdash; it&#8217;s &amp; &bogus; ok.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\
                  {:.table .table-striped}\n\nType `{{ name }}` in a template:\n\n\
                  ```\n{% if x %}{{ y }}{% endif %}\n```\n";
        let (s, _) = parse_str(md);
        assert_eq!(
            s[0].shown,
            "Yes , see [it](/spec) — it’s & &bogus; ok.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\
             Type `{{ name }}` in a template:\n\n```\n{% if x %}{{ y }}{% endif %}\n```"
        );
    }

    #[test]
    fn display_text_unlinks_relative_links_only() {
        assert_eq!(
            display_text("[see here](../x.md), [top](#top) and ![logo](img/logo.png)."),
            "see here, top and logo."
        );
        assert_eq!(
            display_text(
                "[**docs**](https://a.example/docs) or <https://b.example> or [mail](mailto:x@y.z)"
            ),
            "[**docs**](https://a.example/docs) or <https://b.example> or [mail](mailto:x@y.z)"
        );
        assert_eq!(
            display_text("`[a](b.md)` stays code"),
            "`[a](b.md)` stays code"
        );
        assert_eq!(display_text("[![alt](i.png)](p.md)"), "alt");
    }

    #[test]
    fn markup_is_blanked_line_for_line() {
        let text = "---\ntitle: 'T'\n---\nimport X from './x';\n<Tabs>\n  <TabItem\n    value=\"a\">\n\n    Text <br/>here <!-- note\n    --> and `<b>` <b>bold</b>.\n\n  </TabItem>\n</Tabs>\n```\n<Tabs>\n```\n";
        let clean = strip_markup(text, true);
        assert_eq!(clean.title.as_deref(), Some("T"));
        assert_eq!(clean.text.lines().count(), text.lines().count());
        assert_eq!(
            clean.text,
            "\n\n\n\n\n\n\n\nText here\n and `<b>` bold.\n\n\n\n```\n<Tabs>\n```\n"
        );
        // Not MDX: an `import` line is prose.
        let clean = strip_markup("import contacts from a CSV file.\n", false);
        assert_eq!(clean.text, "import contacts from a CSV file.\n");
    }

    #[test]
    fn crlf_files_and_a_stray_angle_bracket_keep_their_text() {
        let (s, d) = parse_str("# T\r\n\r\n## Q? {#q}\r\nUse a <name of your server\r\nwhen asked.\r\n\r\n## R\r\nx < y.\r\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            (s[0].line, s[0].body.as_str()),
            (3, "Use a <name of your server\nwhen asked.")
        );
        assert_eq!((s[1].line, s[1].body.as_str()), (7, "x < y."));
    }

    #[test]
    fn an_unclosed_fence_is_a_warning_on_the_last_line() {
        let (s, d) = parse_str("## Q\nText\n```\ncode\n## not a heading\n");
        assert_eq!(s.len(), 1);
        assert_eq!(d.len(), 1);
        assert!(!d[0].is_error());
        assert_eq!(d[0].line, 5);
        let (_, d) = parse_str("## Q\n~~~~\ncode\n~~~~\n");
        assert!(d.is_empty(), "{d:?}");
    }
}
