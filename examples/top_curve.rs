//! The built-in confidence model's operating curve on question sets it was
//! not fit on: for each cut-off, the share of in-scope questions whose best
//! section is answered right or wrong, and of out-of-scope ones answered,
//! each set weighing the same. Compare with the pool's curve (`faqbot
//! calibrate`) to see whether the pool's cut-off carries over.
//! `cargo run --release --example top_curve -- FAQ_DIR=QUERIES.jsonl ...`
fn main() {
    // As the commands do: `FAQBOT_SEMANTIC_MODEL` loads the sentence model
    // (in a `--features sentence-model` build).
    if let Some(dir) = std::env::var_os("FAQBOT_SEMANTIC_MODEL") {
        faqbot::understanding::sentence::set_override(Some(dir.into()));
    }
    // (set, p of the best section, right, in scope)
    let mut outs: Vec<(usize, f32, bool, bool)> = Vec::new();
    let sets: Vec<String> = std::env::args().skip(1).collect();
    for (i, arg) in sets.iter().enumerate() {
        let (dir, file) = arg.split_once('=').expect("FAQ_DIR=QUERIES");
        let faq = faqbot::Faq::load(std::path::Path::new(dir)).expect("faq");
        let text = std::fs::read_to_string(file).expect("queries");
        for q in faqbot::eval::parse_queries(&text).expect("queries parse") {
            let u = faq.understand(&q.q);
            let (p, right) = u.hits.first().map_or((0.0, false), |h| {
                (
                    h.confidence,
                    q.expect.as_deref() == Some(faq.kb.sections[h.section].id.as_str()),
                )
            });
            outs.push((i, p, right, q.expect.is_some()));
        }
    }
    let n = sets.len().max(1) as f32;
    println!(
        "cut-off  right  wrong  oos-answered   (mean over {} sets)",
        sets.len()
    );
    for k in (10..=70).step_by(2) {
        let cut = k as f32 / 100.0;
        let (mut r, mut w, mut o) = (0.0, 0.0, 0.0);
        for i in 0..sets.len() {
            let mine: Vec<_> = outs.iter().filter(|x| x.0 == i).collect();
            let ins = mine.iter().filter(|x| x.3).count().max(1) as f32;
            let oos = mine.iter().filter(|x| !x.3).count().max(1) as f32;
            r += mine.iter().filter(|x| x.3 && x.2 && x.1 >= cut).count() as f32 / ins;
            w += mine.iter().filter(|x| x.3 && !x.2 && x.1 >= cut).count() as f32 / ins;
            o += mine.iter().filter(|x| !x.3 && x.1 >= cut).count() as f32 / oos;
        }
        println!(
            "{cut:7.2}  {:5.1}  {:5.1}  {:5.1}",
            100.0 * r / n,
            100.0 * w / n,
            100.0 * o / n
        );
    }
}
