fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/stackfaq/faq");
    let mut text = String::new();
    for e in std::fs::read_dir(dir).unwrap() {
        text.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let big = text.repeat(30);
    println!("{} MB, ascii {}", big.len() / 1_000_000, big.is_ascii());
    let t = std::time::Instant::now();
    let lower = big.to_lowercase();
    println!("to_lowercase {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let q = unicode_normalization::is_nfkc_quick(big.chars());
    println!("nfkc_quick {:?} {:?}", t.elapsed(), q);
    let t = std::time::Instant::now();
    let f = faqbot::understanding::normalize::fold_long(&big);
    println!("fold_long {:?}", t.elapsed());
    let _ = (lower, f);
}
