//! Citations in chapter text: `[@id]` or `[@id; @id2]`, each id checked
//! against the sources and rendered as a numbered link to the sources page.

use super::Problems;
use crate::load::rules::{is_id, truncate};
use pulldown_cmark::{CowStr, Event as Md};
use std::collections::HashSet;

/// Splits text at citations `[@id]` or `[@id; @id2]`, checking each id.
pub(super) fn split<'a>(
    t: &str,
    line: usize,
    sources: Option<&HashSet<&str>>,
    cited: &mut Vec<String>,
    out: &mut Vec<Md<'a>>,
    p: &mut Problems,
) {
    let mut rest = t;
    while let Some(start) = rest.find("[@") {
        let Some(len) = rest[start..].find(']') else {
            break;
        };
        let inner = &rest[start + 1..start + len];
        out.push(Md::Text(CowStr::from(rest[..start].trim_end().to_string())));
        let mut html = String::from("<sup class=\"cites\">");
        for part in inner.split(';') {
            let id = part.trim().trim_start_matches('@').trim();
            // Only a well-formed id reaches the HTML below, whatever `sources` holds.
            if !is_id(id) || sources.is_some_and(|known| !known.contains(id)) {
                p.err(
                    line,
                    "body",
                    format!(
                        "citation `[@{}]` names no source in sources.json",
                        truncate(id, 60)
                    ),
                );
                continue;
            }
            let n = match cited.iter().position(|c| c == id) {
                Some(at) => at + 1,
                None => {
                    cited.push(id.to_string());
                    cited.len()
                }
            };
            html.push_str(&format!(
                "<a class=\"cite\" href=\"sources#src-{id}\" data-source=\"{id}\">[{n}]</a>"
            ));
        }
        html.push_str("</sup>");
        out.push(Md::InlineHtml(CowStr::from(html)));
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Md::Text(CowStr::from(rest.to_string())));
    }
}
