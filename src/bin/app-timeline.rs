//! The timeline app: what the pages of the route table's `App::Timeline` load
//! (`scripts/build-apps.mjs`).

fn main() {
    pakistan_peacekeeping::app::start(pakistan_peacekeeping::views::timeline);
}
