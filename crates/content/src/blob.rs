//! The validated content as the app receives it: postcard bytes, written by the
//! site's `build.rs` and compiled into the wasm. Both ends use these two
//! functions, so the format cannot differ between them.

use crate::model::{Content, Source};

/// The bytes the app decodes with [`decode`].
pub fn encode(content: &Content) -> Vec<u8> {
    postcard::to_allocvec(content).expect("content serialises")
}

/// Reads bytes written by [`encode`] from the same model.
pub fn decode(bytes: &[u8]) -> Result<Content, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// A list of sources alone (a text page's citations, `parts::citations`): the
/// bytes [`decode_sources`] reads, without the decoder of the whole content.
pub fn encode_sources(sources: &[Source]) -> Vec<u8> {
    postcard::to_allocvec(sources).expect("sources serialise")
}

/// Reads bytes written by [`encode_sources`].
pub fn decode_sources(bytes: &[u8]) -> Result<Vec<Source>, postcard::Error> {
    postcard::from_bytes(bytes)
}
