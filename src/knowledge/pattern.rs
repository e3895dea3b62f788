//! A fact pattern's regex, compiled on first use.
//!
//! A rules file holds a hundred or more patterns, and compiling them all is
//! most of a load (the ICP file's 163: about 19 ms of a 36 ms load), while
//! the literal gates in `understanding::facts` let only a few of them run
//! on any one message. So loading checks each pattern's syntax (cheap), and
//! the regex is built the first time a message reaches it. `check` and a
//! serving bot's warm-up build them all (see [`compile_all`]).

use regex::{Regex, RegexBuilder};
use regex_syntax::hir::Hir;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The largest compiled program a pattern may take (the regex crate's
/// limit, set low: a pattern this big is a mistake in a rules file).
const SIZE_LIMIT: usize = 1 << 20;

/// Nesting the parser allows (the regex crate's default).
const NEST_LIMIT: u32 = 250;

#[derive(Debug, Clone)]
pub struct PatternRegex {
    src: String,
    hir: Hir,
    /// Where it is written, for a compile error found later.
    file: PathBuf,
    line: usize,
    compiled: OnceLock<Result<Regex, String>>,
}

impl PatternRegex {
    /// Parses `src` (its syntax errors are the regex crate's) without
    /// compiling it.
    pub fn parse(src: &str, file: &Path, line: usize) -> Result<Self, Box<regex_syntax::Error>> {
        let hir = regex_syntax::ParserBuilder::new()
            .nest_limit(NEST_LIMIT)
            .build()
            .parse(src)
            .map_err(Box::new)?;
        Ok(Self {
            src: src.to_string(),
            hir,
            file: file.to_path_buf(),
            line,
            compiled: OnceLock::new(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.src
    }

    /// The parsed pattern (its required literals gate it).
    pub fn hir(&self) -> &Hir {
        &self.hir
    }

    /// Where the pattern is written.
    pub fn origin(&self) -> (&Path, usize) {
        (&self.file, self.line)
    }

    /// Whether it has been compiled yet.
    pub fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }

    /// The compiled regex; `Err` when it is over the size limit.
    pub fn try_regex(&self) -> Result<&Regex, &str> {
        self.compiled
            .get_or_init(|| {
                RegexBuilder::new(&self.src)
                    .size_limit(SIZE_LIMIT)
                    .build()
                    .map_err(|e| {
                        let msg = e.to_string();
                        let first = msg.lines().last().unwrap_or("").trim().to_string();
                        // Only a load that skipped `compile_all` gets here
                        // with it: said once, then the pattern never matches.
                        tracing::warn!(
                            file = %self.file.display(),
                            line = self.line,
                            "pattern `{}` does not compile: {first}",
                            self.src
                        );
                        first
                    })
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// The compiled regex, or `None` for a pattern that does not compile
    /// (which `check` reports, and which then never matches).
    pub fn regex(&self) -> Option<&Regex> {
        self.try_regex().ok()
    }
}

/// Compiles every pattern now; the error of each that does not compile,
/// with its file and line.
pub fn compile_all(kb: &super::Knowledge) -> Vec<super::Diagnostic> {
    let mut out = Vec::new();
    for f in &kb.facts {
        for p in &f.patterns {
            if let Err(e) = p.regex.try_regex() {
                let (file, line) = p.regex.origin();
                out.push(super::Diagnostic::error(
                    file,
                    line,
                    format!(
                        "fact `{}`: pattern `{}` does not compile: {e}",
                        f.id,
                        p.regex.as_str()
                    ),
                ));
            }
        }
    }
    out
}
