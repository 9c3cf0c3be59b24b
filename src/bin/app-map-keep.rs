//! The map's keeper: what the map's pages load first, to make the prerendered
//! "Every deployment" / "One year" choice and the year slider work before the
//! full app (`pakistan_peacekeeping::views::map::keeper`, which works on the
//! page in a browser only; built by `scripts/lib/apps.mjs`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pakistan_peacekeeping::views::map::keeper::start();
}
