//! Knowledge: an FAQ folder (Markdown + rules files) turned into validated
//! sections, facts and rules. Reading files is the only I/O, and only in
//! [`load_dir`]; [`build`] works on in-memory files so it can be fuzzed.

pub mod diagnostics;
pub mod markdown;
pub mod model;
pub mod pattern;
pub mod rules_file;
pub mod text_rules;

mod abbrev;
pub use diagnostics::{Diagnostic, LoadError, Severity};
pub use model::*;
pub use text_rules::{HostNames, TextRules};

use crate::ids::{FactId, SectionId, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One file of an FAQ folder, read but not yet parsed.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the folder (shown in sources and diagnostics).
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// A file of the given text (tests, and folders built in memory).
    pub fn text(path: impl Into<PathBuf>, text: &str) -> Self {
        Self {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }
}

/// Result of loading: the knowledge plus warnings (errors make it `Err`).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub knowledge: Knowledge,
    pub warnings: Vec<Diagnostic>,
}

/// Largest FAQ file read (a bigger one is almost certainly a mistake).
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How much a load checks beyond what it needs to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// Everything: what `check` and a serving bot use.
    All,
    /// Without compiling every pattern (only their syntax is checked) and
    /// without the cross-check of each fact's examples against its own
    /// patterns ("an example for `no` that a `yes` pattern reads"), which
    /// runs the patterns over every example. Together they cost ~20 ms on
    /// the ICP rules file, while a console question compiles and runs a
    /// few patterns: `ask` and `chat` load this way; `check` reports what
    /// it skips.
    AllButExampleCrossCheck,
}

/// Reads every `.md`, `.mdx` and `.toml` file under `dir` (recursively, sorted) and builds the knowledge.
pub fn load_dir(dir: &Path) -> Result<Loaded, LoadError> {
    load_dir_with(dir, Checks::All)
}

/// [`load_dir`], checking as much as `checks` says.
pub fn load_dir_with(dir: &Path, checks: Checks) -> Result<Loaded, LoadError> {
    let mut diags = Vec::new();
    let mut files = Vec::new();
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => collect(dir, dir, &mut files, &mut diags),
        Ok(_) => diags.push(Diagnostic::error(dir, 0, "is not a folder")),
        Err(e) => diags.push(
            Diagnostic::error(dir, 0, format!("cannot read the FAQ folder: {e}")).caused_by(e),
        ),
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    build_with(dir, files, diags, checks)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<SourceFile>, diags: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::error(dir, 0, format!("cannot list folder: {e}")).caused_by(e));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                diags.push(Diagnostic::error(&rel, 0, format!("cannot read: {e}")).caused_by(e));
                continue;
            }
        };
        if meta.is_dir() {
            collect(root, &path, out, diags);
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(
            ext.to_ascii_lowercase().as_str(),
            "md" | "mdx" | "markdown" | "toml" | "json"
        ) || is_legal_notice(&name.to_string_lossy())
        {
            continue;
        }
        if meta.len() > MAX_FILE_BYTES {
            diags.push(Diagnostic::error(
                &rel,
                0,
                format!(
                    "file is {} bytes, over the {} byte limit",
                    meta.len(),
                    MAX_FILE_BYTES
                ),
            ));
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => out.push(SourceFile { path: rel, bytes }),
            Err(e) => {
                diags.push(Diagnostic::error(&rel, 0, format!("cannot read: {e}")).caused_by(e))
            }
        }
    }
}

/// A licence or notice file (`LICENSE.md`, `COPYING.markdown`,
/// `NOTICE.md`, `LICENSE-MIT.md`) kept beside an FAQ, as its licence asks:
/// legal text, not questions and answers, so it is not loaded.
fn is_legal_notice(file_name: &str) -> bool {
    let stem = file_name
        .split('.')
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    ["LICENSE", "LICENCE", "COPYING", "NOTICE"].iter().any(|n| {
        stem == *n
            || stem
                .strip_prefix(n)
                .is_some_and(|r| r.starts_with(['-', '_']))
    })
}

/// Builds knowledge from files already in memory (`.toml` by extension, the rest as Markdown).
pub fn build(files: Vec<SourceFile>) -> Result<Loaded, LoadError> {
    build_with(Path::new("."), files, Vec::new(), Checks::All)
}

/// Below this much text, files are parsed on one thread.
const PARALLEL_PARSE_BYTES: usize = 1 << 20;

/// One source file, parsed.
enum ParsedFile {
    Markdown(PathBuf, Vec<markdown::ParsedSection>),
    Rules(PathBuf, String, rules_file::RulesFile),
    /// Read only when a rules file names it (a calibration model).
    Json(PathBuf, String),
}

/// Parses files in order; a file that fails leaves only diagnostics.
fn parse_files(files: Vec<SourceFile>) -> (Vec<ParsedFile>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut out = Vec::new();
    for f in files {
        let text = match String::from_utf8(f.bytes) {
            Ok(t) => t,
            Err(e) => {
                let cause = e.utf8_error();
                let valid = cause.valid_up_to();
                let bytes = e.into_bytes();
                let (line, col) = diagnostics::line_col(
                    std::str::from_utf8(&bytes[..valid]).unwrap_or(""),
                    valid,
                );
                diags.push(
                    Diagnostic::error(&f.path, line, "file is not valid UTF-8: save it as UTF-8")
                        .at_column(col)
                        .caused_by(cause),
                );
                continue;
            }
        };
        let is_toml = f
            .path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        let is_json = f
            .path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json {
            out.push(ParsedFile::Json(f.path, text));
        } else if is_toml {
            // `[text]` is read apart (`text_rules_of`) until `RulesFile` has the key.
            match toml::from_str::<rules_file::RulesFile>(&text_rules::without_text_tables(&text)) {
                Ok(r) => out.push(ParsedFile::Rules(f.path, text, r)),
                Err(e) => {
                    let (line, col) = e
                        .span()
                        .map(|s| diagnostics::line_col(&text, s.start))
                        .unwrap_or((0, 0));
                    diags.push(
                        Diagnostic::error(&f.path, line, e.message().trim().to_string())
                            .at_column(col)
                            .caused_by(e),
                    );
                }
            }
        } else {
            let sections = markdown::parse(&f.path, &text, &mut diags);
            out.push(ParsedFile::Markdown(f.path, sections));
        }
    }
    (out, diags)
}

