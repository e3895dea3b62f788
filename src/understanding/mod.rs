//! Understanding: normalise a question, rank the FAQ's sections for it and
//! pick out the facts it states. Pure functions over a loaded [`Knowledge`].

pub mod cjk;
pub mod confidence;
pub mod facts;
pub mod index;
pub mod lexicon;
pub mod normalize;
pub mod semantic;
pub mod sentence;
pub mod statements;

pub use confidence::{Cutoffs, Features, Model, Rates};
pub use facts::{Extracted, Extractor, Found};
pub use index::{Hit, Index, Params, QueryTerm};
pub use normalize::{fold, Synonyms};
pub use semantic::SemanticIndex;
pub use statements::Statements;
