//! Prints the site's routes (`src/routes.rs`) for the build scripts, one JSON
//! object per line, every route in every language (English first):
//! `{"path":"/ur/map","nav":"نقشہ","title":"…","kind":"page","lang":"ur","dir":"rtl","alternates":{"en":"/map","ur":"/ur/map"}}`.
//!
//!     cargo run -q --bin site-routes

fn main() {
    for (lang, r) in pakistan_peacekeeping::routes::localized() {
        println!("{}", pakistan_peacekeeping::routes::to_json_in(lang, r));
    }
}
