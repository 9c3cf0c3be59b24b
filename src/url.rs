//! The grammar of the site's addresses: the base path, query strings (parse,
//! build, percent-encoding) and the typed URL state each view keeps in the
//! address bar ([`QueryState`]). The site runs at any base path (`/` or a GitHub
//! Pages project path such as `/pakistan-peacekeeping/`), read at run time from
//! `<base href>`, which `trunk build --public-url` writes. Reading the page's
//! address is [`crate::browser`]'s job; everything here is plain Rust.

use crate::browser;

/// The base path without a trailing slash: `""` at the site root,
/// `"/pakistan-peacekeeping"` under a project sub-path.
pub fn base() -> String {
    normalise_base(browser::base_href().as_deref().unwrap_or("/"))
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

/// A site path (`/timeline?event=x`) made absolute under the base, in the
/// language of the page being shown (`/ur/timeline?event=x` on Urdu pages): a
/// reader keeps the language they picked when following links.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), crate::i18n::lang().path(path))
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
    parse_query(&browser::search())
}

/// First value of `key` in the current query.
pub fn query_value(key: &str) -> Option<String> {
    get(&current_query(), key).map(str::to_string)
}

/// First value of `key` in query pairs.
pub fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
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

/// A view's state as the address bar shows it. Each view's logic module has
/// one such type: it parses the query (junk ignored, or explained in a note)
/// and writes it back without defaults; `browser::sync_url` keeps the address
/// bar in step.
pub trait QueryState {
    /// The state as query pairs (`None`: left out).
    fn to_query(&self) -> Vec<(&'static str, Option<String>)>;
}

/// The address with a view's state as its query: `path` and `hash` kept, and
/// the embed options ([`KEEP`]) of the current query `search` ride along with
/// whatever state the view writes.
pub fn with_query(
    path: &str,
    search: &str,
    hash: &str,
    pairs: &[(&str, Option<String>)],
) -> String {
    let kept: Vec<(String, Option<String>)> = parse_query(search)
        .into_iter()
        .filter(|(k, _)| KEEP.contains(&k.as_str()) && !pairs.iter().any(|(p, _)| p == k))
        .map(|(k, v)| (k, Some(v)))
        .collect();
    let mut all: Vec<(&str, Option<String>)> = pairs.to_vec();
    all.extend(kept.iter().map(|(k, v)| (k.as_str(), v.clone())));
    format!("{path}{}{hash}", build_query(&all))
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

    #[test]
    fn view_state_keeps_the_embed_options() {
        let pairs = [("mission", Some("onuc".to_string())), ("year", None)];
        assert_eq!(
            with_query("/embed/map/", "?theme=dark&mission=x&plain=1", "#k", &pairs),
            "/embed/map/?mission=onuc&theme=dark&plain=1#k"
        );
        assert_eq!(
            with_query("/map", "?year=1990", "", &pairs),
            "/map?mission=onuc"
        );
        assert_eq!(with_query("/map", "", "", &[("year", None)]), "/map");
        // the view's own value wins over a kept option of the same name
        assert_eq!(
            with_query("/x", "?theme=dark", "", &[("theme", Some("light".into()))]),
            "/x?theme=light"
        );
        assert_eq!(
            get(&parse_query("?a=1&b=2&a=3"), "a"),
            Some("1"),
            "the first value counts"
        );
    }
}
