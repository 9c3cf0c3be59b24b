//! Filtering the events: by category and by text, matched case- and
//! diacritics-insensitively, with the matches marked for highlighting.

use crate::content::Category;

// ------------------------------------------------------------ filtering ----

fn fold_char(c: char) -> char {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '‘' | '’' | 'ʼ' => '\'',
        '–' | '—' | '‐' => '-',
        c => c,
    }
}

/// Lower case without diacritics: `Côte d’Ivoire` -> `cote d'ivoire`.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The words of a query, folded; empty for a blank query.
pub fn terms(q: &str) -> Vec<String> {
    fold(q)
        .split_whitespace()
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .take(8)
        .collect()
}

/// Does the text of an event (its fields, joined) contain every term?
pub fn matches(fields: &[&str], terms: &[String]) -> bool {
    if terms.is_empty() {
        return true;
    }
    let hay: Vec<String> = fields.iter().map(|f| fold(f)).collect();
    terms
        .iter()
        .all(|t| hay.iter().any(|h| h.contains(t.as_str())))
}

/// Splits `text` into `(piece, is_match)` segments for `<mark>` highlighting,
/// matching case- and diacritics-insensitively.
pub fn highlight(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
    let mut hit = vec![false; chars.len()];
    for t in terms {
        let t: Vec<char> = t.chars().collect();
        if t.is_empty() || t.len() > folded.len() {
            continue;
        }
        for i in 0..=folded.len() - t.len() {
            if folded[i..i + t.len()] == t[..] {
                hit[i..i + t.len()].iter_mut().for_each(|h| *h = true);
            }
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (c, h) in chars.into_iter().zip(hit) {
        match out.last_mut() {
            Some((s, m)) if *m == h => s.push(c),
            _ => out.push((c.to_string(), h)),
        }
    }
    out
}

/// What an event offers to the filter.
pub struct Filterable<'a> {
    pub category: Category,
    pub fields: [&'a str; 3],
}

/// Indices of the items in `cats` matching every term.
pub fn filter(items: &[Filterable], cats: &[Category], terms: &[String]) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, f)| cats.contains(&f.category) && matches(&f.fields, terms))
        .map(|(i, _)| i)
        .collect()
}

/// Per category (in [`Category::ALL`] order): how many items match the terms.
pub fn counts(items: &[Filterable], terms: &[String]) -> [usize; 6] {
    let mut out = [0; 6];
    for f in items {
        if matches(&f.fields, terms) {
            if let Some(i) = Category::ALL.iter().position(|c| *c == f.category) {
                out[i] += 1;
            }
        }
    }
    out
}

/// An event's summary and place, read back from its list item as drawn
/// (`list.rs`): the summary paragraph's text is the summary, then, with a
/// place, a space and the place in brackets (`place_text`, the place's own
/// element). Lets the keeper filter the prerendered list as the app does.
pub fn summary_and_place(paragraph: &str, place_text: Option<&str>) -> (String, String) {
    let place = place_text
        .map(|p| p.trim())
        .and_then(|p| p.strip_prefix('(')?.strip_suffix(')'))
        .unwrap_or("");
    let summary = match place_text {
        Some(p) => paragraph.strip_suffix(p).unwrap_or(paragraph),
        None => paragraph,
    };
    let summary = summary.strip_suffix(' ').unwrap_or(summary);
    (summary.to_string(), place.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn summary_and_place_read_back_from_the_drawn_item() {
        assert_eq!(
            summary_and_place("Troops arrive. (Kinshasa)", Some("(Kinshasa)")),
            ("Troops arrive.".to_string(), "Kinshasa".to_string())
        );
        assert_eq!(
            summary_and_place("Troops arrive (again).", None),
            ("Troops arrive (again).".to_string(), String::new())
        );
    }

    use super::*;

    #[test]
    fn text_matching_ignores_case_and_diacritics() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        let t = terms("  COTE  ivoire ");
        assert_eq!(t, vec!["cote", "ivoire"]);
        assert!(matches(&["Mission in Côte d’Ivoire", "", ""], &t));
        assert!(!matches(&["Mission in Congo", "", ""], &t));
        assert!(matches(
            &["a", "b", "Abidjan, Côte d'Ivoire"],
            &terms("abidjan cote")
        ));
        assert!(matches(&["anything"], &[]));
    }

    #[test]
    fn highlight_marks_matches_in_original_text() {
        let h = highlight("Bosnia: Tuzla, TUZLA and Tüzla", &terms("tuzla"));
        let marked: Vec<&str> = h.iter().filter(|s| s.1).map(|s| s.0.as_str()).collect();
        assert_eq!(marked, vec!["Tuzla", "TUZLA", "Tüzla"]);
        let joined: String = h.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(joined, "Bosnia: Tuzla, TUZLA and Tüzla");
        assert_eq!(highlight("abc", &[]), vec![("abc".to_string(), false)]);
        assert_eq!(highlight("", &terms("x")), vec![]);
    }

    #[test]
    fn filter_and_counts() {
        let items = [
            Filterable {
                category: Category::War,
                fields: ["1965 war", "Fighting in Kashmir", "Kashmir"],
            },
            Filterable {
                category: Category::Diplomacy,
                fields: ["UN membership", "Pakistan joins", "New York"],
            },
            Filterable {
                category: Category::War,
                fields: ["1971 war", "East Pakistan", ""],
            },
        ];
        assert_eq!(filter(&items, &Category::ALL, &[]), vec![0, 1, 2]);
        assert_eq!(filter(&items, &[Category::War], &[]), vec![0, 2]);
        assert_eq!(filter(&items, &Category::ALL, &terms("kashmir")), vec![0]);
        assert_eq!(filter(&items, &[], &[]), Vec::<usize>::new());
        assert_eq!(counts(&items, &[]), [2, 0, 0, 1, 0, 0]);
        assert_eq!(counts(&items, &terms("pakistan")), [1, 0, 0, 1, 0, 0]);
    }
}
