//! Is a chapter's rendered HTML inert? A small scanner over the HTML that
//! `parse_chapter` produces (pulldown-cmark escapes every `<` in text, so each
//! `<` starts a tag): only the tags and attributes markdown itself produces, no
//! event-handler attribute, and no link to a scheme that runs code.

/// Tags pulldown-cmark emits for the markdown the site enables, plus our own
/// citation `<sup>` and table `<div>` wrappers.
const TAGS: &[&str] = &[
    "p",
    "a",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "div",
];
const ATTRIBUTES: &[&str] = &[
    "href",
    "title",
    "class",
    "rel",
    "tabindex",
    "role",
    "aria-label",
    "data-source",
    "style",
    "start",
];
/// Named tags the issue lists, checked as plain substrings too.
const FORBIDDEN: &[&str] = &[
    "<script", "<iframe", "<svg", "<style", "<img", "<object", "<embed",
];

/// `Ok(())` if `html` is inert, or the first reason it is not.
pub fn check(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    if let Some(tag) = FORBIDDEN.iter().find(|t| lower.contains(*t)) {
        return Err(format!("contains a raw `{tag}` tag"));
    }
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let (tag, attributes, after) = parse_tag(&rest[at + 1..])
            .ok_or_else(|| format!("a `<` that starts no tag: {}", excerpt(&rest[at..])))?;
        if !TAGS.contains(&tag.as_str()) {
            return Err(format!("tag `<{tag}>` is not one markdown produces"));
        }
        for (name, value) in attributes {
            if name.starts_with("on") || !ATTRIBUTES.contains(&name.as_str()) {
                return Err(format!("attribute `{name}` on <{tag}>"));
            }
            let value = decode_entities(&value);
            if name == "href" {
                check_url(&value)?;
            }
            if name == "style" && !value.starts_with("text-align:") {
                return Err(format!("style `{value}` is not a table alignment"));
            }
        }
        rest = after;
    }
    Ok(())
}

/// Refuses URLs whose scheme runs code or embeds a document: only http(s),
/// mailto and scheme-less (relative) URLs pass. Browsers ignore tabs, newlines
/// and leading spaces or control characters in a scheme, so this does too.
pub fn check_url(url: &str) -> Result<(), String> {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme = squeezed
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains(['/', '?', '#']));
    match scheme {
        None | Some("http" | "https" | "mailto") => Ok(()),
        Some(s) => Err(format!("link with scheme `{s}:`: {}", excerpt(url))),
    }
}

/// (name, value) pairs of a tag, names in lower case.
type Attributes = Vec<(String, String)>;

/// Parses `name attr="v" attr='v' attr=v attr>` after a `<` (or `/name>`);
/// returns the lower-case name, the attributes and the text after the `>`.
fn parse_tag(s: &str) -> Option<(String, Attributes, &str)> {
    let s = s.strip_prefix('/').unwrap_or(s);
    let name_len = s
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    if name_len == 0 {
        return None;
    }
    let name = s[..name_len].to_ascii_lowercase();
    let mut rest = &s[name_len..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return Some((name, attributes, after));
        }
        let attr_len = rest.find(|c: char| c.is_whitespace() || "=>/".contains(c))?;
        if attr_len == 0 {
            return None;
        }
        let attr = rest[..attr_len].to_ascii_lowercase();
        rest = rest[attr_len..].trim_start();
        let mut value = String::new();
        if let Some(v) = rest.strip_prefix('=') {
            let v = v.trim_start();
            let (val, after) = match v.chars().next()? {
                q @ ('"' | '\'') => {
                    let end = v[1..].find(q)?;
                    (&v[1..1 + end], &v[2 + end..])
                }
                _ => {
                    let end = v.find(|c: char| c.is_whitespace() || c == '>')?;
                    (&v[..end], &v[end..])
                }
            };
            value = val.to_string();
            rest = after;
        }
        attributes.push((attr, value));
    }
}

/// Decodes the character references a browser would in an attribute value.
fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
            let body = &rest[1..e];
            let c = match body {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "colon" => ':',
                "tab" => '\t',
                "newline" => '\n',
                _ => {
                    let n = match body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => body.strip_prefix('#')?.parse().ok()?,
                    };
                    char::from_u32(n)?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn excerpt(s: &str) -> String {
    s.chars().take(60).collect()
}
