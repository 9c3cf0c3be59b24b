//! The alignment explorer's keeper: what the explorer's pages load first, to
//! make the prerendered year slider and Gaza options work before the full
//! app (`pakistan_peacekeeping::views::alignment::keeper`, which works on the
//! page in a browser only; built by `scripts/lib/apps.mjs`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pakistan_peacekeeping::views::alignment::keeper::start();
}
