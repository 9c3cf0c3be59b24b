//! The timeline's state in the address bar.

use super::axis::{Window, AXIS_END, AXIS_START};
use crate::content::{Category, MAIN_START_YEAR};
use crate::url::QueryState;

// ------------------------------------------------------------ URL state ----

/// What the URL holds: `?event=ID&cat=war,diplomacy&q=text&from=YYYY&to=YYYY`.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState {
    pub event: Option<String>,
    /// `None`: every category.
    pub cats: Option<Vec<Category>>,
    pub q: String,
    pub window: Window,
}

impl Default for UrlState {
    fn default() -> Self {
        UrlState {
            event: None,
            cats: None,
            q: String::new(),
            window: Window::full(),
        }
    }
}

fn year_param(v: &str) -> Option<i32> {
    let v = v.trim();
    if v.is_empty() || v.len() > 4 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<i32>()
        .ok()
        .filter(|y| (MAIN_START_YEAR..AXIS_END as i32).contains(y))
}

/// Reads the state from query pairs; unknown ids and junk values are ignored.
pub fn parse_state(pairs: &[(String, String)], known_event: impl Fn(&str) -> bool) -> UrlState {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    let event = get("event")
        .map(str::trim)
        .filter(|id| !id.is_empty() && id.len() <= 100 && known_event(id))
        .map(str::to_string);
    let cats = get("cat").and_then(|v| {
        if v.trim() == "none" {
            return Some(Vec::new());
        }
        let list: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|c| v.split(',').any(|p| p.trim() == c.id()))
            .collect();
        (!list.is_empty() && list.len() < Category::ALL.len()).then_some(list)
    });
    // A search term with bytes that were not valid UTF-8 (decoded as U+FFFD) is junk: ignore it.
    let q: String = get("q")
        .filter(|q| !q.contains('\u{FFFD}'))
        .unwrap_or("")
        .trim()
        .chars()
        .take(100)
        .collect();
    let from = get("from").and_then(year_param);
    let to = get("to").and_then(year_param);
    let window = match (from, to) {
        (Some(f), Some(t)) if t >= f => Window::clamped(f as f64, (t + 1) as f64),
        (Some(f), None) => Window::clamped(f as f64, AXIS_END),
        (None, Some(t)) => Window::clamped(AXIS_START, (t + 1) as f64),
        _ => Window::full(),
    };
    UrlState {
        event,
        cats,
        q,
        window,
    }
}

/// Writes the state as query pairs, leaving defaults out.
pub fn format_state(s: &UrlState) -> Vec<(&'static str, Option<String>)> {
    let cats = s.cats.as_ref().and_then(|c| {
        if c.is_empty() {
            Some("none".to_string())
        } else if c.len() >= Category::ALL.len() {
            None
        } else {
            Some(c.iter().map(|c| c.id()).collect::<Vec<_>>().join(","))
        }
    });
    let q = s.q.trim();
    let (from, to) = if s.window.is_full() {
        (None, None)
    } else {
        let f = s.window.from.floor() as i32;
        let t = ((s.window.to - 1e-6).floor() as i32).max(f);
        (Some(f.to_string()), Some(t.to_string()))
    };
    vec![
        ("event", s.event.clone()),
        ("cat", cats),
        ("q", (!q.is_empty()).then(|| q.to_string())),
        ("from", from),
        ("to", to),
    ]
}

impl QueryState for UrlState {
    fn to_query(&self) -> Vec<(&'static str, Option<String>)> {
        format_state(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &str) -> Vec<(String, String)> {
        crate::url::parse_query(q)
    }

    #[test]
    fn url_state_round_trips() {
        let known = |id: &str| id == "un-membership" || id == "resolution-2803";
        let s = parse_state(
            &pairs("?event=resolution-2803&cat=war,diplomacy&q=kashmir%20war&from=1960&to=1972"),
            known,
        );
        assert_eq!(s.event.as_deref(), Some("resolution-2803"));
        assert_eq!(s.cats, Some(vec![Category::War, Category::Diplomacy]));
        assert_eq!(s.q, "kashmir war");
        assert_eq!(s.window, Window::clamped(1960.0, 1973.0));
        let q = crate::url::build_query(&format_state(&s));
        assert_eq!(
            q,
            "?event=resolution-2803&cat=war%2Cdiplomacy&q=kashmir%20war&from=1960&to=1972"
        );
        assert_eq!(parse_state(&pairs(&q), known), s);
        assert_eq!(
            crate::url::build_query(&format_state(&UrlState::default())),
            ""
        );
        let none = parse_state(&pairs("?cat=none"), known);
        assert_eq!(none.cats, Some(vec![]));
        assert_eq!(format_state(&none)[1].1.as_deref(), Some("none"));
    }

    #[test]
    fn url_junk_is_ignored() {
        let known = |id: &str| id == "un-membership";
        for q in [
            "?event=nope&cat=zzz&from=abc&to=99999",
            "?event=&cat=,,,&from=-5&to=1e3",
            "?from=2000&to=1990",
            "?from=%FF&q=",
            "?q=%FF",
            "?cat=war,alliance,peacekeeping,diplomacy,gaza-2025,domestic",
            "?event=%3Cscript%3E&from=1900&to=2200",
        ] {
            let s = parse_state(&pairs(q), known);
            assert_eq!(s, UrlState::default(), "{q}");
        }
        let s = parse_state(&pairs("?cat=war,bogus&from=2020"), known);
        assert_eq!(s.cats, Some(vec![Category::War]));
        assert_eq!(s.window, Window::clamped(2020.0, AXIS_END));
        let long = "x".repeat(500);
        assert_eq!(
            parse_state(&pairs(&format!("?q={long}")), known).q.len(),
            100
        );
    }
}
