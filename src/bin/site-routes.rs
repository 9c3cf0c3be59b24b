//! Prints the site's routes (`src/routes.rs`) for the build scripts, one JSON
//! object per line: `{"path":"/map","nav":"Map","title":"…","kind":"page"}`.
//!
//!     cargo run -q --bin site-routes

fn main() {
    for r in pakistan_peacekeeping::routes::ROUTES {
        println!("{}", pakistan_peacekeeping::routes::to_json(r));
    }
}
