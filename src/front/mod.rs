//! Fronts: translate between a medium and the engine's [`crate::Reply`].
//! No matching or rule logic lives here.

pub mod console;

pub mod discord;
