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

/// Today's date, as (year, month, day): `CONTENT_TODAY` (YYYY-MM-DD) when set,
/// so checks are repeatable, otherwise the system clock (UTC). Used to refuse
/// sources "read" in the future.
pub fn today() -> (i32, u8, u8) {
    if let Some(d) = std::env::var("CONTENT_TODAY")
        .ok()
        .and_then(|v| PartialDate::parse(&v).ok())
    {
        return d.first_day();
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Days since 1970-01-01 to a calendar date (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Every number written in `text` (digit runs, thousands separators ignored).
pub(crate) fn numbers(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_ascii_digit() {
            cur.push(ch);
        } else if ch == ','
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        } else if !cur.is_empty() {
            out.push(cur.parse().unwrap_or(u64::MAX));
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur.parse().unwrap_or(u64::MAX));
    }
    out
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_422), (2025, 11, 30));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn numbers_in_text() {
        assert_eq!(
            numbers("UNOSOM II: 39 or 40; 1,200 in 1993."),
            vec![39, 40, 1200, 1993]
        );
        assert_eq!(numbers("no digits"), Vec::<u64>::new());
    }
}
