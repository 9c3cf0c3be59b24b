//! The content the app compiles in: build.rs validated and serialised
//! content/ with the `pp-content` crate; the app reads it back.

use pakistan_peacekeeping::content::*;

#[test]
fn compiled_in_content_is_readable() {
    // build.rs validated and serialised content/; the app reads it back.
    let c = content();
    assert!(!c.events.is_empty());
    assert!(c.chapter("story").is_some());
    assert!(c.event("resolution-2803").is_some());
}
