//! Content: the typed model from the `pp-content` crate (re-exported, so views
//! use `crate::content::...`) and the one place the app gets it from.
//! Loading and validation run on the build host only (`build.rs`,
//! `tools/content-check`), never in the browser.
//!
//! A page's app shows its page's part of the content (`pp_content::parts`),
//! fetched with the app by `assets/boot.js` and installed before it mounts
//! ([`install_page_data`]). The one app with every view (`trunk serve`) and
//! native builds (tests) use the whole content, compiled in by `build.rs`.

pub use pp_content::model::*;

use std::sync::OnceLock;

static CONTENT: OnceLock<Content> = OnceLock::new();

/// The content the app shows. In the browser it is installed before the app
/// mounts.
#[cfg(target_arch = "wasm32")]
pub fn content() -> &'static Content {
    CONTENT
        .get()
        .expect("the content is installed before the app mounts")
}

/// Native builds (tests, tools): the whole content, or what [`showing`] sets.
#[cfg(not(target_arch = "wasm32"))]
pub fn content() -> &'static Content {
    SHOWING
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| CONTENT.get_or_init(whole))
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static SHOWING: std::cell::Cell<Option<&'static Content>> = const { std::cell::Cell::new(None) };
}

/// Native builds: runs `f` with `c` as the content (tests draw views from a
/// page's part of the content and from the whole, and compare).
#[cfg(not(target_arch = "wasm32"))]
pub fn showing<R>(c: &'static Content, f: impl FnOnce() -> R) -> R {
    let before = SHOWING.with(|s| s.replace(Some(c)));
    let out = f();
    SHOWING.with(|s| s.set(before));
    out
}

/// The whole content, compiled in at build time by `build.rs`.
pub fn whole() -> Content {
    pp_content::blob::decode(include_bytes!(concat!(env!("OUT_DIR"), "/content.bin")))
        .expect("content.bin was written by build.rs from the same model")
}

/// Sets the content the app shows (once, before it mounts).
pub fn install(c: Content) {
    let _ = CONTENT.set(c);
}

/// Installs the page's data file, as the loader fetched it; a page without
/// one (the not-found page) shows no content. A file that does not decode
/// (a deployment half done) is an error the reader is shown.
pub fn install_page_data() {
    let c = match crate::browser::take_page_data() {
        Some(bytes) => pp_content::blob::decode(&bytes)
            .unwrap_or_else(|e| panic!("the page's data file does not match this app: {e}")),
        None => Content::default(),
    };
    install(c);
}