fn build_with(
    dir: &Path,
    files: Vec<SourceFile>,
    mut diags: Vec<Diagnostic>,
    checks: Checks,
) -> Result<Loaded, LoadError> {
    // Files parse independently: a large folder is parsed on all cores, in
    // chunks of files whose results (and diagnostics) are joined in order.
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    let threads = if files.len() > 1 && total >= PARALLEL_PARSE_BYTES {
        std::thread::available_parallelism().map_or(1, |p| p.get().min(8))
    } else {
        1
    };
    let results: Vec<(Vec<ParsedFile>, Vec<Diagnostic>)> = if threads == 1 {
        vec![parse_files(files)]
    } else {
        let per = files.len().div_ceil(threads);
        let mut chunks: Vec<Vec<SourceFile>> = Vec::new();
        let mut rest = files.into_iter().peekable();
        while rest.peek().is_some() {
            chunks.push(rest.by_ref().take(per).collect());
        }
        std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|c| scope.spawn(move || parse_files(c)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("parser thread panicked"))
                .collect()
        })
    };
    let mut parsed: Vec<(PathBuf, markdown::ParsedSection)> = Vec::new();
    let mut rules: Vec<(PathBuf, String, rules_file::RulesFile)> = Vec::new();
    let mut json: Vec<(PathBuf, String)> = Vec::new();
    for (files, file_diags) in results {
        diags.extend(file_diags);
        for f in files {
            match f {
                ParsedFile::Markdown(path, sections) => {
                    parsed.extend(sections.into_iter().map(|s| (path.clone(), s)))
                }
                ParsedFile::Rules(path, text, r) => rules.push((path, text, r)),
                ParsedFile::Json(path, text) => json.push((path, text)),
            }
        }
    }
    let mut confidence = confidence_settings(&rules, &json, &mut diags);
    let text_rules = text_rules_of(&rules, &mut diags);
    // `semantic_model = "DIR"`: the first rules file that names one.
    for (path, text, file) in &rules {
        let Some(name) = &file.semantic_model else {
            continue;
        };
        let want = dir
            .join(path.parent().unwrap_or(Path::new("")))
            .join(name.get_ref());
        match &confidence.semantic_model {
            None => confidence.semantic_model = Some(want),
            Some(first) if first != &want => diags.push(Diagnostic::warning(
                path,
                diagnostics::line_col(text, name.span().start).0,
                format!("`semantic_model` is set again: {} is used", first.display()),
            )),
            Some(_) => {}
        }
    }

    // Sections, with duplicate ids reported against both files.
    let mut sections: Vec<Section> = Vec::new();
    let mut seen: HashMap<SectionId, (PathBuf, usize)> = HashMap::new();
    for (path, mut s) in parsed {
        if !s.explicit_id && seen.contains_key(&s.id) {
            // Two headings with the same text ("Pricing" under two topics):
            // numbered as GitHub numbers its anchors, with a warning.
            let (first, line) = seen[&s.id].clone();
            let base = s.id.as_str().to_string();
            let id = (1..)
                .map(|n| SectionId(format!("{base}-{n}")))
                .find(|id| !seen.contains_key(id))
                .expect("some suffix is free");
            diags.push(Diagnostic::warning(
                &path,
                s.line,
                format!(
                    "section id `{base}` is already used at {}:{line}; this one is `{id}` (add an {{#id}} anchor to choose its id)",
                    first.display()
                ),
            ));
            s.id = id;
        }
        if let Some((first, line)) = seen.get(&s.id) {
            diags.push(Diagnostic::error(
                &path,
                s.line,
                format!(
                    "duplicate section id `{}`: already used at {}:{}",
                    s.id,
                    first.display(),
                    line
                ),
            ));
            continue;
        }
        seen.insert(s.id.clone(), (path.clone(), s.line));
        sections.push(Section {
            id: s.id,
            title: s.title,
            topic: s.topic,
            body: s.body,
            shown: s.shown,
            source: Source {
                file: path.to_string_lossy().replace('\\', "/"),
                line: s.line,
            },
            examples: Vec::new(),
            keywords: Vec::new(),
            rules: Vec::new(),
            otherwise: None,
        });
    }
    if sections.is_empty() {
        diags.push(Diagnostic::error(
            dir,
            0,
            "no FAQ sections found: add a Markdown file with `## Question` headings",
        ));
    }
    // One section for the whole FAQ answers every question on its topic
    // with the same text, out-of-scope ones too: when its text holds
    // several questions, they are written in a way not read as headings.
    if let [only] = sections.as_slice() {
        let asked = only
            .body
            .lines()
            .filter(|l| l.trim_end().ends_with(['?', '？']))
            .count();
        if asked >= 3 {
            diags.push(Diagnostic::warning(
            Path::new(&only.source.file),
            only.source.line,
            "the FAQ has one section only, so every question gets it: give each question a heading of its own (`## Question?` or `<h3 id=\"q1\">Question?</h3>`)",
        ));
        }
    }

    // Facts first (rules refer to them), across every rules file.
    let mut facts: Vec<Fact> = Vec::new();
    let mut jobs: Vec<FactJob<'_>> = Vec::new();
    let mut fact_files: HashMap<FactId, PathBuf> = HashMap::new();
    let mut synonyms = Vec::new();
    let mut zh = ZhTexts::default();
    for (path, text, file) in &rules {
        let lines = diagnostics::Lines::new(text);
        let line_of = |span: std::ops::Range<usize>| lines.line(span.start);
        for syn in &file.synonyms {
            let line = line_of(syn.span());
            let def = syn.get_ref();
            if def.canonical.trim().is_empty()
                || def.aliases.iter().any(|a| a.trim().is_empty())
                || def.aliases.is_empty() && def.forms.is_empty()
            {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    "a synonym or its canonical form is empty",
                ));
                continue;
            }
            if let Some((form, e)) = def
                .forms
                .iter()
                .find_map(|f| regex::Regex::new(f).err().map(|e| (f, e)))
            {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "synonym form `{form}` of `{}` does not compile: {e}",
                        def.canonical
                    ),
                ));
                continue;
            }
            synonyms.push(SynonymGroup {
                canonical: def.canonical.clone(),
                aliases: def.aliases.clone(),
                forms: def.forms.clone(),
                except: def.except.clone(),
            });
        }
        for (name, def) in &file.facts {
            let line = line_of(name.span());
            let id = FactId(name.get_ref().clone());
            if let Some(other) = fact_files.get(&id) {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "fact `{id}` is declared twice (also in {})",
                        other.display()
                    ),
                ));
                continue;
            }
            fact_files.insert(id.clone(), path.clone());
            let d = def.get_ref();
            if let Some(q) = &d.question_zh {
                zh.questions.insert(id.clone(), q.clone());
            }
            for (v, t) in &d.because_zh {
                zh.because.insert((id.clone(), Value(v.clone())), t.clone());
            }
            for c in &d.choices {
                let key = (id.clone(), Value(c.value.clone()));
                if let Some(l) = &c.label_zh {
                    zh.labels.insert(key.clone(), l.clone());
                }
                if let Some(b) = &c.because_zh {
                    zh.because.insert(key, b.clone());
                }
            }
            jobs.push((path, text.as_str(), id, def.get_ref(), line));
        }
    }
    // Parsing the patterns' syntax is most of loading a rules file: the
    // facts are built on two cores, each with its own diagnostics, joined
    // in order.
    let negation_words = &text_rules.negation_words;
    let build_all = |jobs: &[FactJob<'_>]| -> Vec<(Option<Fact>, Vec<Diagnostic>)> {
        jobs.iter()
            .map(|(path, text, id, def, line)| {
                let mut d = Vec::new();
                let f = build_fact(path, text, id.clone(), def, *line, negation_words, &mut d);
                (f, d)
            })
            .collect()
    };
    let built: Vec<(Option<Fact>, Vec<Diagnostic>)> = if jobs.len() >= 4 {
        let (first, second) = jobs.split_at(jobs.len() / 2);
        std::thread::scope(|scope| {
            let later = scope.spawn(|| build_all(second));
            let mut out = build_all(first);
            out.extend(later.join().expect("fact builder thread panicked"));
            out
        })
    } else {
        build_all(&jobs)
    };
    for (f, d) in built {
        diags.extend(d);
        facts.extend(f);
    }
    let fact_map: HashMap<FactId, &Fact> = facts.iter().map(|f| (f.id.clone(), f)).collect();
    // `implies` names declared facts and values.
    for (path, text, file) in &rules {
        let lines = diagnostics::Lines::new(text);
        for (name, def) in &file.facts {
            let line = lines.line(name.span().start);
            let id = name.get_ref();
            let Some(own) = fact_map.get(&FactId(id.clone())) else {
                continue;
            };
            for (v, m) in &def.get_ref().implies {
                let mut problems = Vec::new();
                if own.choice(&Value(v.clone())).is_none() {
                    problems.push(format!(
                        "`implies` names value `{v}` that fact `{id}` does not declare"
                    ));
                }
                for (g, w) in m {
                    match fact_map.get(&FactId(g.clone())) {
                        None => problems.push(format!("`implies` of fact `{id}` names unknown fact `{g}`")),
                        Some(other) if other.choice(&Value(w.clone())).is_none() => problems.push(format!(
                            "`implies` of fact `{id}` names value `{w}` that fact `{g}` does not declare (declared: {})",
                            declared(&other.choices)
                        )),
                        Some(_) => {}
                    }
                }
                for p in problems {
                    diags.push(Diagnostic::error(path, line, p));
                }
            }
        }
    }
    let section_ids: HashSet<SectionId> = sections.iter().map(|s| s.id.clone()).collect();

    // Rules per section.
    // (rules, otherwise, examples, keywords) gathered from every rules file.
    type SectionExtras = (Vec<Rule>, Option<String>, Vec<String>, Vec<String>);
    let mut per_section: BTreeMap<SectionId, SectionExtras> = BTreeMap::new();
    for (path, text, file) in &rules {
        let lines = diagnostics::Lines::new(text);
        let line_of = |span: std::ops::Range<usize>| lines.line(span.start);
        for (name, def) in &file.sections {
            let sid = SectionId(name.get_ref().clone());
            let line = line_of(name.span());
            if !section_ids.contains(&sid) {
                let hint = closest(sid.as_str(), section_ids.iter().map(|s| s.as_str()));
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "rules for section `{sid}`, which no Markdown file defines{}",
                        hint.map(|h| format!(" (did you mean `{h}`?)"))
                            .unwrap_or_default()
                    ),
                ));
                continue;
            }
            let entry = per_section.entry(sid.clone()).or_default();
            let def = def.get_ref();
            entry.2.extend(def.examples.iter().cloned());
            entry.3.extend(def.keywords.iter().cloned());
            if def.otherwise.is_some() {
                entry.1 = def.otherwise.clone();
            }
            if let Some(t) = &def.title_zh {
                zh.titles.insert(sid.clone(), t.clone());
            }
            if let Some(t) = &def.otherwise_zh {
                zh.otherwise.insert(sid.clone(), t.clone());
            }
            for rule in &def.rules {
                let rline = line_of(rule.span());
                let r = rule.get_ref();
                let mut when = Vec::new();
                let mut ok = true;
                for (fname, vals) in &r.when {
                    let fid = FactId(fname.get_ref().clone());
                    let fl = line_of(fname.span());
                    let Some(fact) = fact_map.get(&fid) else {
                        let hint = closest(fid.as_str(), fact_map.keys().map(|f| f.as_str()));
                        diags.push(Diagnostic::error(
                            path,
                            fl,
                            format!(
                                "rule of `{sid}` uses unknown fact `{fid}`{}",
                                hint.map(|h| format!(" (did you mean `{h}`?)"))
                                    .unwrap_or_default()
                            ),
                        ));
                        ok = false;
                        continue;
                    };
                    let mut values = Vec::new();
                    for v in vals.values() {
                        let v = Value(v);
                        if fact.choice(&v).is_none() {
                            diags.push(Diagnostic::error(
                                path,
                                fl,
                                format!(
                                    "rule of `{sid}` uses value `{v}` that fact `{fid}` does not declare (declared: {})",
                                    fact.choices.iter().map(|c| c.value.as_str()).collect::<Vec<_>>().join(", ")
                                ),
                            ));
                            ok = false;
                        } else {
                            values.push(v);
                        }
                    }
                    if values.is_empty() {
                        ok = false;
                    }
                    when.push(Condition { fact: fid, values });
                }
                let then = match (&r.answer, &r.goto) {
                    (Some(a), None) if !a.trim().is_empty() => Outcome::Answer(a.clone()),
                    (None, Some(g)) => {
                        let target = SectionId(g.get_ref().clone());
                        if !section_ids.contains(&target) {
                            diags.push(Diagnostic::error(
                                path,
                                line_of(g.span()),
                                format!("rule of `{sid}` hands over to unknown section `{target}`"),
                            ));
                            ok = false;
                        }
                        Outcome::Goto(target)
                    }
                    _ => {
                        diags.push(Diagnostic::error(
                            path,
                            rline,
                            format!("rule of `{sid}` needs exactly one of `answer = \"...\"` or `goto = \"section\"`"),
                        ));
                        continue;
                    }
                };
                if when.is_empty() && ok {
                    diags.push(Diagnostic::warning(
                        path,
                        rline,
                        format!("rule of `{sid}` has no condition: it always applies"),
                    ));
                }
                if ok {
                    entry.0.push(Rule {
                        when,
                        then,
                        line: rline,
                    });
                }
            }
        }
    }
    for s in &mut sections {
        if let Some((r, o, ex, kw)) = per_section.remove(&s.id) {
            s.rules = r;
            s.otherwise = o;
            s.examples = ex;
            s.keywords = kw;
        }
    }
    lint_rules(&sections, &rules, &mut diags);

    if diags.iter().any(Diagnostic::is_error) {
        return Err(LoadError { diagnostics: diags });
    }
    // Abbreviations the FAQ defines ("pull request (PR)") mean their long form.
    // Both scans read every section: they run side by side.
    let (defined, used) = std::thread::scope(|scope| {
        let used = scope.spawn(|| abbrev::common_used(&sections));
        let defined = abbrev::defined(&sections, &synonyms);
        (defined, used.join().expect("abbreviation scan"))
    });
    synonyms.extend(defined);
    // ... and so do the common ones of software support it uses ("PR").
    let common = abbrev::common_groups(&used, &synonyms);
    synonyms.extend(common);
    let mut knowledge = Knowledge::new(sections, facts, synonyms);
    knowledge.zh = zh;
    knowledge.text = text_rules;
    // Patterns compile on first use; a full check compiles them all now, so
    // that one over the size limit stops the load (and `serve` keeps its
    // last good FAQ).
    let crossed = match checks {
        Checks::All => {
            let mut e = pattern::compile_all(&knowledge);
            e.extend(examples_stating_two_values(&knowledge));
            e
        }
        Checks::AllButExampleCrossCheck => Vec::new(),
    };
    if !crossed.is_empty() {
        diags.extend(crossed);
        return Err(LoadError { diagnostics: diags });
    }
    Ok(Loaded {
        knowledge: knowledge.with_confidence(confidence),
        warnings: diags,
    })
}

