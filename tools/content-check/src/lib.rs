//! The content model and its loader, shared with the site through `#[path]`
//! (the site's `build.rs` compiles the same two files). This crate builds in
//! seconds without the site, for editors and for the validation tests.

#[path = "../../../src/content/model.rs"]
pub mod model;

#[path = "../../../src/content/load.rs"]
pub mod load;

pub mod export;
pub mod schemas;

pub mod render;
