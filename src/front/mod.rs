//! Fronts: translate between a medium and the engine's [`crate::Reply`].
//! No matching or rule logic lives here.

pub mod console;

pub mod discord;

/// An I/O error on a named file, as an `io::Error` of the same kind whose
/// message names the file and whose source is the original error.
pub fn with_path(path: &std::path::Path, source: std::io::Error) -> std::io::Error {
    std::io::Error::new(
        source.kind(),
        PathError {
            path: path.to_path_buf(),
            source,
        },
    )
}

/// An I/O error on a file.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct PathError {
    pub path: std::path::PathBuf,
    #[source]
    pub source: std::io::Error,
}
