//! Citations in chapter text: `[@id]` or `[@id; @id2]`, each id checked
//! against the sources and rendered as ONE numbered link to the sources page per
//! group (`[1–3]`: a single target; `data-source` lists the group's ids).

use super::Problems;
use crate::format::number_list;
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
        // the group's sources and their numbers: one link, one target
        let mut group: Vec<(String, usize)> = Vec::new();
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
            if !group.iter().any(|(g, _)| g == id) {
                group.push((id.to_string(), n));
            }
        }
        if let Some((first, _)) = group.first() {
            let ids: Vec<&str> = group.iter().map(|(id, _)| id.as_str()).collect();
            let numbers: Vec<usize> = group.iter().map(|(_, n)| *n).collect();
            out.push(Md::InlineHtml(CowStr::from(format!(
                "<sup class=\"cites\"><a class=\"cite\" href=\"sources#src-{first}\" data-source=\"{}\">[{}]</a></sup>",
                ids.join(" "),
                number_list(&numbers)
            ))));
        }
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Md::Text(CowStr::from(rest.to_string())));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_in_a_group_are_listed_with_runs_shortened() {
        use super::number_list;
        assert_eq!(number_list(&[1]), "1");
        assert_eq!(number_list(&[3, 1]), "1, 3");
        assert_eq!(number_list(&[1, 2]), "1, 2");
        assert_eq!(number_list(&[4, 2, 3]), "2–4");
        assert_eq!(number_list(&[1, 3, 4, 5, 5]), "1, 3–5");
    }
}
