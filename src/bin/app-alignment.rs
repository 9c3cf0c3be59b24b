//! The alignment app: what the pages of the route table's `App::Alignment` load
//! (`scripts/build-apps.mjs`).

fn main() {
    pakistan_peacekeeping::app::start(pakistan_peacekeeping::views::alignment);
}
