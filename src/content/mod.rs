//! Content: the typed model from the `pp-content` crate (re-exported, so views
//! use `crate::content::...`) and the one place the app gets it from.
//! Loading and validation run on the build host only (`build.rs`,
//! `tools/content-check`), never in the browser.
//!
//! A page's app shows its page's part of the content (`pp_content::parts`) in
//! the page's language, fetched with the app by `assets/boot.js`
//! (`data/app/<part>.<lang>.bin`) and installed before it mounts
//! ([`install_page_data`]). The one app with every view (`trunk serve`) and
//! native builds (tests) use the whole content of the page's language
//! ([`content_in`], compiled in by `build.rs`: the Urdu copy is the English
//! content with the texts of `content/ur/` merged in).

pub use pp_content::model::*;

use crate::i18n::Lang;
use std::sync::OnceLock;

static CONTENT: OnceLock<Content> = OnceLock::new();
static EN: OnceLock<Content> = OnceLock::new();
static UR: OnceLock<Content> = OnceLock::new();

/// The content the app shows. In the browser it is installed before the app
/// mounts (the page's part, in the page's language).
#[cfg(target_arch = "wasm32")]
pub fn content() -> &'static Content {
    CONTENT
        .get()
        .expect("the content is installed before the app mounts")
}

/// Native builds (tests, tools): the whole content in the language of the
/// page ([`crate::i18n::lang`]), or what [`showing`] sets.
#[cfg(not(target_arch = "wasm32"))]
pub fn content() -> &'static Content {
    SHOWING
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| content_in(crate::i18n::lang()))
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

/// The whole content in English, compiled in at build time by `build.rs`.
pub fn whole() -> Content {
    content_in(Lang::En).clone()
}

/// The whole content in a language, compiled in at build time by `build.rs`
/// (only the development app and native builds use it: the published apps
/// fetch their page's part).
pub fn content_in(lang: Lang) -> &'static Content {
    let (cell, bytes): (&OnceLock<Content>, &'static [u8]) = match lang {
        Lang::En => (
            &EN,
            include_bytes!(concat!(env!("OUT_DIR"), "/content.bin")),
        ),
        Lang::Ur => (
            &UR,
            include_bytes!(concat!(env!("OUT_DIR"), "/content.ur.bin")),
        ),
    };
    cell.get_or_init(|| {
        pp_content::blob::decode(bytes)
            .expect("the content blob was written by build.rs from the same model")
    })
}

/// Sets the content the app shows (once, before it mounts).
pub fn install(c: Content) {
    let _ = CONTENT.set(c);
}

/// Installs a text page's data file (the sources it cites alone,
/// `pp_content::parts::citations`), for its citations' popover.
pub fn install_page_sources() {
    let sources = page_data(pp_content::blob::decode_sources).unwrap_or_default();
    install(Content {
        sources,
        ..Content::default()
    });
}

/// Installs the page's data file, as the loader fetched it; a page without
/// one (the not-found page) shows no content.
pub fn install_page_data() {
    install(page_data(pp_content::blob::decode).unwrap_or_default());
}

/// The page's data file, as the loader fetched it, decoded; `None` on a page
/// without one. A file that does not decode (a deployment half done) is an
/// error the reader is shown.
fn page_data<T, E: std::fmt::Display>(decode: fn(&[u8]) -> Result<T, E>) -> Option<T> {
    crate::browser::take_page_data().map(|bytes| {
        decode(&bytes)
            .unwrap_or_else(|e| panic!("the page's data file does not match this app: {e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_urdu_content_has_the_english_items_in_urdu() {
        let (en, ur) = (content_in(Lang::En), content_in(Lang::Ur));
        assert_eq!(en.events.len(), ur.events.len());
        assert_eq!(
            en.chapters.len(),
            ur.chapters.len(),
            "an untranslated chapter stays, in English"
        );
        let ids = |c: &Content| c.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(en), ids(ur));
        let urdu = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        let translated = ur.events.iter().filter(|e| urdu(&e.title)).count();
        assert!(
            translated * 10 >= ur.events.len() * 9,
            "{translated} of {} events in Urdu",
            ur.events.len()
        );
        assert!(en.events.iter().all(|e| !urdu(&e.title)));
        assert_eq!(
            crate::i18n::in_lang(Lang::Ur, || content().events[0].title.clone()),
            ur.events[0].title
        );
    }
}
