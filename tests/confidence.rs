//! The calibrated confidence as a user meets it: `[confidence]` in a rules
//! file (rates, a model file that is missing, stale or malformed), `ask
//! --explain` and `eval --dialogues` through the real binary.

mod common;

use faqbot::knowledge::{build, SourceFile};
use faqbot::understanding::Model;
use faqbot::Faq;
use std::path::{Path, PathBuf};
use std::process::Command;

const MD: &str = "# Shop\n\n## Can I get a refund? {#refund}\n\nRefunds are issued if the order has not shipped.\n\n## How do I track my parcel? {#track}\n\nUse the tracking link in your email.\n";

fn files(rules: &str, extra: &[(&str, String)]) -> Vec<SourceFile> {
    let mut v = vec![
        SourceFile {
            path: "shop.md".into(),
            bytes: MD.as_bytes().to_vec(),
        },
        SourceFile {
            path: "shop.toml".into(),
            bytes: rules.as_bytes().to_vec(),
        },
    ];
    for (name, text) in extra {
        v.push(SourceFile {
            path: name.into(),
            bytes: text.as_bytes().to_vec(),
        });
    }
    v
}

fn errors(rules: &str, extra: &[(&str, String)]) -> String {
    match build(files(rules, extra)) {
        Ok(_) => panic!("expected errors for:\n{rules}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn rates_in_the_rules_file_move_the_cut_offs() {
    let strict = build(files(
        "[confidence]\nmax_wrong_rate = 0.001\nmax_out_of_scope_rate = 0.001\n",
        &[],
    ))
    .expect("loads");
    let loose = build(files(
        "[confidence]\nmax_wrong_rate = 0.2\nmax_out_of_scope_rate = 0.5\n",
        &[],
    ))
    .expect("loads");
    let (strict, loose) = (Faq::new(strict), Faq::new(loose));
    assert_eq!(strict.cutoffs().rates.max_wrong, 0.001);
    assert!(
        strict.cutoffs().answer > loose.cutoffs().answer,
        "{:?} vs {:?}",
        strict.cutoffs(),
        loose.cutoffs()
    );
}

#[test]
fn bad_confidence_settings_name_the_file() {
    let e = errors("[confidence]\nmax_wrong_rate = 2.0\n", &[]);
    assert!(
        e.contains("shop.toml") && e.contains("max_wrong_rate"),
        "{e}"
    );
    let e = errors("[confidence]\nmodel = \"cal.json\"\n", &[]);
    assert!(e.contains("shop.toml") && e.contains("cal.json"), "{e}");
    let e = errors(
        "[confidence]\nmodel = \"cal.json\"\n",
        &[("cal.json", "{ not json".into())],
    );
    assert!(
        e.contains("cal.json") && e.contains("not a calibration model"),
        "{e}"
    );
    // Fit for other features: stale.
    let mut m = Model::builtin();
    m.features[1] = "an_old_feature".into();
    let e = errors(
        "[confidence]\nmodel = \"cal.json\"\n",
        &[("cal.json", serde_json::to_string(&m).unwrap())],
    );
    assert!(e.contains("cal.json") && e.contains("stale"), "{e}");
}

#[test]
fn a_model_file_of_the_faq_replaces_the_built_in_one() {
    let mut m = Model::builtin();
    // A model that trusts nothing: every probability is tiny.
    m.bias = -50.0;
    let faq = Faq::new(
        build(files(
            "[confidence]\nmodel = \"cal.json\"\n",
            &[("cal.json", serde_json::to_string(&m).unwrap())],
        ))
        .expect("loads"),
    );
    let u = faq.understand("can I get a refund?");
    assert!(u.hits[0].confidence < 1e-6, "{}", u.hits[0].confidence);
    let builtin = Faq::new(build(files("", &[])).expect("loads"));
    assert!(builtin.understand("can I get a refund?").hits[0].confidence > 0.5);
}

#[test]
fn sections_are_compared_in_the_table_the_model_was_fit_on() {
    use faqbot::understanding::semantic::TableKind;
    // The built-in model is fit on the refined table (128 dimensions).
    assert_eq!(Model::builtin().semantic_table, TableKind::Refined);
    let builtin = Faq::new(build(files("", &[])).expect("loads"));
    assert_eq!(builtin.semantic().dims(), 128);
    // A model file naming no table was fit on the distilled one (256), as
    // every file written before there were two.
    let mut json: serde_json::Value = serde_json::to_value(Model::builtin()).unwrap();
    json.as_object_mut().unwrap().remove("semantic_table");
    let old = Faq::new(
        build(files(
            "[confidence]\nmodel = \"cal.json\"\n",
            &[("cal.json", json.to_string())],
        ))
        .expect("loads"),
    );
    assert_eq!(old.model().semantic_table, TableKind::Distilled);
    assert_eq!(old.semantic().dims(), 256);
    // The same question gets another static cosine in each.
    let q = "can I get my money back?";
    let (a, b) = (
        builtin.semantic_scores(q, &[0])[0],
        old.semantic_scores(q, &[0])[0],
    );
    assert!(a > 0.0 && b > 0.0 && (a - b).abs() > 1e-3, "{a} {b}");
    // The ICP folder keeps the models it was tuned with, and their table.
    let icp = Faq::load(&repo().join("faq")).expect("the ICP folder loads");
    assert_eq!(icp.semantic().dims(), 256);
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

#[test]
fn ask_explain_shows_features_contributions_and_the_deciding_cut_off() {
    let out = Command::new(common::bin())
        .args([
            "ask",
            "--explain",
            "my domain points to a server in hangzhou, need icp?",
        ])
        .arg("--faq")
        .arg(repo().join("faq"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    for want in [
        "cut-offs",
        "coverage",
        "title_match",
        "contrib",
        "#1 section_kbw_s15_jgb",
        "facts stated:",
        "points_to_mainland = yes",
        "decision: ",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}

#[test]
fn eval_dialogues_counts_right_and_wrong_endings() {
    let dir = std::env::temp_dir().join(format!("faqbot-dlg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("d.jsonl");
    // One right ending, one expecting a rule the facts don't give.
    std::fs::write(
        &file,
        concat!(
            r#"{"turns": ["do I need icp if my domain points to a server in hangzhou for our website?"], "expect": {"type": "answer", "section": "section_kbw_s15_jgb", "rule": "An ICP Filing is required if your domain name points to a node server in Mainland China and you need to activate web services."}}"#,
            "\n",
            r#"{"turns": ["do I need icp if my domain points to a server in hangzhou for our website?"], "expect": {"type": "answer", "section": "section_kbw_s15_jgb", "rule": null}}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = Command::new(common::bin())
        .args(["eval", "--dialogues", "--json"])
        .arg(&file)
        .arg("--faq")
        .arg(repo().join("faq"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let v: serde_json::Value = serde_json::from_str(text.trim()).expect("JSON");
    assert_eq!(v["dialogues"], 2, "{v}");
    assert_eq!(v["right"], 1, "{v}");
    assert_eq!(v["wrong_answer"], 1, "{v}");
}

/// A folder can keep a model of its own for each build: `model` without
/// the sentence model, `model_with_sentence` with it (the ICP folder keeps
/// those it was tuned with). One fit without the sentence model in the
/// second place is an error naming the file.
#[test]
fn a_folder_keeps_a_model_for_each_build() {
    let mut plain = Model::builtin();
    plain.bias = -50.0;
    let rules = "[confidence]\nmodel = \"cal.json\"\nmodel_with_sentence = \"cal_sentence.json\"\n";
    let kb = build(files(
        rules,
        &[
            ("cal.json", serde_json::to_string(&plain).unwrap()),
            (
                "cal_sentence.json",
                serde_json::to_string(&Model::builtin_sentence()).unwrap(),
            ),
        ],
    ))
    .expect("loads");
    assert!(kb
        .knowledge
        .confidence
        .model_with_sentence
        .as_ref()
        .is_some_and(|m| m.uses_sentence()));
    // This build has no sentence model loaded: `model` is the one used.
    let faq = Faq::new(kb);
    assert!(faq.understand("can I get a refund?").hits[0].confidence < 1e-6);

    let e = errors(
        rules,
        &[
            ("cal.json", serde_json::to_string(&plain).unwrap()),
            ("cal_sentence.json", serde_json::to_string(&plain).unwrap()),
        ],
    );
    assert!(
        e.contains("shop.toml")
            && e.contains("model_with_sentence")
            && e.contains("without the sentence model"),
        "{e}"
    );
}
