//! `faqbot calibrate`: fits the confidence model on the training pool.
//!
//! The pool (`calibration/pool.toml`) lists FAQ folders with their question
//! sets. Every question gives its first candidates' features, labelled by
//! whether that candidate is the expected section; out-of-scope questions
//! and other FAQs' questions give negatives. A logistic model is fit on
//! them, and its operating curve (wrong answers and out-of-scope answers
//! per cut-off) is stored with it, so cut-offs follow from stated rates.

use crate::eval::{parse_queries, read_file, FileError, Query};
use crate::faq::Faq;
use crate::understanding::confidence::{self, curve, fit, Example, Model, Outcome, FEATURE_NAMES};
use crate::understanding::semantic::{self, TableKind};
use crate::understanding::sentence;
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why `faqbot calibrate` stopped; each message names the file.
#[derive(Debug, thiserror::Error)]
pub enum CalibrateError {
    #[error("{}: {source}", path.display())]
    ReadPool {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Pool {
        path: PathBuf,
        #[source]
        source: toml::de::Error,
    },
    #[error("{}: {source}", dir.display())]
    Faq {
        dir: PathBuf,
        #[source]
        source: crate::knowledge::LoadError,
    },
    /// A question file of the pool (its message names the file and line).
    #[error(transparent)]
    Queries(#[from] FileError),
    #[error("no --stackfaq folder")]
    NoStackfaq,
    #[error("the pool has no set to fit on")]
    NoSet,
    #[error(transparent)]
    Report(#[from] std::fmt::Error),
    /// `--semantic-model` names a model that does not load.
    #[error(transparent)]
    Sentence(#[from] crate::understanding::sentence::SentenceError),
    #[error("{}: the sentence model did not load", dir.display())]
    SentenceNotLoaded { dir: PathBuf },
}

/// The training pool file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    pub sets: Vec<PoolSet>,
    /// Other FAQs' in-scope questions used as out-of-scope ones, per pair of folders.
    #[serde(default = "default_cross")]
    pub cross_negatives: usize,
}

fn default_cross() -> usize {
    60
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoolSet {
    pub name: String,
    /// FAQ folder; `{stackfaq}` stands for the `--stackfaq` folder.
    pub faq: String,
    pub queries: Vec<String>,
    /// This set's share of the fit against a set of weight 1 (several small
    /// sets of one kind can together weigh as one).
    #[serde(default = "default_weight")]
    pub weight: f32,
}

fn default_weight() -> f32 {
    1.0
}

/// Candidates per question that become training examples (the dialogue
/// looks at the first few for close calls).
const EXAMPLES_PER_QUESTION: usize = 3;

/// L2 penalty: small, to keep weights finite when a feature separates.
const L2: f64 = 1.0;

struct Loaded {
    name: String,
    weight: f32,
    faq: Faq,
    queries: Vec<Query>,
}

fn expand(path: &str, root: &Path, stackfaq: Option<&Path>) -> Option<PathBuf> {
    if let Some(rest) = path.strip_prefix("{stackfaq}/") {
        return stackfaq.map(|d| d.join(rest));
    }
    Some(root.join(path))
}

/// Per question: its first candidates' examples and its top-1 outcome.
fn examples_of(faq: &Faq, q: &Query, weight: f32, out: &mut Vec<Example>) -> Option<Outcome> {
    let u = faq.understand(&q.q);
    let want = q.expect.as_deref();
    for h in u.hits.iter().take(EXAMPLES_PER_QUESTION) {
        out.push(Example {
            x: h.features,
            right: want == Some(faq.kb.sections[h.section].id.as_str()),
            weight: weight as f64,
        });
    }
    let top = u.hits.first()?;
    Some(Outcome {
        p: top.confidence,
        right: want == Some(faq.kb.sections[top.section].id.as_str()),
        in_scope: want.is_some(),
        weight,
    })
}

/// Loads the pool, fits the model and returns it with a report for people.
/// With `sentence_model`, every FAQ is loaded with that model and the fit
/// includes its `sentence` feature (the model used whenever one is loaded).
/// Every FAQ of the pool compares its sections in `table` (whatever model
/// its folder keeps), and the model is written naming it.
pub fn calibrate(
    pool_file: &Path,
    stackfaq: Option<&Path>,
    sentence_model: Option<&Path>,
    table: TableKind,
) -> Result<(Model, String), CalibrateError> {
    semantic::set_table_override(table);
    if let Some(dir) = sentence_model {
        sentence::shared(dir)?;
        sentence::set_override(Some(dir.to_path_buf()));
    }
    let text = std::fs::read_to_string(pool_file).map_err(|source| CalibrateError::ReadPool {
        path: pool_file.to_path_buf(),
        source,
    })?;
    let pool: Pool = toml::from_str(&text).map_err(|source| CalibrateError::Pool {
        path: pool_file.to_path_buf(),
        source,
    })?;
    let root = pool_file
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    let mut report = String::new();
    let mut sets: Vec<Loaded> = Vec::new();
    for s in &pool.sets {
        let Some(dir) = expand(&s.faq, root, stackfaq) else {
            writeln!(report, "skipped {}: no --stackfaq folder given", s.name)?;
            continue;
        };
        if !dir.is_dir() {
            writeln!(
                report,
                "skipped {}: {} is not a folder",
                s.name,
                dir.display()
            )?;
            continue;
        }
        let faq = Faq::load(&dir).map_err(|source| CalibrateError::Faq {
            dir: dir.clone(),
            source,
        })?;
        if sentence_model.is_some() && faq.sentence().is_none() {
            return Err(CalibrateError::SentenceNotLoaded { dir });
        }
        let mut queries = Vec::new();
        for qf in &s.queries {
            let path = expand(qf, root, stackfaq).ok_or(CalibrateError::NoStackfaq)?;
            queries.extend(read_file(&path, parse_queries)?);
        }
        writeln!(
            report,
            "{}: {} sections, {} questions ({} out of scope)",
            s.name,
            faq.kb.sections.len(),
            queries.len(),
            queries.iter().filter(|q| q.expect.is_none()).count()
        )?;
        sets.push(Loaded {
            name: s.name.clone(),
            weight: s.weight.max(0.0),
            faq,
            queries,
        });
    }
    if sets.is_empty() {
        return Err(CalibrateError::NoSet);
    }
    // Every question (with its set) as one fold item.
    let mut items: Vec<(usize, Query)> = Vec::new();
    for (i, s) in sets.iter().enumerate() {
        items.extend(s.queries.iter().map(|q| (i, q.clone())));
        // Other FAQs' questions are out of scope here (every k-th, for spread).
        for (j, other) in sets.iter().enumerate() {
            if i == j {
                continue;
            }
            let inside: Vec<&Query> = other
                .queries
                .iter()
                .filter(|q| q.expect.is_some())
                .collect();
            let step = (inside.len() / pool.cross_negatives.max(1)).max(1);
            items.extend(
                inside
                    .iter()
                    .step_by(step)
                    .take(pool.cross_negatives)
                    .map(|q| {
                        (
                            i,
                            Query {
                                q: q.q.clone(),
                                expect: None,
                            },
                        )
                    }),
            );
        }
    }
    // Every set weighs its stated weight (1 unless given) in the fit and on
    // the curve, whatever its size.
    let total_weight: f32 = sets.iter().map(|s| s.weight).sum::<f32>().max(f32::EPSILON);
    let per_set: Vec<f32> = (0..sets.len())
        .map(|i| {
            let n = items.iter().filter(|(j, _)| *j == i).count().max(1);
            items.len() as f32 * sets[i].weight / (total_weight * n as f32)
        })
        .collect();
    let featurise = |subset: &mut dyn Iterator<Item = &(usize, Query)>| {
        let mut ex = Vec::new();
        let mut outs = Vec::new();
        for (i, q) in subset {
            let o = examples_of(&sets[*i].faq, q, per_set[*i], &mut ex);
            outs.push((*i, q.expect.is_some(), o));
        }
        (ex, outs)
    };
    let (examples, _) = featurise(&mut items.iter());
    let (weights, bias) = fit(&examples, L2);
    let trained_on = sets
        .iter()
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let mut model = Model::new(sentence_model.is_some(), &weights, bias, trained_on, table);
    let outcomes = |m: &Model, subset: &mut dyn Iterator<Item = &(usize, Query)>| {
        subset
            .map(|(i, q)| {
                let u = sets[*i].faq.understand(&q.q);
                match u.hits.first() {
                    Some(top) => Outcome {
                        p: m.probability(&top.features),
                        right: q.expect.as_deref()
                            == Some(sets[*i].faq.kb.sections[top.section].id.as_str()),
                        in_scope: q.expect.is_some(),
                        weight: per_set[*i],
                    },
                    None => Outcome {
                        p: 0.0,
                        right: false,
                        in_scope: q.expect.is_some(),
                        weight: per_set[*i],
                    },
                }
            })
            .collect::<Vec<_>>()
    };
    model.curve = curve(&outcomes(&model, &mut items.iter()));

    // Five-fold cross-validation: fit on four fifths, choose the cut-off on
    // them, and count what happens on the fifth left out.
    let (mut right, mut wrong, mut n_in, mut oos_answered, mut n_out) = (0, 0, 0, 0, 0);
    for fold in 0..5 {
        let train: Vec<&(usize, Query)> = items
            .iter()
            .enumerate()
            .filter(|(k, _)| k % 5 != fold)
            .map(|(_, x)| x)
            .collect();
        let test: Vec<&(usize, Query)> = items
            .iter()
            .enumerate()
            .filter(|(k, _)| k % 5 == fold)
            .map(|(_, x)| x)
            .collect();
        let (ex, _) = featurise(&mut train.iter().copied());
        let (w, b) = fit(&ex, L2);
        let mut m = model.with_weights(&w, b);
        m.curve = curve(&outcomes(&m, &mut train.iter().copied()));
        let cut = m.cutoffs(Default::default()).answer;
        for o in outcomes(&m, &mut test.iter().copied()) {
            if o.in_scope {
                n_in += 1;
                if o.p >= cut {
                    if o.right {
                        right += 1;
                    } else {
                        wrong += 1;
                    }
                }
            } else {
                n_out += 1;
                if o.p >= cut {
                    oos_answered += 1;
                }
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;

    // Leave one set out: fit and choose the cut-off without a set's FAQ and
    // questions, then answer its own questions. This is what a team dropping
    // in an FAQ nobody fit for gets, which the shuffled folds above overstate.
    let mut per_set_report = String::new();
    if sets.len() > 1 {
        for (held, set) in sets.iter().enumerate() {
            let train: Vec<&(usize, Query)> = items.iter().filter(|(i, _)| *i != held).collect();
            let own: Vec<(usize, Query)> = set.queries.iter().map(|q| (held, q.clone())).collect();
            let (ex, _) = featurise(&mut train.iter().copied());
            let (w, b) = fit(&ex, L2);
            let mut m = model.with_weights(&w, b);
            m.curve = curve(&outcomes(&m, &mut train.iter().copied()));
            let cut = m.cutoffs(Default::default()).answer;
            let (mut r, mut wr, mut ni, mut oa, mut no) = (0, 0, 0, 0, 0);
            for o in outcomes(&m, &mut own.iter()) {
                if o.in_scope {
                    ni += 1;
                    r += usize::from(o.p >= cut && o.right);
                    wr += usize::from(o.p >= cut && !o.right);
                } else {
                    no += 1;
                    oa += usize::from(o.p >= cut);
                }
            }
            writeln!(
                per_set_report,
                "  {:<12} answer at {:.2}: {:.1}% of {} right, {:.1}% wrong; {}/{} out of scope answered",
                set.name,
                cut,
                pct(r, ni),
                ni,
                pct(wr, ni),
                oa,
                no
            )?;
        }
    }
    let c = model.cutoffs(Default::default());
    writeln!(
        report,
        "\nfit on {} candidates from {} questions",
        examples.len(),
        items.len()
    )?;
    writeln!(report, "weights:")?;
    writeln!(report, "  {:<14} {:+.3}", "(bias)", model.bias)?;
    for (i, name) in FEATURE_NAMES.iter().enumerate().take(model.features.len()) {
        writeln!(
            report,
            "  {:<14} {:+.3}   {}",
            name,
            model.weight_of(i),
            confidence::FEATURE_DOCS[i]
        )?;
    }
    writeln!(
        report,
        "cut-offs at 2% wrong / 5% out of scope: answer {:.2}, ask {:.2}, suggest {:.2}",
        c.answer, c.ask, c.suggest
    )?;
    writeln!(
        report,
        "5-fold cross-validation (top candidate answered at the fold's own cut-off): {:.1}% of {} in-scope answered right, {:.1}% wrong; {:.1}% of {} out-of-scope answered",
        pct(right, n_in),
        n_in,
        pct(wrong, n_in),
        pct(oos_answered, n_out),
        n_out
    )?;
    if !per_set_report.is_empty() {
        writeln!(
            report,
            "leave one set out (fit and cut-off without the set, then its own questions):\n{per_set_report}"
        )?;
    }
    Ok((model, report))
}
