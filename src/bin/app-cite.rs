//! The published text pages' app (the story, sources, about, teach): the
//! prerendered page stays, the app adds the citations' popover
//! (`crate::routes::RouteInfo::live_app`; built by `scripts/lib/apps.mjs`).

fn main() {
    pakistan_peacekeeping::app::enhance();
}
