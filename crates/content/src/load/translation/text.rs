//! Text helpers for translations: the numbers a text states, a chapter's
//! citations and link targets, and the line of a key in a translation file.

use crate::load::rules::numbers;
use std::collections::BTreeSet;

/// Eastern Arabic-Indic (Urdu, Persian) and Arabic-Indic digits.
pub(super) fn eastern_digit(c: char) -> bool {
    ('\u{06F0}'..='\u{06F9}').contains(&c) || ('\u{0660}'..='\u{0669}').contains(&c)
}

/// The numbers a text states, each once.
pub(super) fn numbers_in(text: &str) -> BTreeSet<u64> {
    numbers(text).into_iter().collect()
}

/// A chapter's prose without its citation markers and link targets, whose
/// ids and addresses carry digits that are not numbers the text states.
pub(super) fn prose_numbers(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut rest = md;
    // the front matter's order line is not prose
    while let Some(i) = rest.find(['[', ']']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("[@") {
            rest = t.find(']').map_or("", |j| &t[j + 1..]);
        } else if let Some(t) = tail.strip_prefix("](") {
            rest = t.find(')').map_or("", |j| &t[j + 1..]);
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out.lines()
        .filter(|l| !l.trim_start().starts_with("order:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The source ids of every `[@a; @b]` marker, in order.
pub(super) fn citations(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = md;
    while let Some(i) = rest.find("[@") {
        let t = &rest[i + 1..];
        let end = t.find(']').unwrap_or(t.len());
        out.extend(
            t[..end]
                .split(';')
                .map(|s| s.trim().trim_start_matches('@').to_string())
                .filter(|s| !s.is_empty()),
        );
        rest = &t[end..];
    }
    out.sort();
    out
}

/// The targets of every markdown link `[text](target)`, sorted.
pub(super) fn link_targets(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = md;
    while let Some(i) = rest.find("](") {
        let t = &rest[i + 2..];
        let end = t.find(')').unwrap_or(t.len());
        out.push(t[..end].trim().to_string());
        rest = &t[end..];
    }
    out.sort();
    out
}

/// The line of `path` (`events`, `unosom`, `summary`) in a translation file:
/// each key found after the line of the one before. The files keep one field
/// to a line, so a text search is exact. A key that is absent gives the line
/// of the nearest key above it (`None` if even the first is absent).
pub(super) fn line_of(text: &str, path: &[&str]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut from = 0;
    let mut found = None;
    for key in path {
        let needle = format!("\"{}\"", key.replace('\\', "\\\\").replace('"', "\\\""));
        let at = lines
            .iter()
            .enumerate()
            .skip(from)
            .find(|(_, l)| {
                l.contains(&needle)
                    && l[l.find(&needle).unwrap_or(0) + needle.len()..]
                        .trim_start()
                        .starts_with(':')
            })
            .map(|(i, _)| i);
        let Some(at) = at else { break };
        from = at + 1;
        found = Some(at + 1);
    }
    found
}

/// A chapter's HTML with its links to the site's other pages in the edition
/// `lang`. Chapters link relative to the site's base (`href="sources#src-x"`,
/// `href="map?mission=y"`), which is the English edition; in the Urdu one they
/// become `href="ur/sources#src-x"`. Links to other sites, within the page
/// (`#...`), absolute paths and the data downloads (the same files in every
/// language) are left as they are.
pub(super) fn links_in_edition(html: &str, lang: &str) -> String {
    const HREF: &str = "href=\"";
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(i) = rest.find(HREF) {
        let (head, tail) = rest.split_at(i + HREF.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        let target = &tail[..end];
        if target.starts_with(|c: char| c.is_ascii_lowercase())
            && !target.contains(':')
            && !target.starts_with("data/")
        {
            out.push_str(lang);
            out.push('/');
        }
        out.push_str(target);
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The first 60 characters of an English text, for messages.
pub(super) fn short(s: &str) -> String {
    crate::load::rules::truncate(s, 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_numbers_skip_citations_and_links() {
        let md = "In 1993 [@un-2025-11-17; @dawn-2024] about 24 died ([map](map?year=1993)).";
        assert_eq!(numbers_in(&prose_numbers(md)), [24, 1993].into());
        assert_eq!(citations(md), ["dawn-2024", "un-2025-11-17"]);
        assert_eq!(link_targets(md), ["map?year=1993"]);
    }

    #[test]
    fn chapter_links_lead_to_the_edition() {
        let html = r##"<a class="cite" href="sources#src-a">[1]</a> <a href="map?mission=b">m</a> <a href="sources">s</a> <a rel="noopener noreferrer" href="https://un.org/x">u</a> <a href="#main">k</a> <a href="/ur/map">a</a> <a href="data/figures.csv">d</a> <a href="mailto:x@y.z">e</a>"##;
        assert_eq!(
            links_in_edition(html, "ur"),
            r##"<a class="cite" href="ur/sources#src-a">[1]</a> <a href="ur/map?mission=b">m</a> <a href="ur/sources">s</a> <a rel="noopener noreferrer" href="https://un.org/x">u</a> <a href="#main">k</a> <a href="/ur/map">a</a> <a href="data/figures.csv">d</a> <a href="mailto:x@y.z">e</a>"##
        );
    }

    #[test]
    fn lines_of_nested_keys() {
        let t = "{\n  \"events\": {\n    \"a\": {\n      \"title\": \"x\"\n    },\n    \"b\": {\n      \"title\": \"y\"\n    }\n  }\n}\n";
        assert_eq!(line_of(t, &["events", "b", "title"]), Some(7));
        assert_eq!(
            line_of(t, &["events", "c"]),
            Some(2),
            "the nearest key above"
        );
        assert_eq!(line_of(t, &["eras"]), None);
    }

    #[test]
    fn eastern_digits_are_recognised() {
        assert!("۱۹۹۳".chars().all(eastern_digit));
        assert!(!"1993".chars().any(eastern_digit));
    }
}
