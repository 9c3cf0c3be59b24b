//! The alignment model: from coded values and weights to positions. Pure Rust,
//! no browser; every number the explorer draws comes from here.
//!
//! For a year, each (pole, dimension) value is the latest coding at or before
//! that year (carried forward). A pole's tie strength is the weighted mean of its
//! dimension values. A position is the set of the partner poles' *shares* of the
//! total strength (they sum to 1), drawn as the matching mix of the corners of a
//! regular polygon (a triangle for three partners).
//!
//! Because shares normalise, the position is a convex mix of the positions of
//! each dimension alone, with weights proportional to `weight × total strength
//! on that dimension`. So raising one dimension's weight moves the point
//! straight towards that dimension's own position, where the pole strongest on
//! that dimension has the largest share.

use crate::content::{Alignment, Coding, PoleKind};

/// Weights for the dimensions, in the order of `Alignment::dimensions`.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights(pub Vec<f64>);

pub const MAX_WEIGHT: f64 = 10.0;

impl Weights {
    /// The editors' default weights.
    pub fn default_for(a: &Alignment) -> Weights {
        Weights(a.dimensions.iter().map(|d| d.default_weight).collect())
    }

    /// Accepts weights only if each is a finite number from 0 to 10 and not all are 0.
    pub fn validate(a: &Alignment, w: Vec<f64>) -> Result<Weights, String> {
        if w.len() != a.dimensions.len() {
            return Err(format!(
                "expected {} weights, got {}",
                a.dimensions.len(),
                w.len()
            ));
        }
        let say = crate::i18n::t().align.weight_error;
        for (d, v) in a.dimensions.iter().zip(&w) {
            let dim = d.label.to_lowercase();
            if !v.is_finite() {
                return Err(say(0, &dim, MAX_WEIGHT));
            }
            if *v < 0.0 {
                return Err(say(1, &dim, MAX_WEIGHT));
            }
            if *v > MAX_WEIGHT {
                return Err(say(2, &dim, MAX_WEIGHT));
            }
        }
        if w.iter().all(|v| *v == 0.0) {
            return Err(say(3, "", MAX_WEIGHT));
        }
        Ok(Weights(w))
    }
}

/// A coded value in force in a given year.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'a> {
    pub pole: usize,
    pub dimension: usize,
    pub value: f64,
    /// The coding it comes from (its year may be earlier: carried forward).
    pub coding: &'a Coding,
}

/// The values in force in `year`: for every (pole, dimension), the latest
/// coding at or before `year`. Years before the first coding have none.
pub fn cells(a: &Alignment, year: i32) -> Vec<Cell<'_>> {
    let mut out = Vec::new();
    for (pi, p) in a.poles.iter().enumerate() {
        for (di, d) in a.dimensions.iter().enumerate() {
            let latest = a
                .codings
                .iter()
                .filter(|k| k.pole == p.id && k.dimension == d.id && k.year <= year)
                .max_by_key(|k| k.year);
            if let Some(k) = latest {
                out.push(Cell {
                    pole: pi,
                    dimension: di,
                    value: k.value,
                    coding: k,
                });
            }
        }
    }
    out
}

/// Weighted mean value of each pole (partners and pressures) in `year`.
pub fn strengths(a: &Alignment, year: i32, w: &Weights) -> Vec<f64> {
    let cs = cells(a, year);
    (0..a.poles.len())
        .map(|pi| {
            let (mut num, mut den) = (0.0, 0.0);
            for c in cs.iter().filter(|c| c.pole == pi) {
                num += w.0[c.dimension] * c.value;
                den += w.0[c.dimension];
            }
            if den > 0.0 {
                num / den
            } else {
                0.0
            }
        })
        .collect()
}

/// Indexes of the partner poles (the corners), in file order.
pub fn partners(a: &Alignment) -> Vec<usize> {
    a.poles
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PoleKind::Partner)
        .map(|(i, _)| i)
        .collect()
}

/// Indexes of the pressure poles (context).
pub fn pressures(a: &Alignment) -> Vec<usize> {
    a.poles
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PoleKind::Pressure)
        .map(|(i, _)| i)
        .collect()
}

