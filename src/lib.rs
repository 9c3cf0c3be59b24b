//! Pakistan, peacekeeping and the Gaza stabilisation force: an interactive explainer.
//!
//! - [`content`]: the typed content model (plain Rust, tested natively) and its loader.
//! - [`app`]: the Leptos single-page app; each view lives in [`views`].

pub mod content;
pub mod panic;

pub mod app;
pub mod browser;
pub mod components;
pub mod routes;
pub mod url;
pub mod views;
