//! Confidence from data: each candidate section gets a vector of named
//! features, and a logistic model fit on the training pool (`faqbot
//! calibrate`) turns it into the probability that the section is the one
//! asked about. The answer / "did you mean" / "no match" cut-offs are read
//! off the pool's curve for a stated wrong-answer rate, not set by hand.
//!
//! [`Model::explain`] breaks a probability down into each feature's
//! contribution, as tantivy's `Explanation` does for a score.

use super::semantic::TableKind;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The model fit for the engine's current features, compiled in.
pub const BUILTIN: &str = include_str!("calibration.json");

/// The model fit with the optional sentence model's `sentence` feature
/// (`faqbot calibrate --semantic-model DIR`), used whenever one is loaded.
pub const BUILTIN_SENTENCE: &str = include_str!("calibration_sentence.json");

/// The features, in vector order. A model stores the names it was fit
/// for: all of them, or all but the last (`sentence`, which only the
/// optional sentence model gives); one fit for other names is stale and
/// refused at load.
pub const FEATURE_NAMES: [&str; N_FEATURES] = [
    "coverage",
    "title_match",
    "covered_title",
    "lead",
    "unknown_share",
    "typo_share",
    "stated_facts",
    "against_title",
    "rule_fires",
    "off_topic",
    "log_words",
    "semantic",
    "semantic_lead",
    "sentence",
    "sentence_lead",
];

pub const N_FEATURES: usize = 15;

/// Features only the optional sentence model gives (the last ones).
const SENTENCE_FEATURES: usize = 2;

/// The features of a model fit without / with the sentence model.
pub fn feature_set(sentence: bool) -> &'static [&'static str] {
    if sentence {
        &FEATURE_NAMES
    } else {
        &FEATURE_NAMES[..N_FEATURES - SENTENCE_FEATURES]
    }
}

/// Why each feature is there (printed by `--explain --verbose` and the README).
pub const FEATURE_DOCS: [&str; N_FEATURES] = [
    "IDF-weighted share of the question's words the section contains (any field)",
    "best IDF-weighted share of the section's title or one example question that the question covers",
    "coverage x title_match: the question is all about this section's title, not a few shared words",
    "(score - best other candidate's score) / score: how clearly it leads; negative for runner-ups",
    "IDF-weighted share of the question made of words the FAQ never uses",
    "share of the question's words matched only through a typo correction",
    "stated facts that the section's rules decide on (0, 0.5 for one, 1 for two or more)",
    "a stated fact is the opposite of the case the section's title names",
    "the facts the question states (at or above the floor) fire one of the section's rules",
    "the question uses none of the words every section title shares (the FAQ's topic)",
    "log(1 + number of content words in the question)",
    "cosine of the question and the section in the static sentence-embedding space (0 without it)",
    "that cosine minus the best other candidate's: how clearly the static space picks it, whatever the FAQ's usual cosines",
    "cosine of the question and the section with the full sentence model (only with --semantic-model)",
    "that cosine minus the best other candidate's: how clearly the sentence model picks it (only with --semantic-model)",
];

/// One candidate's feature values, in [`FEATURE_NAMES`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features(pub [f32; N_FEATURES]);

impl Features {
    pub fn set(&mut self, name: &str, value: f32) {
        if let Some(i) = FEATURE_NAMES.iter().position(|n| *n == name) {
            self.0[i] = value;
        }
    }
    pub fn get(&self, name: &str) -> f32 {
        FEATURE_NAMES
            .iter()
            .position(|n| *n == name)
            .map_or(0.0, |i| self.0[i])
    }
}

/// One point of the pool's operating curve: what happens when the best
/// candidate is answered at probability `cutoff` and above.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub struct CurvePoint {
    pub cutoff: f32,
    /// Share of in-scope questions answered with a wrong section.
    pub wrong: f32,
    /// Share of out-of-scope questions answered.
    pub out_of_scope: f32,
    /// Share of in-scope questions answered with the right section.
    pub right: f32,
}

