//! The browser, in one place: every read from or write to the page, the address
//! bar, storage and the clipboard goes through this module, so that views read
//! as UI and the rest of the crate builds and tests natively.
//!
//! - `web.rs` (wasm32): the real calls, through `web-sys`.
//! - `native.rs` (tests, tools): inert stand-ins with the same signatures (an
//!   empty address, nothing stored, nothing focused).
//! - [`hooks`]: small reusable Leptos hooks for what several views do: the
//!   width of an element as the window resizes, Escape to close, focus after
//!   the next frame and back to the opener on close, roving focus keys, and
//!   the address bar following a view's typed URL state.

pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod states;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

pub use hooks::*;

/// Narrower than this (CSS px), an element's width is not a real layout's
/// (hidden, or not laid out yet).
pub const MIN_REAL_WIDTH: f64 = 50.0;

/// A citation link under the pointer or focus ([`cite_of`]).
#[derive(Clone, Debug)]
pub struct CiteHit {
    pub ids: Vec<String>,
    /// Its box in the window, and the window's size (CSS px).
    pub left: f64,
    pub top: f64,
    pub bottom: f64,
    pub width: f64,
    pub height: f64,
    pub element: Option<web_sys::HtmlElement>,
}
