//! The explainer's content pipeline, one module per stage:
//!
//! - [`model`] (always): the typed content, plain Rust with serde, no I/O. The
//!   browser build compiles only this and [`blob`].
//! - [`blob`] (always): the compact binary copy of validated content that the
//!   build hands to the app.
//! - [`parts`] (always; slicing with feature `load`): the share of the content
//!   each page needs, as a data file of its own.
//! - [`load`] (feature `load`): reads `content/`, validates every file against
//!   the others and renders the markdown chapters, reporting each problem with
//!   file, line and field. Used by the site's `build.rs` and `content-check`.
//! - [`schema`] (feature `schema`): the JSON Schemas editors' tools use,
//!   generated from the same types.

pub mod blob;
pub mod format;
pub mod model;
pub mod parts;

#[cfg(feature = "load")]
pub mod load;

#[cfg(feature = "schema")]
pub mod schema;