/// Where Pakistan stands among its partners in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    pub year: i32,
    /// Share of each partner pole (same order as [`partners`]); sums to 1.
    pub shares: Vec<f64>,
    /// Point in the unit chart (see [`corners`]).
    pub x: f64,
    pub y: f64,
    /// True when no partner has any tie coded (the point sits at the centre).
    pub empty: bool,
}

/// Corners of a regular polygon in a unit box (0..1): the first partner at
/// the top, the others clockwise. Three partners make an equilateral triangle.
pub fn corners(n: usize) -> Vec<(f64, f64)> {
    let n = n.max(1);
    // Radius and centre chosen so a triangle fills the box's width.
    let r = 0.5 / (std::f64::consts::PI / 3.0).sin();
    let (cx, cy) = (0.5, r.min(0.62));
    (0..n)
        .map(|i| {
            let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n as f64;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

/// Mixes corners by shares.
pub fn mix(shares: &[f64], corners: &[(f64, f64)]) -> (f64, f64) {
    shares
        .iter()
        .zip(corners)
        .fold((0.0, 0.0), |(x, y), (s, (cx, cy))| (x + s * cx, y + s * cy))
}

pub fn position(a: &Alignment, year: i32, w: &Weights) -> Position {
    let ps = partners(a);
    let st = strengths(a, year, w);
    let vals: Vec<f64> = ps.iter().map(|&i| st[i].max(0.0)).collect();
    let total: f64 = vals.iter().sum();
    let empty = total <= 0.0;
    let shares: Vec<f64> = if empty {
        vec![1.0 / ps.len().max(1) as f64; ps.len()]
    } else {
        vals.iter().map(|v| v / total).collect()
    };
    let (x, y) = mix(&shares, &corners(ps.len()));
    Position {
        year,
        shares,
        x,
        y,
        empty,
    }
}

/// The position for every year from first to last.
pub fn trajectory(a: &Alignment, w: &Weights) -> Vec<Position> {
    (a.first_year..=a.last_year)
        .map(|y| position(a, y, w))
        .collect()
}

/// Years in which at least one value was (re)coded: the path's turning points.
pub fn coded_years(a: &Alignment) -> Vec<i32> {
    let mut ys: Vec<i32> = a.codings.iter().map(|k| k.year).collect();
    crate::sort::sort_by(&mut ys, i32::cmp);
    ys.dedup();
    ys
}

/// A year the reader asked for, brought into the coded range.
pub fn clamp_year(a: &Alignment, y: i32) -> i32 {
    y.clamp(a.first_year, a.last_year)
}

/// Plain-language description of a position: "closest to the United States
/// and the West (48%), then China (32%) and the Gulf (20%)".
pub fn describe(a: &Alignment, p: &Position) -> String {
    let w = &crate::i18n::t().align;
    if p.empty {
        return w.no_ties.into();
    }
    let ps = partners(a);
    let mut order: Vec<(usize, f64)> = ps.iter().copied().zip(p.shares.iter().copied()).collect();
    crate::sort::sort_by(&mut order, |x, y| y.1.total_cmp(&x.1));
    let pct = |s: f64| format!("{:.0}%", s * 100.0);
    let name = |i: usize| a.poles[i].label.clone();
    let spread =
        order.first().map(|o| o.1).unwrap_or(0.0) - order.last().map(|o| o.1).unwrap_or(0.0);
    let balanced = spread < 0.08;
    let rest: Vec<String> = order
        .iter()
        .skip(if balanced { 0 } else { 1 })
        .map(|(i, s)| format!("{} ({})", name(*i), pct(*s)))
        .collect();
    let rest = join_and(&rest, w.and, crate::i18n::t().map.list_sep);
    if balanced {
        (w.balanced)(p.year, &rest)
    } else {
        let lead = format!("{} ({})", name(order[0].0), pct(order[0].1));
        (w.closest)(p.year, &lead, (!rest.is_empty()).then_some(rest.as_str()))
    }
}

/// `a`, `a and b`, `a, b and c` (the joints in the page's language).
fn join_and(items: &[String], and: &str, sep: &str) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{}{and}{}", items[..n - 1].join(sep), items[n - 1]),
    }
}

#[cfg(test)]
pub(crate) mod tests;
