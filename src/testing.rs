//! Helpers for native tests: views rendered to HTML (tachys `ssr`, a
//! dev-dependency), at a given address (the native browser stand-ins).

use leptos::prelude::*;

/// Effects never run in these renders (as when a page is rendered on a
/// server): the futures they spawn are dropped.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _fut: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The HTML `view` draws, at the address `path?query` (`query` with its `?`).
pub fn html_at(path: &str, query: &str, view: impl FnOnce() -> AnyView) -> String {
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    crate::browser::set_location(path, query);
    let owner = Owner::new();
    let html = owner.with(|| view().to_html());
    owner.unset();
    html
}