/// The `[text]` tables of the rules files, joined; [`TextRules::legacy`]
/// when none has one. Read apart from the rest of a rules file.
fn text_rules_of(
    rules: &[(PathBuf, String, rules_file::RulesFile)],
    diags: &mut Vec<Diagnostic>,
) -> TextRules {
    let mut joined: Option<TextRules> = None;
    for (path, text, _) in rules {
        if !text.contains("text") {
            continue;
        }
        let table = match toml::from_str::<text_rules::TextOnly>(text) {
            Ok(t) => t.text,
            Err(e) => {
                let (line, col) = e
                    .span()
                    .map(|s| diagnostics::line_col(text, s.start))
                    .unwrap_or((0, 0));
                diags.push(
                    Diagnostic::error(path, line, format!("[text]: {}", e.message().trim()))
                        .at_column(col)
                        .caused_by(e),
                );
                continue;
            }
        };
        let Some(table) = table else { continue };
        let line = diagnostics::line_col(text, table.span().start).0;
        let table = table.into_inner();
        for p in table.problems() {
            diags.push(Diagnostic::error(path, line, format!("[text]: {p}")));
        }
        match &mut joined {
            None => joined = Some(table),
            Some(j) => {
                if !j.merge(table) {
                    diags.push(Diagnostic::warning(
                        path,
                        line,
                        "[text.host_names] is already given by another rules file; this one is ignored",
                    ));
                }
            }
        }
    }
    joined.unwrap_or_else(TextRules::general)
}

