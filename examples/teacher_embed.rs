//! Teacher data for refining the static token table (scripts/refine_static.py):
//! for each line of a text file, the full sentence model's unit vector and the
//! static table's word-piece rows, as the engine would pool them.
//!
//! Run: `cargo run --release --features sentence-model --example teacher_embed -- MODEL_DIR CORPUS OUT_PREFIX`
//! writes `OUT_PREFIX.f32` (n x 384 little-endian f32) and `OUT_PREFIX.ids`
//! (per line: u32 count, then that many u32 table rows).

use faqbot::understanding::semantic::{Table, MAX_PIECES};
use faqbot::understanding::sentence::SentenceModel;
use std::io::Write;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, model, corpus, out] = &args[..] else {
        eprintln!("usage: teacher_embed MODEL_DIR CORPUS OUT_PREFIX");
        std::process::exit(2);
    };
    let model = SentenceModel::load(Path::new(model)).expect("sentence model loads");
    let table = Table::bundled().expect("bundled table");
    let text = std::fs::read_to_string(corpus).expect("corpus readable");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = lines.len().div_ceil(threads);
    let start = std::time::Instant::now();
    let parts: Vec<Vec<(Vec<f32>, Vec<u32>)>> = std::thread::scope(|s| {
        let handles: Vec<_> = lines
            .chunks(chunk)
            .enumerate()
            .map(|(k, part)| {
                let (model, table) = (&model, &table);
                s.spawn(move || {
                    let mut done = Vec::with_capacity(part.len());
                    for (i, l) in part.iter().enumerate() {
                        let mut ids = Vec::new();
                        let mut n = 0usize;
                        table.pieces(l, |id| {
                            ids.extend(id);
                            n += 1;
                            n < MAX_PIECES
                        });
                        done.push((model.encode(l), ids));
                        if k == 0 && i % 2000 == 0 {
                            eprintln!("{i}/{} in {:?}", part.len(), start.elapsed());
                        }
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker"))
            .collect()
    });
    let mut vf = std::io::BufWriter::new(std::fs::File::create(format!("{out}.f32")).unwrap());
    let mut idf = std::io::BufWriter::new(std::fs::File::create(format!("{out}.ids")).unwrap());
    for (v, ids) in parts.into_iter().flatten() {
        for x in v {
            vf.write_all(&x.to_le_bytes()).unwrap();
        }
        idf.write_all(&(ids.len() as u32).to_le_bytes()).unwrap();
        for id in ids {
            idf.write_all(&id.to_le_bytes()).unwrap();
        }
    }
}