/// A fitted logistic model plus its operating curve.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Model {
    /// Format version of this file.
    pub version: u32,
    pub features: Vec<String>,
    pub weights: Vec<f32>,
    pub bias: f32,
    /// Pool the model was fit on (for people reading the file).
    #[serde(default)]
    pub trained_on: String,
    /// The static table whose cosines the `semantic` features were computed
    /// in; the FAQ then compares its sections in that one. Files written
    /// before there were two name none: the distilled table.
    #[serde(default)]
    pub semantic_table: TableKind,
    pub curve: Vec<CurvePoint>,
    /// `weights` spread over [`FEATURE_NAMES`] (0 for a feature the model
    /// was not fit with).
    #[serde(skip)]
    full: [f32; N_FEATURES],
}

pub const MODEL_VERSION: u32 = 1;

/// Why a calibration file can't be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a calibration model: {0}")]
    Json(#[source] serde_json::Error),
    #[error("not a calibration model: empty curve or a weight that is not a number")]
    NotANumber,
    /// Fit for another feature list (an older or newer engine).
    #[error(
        "stale calibration: fit for features [{}], this engine computes [{}]; refit with `faqbot calibrate`",
        found.join(", "),
        expected.join(", ")
    )]
    Stale {
        expected: Vec<String>,
        found: Vec<String>,
    },
    #[error("calibration format version {0} is not supported (expected {MODEL_VERSION})")]
    Version(u32),
}

/// The wrong-answer rates the cut-offs are chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// At most this share of in-scope questions answered with a wrong section.
    pub max_wrong: f32,
    /// At most this share of out-of-scope questions answered.
    pub max_out_of_scope: f32,
}

impl Default for Rates {
    fn default() -> Self {
        Self {
            max_wrong: 0.02,
            max_out_of_scope: 0.05,
        }
    }
}

/// Cut-offs on the calibrated probability, read off the curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cutoffs {
    /// At or above: answer (the rates hold on the pool).
    pub answer: f32,
    /// At or above (and below `answer`): a lone candidate whose rules need a
    /// fact is started with its follow-up; it names the section and can be
    /// taken back, so it is held to twice the rates.
    pub ask: f32,
    /// Below: "no match" (out-of-scope questions score below it at the
    /// out-of-scope rate); between this and `answer`: "did you mean".
    pub suggest: f32,
    pub rates: Rates,
}

impl Model {
    pub fn parse(json: &str) -> Result<Self, ModelError> {
        let m: Model = serde_json::from_str(json).map_err(ModelError::Json)?;
        if m.version != MODEL_VERSION {
            return Err(ModelError::Version(m.version));
        }
        let known = [false, true].iter().any(|&s| {
            m.features
                .iter()
                .map(String::as_str)
                .eq(feature_set(s).iter().copied())
        });
        if !known || m.weights.len() != m.features.len() {
            let expected = feature_set(m.features.iter().any(|f| f == "sentence"));
            return Err(ModelError::Stale {
                expected: expected.iter().map(|s| s.to_string()).collect(),
                found: m.features,
            });
        }
        if m.curve.is_empty() || !m.bias.is_finite() || m.weights.iter().any(|w| !w.is_finite()) {
            return Err(ModelError::NotANumber);
        }
        Ok(m.spread())
    }

    /// A model for the features of `feature_set(sentence)`; `weights` has
    /// one per [`FEATURE_NAMES`] entry (a left-out feature's is dropped).
    pub fn new(
        sentence: bool,
        weights: &[f32],
        bias: f32,
        trained_on: String,
        semantic_table: TableKind,
    ) -> Self {
        let features = feature_set(sentence);
        Model {
            version: MODEL_VERSION,
            features: features.iter().map(|s| s.to_string()).collect(),
            weights: weights[..features.len()].to_vec(),
            bias,
            trained_on,
            semantic_table,
            curve: Vec::new(),
            full: [0.0; N_FEATURES],
        }
        .spread()
    }

