//! Pakistan, peacekeeping and the Gaza stabilisation force: an interactive explainer.
//!
//! - [`content`]: the typed content model (plain Rust, tested natively) and its loader.
//! - [`routes`]: the route table, declared once (plain data).
//! - [`app`]: the Leptos app: one router built from the table, with a site shell and an
//!   embed shell; each view lives in [`views`], pieces they share in [`components`].
//! - [`browser`]: every call into the page, and the hooks views share; [`url`]: the grammar
//!   of the site's addresses.

pub mod content;
pub mod i18n;
pub mod panic;

pub mod app;
pub mod browser;
pub mod components;
pub mod routes;
pub mod url;
pub mod views;
