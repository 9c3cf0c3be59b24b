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
