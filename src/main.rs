//! The one app with every view and the whole content (compiled in): what
//! `trunk serve` runs for development. The published pages each load their
//! view's app instead (`src/bin/app-*.rs`). Built with the feature `all-views`
//! (on by default); release builds turn it off (`trunk build --release
//! --no-default-features`), as Trunk's copy of this app is not published
//! (`scripts/lib/apps.mjs` removes what is left of it: the panic hook).

fn main() {
    pakistan_peacekeeping::panic::install();
    #[cfg(feature = "all-views")]
    {
        let lang = pakistan_peacekeeping::i18n::lang();
        pakistan_peacekeeping::content::install(
            pakistan_peacekeeping::content::content_in(lang).clone(),
        );
        pakistan_peacekeeping::app::mount(pakistan_peacekeeping::views::render);
    }
}