/// The `[confidence]` tables of the rules files: rates in (0, 1], and a
/// model file that exists, parses and was fit for this engine's features.
fn confidence_settings(
    rules: &[(PathBuf, String, rules_file::RulesFile)],
    json: &[(PathBuf, String)],
    diags: &mut Vec<Diagnostic>,
) -> ConfidenceSettings {
    let mut out = ConfidenceSettings::default();
    for (path, text, file) in rules {
        let Some(def) = &file.confidence else {
            continue;
        };
        let line = diagnostics::line_col(text, def.span().start).0;
        let def = def.get_ref();
        for (name, rate, slot) in [
            (
                "max_wrong_rate",
                def.max_wrong_rate,
                &mut out.rates.max_wrong,
            ),
            (
                "max_out_of_scope_rate",
                def.max_out_of_scope_rate,
                &mut out.rates.max_out_of_scope,
            ),
        ] {
            match rate {
                Some(r) if r > 0.0 && r <= 1.0 => *slot = r,
                Some(r) => diags.push(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "`{name}` is {r}: it must be a share above 0 and at most 1 (0.02 = 2%)"
                    ),
                )),
                None => {}
            }
        }
        for (key, name, slot, sentence) in [
            ("model", &def.model, &mut out.model, false),
            (
                "model_with_sentence",
                &def.model_with_sentence,
                &mut out.model_with_sentence,
                true,
            ),
        ] {
            let Some(name) = name else {
                continue;
            };
            let want = path.parent().unwrap_or(Path::new("")).join(name);
            match json.iter().find(|(p, _)| p == &want) {
                None => diags.push(Diagnostic::error(
                    path,
                    line,
                    format!("calibration model `{name}` not found next to this rules file (looked for {})", want.display()),
                )),
                Some((p, text)) => match crate::understanding::Model::parse(text) {
                    // `model` may be either kind (it is used when it fits
                    // the build); `model_with_sentence` must be fit with it.
                    Ok(m) if sentence && !m.uses_sentence() => diags.push(Diagnostic::error(
                        path,
                        line,
                        format!("`{key}` names `{name}`, a model fit without the sentence model: `model` takes it"),
                    )),
                    Ok(m) => *slot = Some(m),
                    Err(e) => diags.push(Diagnostic::error(p, 1, e.to_string()).caused_by(e)),
                },
            }
        }
    }
    out
}

