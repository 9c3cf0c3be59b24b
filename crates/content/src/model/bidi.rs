//! Bidirectional text: inside a right-to-left translation, every run of Latin
//! letters and digits (a number, a date's year, a range such as `1960–1964`,
//! an acronym such as `UNOSOM` or `S/RES/2803`) is wrapped in the Unicode
//! isolates LRI … PDI (U+2066, U+2069), the plain-text form of `<bdi>`. The
//! run then keeps its own left-to-right order wherever the text is shown (a
//! paragraph, a title, an `aria-label`), and a range is never reversed.

/// Left-to-right isolate and pop directional isolate.
pub const LRI: char = '\u{2066}';
pub const PDI: char = '\u{2069}';

fn latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '\u{00D7}' && c != '\u{00F7}'
}

/// Characters that may join two Latin parts of one run (`1,200`, `S/RES/2803`,
/// `1960–1964`, `Board of Peace`, `U.S.`), never at its end.
fn joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '.' | ',' | '/' | '–' | '-' | ':' | '\'' | '’' | '&' | '+'
    )
}

/// Wraps each Latin run of `text` in LRI … PDI (a run already isolated is left
/// as it is: the function can run twice).
pub fn isolate(text: &str) -> String {
    if text.contains(LRI) || !text.chars().any(latin) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if !latin(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // the run: Latin characters, and joiners followed by more Latin
        let start = i;
        let mut end = i;
        let mut j = i;
        while j < chars.len() {
            if latin(chars[j]) {
                j += 1;
                end = j;
            } else if joiner(chars[j]) {
                let mut k = j;
                while k < chars.len() && joiner(chars[k]) {
                    k += 1;
                }
                if k < chars.len() && latin(chars[k]) {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if end < chars.len() && chars[end] == '%' {
            end += 1;
        }
        out.push(LRI);
        out.extend(&chars[start..end]);
        out.push(PDI);
        i = end;
    }
    out
}

/// [`isolate`] on the text of an HTML fragment: tags (and their attributes)
/// and character references are left as they are.
pub fn isolate_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut text = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let skip = match c {
            '<' => rest.find('>').map(|i| i + 1),
            '&' => rest.find(';').filter(|&i| {
                i <= 10
                    && rest[1..i]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '#')
            }),
            _ => None,
        };
        match skip {
            Some(n) => {
                out.push_str(&isolate(&text));
                text.clear();
                out.push_str(&rest[..n]);
                rest = &rest[n..];
            }
            None => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out.push_str(&isolate(&text));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(LRI, "[").replace(PDI, "]")
    }

    #[test]
    fn latin_runs_are_isolated() {
        assert_eq!(
            shown(&isolate("17 نومبر 2025 کو S/RES/2803 منظور ہوئی")),
            "[17] نومبر [2025] کو [S/RES/2803] منظور ہوئی"
        );
        assert_eq!(
            shown(&isolate("UNOSOM (1992–1995) میں")),
            "[UNOSOM] ([1992–1995]) میں"
        );
        assert_eq!(
            shown(&isolate("تقریباً 1,200 فوجی، 10% حصہ")),
            "تقریباً [1,200] فوجی، [10%] حصہ"
        );
        assert_eq!(
            shown(&isolate("بورڈ آف پیس (Board of Peace)۔")),
            "بورڈ آف پیس ([Board of Peace])۔"
        );
        // a run does not end on a joiner
        assert_eq!(shown(&isolate("ISF، اور 2026.")), "[ISF]، اور [2026].");
        assert_eq!(isolate("صرف اردو"), "صرف اردو");
        let once = isolate("UN 1993");
        assert_eq!(isolate(&once), once);
    }

    #[test]
    fn html_keeps_its_tags_and_references() {
        assert_eq!(
            shown(&isolate_html(
                r#"<p>سال 1993 میں <a href="/map?year=1993">UNOSOM</a> &amp; <em>ISF</em></p>"#
            )),
            r#"<p>سال [1993] میں <a href="/map?year=1993">[UNOSOM]</a> &amp; <em>[ISF]</em></p>"#
        );
    }
}
