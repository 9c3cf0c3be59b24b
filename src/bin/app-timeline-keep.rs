//! The timeline's keeper: what the timeline's pages load first, to make the
//! prerendered filter and search work before the full app
//! (`pakistan_peacekeeping::views::timeline::keeper`, which works on the
//! page in a browser only; built by `scripts/lib/apps.mjs`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pakistan_peacekeeping::views::timeline::keeper::start();
}