/// A fact to build: its rules file, that file's text, its id, definition and line.
type FactJob<'a> = (&'a PathBuf, &'a str, FactId, &'a rules_file::FactDef, usize);

fn build_fact(
    path: &Path,
    text: &str,
    id: FactId,
    def: &rules_file::FactDef,
    line: usize,
    negation_words: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Option<Fact> {
    let lines = diagnostics::Lines::new(text);
    let line_of = |span: std::ops::Range<usize>| lines.line(span.start);
    let before = diags.len();
    if def.question.trim().is_empty() {
        diags.push(Diagnostic::error(
            path,
            line,
            format!("fact `{id}` has an empty question"),
        ));
    }
    let (kind, choices) = if def.choices.is_empty() {
        let because = |v: &str, default: String| def.because.get(v).cloned().unwrap_or(default);
        let q = def.question.trim_end_matches('?');
        (
            FactKind::YesNo,
            vec![
                Choice {
                    value: Value::from("yes"),
                    label: "Yes".into(),
                    because: because("yes", format!("{q}: yes")),
                },
                Choice {
                    value: Value::from("no"),
                    label: "No".into(),
                    because: because("no", format!("{q}: no")),
                },
            ],
        )
    } else {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for c in &def.choices {
            if !seen.insert(c.value.clone()) {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!("fact `{id}` declares value `{}` twice", c.value),
                ));
            }
            out.push(Choice {
                value: Value(c.value.clone()),
                label: c.label.clone(),
                because: c.because.clone().unwrap_or_else(|| c.label.clone()),
            });
        }
        (FactKind::Choice, out)
    };
    for key in def.because.keys() {
        if !choices.iter().any(|c| c.value.as_str() == key) {
            diags.push(Diagnostic::error(
                path,
                line,
                format!("fact `{id}`: `because` names undeclared value `{key}`"),
            ));
        }
    }
    for (v, ws) in &def.includes {
        for name in std::iter::once(v).chain(ws) {
            if !choices.iter().any(|c| c.value.as_str() == name) {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "fact `{id}`: `includes` names undeclared value `{name}` (declared: {})",
                        declared(&choices)
                    ),
                ));
            }
        }
        if ws.contains(v) {
            diags.push(Diagnostic::error(
                path,
                line,
                format!("fact `{id}`: value `{v}` includes itself"),
            ));
        }
    }
    let mut patterns = Vec::new();
    let lists = [(false, &def.patterns), (true, &def.presumptions)];
    for (value, list, presumed) in lists
        .iter()
        .flat_map(|(presumed, m)| m.iter().map(move |(v, l)| (v, l, *presumed)))
    {
        let v = Value(value.get_ref().clone());
        if !choices.iter().any(|c| c.value == v) {
            diags.push(Diagnostic::error(
                path,
                line_of(value.span()),
                format!(
                    "fact `{id}` has patterns for undeclared value `{v}` (declared: {})",
                    declared(&choices)
                ),
            ));
            continue;
        }
        for p in list {
            let (l, c) = lines.line_col(p.span().start);
            match pattern::PatternRegex::parse(p.get_ref(), path, l) {
                Ok(regex) => patterns.push(Pattern {
                    value: v.clone(),
                    negations: negations_spelled(p.get_ref(), negation_words),
                    presumed,
                    regex,
                }),
                Err(e) => {
                    let msg = e.to_string();
                    let first = msg.lines().last().unwrap_or("").trim().to_string();
                    diags.push(
                        Diagnostic::error(
                            path,
                            l,
                            format!(
                                "fact `{id}`: pattern `{}` does not compile: {first}",
                                p.get_ref()
                            ),
                        )
                        .at_column(c)
                        .caused_by(*e),
                    );
                }
            }
        }
    }
    let examples = build_examples(path, text, &id, def, &choices, diags);
    if diags[before..].iter().any(Diagnostic::is_error) {
        return None;
    }
    let fold = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|w| {
                w.to_lowercase()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    Some(Fact {
        id,
        question: def.question.clone(),
        kind,
        choices,
        patterns,
        examples,
        asides: rules_file::Asides {
            before: fold(&def.asides.before),
            after: fold(&def.asides.after),
            things: fold(&def.asides.things),
        },
        includes: def
            .includes
            .iter()
            .flat_map(|(v, ws)| ws.iter().map(move |w| (Value(v.clone()), Value(w.clone()))))
            .collect(),
        implies: def
            .implies
            .iter()
            .flat_map(|(v, m)| {
                m.iter()
                    .map(move |(g, w)| (Value(v.clone()), FactId(g.clone()), Value(w.clone())))
            })
            .collect(),
    })
}

