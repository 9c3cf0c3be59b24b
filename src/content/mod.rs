//! Content: the typed model from the `pp-content` crate (re-exported, so views
//! use `crate::content::...`) and the one place the app gets it from.
//! Loading and validation run on the build host only (`build.rs`,
//! `tools/content-check`), never in the browser.
//!
//! Each language has its own copy ([`content_in`]): the Urdu one is the English
//! content with the texts of `content/ur/` merged in by `build.rs`. Views call
//! [`content`], which gives the copy of the page's language (`crate::i18n::lang`).

pub use pp_content::model::*;

use crate::i18n::{self, Lang};
use std::sync::OnceLock;

static EN: OnceLock<Content> = OnceLock::new();
static UR: OnceLock<Content> = OnceLock::new();

/// The validated content in the language of the page being shown.
pub fn content() -> &'static Content {
    content_in(i18n::lang())
}

/// The validated content in a language, compiled in at build time by `build.rs`.
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
            i18n::in_lang(Lang::Ur, || content().events[0].title.clone()),
            ur.events[0].title
        );
    }
}
