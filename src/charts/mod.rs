//! Chart geometry: pure Rust, no Leptos and no browser, tested natively.
//!
//! Each chart is laid out as a [`Scene`] (marks in SVG user units: lines,
//! dots, bars, text) for a [`Frame`] (a width class), from plain inputs that
//! [`data`] reads out of the content. The Leptos components in
//! `crate::components::charts` only draw scenes and wrap them in figures.
//!
//! - [`scale`]: linear scales, "nice" ticks, year ticks;
//! - [`labels`]: label placement around anchors with collision avoidance;
//! - [`series`]: runs a line may join (gaps not bridged), disagreeing pairs;
//! - [`svg`]: the scene's marks and compact numbers and paths;
//! - [`data`]: the content as chart inputs (who said which figure, when);
//! - one module per chart: [`contribution`] (Pakistanis on UN duty, and its
//!   small line), [`vote`] (the Council's fifteen seats), [`missions`] (each
//!   deployment as a span), [`totals`] (official totals by who gave them)
//!   and [`share`] (the "10%" claim against the check).

pub mod contribution;
pub mod data;
pub mod labels;
pub mod missions;
pub mod scale;
pub mod series;
pub mod share;
pub mod svg;
pub mod totals;
pub mod vote;

pub use svg::{Anchor, Mark, Scene, Shape};

/// The two layouts every chart has: wide (a desktop column, about 600-700
/// px) and narrow (a phone, about 320-420 px). Both are in the page; CSS
/// shows one by the figure's width, so the prerendered page needs no script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    Wide,
    Narrow,
}

impl Frame {
    pub const BOTH: [Frame; 2] = [Frame::Wide, Frame::Narrow];

    /// The scene's width in SVG user units (about CSS pixels at its size).
    pub fn width(self) -> f64 {
        match self {
            Frame::Wide => 640.0,
            Frame::Narrow => 360.0,
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Frame::Wide => "wide",
            Frame::Narrow => "narrow",
        }
    }

    /// Text size in user units: small print for ticks, and for labels.
    pub fn tick_size(self) -> f64 {
        12.0
    }
    pub fn label_size(self) -> f64 {
        13.0
    }
}

/// `1`, `2`, `3`... as `1st`, `2nd`, `3rd`.
pub fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub use pp_content::format::number_list;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_lists() {
        assert_eq!(number_list(&[4, 2, 3]), "2–4");
        assert_eq!(number_list(&[1, 3, 4, 5, 5]), "1, 3–5");
        assert_eq!(number_list(&[2, 1]), "1, 2");
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 6, 11, 12, 13, 21, 22, 101]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "6th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
    }
}
