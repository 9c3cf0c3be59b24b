//! Content: the typed model from the `pp-content` crate (re-exported, so views
//! use `crate::content::...`) and the one place the app gets it from.
//! Loading and validation run on the build host only (`build.rs`,
//! `tools/content-check`), never in the browser.

pub use pp_content::model::*;

use std::sync::OnceLock;

static CONTENT: OnceLock<Content> = OnceLock::new();

/// The validated content, compiled in at build time by `build.rs`.
pub fn content() -> &'static Content {
    CONTENT.get_or_init(|| {
        pp_content::blob::decode(include_bytes!(concat!(env!("OUT_DIR"), "/content.bin")))
            .expect("content.bin was written by build.rs from the same model")
    })
}