/// A fact's values, for messages: "yes, no".
fn declared(choices: &[Choice]) -> String {
    choices
        .iter()
        .map(|c| c.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A fact's example statements. Errors: a value the fact does not declare,
/// an empty list, and an example listed under two values (one whose
/// patterns read another value is caught by [`examples_stating_two_values`]).
fn build_examples(
    path: &Path,
    text: &str,
    id: &FactId,
    def: &rules_file::FactDef,
    choices: &[Choice],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Statement> {
    let lines = diagnostics::Lines::new(text);
    let line_of = |at: usize| lines.line(at);
    let mut out: Vec<Statement> = Vec::new();
    for (value, list) in &def.examples {
        let v = Value(value.get_ref().clone());
        if !choices.iter().any(|c| c.value == v) {
            diags.push(Diagnostic::error(
                path,
                line_of(value.span().start),
                format!(
                    "fact `{id}` has examples for undeclared value `{v}` (declared: {})",
                    declared(choices)
                ),
            ));
            continue;
        }
        if list.get_ref().iter().all(|e| e.get_ref().trim().is_empty()) {
            diags.push(Diagnostic::error(
                path,
                line_of(list.span().start),
                format!("fact `{id}`: the examples for `{v}` are empty"),
            ));
            continue;
        }
        for e in list.get_ref() {
            let line = line_of(e.span().start);
            let said = e.get_ref().trim();
            if said.is_empty() {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!("fact `{id}`: an example for `{v}` is empty"),
                ));
                continue;
            }
            let folded = crate::understanding::normalize::fold(said);
            if let Some(other) = out
                .iter()
                .find(|o| o.value != v && crate::understanding::normalize::fold(&o.text) == folded)
            {
                diags.push(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "fact `{id}`: the example \"{said}\" is given for both `{}` and `{v}`",
                        other.value
                    ),
                ));
                continue;
            }
            out.push(Statement {
                value: v.clone(),
                text: said.to_string(),
                file: path.to_path_buf(),
                line,
            });
        }
    }
    out
}

/// Examples in which the fact's own patterns read another value than the
/// one they are listed for: such an example states two values.
fn examples_stating_two_values(kb: &Knowledge) -> Vec<Diagnostic> {
    use crate::understanding::{normalize::Reading, Extractor, Synonyms};
    if kb.facts.iter().all(|f| f.examples.is_empty()) {
        return Vec::new();
    }
    let extractor = Extractor::new(kb);
    let reading = Reading::new(&kb.text);
    let synonyms = Synonyms::read_as(&kb.synonyms, &reading);
    let mut out = Vec::new();
    for (fi, f) in kb.facts.iter().enumerate() {
        for e in &f.examples {
            let prepared = synonyms.apply_read(&reading, &reading.fold(&e.text));
            let x = extractor.extract_fact(kb, &prepared, fi);
            let other = x
                .facts
                .iter()
                .find(|m| m.fact == f.id && m.value != e.value)
                .map(|m| {
                    format!(
                        "`{}` (its words \"{}\" match a pattern for it)",
                        m.value,
                        &prepared[m.start..m.end]
                    )
                })
                .or_else(|| {
                    x.contradicted
                        .contains(&f.id)
                        .then(|| "two values (its patterns disagree)".to_string())
                });
            if let Some(other) = other {
                out.push(Diagnostic::error(
                    &e.file,
                    e.line,
                    format!(
                        "fact `{}`: the example \"{}\" for `{}` also states {other}",
                        f.id, e.text, e.value
                    ),
                ));
            }
        }
    }
    out
}

/// A regex with each escape (`\b`, `\d`, `\.`) replaced by a space: escapes
/// are syntax, not letters (`\bnever` spells "never", not "bnever").
pub fn without_escapes(pattern: &str) -> String {
    let mut plain = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            plain.push(' ');
        } else {
            plain.push(c);
        }
    }
    plain
}

