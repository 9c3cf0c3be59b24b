//! A chapter's front matter: `key: value` lines (id, title, order, summary)
//! between two `---` lines, each value kept with its line for error messages.

use super::Problems;
use crate::load::rules::{check_text, is_id, truncate, MAX_TEXT, MAX_TITLE};

/// The front matter's values, each with the line it was on.
#[derive(Debug, Default)]
pub(super) struct Front {
    pub id: Option<(String, usize)>,
    pub title: Option<(String, usize)>,
    pub order: Option<(String, usize)>,
    pub summary: Option<(String, usize)>,
}

/// Reads the front matter at the top of `text`; returns it with the line the
/// body starts on, or `None` (the problem recorded) if there is none.
pub(super) fn split(text: &str, p: &mut Problems) -> Option<(Front, usize)> {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        p.err(1, "", "must start with front matter: a line `---`, then `key: value` lines (id, title, order, summary), then `---`".into());
        return None;
    }
    let mut front = Front::default();
    let mut body_line = 0;
    for (n, line) in lines.enumerate() {
        let lineno = n + 2;
        if line.trim_end() == "---" {
            body_line = lineno + 1;
            break;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            p.err(
                lineno,
                "",
                format!(
                    "front matter line `{}` is not `key: value`",
                    truncate(line, 60)
                ),
            );
            continue;
        };
        let (k, v) = (k.trim(), v.trim().trim_matches('"').to_string());
        let slot = match k {
            "id" => &mut front.id,
            "title" => &mut front.title,
            "summary" => &mut front.summary,
            "order" => &mut front.order,
            other => {
                p.err(
                    lineno,
                    &truncate(other, 40),
                    "unknown front matter key; expected one of id, title, order, summary".into(),
                );
                continue;
            }
        };
        if let Some((_, first)) = slot {
            p.err(lineno, k, format!("given twice (first on line {first})"));
            continue;
        }
        *slot = Some((v, lineno));
    }
    if body_line == 0 {
        p.err(1, "", "front matter is not closed with a `---` line".into());
        return None;
    }
    Some((front, body_line))
}

/// Checks the values (present, well-formed); returns the chapter's order.
/// A translation (`order_from`: the English chapter's order) has no `order`.
pub(super) fn check(front: &Front, order_from: Option<i32>, p: &mut Problems) -> i32 {
    match &front.id {
        None => p.err(1, "id", "missing in front matter".into()),
        Some((id, l)) if id.is_empty() => p.err(*l, "id", "must not be empty".into()),
        Some((id, l)) if !is_id(id) => p.err(
            *l,
            "id",
            format!(
                "`{}` is not a valid id: lower-case letters, digits and single hyphens",
                truncate(id, 60)
            ),
        ),
        _ => {}
    }
    for (key, v, max) in [
        ("title", &front.title, MAX_TITLE),
        ("summary", &front.summary, MAX_TEXT),
    ] {
        match v {
            None => p.err(1, key, "missing in front matter".into()),
            Some((s, l)) => {
                if let Err(m) = check_text(s, max) {
                    p.err(*l, key, m)
                }
            }
        }
    }
    match (&front.order, order_from) {
        (None, Some(order)) => order,
        (Some((_, l)), Some(order)) => {
            p.err(
                *l,
                "order",
                "a translation takes its order from the English chapter; remove this line".into(),
            );
            order
        }
        (None, None) => {
            p.err(1, "order", "missing in front matter".into());
            0
        }
        (Some((v, l)), None) => v.parse::<i32>().unwrap_or_else(|e| {
            let why = match e.kind() {
                std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                    "is too large a number"
                }
                _ => "is not a whole number",
            };
            p.err(*l, "order", format!("`{}` {why}", truncate(v, 40)));
            0
        }),
    }
}