    /// The same model with other weights (one per [`FEATURE_NAMES`] entry).
    pub fn with_weights(&self, weights: &[f32], bias: f32) -> Self {
        Model {
            weights: weights[..self.features.len()].to_vec(),
            bias,
            curve: Vec::new(),
            ..self.clone()
        }
        .spread()
    }

    fn spread(mut self) -> Self {
        self.full = [0.0; N_FEATURES];
        for (name, w) in self.features.iter().zip(&self.weights) {
            if let Some(i) = FEATURE_NAMES.iter().position(|n| n == name) {
                self.full[i] = *w;
            }
        }
        self
    }

    /// Whether the model was fit with the sentence model's feature.
    pub fn uses_sentence(&self) -> bool {
        self.features.len() == N_FEATURES
    }

    /// The compiled-in model (checked by a unit test, so this can't fail in a release).
    pub fn builtin() -> Self {
        Self::parse(BUILTIN).expect("the built-in calibration matches the engine's features")
    }

    /// The compiled-in model for when a sentence model is loaded.
    pub fn builtin_sentence() -> Self {
        Self::parse(BUILTIN_SENTENCE).expect("the built-in sentence calibration parses")
    }

    /// The weight of each of [`FEATURE_NAMES`] (0 for one not fit).
    pub fn weight_of(&self, i: usize) -> f32 {
        self.full[i]
    }

    pub fn logit(&self, x: &Features) -> f32 {
        self.bias
            + self
                .full
                .iter()
                .zip(x.0.iter())
                .map(|(w, v)| w * v)
                .sum::<f32>()
    }

    pub fn probability(&self, x: &Features) -> f32 {
        sigmoid(self.logit(x))
    }

    /// The lowest cut-off on the curve meeting both rates: every question
    /// at or above it is answered.
    fn lowest_meeting(&self, max_wrong: f32, max_oos: f32) -> f32 {
        self.curve
            .iter()
            .filter(|p| p.wrong <= max_wrong + 1e-6 && p.out_of_scope <= max_oos + 1e-6)
            .map(|p| p.cutoff)
            .fold(f32::INFINITY, f32::min)
            .min(1.0)
    }

    pub fn cutoffs(&self, rates: Rates) -> Cutoffs {
        let answer = self.lowest_meeting(rates.max_wrong, rates.max_out_of_scope);
        let ask = self
            .lowest_meeting(2.0 * rates.max_wrong, 2.0 * rates.max_out_of_scope)
            .min(answer);
        // "Did you mean" is not an answer, but out-of-scope questions should
        // mostly get "no match": the suggestion cut-off keeps them below it
        // at the out-of-scope rate, whatever the wrong rate.
        let suggest = self.lowest_meeting(1.0, rates.max_out_of_scope).min(ask);
        Cutoffs {
            answer,
            ask,
            suggest,
            rates,
        }
    }

    /// Each feature's value and contribution to the logit.
    pub fn explain(&self, x: &Features) -> Explanation {
        Explanation {
            bias: self.bias,
            parts: FEATURE_NAMES
                .iter()
                .enumerate()
                .take(self.features.len())
                .map(|(i, name)| Part {
                    name,
                    value: x.0[i],
                    weight: self.full[i],
                    contribution: x.0[i] * self.full[i],
                })
                .collect(),
            probability: self.probability(x),
        }
    }
}

pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// A probability broken down into the features that made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub bias: f32,
    pub parts: Vec<Part>,
    pub probability: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub name: &'static str,
    pub value: f32,
    pub weight: f32,
    pub contribution: f32,
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let logit: f32 = self.bias + self.parts.iter().map(|p| p.contribution).sum::<f32>();
        writeln!(
            f,
            "    p = {:.3} = sigmoid({logit:+.2}), sum of:",
            self.probability
        )?;
        writeln!(
            f,
            "      {:<14} {:>7}  {:>7}  {:>8}",
            "feature", "value", "weight", "contrib"
        )?;
        writeln!(
            f,
            "      {:<14} {:>7}  {:>7}  {:>+8.2}",
            "(bias)", "", "", self.bias
        )?;
        for p in &self.parts {
            if p.value == 0.0 {
                continue;
            }
            writeln!(
                f,
                "      {:<14} {:>7.3}  {:>+7.2}  {:>+8.2}",
                p.name, p.value, p.weight, p.contribution
            )?;
        }
        Ok(())
    }
}

