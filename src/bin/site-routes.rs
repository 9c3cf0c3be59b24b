//! Prints the site's route table for the build scripts, one JSON object per
//! route and line, in navigation order (embeds after pages):
//!
//! ```text
//! {"path":"/timeline","nav":"Timeline","title":"Timeline 1947–2025","kind":"page"}
//! {"path":"/embed/map","nav":null,"title":"Map of deployments (embed)","kind":"embed"}
//! ```
//!
//! `cargo run -q --bin site-routes` (read by `scripts/lib/routes.mjs`). Native
//! only: Trunk builds the app binary alone (`data-bin` in index.html).

use pakistan_peacekeeping::routes;

fn main() {
    for r in routes::all() {
        // The embeddable views are the routes under /embed/, kept out of the menu.
        let kind = if r.path.starts_with("/embed/") {
            "embed"
        } else {
            "page"
        };
        let nav = (r.nav != "-").then_some(r.nav);
        println!("{}", line(r.path, nav, r.title, kind));
    }
}

/// One route as a JSON object.
fn line(path: &str, nav: Option<&str>, title: &str, kind: &str) -> String {
    format!(
        r#"{{"path":{},"nav":{},"title":{},"kind":{}}}"#,
        string(path),
        nav.map_or_else(|| "null".to_string(), string),
        string(title),
        string(kind)
    )
}

/// A JSON string literal.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_a_json_object_with_the_route() {
        let l = line("/x", Some("X \"quoted\""), "Tab\there – 1947\\2025", "page");
        let v: serde_json::Value = serde_json::from_str(&l).unwrap();
        assert_eq!(v["path"], "/x");
        assert_eq!(v["nav"], "X \"quoted\"");
        assert_eq!(v["title"], "Tab\there – 1947\\2025");
        assert_eq!(v["kind"], "page");
        let v: serde_json::Value = serde_json::from_str(&line("/e", None, "E", "embed")).unwrap();
        assert!(v["nav"].is_null());
    }
}
