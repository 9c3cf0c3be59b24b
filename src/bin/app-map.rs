//! The map app: what the pages of the route table's `App::Map` load
//! (`scripts/build-apps.mjs`).

fn main() {
    pakistan_peacekeeping::app::start(pakistan_peacekeeping::views::map);
}
