//! Base path and URL helpers. The site runs at any base path (`/` or a GitHub
//! Pages project path such as `/pakistan-peacekeeping/`), read at run time from
//! `<base href>`, which `trunk build --public-url` writes.

/// The base path without a trailing slash: `""` at the site root,
/// `"/pakistan-peacekeeping"` under a project sub-path.
pub fn base() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let from_doc = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("base[href]").ok().flatten())
            .and_then(|b| b.get_attribute("href"));
        normalise_base(from_doc.as_deref().unwrap_or("/"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// `/x/` -> `/x`, `/` -> ``, `https://h/x/` -> `/x`.
pub fn normalise_base(href: &str) -> String {
    let path = match href.find("://") {
        Some(i) => {
            let rest = &href[i + 3..];
            rest.find('/').map(|j| &rest[j..]).unwrap_or("/")
        }
        None => href,
    };
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// A site path (`/timeline?event=x`) made absolute under the base.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// Percent-encodes a query value (RFC 3986 unreserved characters kept).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_normalise() {
        assert_eq!(normalise_base("/"), "");
        assert_eq!(
            normalise_base("/pakistan-peacekeeping/"),
            "/pakistan-peacekeeping"
        );
        assert_eq!(normalise_base("https://example.org/pp/"), "/pp");
        assert_eq!(normalise_base("https://example.org"), "");
    }

    #[test]
    fn encode_keeps_unreserved() {
        assert_eq!(encode("a b&c=d"), "a%20b%26c%3Dd");
        assert_eq!(encode("war,gaza-2025"), "war%2Cgaza-2025");
    }
}

/// Parses a query string (`?a=1&b=x%20y`) into decoded pairs. Malformed
/// percent-encoding is kept literally rather than failing.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decodes (`+` as space); invalid sequences are kept as written.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'%' && i + 2 < b.len())
            .then(|| std::str::from_utf8(&b[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Builds `?a=1&b=2` from pairs, skipping `None` values; `""` when empty.
pub fn build_query(pairs: &[(&str, Option<String>)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{}={}", encode(k), encode(v))))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The current page's query pairs (from `location.search`).
pub fn current_query() -> Vec<(String, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        parse_query(&search)
    }
    #[cfg(not(target_arch = "wasm32"))]
    Vec::new()
}

/// First value of `key` in the current query.
pub fn query_value(key: &str) -> Option<String> {
    current_query()
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Query keys that belong to the page, not to a view (embed options): kept
/// when a view rewrites the query.
pub const KEEP: [&str; 2] = ["theme", "plain"];

/// The raw `key=value` parts of a query that belong to the view (not the
/// embed options in [`KEEP`]), in order.
pub fn view_pairs(search: &str) -> impl Iterator<Item = &str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| !KEEP.contains(&p.split('=').next().unwrap_or("")))
}

/// Replaces the query of the current URL without a reload or a new history
/// entry (state that a reader can share: selection, filters, zoom). Works
/// inside iframes: it never touches the parent.
pub fn replace_query(pairs: &[(&str, Option<String>)]) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default();
        let hash = w.location().hash().unwrap_or_default();
        // embed options ride along with whatever state the view writes
        let kept: Vec<(String, Option<String>)> = current_query()
            .into_iter()
            .filter(|(k, _)| KEEP.contains(&k.as_str()) && !pairs.iter().any(|(p, _)| p == k))
            .map(|(k, v)| (k, Some(v)))
            .collect();
        let mut all: Vec<(&str, Option<String>)> = pairs.to_vec();
        all.extend(kept.iter().map(|(k, v)| (k.as_str(), v.clone())));
        let url = format!("{path}{}{hash}", build_query(&all));
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = pairs;
}

#[cfg(test)]
mod query_tests {
    use super::*;

    #[test]
    fn queries_round_trip() {
        let q = build_query(&[
            ("event", Some("un-membership".into())),
            ("q", Some("kashmir war".into())),
            ("zoom", None),
        ]);
        assert_eq!(q, "?event=un-membership&q=kashmir%20war");
        assert_eq!(
            parse_query(&q),
            vec![
                ("event".to_string(), "un-membership".to_string()),
                ("q".to_string(), "kashmir war".to_string())
            ]
        );
        assert_eq!(build_query(&[("a", None)]), "");
    }

    #[test]
    fn malformed_percent_encoding_is_kept() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%E2%80%93"), "–");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(
            parse_query("?year=abc&&=&x"),
            vec![
                ("year".into(), "abc".into()),
                ("".into(), "".into()),
                ("x".into(), "".into())
            ]
        );
    }
}
