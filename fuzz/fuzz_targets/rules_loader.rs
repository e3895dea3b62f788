//! A fixed small valid Markdown file plus arbitrary bytes as its rules (.toml):
//! `knowledge::build` must not panic; errors name their file; a successful
//! load must index and answer a question without panicking.
#![no_main]

use faqbot::dialogue::{respond, Session};
use faqbot::knowledge::{build, SourceFile};
use faqbot::Faq;
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

const MD: &str = "# Hosting FAQ\n\n\
## Do I need a filing for my domain? {#q}\n\n\
A filing is required if your domain points to a server in Mainland China.\n\n\
A filing is not required if your domain does not point to a server in Mainland China.\n\n\
## Can I change my filing? {#c}\n\n\
You can change the filing in the console.\n";

fuzz_target!(|data: &[u8]| {
    let files = vec![
        SourceFile { path: PathBuf::from("a.md"), bytes: MD.as_bytes().to_vec() },
        SourceFile { path: PathBuf::from("a.toml"), bytes: data.to_vec() },
    ];
    match build(files) {
        Ok(loaded) => {
            let faq = Faq::new(loaded);
            let mut s = Session::new();
            let _ = respond(&faq, &mut s, "do I need a filing for my domain?");
            let _ = respond(&faq, &mut s, "yes");
        }
        Err(e) => {
            for d in e.errors() {
                assert!(!d.file.as_os_str().is_empty(), "error without a file: {d:?}");
            }
        }
    }
});
