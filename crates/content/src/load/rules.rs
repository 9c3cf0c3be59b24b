//! The rules shared by every content file: limits, plain text, ids, URLs and
//! link targets. Each returns the message an editor sees.

use crate::model::PartialDate;

/// Longest text accepted in a title-like field and in a summary-like field.
pub const MAX_TITLE: usize = 160;
pub const MAX_TEXT: usize = 1200;
/// Largest count accepted in a quantity (both ends of a range).
pub const MAX_QUANTITY: u64 = 10_000_000;
/// Largest file accepted: generous (the largest JSON file holds about 70 KB, the
/// longest chapter about 5 KB), but a runaway file fails with a clear message
/// instead of slowing every build.
pub const MAX_JSON_BYTES: u64 = 4_000_000;
pub const MAX_CHAPTER_BYTES: u64 = 200_000;
/// The latest date an "after the resolution" event may carry.
pub const AFTER_END: PartialDate = PartialDate {
    year: 2026,
    month: Some(12),
    day: Some(31),
};

/// The rule for every plain-text field, in JSON and in chapter front matter:
/// not empty, at most `max` characters, no HTML markup.
pub(crate) fn check_text(value: &str, max: usize) -> Result<(), String> {
    let len = value.chars().count();
    if value.trim().is_empty() {
        Err("must not be empty".into())
    } else if len > max {
        Err(format!(
            "is {len} characters long; at most {max} are allowed"
        ))
    } else if value.contains('<') && looks_like_html(value) {
        Err("contains HTML markup; plain text only (the site escapes it, but it would show as code)".into())
    } else {
        Ok(())
    }
}

pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    bytes.windows(2).any(|w| {
        w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!' || w[1] == b'?')
    })
}

pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Checks that a URL is an absolute http(s) address with a host and no spaces.
pub fn check_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            format!(
                "`{}` must start with https:// or http://",
                truncate(url, 80)
            )
        })?;
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return Err(format!(
            "`{}` contains spaces or characters not allowed in a URL",
            truncate(url, 80)
        ));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Err(format!("`{}` has no valid host name", truncate(url, 80)));
    }
    if url.len() > 2000 {
        return Err("the URL is longer than 2000 characters".into());
    }
    Ok(())
}

/// Allowed link targets: https/http/mailto, or a site-relative path (no scheme).
pub fn check_link(url: &str) -> Result<(), String> {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return check_url(url).map_err(|e| e.to_string());
    }
    if lower.starts_with("mailto:") {
        return Ok(());
    }
    if lower.starts_with("//") {
        return Err(format!(
            "`{}` is protocol-relative; write https:// in full",
            truncate(url, 60)
        ));
    }
    if let Some(colon) = lower.find(':') {
        let before_slash = lower.find('/').is_none_or(|s| colon < s);
        if before_slash {
            return Err(format!(
                "`{}` uses a scheme that is not allowed (only https, http and mailto)",
                truncate(url, 60)
            ));
        }
    }
    if url.starts_with('/') {
        return Err(format!("`{}` starts with `/`; write site links without it (`timeline`, `map?mission=onuc`) so they work under any base path", truncate(url, 60)));
    }
    Ok(())
}
