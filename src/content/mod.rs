//! Content: the typed model. Its loader/validator (`load.rs`) runs on the build
//! host only: in `build.rs` and in `tools/content-check`, never in the browser.

pub mod model;

pub use model::*;

use std::sync::OnceLock;

static CONTENT: OnceLock<Content> = OnceLock::new();

/// The validated content, compiled in at build time by `build.rs`.
pub fn content() -> &'static Content {
    CONTENT.get_or_init(|| {
        postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/content.bin")))
            .expect("content.bin was written by build.rs from the same model")
    })
}
