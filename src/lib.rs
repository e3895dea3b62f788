//! faqbot: answers questions from Markdown FAQ files.
//!
//! A pure core with thin fronts:
//! - [`knowledge`]: FAQ folder → sections, facts, rules (validated);
//! - [`understanding`]: normalise text, rank sections, extract facts;
//! - [`dialogue`]: one session's step `(FAQ, session, message) → reply`;
//! - [`front`]: the terminal console and the Discord adapter, which only translate.

pub mod calibrate;
pub mod dialogue;
pub mod eval;
pub mod faq;
pub mod front;
pub mod ids;
pub mod knowledge;
pub mod understanding;

pub use dialogue::{respond, Reply, Session};
pub use faq::Faq;
pub use ids::{FactId, SectionId, Value};

/// mimalloc: a fresh process allocates thousands of small pieces while it
/// loads an FAQ (regex syntax trees, tokens, maps), and glibc's malloc made
/// that load about a fifth slower (`--example load_phases whole`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
