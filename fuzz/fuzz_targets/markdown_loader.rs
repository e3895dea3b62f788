//! Arbitrary bytes as one Markdown FAQ file: `knowledge::build` must not panic,
//! and a successful load must index without panicking.
#![no_main]

use faqbot::knowledge::{build, SourceFile};
use faqbot::Faq;
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fuzz_target!(|data: &[u8]| {
    let files = vec![SourceFile { path: PathBuf::from("a.md"), bytes: data.to_vec() }];
    match build(files) {
        Ok(loaded) => {
            let _ = Faq::new(loaded);
        }
        Err(e) => {
            for d in e.errors() {
                assert!(!d.file.as_os_str().is_empty(), "error without a file: {d:?}");
            }
        }
    }
});
