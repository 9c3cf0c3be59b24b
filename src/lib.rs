//! Pakistan, peacekeeping and the Gaza stabilisation force: an interactive explainer.
//!
//! - [`charts`]: chart geometry (pure, tested natively); the figures that draw it are in
//!   [`components`].
//! - [`content`]: the typed content model (plain Rust, tested natively) and its loader.
//! - [`routes`]: the route table, declared once (plain data).
//! - [`app`]: the Leptos apps, one per view (one wasm each): each draws its page's route
//!   in a site shell or an embed shell; each view lives in [`views`], pieces they share in
//!   [`components`].
//! - [`browser`]: every call into the page, and the hooks views share; [`url`]: the grammar
//!   of the site's addresses.

// Native tests render views to HTML (tachys `ssr`, a dev-dependency whose
// feature also reaches the library built beside them), whose types nest deeply.
#![recursion_limit = "512"]

pub mod charts;
pub mod content;
pub mod i18n;
pub mod panic;

pub mod app;
pub mod browser;
pub mod components;
pub mod routes;
pub mod sort;
pub mod url;
pub mod views;

#[cfg(test)]
mod testing;