/// Whether a fact pattern spells a negation: a general negation word, or
/// one the FAQ's `[text] negation_words` adds ("unfiled").
/// The negation words and Chinese negation characters a pattern spells.
fn negations_spelled(pattern: &str, more: &[String]) -> Vec<String> {
    // Chinese: the run of characters each negation stands in ("不对" in
    // `(变|不对|错了)`), so a match uses it only with its word around it.
    let mut out: Vec<String> = Vec::new();
    let mut push = |run: &str| {
        if !crate::understanding::cjk::negations(run).is_empty() && !out.iter().any(|o| o == run) {
            out.push(run.to_string());
        }
    };
    let mut at = 0;
    for run in pattern.split(|c: char| !crate::understanding::cjk::is_han(c)) {
        push(run);
        // An optional last character (`没有?`) spells the run without it too.
        if pattern[at + run.len()..].starts_with('?') {
            if let Some((cut, _)) = run.char_indices().last().filter(|(i, _)| *i > 0) {
                push(&run[..cut]);
            }
        }
        at += run.len()
            + pattern[at + run.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    for w in without_escapes(pattern).split(|c: char| !c.is_ascii_alphabetic()) {
        let negation = matches!(
            w,
            "not"
                | "no"
                | "never"
                | "without"
                | "none"
                | "neither"
                | "nor"
                | "non"
                | "nothing"
                | "nobody"
                | "zero"
        ) || more.iter().any(|m| m == w);
        if negation && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

/// Warnings for rules that can never fire and answers not found in the Markdown.
fn lint_rules(
    sections: &[Section],
    rules: &[(PathBuf, String, rules_file::RulesFile)],
    diags: &mut Vec<Diagnostic>,
) {
    // Which rules file defined a section's rules, for the diagnostics' file name.
    let mut file_of: HashMap<&str, &Path> = HashMap::new();
    for (path, _, f) in rules {
        for name in f.sections.keys() {
            file_of.insert(name.get_ref().as_str(), path.as_path());
        }
    }
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in sections {
        let Some(path) = file_of.get(s.id.as_str()) else {
            continue;
        };
        for (i, r) in s.rules.iter().enumerate() {
            // An earlier rule whose every condition is implied by this one's shadows it.
            let shadowed_by = s.rules[..i].iter().position(|e| {
                e.when.iter().all(|ec| {
                    r.when.iter().any(|rc| {
                        rc.fact == ec.fact && rc.values.iter().all(|v| ec.values.contains(v))
                    })
                })
            });
            if let Some(j) = shadowed_by {
                diags.push(Diagnostic::warning(
                    path,
                    r.line,
                    format!(
                        "rule of `{}` can never fire: the rule at line {} always applies first",
                        s.id, s.rules[j].line
                    ),
                ));
            }
            if let Outcome::Answer(a) = &r.then {
                if !norm(&s.body).contains(&norm(a))
                    && !norm(&markdown::display_text(&s.body)).contains(&norm(a))
                {
                    diags.push(Diagnostic::warning(
                        path,
                        r.line,
                        format!(
                            "answer of a rule of `{}` is not a sentence of the section's text",
                            s.id
                        ),
                    ));
                }
            }
        }
    }
}

/// The closest name by edit distance, for "did you mean" hints.
fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::levenshtein(name, c), c))
        .filter(|(d, c)| *d <= 3.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: PathBuf::from(path),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn licence_files_beside_the_faq_are_not_loaded() {
        let dir = std::env::temp_dir().join(format!("faqbot-legal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("faq.md"),
            "## Is it free?\n\nYes, under the MIT licence.\n",
        )
        .unwrap();
        for name in [
            "LICENSE.md",
            "licence-mit.md",
            "NOTICE.markdown",
            "COPYING.md",
        ] {
            std::fs::write(
                dir.join(name),
                "# MIT License\n\nPermission is hereby granted.\n",
            )
            .unwrap();
        }
        // A file that only starts like one is an FAQ like any other.
        std::fs::write(dir.join("licensing.md"), "## Which licence?\n\nMIT.\n").unwrap();
        let loaded = load_dir(&dir).unwrap();
        let mut titles: Vec<_> = loaded
            .knowledge
            .sections
            .iter()
            .map(|s| s.title.as_str())
            .collect();
        titles.sort();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(titles, ["Is it free?", "Which licence?"], "{titles:?}");
    }

    #[test]
    fn a_faq_of_one_section_is_warned_about() {
        let warned = |files| {
            let loaded = build(files).unwrap();
            let one = loaded
                .warnings
                .iter()
                .any(|w| w.message.contains("one section only"));
            (loaded.knowledge.sections.len(), one)
        };
        assert_eq!(
            warned(vec![md(
                "a.md",
                "# FAQ\n\n<p>Q: Can I?</p>\n\nYes.\n\n<p>Q: Must I?</p>\n\nNo.\n\n<p>Q: May I?</p>\n\nMaybe.\n"
            )]),
            (1, true)
        );
        // One question alone is a small FAQ, not a misread one.
        assert_eq!(
            warned(vec![md("a.md", "## Can I?\n\nYes, read the guide.\n")]),
            (1, false)
        );
        assert_eq!(
            warned(vec![md("a.md", "## Can I?\n\nYes.\n\n## Must I?\n\nNo.\n")]),
            (2, false)
        );
    }

    #[test]
    fn a_synonym_form_that_does_not_compile_names_its_line() {
        let e = build(vec![
            md("a.md", "## Q? {#q}\n\nA.\n"),
            md(
                "r.toml",
                "[[synonyms]]\ncanonical = \"x\"\n\n[[synonyms]]\ncanonical = \"another provider\"\nforms = ['(云']\n",
            ),
        ])
        .unwrap_err();
        let errors: Vec<_> = e.errors().collect();
        // An empty group (no alias, no form) and a form that does not compile.
        assert_eq!(errors.len(), 2, "{e}");
        assert_eq!(errors[0].line, 1, "{e}");
        assert_eq!(errors[1].line, 4, "{e}");
        assert!(errors[1].message.contains("does not compile"), "{e}");
    }

    #[test]
    fn includes_names_declared_values_only() {
        let rules = |inc: &str| {
            build(vec![
                md("a.md", "## Q? {#q}\n\nA.\n"),
                md(
                    "r.toml",
                    &format!("[facts.f]\nquestion = \"Q?\"\nchoices = [{{ value = \"a\", label = \"A\" }}, {{ value = \"b\", label = \"B\" }}]\nincludes = {inc}\n"),
                ),
            ])
        };
        let ok = rules("{ a = [\"b\"] }").unwrap();
        assert_eq!(
            ok.knowledge.facts[0].includes,
            [(Value::from("a"), Value::from("b"))]
        );
        let e = rules("{ a = [\"c\"] }").unwrap_err();
        let errors: Vec<_> = e.errors().collect();
        assert_eq!(errors.len(), 1, "{e}");
        assert_eq!(errors[0].line, 1, "{e}");
        assert!(errors[0].message.contains("undeclared value `c`"), "{e}");
        let e = rules("{ a = [\"a\"] }").unwrap_err();
        assert!(e.to_string().contains("includes itself"), "{e}");
    }

    #[test]
    fn load_errors_keep_the_error_underneath() {
        use std::error::Error;
        let e = build(vec![
            md("a.md", "## Q? {#q}\n\nA.\n"),
            md(
                "r.toml",
                "[facts.f]\nquestion = \"Q?\"\n[facts.f.patterns]\nyes = ['(']\n",
            ),
        ])
        .unwrap_err();
        let first = e.source().expect("the first error");
        assert!(first.to_string().starts_with("r.toml:4:"), "{first}");
        assert!(
            first
                .source()
                .is_some_and(|c| c.is::<regex_syntax::Error>()),
            "{first}"
        );
        // A pattern that parses but is over the size limit: an error of
        // the full load, with its line; the quick load compiles it on first
        // use, where it never matches.
        let big = vec![
            md("a.md", "## Q? {#q}\n\nA.\n"),
            md(
                "r.toml",
                "[facts.f]\nquestion = \"Q?\"\n[facts.f.patterns]\nyes = ['\\w{2000}']\n",
            ),
        ];
        let e = build(big.clone()).unwrap_err();
        let first = e.errors().next().expect("an error");
        assert_eq!(
            (first.line, first.message.contains("does not compile")),
            (4, true),
            "{e}"
        );
        let quick = build_with(
            Path::new("."),
            big,
            Vec::new(),
            Checks::AllButExampleCrossCheck,
        )
        .expect("the quick load checks syntax only");
        let p = &quick.knowledge.facts[0].patterns[0];
        assert!(p.regex.regex().is_none() && p.regex.is_compiled());
        let e = build(vec![md("r.toml", "[facts\n")]).unwrap_err();
        let cause = e.source().and_then(Error::source).expect("a TOML error");
        assert!(cause.is::<toml::de::Error>(), "{cause}");
        let e = load_dir(Path::new("/nonexistent/faq")).unwrap_err();
        let cause = e.source().and_then(Error::source).expect("an I/O error");
        assert_eq!(
            cause.downcast_ref::<std::io::Error>().map(|e| e.kind()),
            Some(std::io::ErrorKind::NotFound)
        );
    }

    #[test]
    fn text_rules_come_from_the_rules_files_or_are_the_legacy_ones() {
        let file = |t: &str| {
            (
                PathBuf::from("a.toml"),
                t.to_string(),
                rules_file::RulesFile::default(),
            )
        };
        let mut d = Vec::new();
        assert_eq!(
            text_rules_of(&[file("[facts]\n")], &mut d),
            TextRules::general()
        );
        let t = text_rules_of(
            &[
                file("[text]\nacronyms = { EU = \"Europe\" }\n"),
                file("\n[text]\nword_groups = [[\"a\", \"b\"]]\n"),
            ],
            &mut d,
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(t.acronyms.len(), 1);
        assert_eq!(t.word_groups.len(), 1);
        assert_eq!(t.host_names, None);
        // An empty table: the FAQ wants none of the legacy reading.
        assert_eq!(
            text_rules_of(&[file("[text]\n")], &mut d),
            TextRules::default()
        );
        text_rules_of(
            &[file("x = 1\n[text]\nacronyms = { eu = \"Europe\" }\n")],
            &mut d,
        );
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].is_error()), (2, true));
        assert!(d[0].to_string().contains("acronym `eu`"), "{}", d[0]);
    }

    #[test]
    fn a_rule_may_quote_the_answer_as_shown() {
        // The shown text has the relative link as plain text; either form is a sentence of the section.
        let rules = |answer: &str| {
            format!(
                "[facts.paid]\nquestion = \"Paid?\"\n[sections.pay]\n[[sections.pay.rules]]\nwhen = {{ paid = \"yes\" }}\nanswer = \"{answer}\"\n"
            )
        };
        for answer in [
            "Read the [billing guide](../billing.md) first.",
            "Read the billing guide first.",
        ] {
            let loaded = build(vec![
                md(
                    "a.mdx",
                    "## Pay\n\nRead the [billing guide](../billing.md) first.\n",
                ),
                md("a.toml", &rules(answer)),
            ])
            .expect("loads");
            assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        }
        let loaded = build(vec![
            md(
                "a.md",
                "## Pay\n\nRead the [billing guide](../billing.md) first.\n",
            ),
            md("a.toml", &rules("Read the guide first.")),
        ])
        .expect("loads");
        assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    }

    #[test]
    fn negation_spelt_after_an_escape_counts() {
        assert!(!negations_spelled(r"\bnon[- ]?resident\b", &[]).is_empty());
        assert!(!negations_spelled(r"\bnever (filed)\b", &[]).is_empty());
        // An optional last character: `没有?` spells 没 as well as 没有.
        assert_eq!(
            negations_spelled(r"(没有?|未)\s*做", &[]),
            ["没有", "没", "未"]
        );
        assert!(negations_spelled(r"\bnotice\b", &[]).is_empty());
        assert!(negations_spelled(r"\bknow\b", &[]).is_empty());
    }

    #[test]
    fn same_heading_twice_is_numbered_but_an_anchor_twice_is_an_error() {
        let loaded = build(vec![
            md(
                "a.md",
                "# Billing\n## Pricing\nOne.\n# Hosting\n## Pricing\nTwo.\n",
            ),
            md("b.md", "## Pricing\nThree.\n"),
        ])
        .expect("implicit duplicates load");
        let ids: Vec<&str> = loaded
            .knowledge
            .sections
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["pricing", "pricing-1", "pricing-2"]);
        assert_eq!(loaded.warnings.len(), 2);
        assert!(
            loaded.warnings[0].to_string().contains("a.md:5"),
            "{}",
            loaded.warnings[0]
        );

        let err = build(vec![md("a.md", "## A {#x}\nOne.\n## B {#x}\nTwo.\n")]).unwrap_err();
        assert!(
            err.to_string().contains("duplicate section id `x`"),
            "{err}"
        );
    }

    #[test]
    fn a_large_folder_parsed_in_parallel_keeps_file_order_and_every_problem() {
        // Twelve files of ~100 KB: past the parallel threshold.
        let filler = "Some answer text that pads the file out. ".repeat(2_500);
        let mut files: Vec<SourceFile> = (0..12)
            .map(|i| {
                md(
                    &format!("f{i:02}.md"),
                    &format!(
                        "## Question {i} {{#q{i}}}
{filler}
## Second {i} {{#s{i}}}
More.
"
                    ),
                )
            })
            .collect();
        assert!(files.iter().map(|f| f.bytes.len()).sum::<usize>() >= PARALLEL_PARSE_BYTES);
        // The last file repeats the first file's anchor; file 5 is not UTF-8.
        files[11] = md(
            "f11.md",
            "## Again {#q0}
Same id.
",
        );
        files[5].bytes.extend_from_slice(b"\xff\xfe");
        let err = build(files.clone()).unwrap_err();
        let problems: Vec<String> = err.errors().map(|d| d.to_string()).collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains("f05.md") && problems[0].contains("UTF-8"),
            "{problems:?}"
        );
        assert!(
            problems[1].contains("f11.md:1") && problems[1].contains("f00.md:1"),
            "{problems:?}"
        );

        let valid = files[5].bytes.len() - 2;
        files[5].bytes.truncate(valid);
        files[11] = md(
            "f11.md",
            "## Last {#last}
End.
",
        );
        let ids: Vec<String> = build(files)
            .expect("loads")
            .knowledge
            .sections
            .iter()
            .map(|s| s.id.as_str().to_string())
            .collect();
        let mut expected: Vec<String> = (0..11)
            .flat_map(|i| [format!("q{i}"), format!("s{i}")])
            .collect();
        expected.push("last".into());
        assert_eq!(ids, expected);
    }
}
