//! The text app: what the pages of the route table's `App::Text` load
//! (`scripts/build-apps.mjs`).

fn main() {
    pakistan_peacekeeping::app::start(pakistan_peacekeeping::views::text);
}