/// One training example: a candidate's features and whether it was right.
/// `weight` evens out the pool's sets, so a big one doesn't speak for all.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub x: Features,
    pub right: bool,
    pub weight: f64,
}

/// Fits logistic regression by Newton's method (IRLS) with a small L2
/// penalty on the weights (not the bias). Features are few and examples a
/// few thousand: a handful of exact steps beats tuning a learning rate.
pub fn fit(examples: &[Example], l2: f64) -> (Vec<f32>, f32) {
    const D: usize = N_FEATURES + 1;
    let mut w = [0f64; D];
    for _ in 0..50 {
        let mut grad = [0f64; D];
        let mut hess = [[0f64; D]; D];
        for e in examples {
            let mut x = [0f64; D];
            for (xi, v) in x.iter_mut().zip(e.x.0.iter()) {
                *xi = *v as f64;
            }
            x[N_FEATURES] = 1.0;
            let z: f64 = (0..D).map(|i| w[i] * x[i]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if e.right { 1.0 } else { 0.0 };
            for i in 0..D {
                grad[i] += e.weight * (p - y) * x[i];
                for j in 0..D {
                    hess[i][j] += e.weight * p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        for i in 0..N_FEATURES {
            grad[i] += l2 * w[i];
            hess[i][i] += l2;
        }
        // A feature that never varies (all zeros) keeps its weight at zero.
        for (i, row) in hess.iter_mut().enumerate() {
            row[i] += 1e-9;
        }
        let step = solve(hess, grad);
        let mut change = 0.0;
        for i in 0..D {
            w[i] -= step[i];
            change += step[i].abs();
        }
        if change < 1e-8 {
            break;
        }
    }
    (
        w[..N_FEATURES].iter().map(|&v| v as f32).collect(),
        w[N_FEATURES] as f32,
    )
}

/// Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut a: [[f64; D]; D], mut b: [f64; D]) -> [f64; D] {
    for col in 0..D {
        let piv = (col..D)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, piv);
        b.swap(col, piv);
        let d = a[col][col];
        if d.abs() < 1e-12 {
            continue;
        }
        let pivot_row = a[col];
        for row in col + 1..D {
            let f = a[row][col] / d;
            for (k, v) in a[row].iter_mut().enumerate().skip(col) {
                *v -= f * pivot_row[k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0f64; D];
    for row in (0..D).rev() {
        let s: f64 = (row + 1..D).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 {
            0.0
        } else {
            (b[row] - s) / a[row][row]
        };
    }
    x
}

/// One question's best candidate on the pool: its probability, whether it
/// is the right section, and whether the question is in scope at all.
#[derive(Debug, Clone, Copy)]
pub struct Outcome {
    pub p: f32,
    pub right: bool,
    pub in_scope: bool,
    pub weight: f32,
}

/// The operating curve over cut-offs 0.00, 0.01, ..., 1.00 (weighted rates).
pub fn curve(outcomes: &[Outcome]) -> Vec<CurvePoint> {
    let sum = |f: &dyn Fn(&Outcome) -> bool| -> f32 {
        outcomes.iter().filter(|o| f(o)).map(|o| o.weight).sum()
    };
    let n_in = sum(&|o| o.in_scope).max(1e-9);
    let n_out = sum(&|o| !o.in_scope).max(1e-9);
    (0..=100)
        .map(|k| {
            let cutoff = k as f32 / 100.0;
            let answered = outcomes.iter().filter(|o| o.p >= cutoff);
            let (mut right, mut wrong, mut oos) = (0.0, 0.0, 0.0);
            for o in answered {
                match (o.in_scope, o.right) {
                    (true, true) => right += o.weight,
                    (true, false) => wrong += o.weight,
                    (false, _) => oos += o.weight,
                }
            }
            CurvePoint {
                cutoff,
                wrong: wrong / n_in,
                out_of_scope: oos / n_out,
                right: right / n_in,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_matches_the_features() {
        let s = Model::parse(BUILTIN_SENTENCE).expect("built-in sentence model loads");
        assert!(s.uses_sentence());
        assert!(s.cutoffs(Rates::default()).answer <= 1.0);
        let m = Model::parse(BUILTIN).expect("built-in model loads");
        assert!(!m.uses_sentence());
        // The default model ignores the sentence feature.
        let mut x = Features::default();
        x.set("coverage", 0.5);
        let p = m.probability(&x);
        x.set("sentence", 0.9);
        assert_eq!(m.probability(&x), p);
        let c = m.cutoffs(Rates::default());
        assert!(
            c.suggest <= c.ask && c.ask <= c.answer && c.answer <= 1.0,
            "{c:?}"
        );
    }

    #[test]
    fn stale_and_malformed_models_are_refused() {
        let mut m = Model::builtin();
        m.features[0] = "old_feature".into();
        let json = serde_json::to_string(&m).unwrap();
        assert!(matches!(Model::parse(&json), Err(ModelError::Stale { .. })));
        assert!(matches!(Model::parse("{"), Err(ModelError::Json(_))));
        // A model with the sentence feature but one weight short: stale.
        let mut m = Model::builtin_sentence();
        m.weights.pop();
        let json = serde_json::to_string(&m).unwrap();
        assert!(matches!(Model::parse(&json), Err(ModelError::Stale { .. })));
        let mut m = Model::builtin();
        m.version = 99;
        let json = serde_json::to_string(&m).unwrap();
        assert!(matches!(Model::parse(&json), Err(ModelError::Version(99))));
    }

    #[test]
    fn fit_recovers_a_separating_feature_and_the_curve_meets_the_rates() {
        // Right when coverage is high, whatever the other features.
        let mut examples = Vec::new();
        for i in 0..200 {
            let cov = i as f32 / 200.0;
            let mut x = Features::default();
            x.set("coverage", cov);
            x.set("log_words", (i % 7) as f32 / 7.0);
            examples.push(Example {
                x,
                right: (cov > 0.5) ^ (i % 10 == 0),
                weight: 1.0,
            });
        }
        let (w, b) = fit(&examples, 1e-3);
        assert!(w[0] > 3.0, "coverage weight {w:?}");
        assert!(b < 0.0);
        let model = Model::new(false, &w, b, String::new(), TableKind::Distilled);
        let outcomes: Vec<Outcome> = examples
            .iter()
            .map(|e| Outcome {
                p: model.probability(&e.x),
                right: e.right,
                in_scope: true,
                weight: 1.0,
            })
            .collect();
        let curve = curve(&outcomes);
        let model = Model { curve, ..model };
        let c = model.cutoffs(Rates {
            max_wrong: 0.05,
            max_out_of_scope: 1.0,
        });
        let at = model
            .curve
            .iter()
            .find(|p| p.cutoff == c.answer)
            .expect("cut-off is a curve point");
        assert!(at.wrong <= 0.05 && at.right > 0.3, "{at:?}");
    }

    #[test]
    fn explanation_sums_to_the_logit() {
        let m = Model::builtin();
        let mut x = Features::default();
        x.set("coverage", 0.8);
        x.set("title_match", 0.5);
        let e = m.explain(&x);
        let sum = e.bias + e.parts.iter().map(|p| p.contribution).sum::<f32>();
        assert!((sigmoid(sum) - e.probability).abs() < 1e-5);
        assert!(e.to_string().contains("coverage"));
    }
}
