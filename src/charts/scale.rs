//! Linear scales and ticks.

/// Maps a domain `(d0, d1)` linearly onto a range `(r0, r1)` (a range may run
/// downwards, as a y axis does).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Linear { domain, range }
    }

    pub fn at(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (v - d0) / (d1 - d0) * (r1 - r0)
    }

    /// About `n` round tick values covering the domain (steps of 1, 2 or 5
    /// times a power of ten), within the domain.
    pub fn ticks(&self, n: usize) -> Vec<f64> {
        let (lo, hi) = (
            self.domain.0.min(self.domain.1),
            self.domain.0.max(self.domain.1),
        );
        let step = nice_step(hi - lo, n);
        if step <= 0.0 {
            return vec![lo];
        }
        let mut v = (lo / step).ceil() * step;
        let mut out = Vec::new();
        while v <= hi + step * 1e-9 {
            // -0 and float dust: 0.30000000000000004 -> 0.3
            out.push(((v / step).round() * step * 1e6).round() / 1e6 + 0.0);
            v += step;
        }
        out
    }
}

/// A round step (1, 2 or 5 times a power of ten) dividing `span` into about `n` parts.
pub fn nice_step(span: f64, n: usize) -> f64 {
    if span <= 0.0 || n == 0 || !span.is_finite() {
        return 0.0;
    }
    let raw = span / n as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm < 1.5 {
        1.0
    } else if norm < 3.0 {
        2.0
    } else if norm < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// The smallest round number (a multiple of [`nice_step`]) at or above `v`:
/// the top of a value axis.
pub fn nice_ceil(v: f64, n: usize) -> f64 {
    let step = nice_step(v, n);
    if step == 0.0 {
        return v;
    }
    (v / step).ceil() * step
}

/// Years to label on an axis from `first` to `last`: multiples of 1, 2, 5,
/// 10, 20 or 50 years, at most `max` of them.
pub fn year_ticks(first: i32, last: i32, max: usize) -> Vec<i32> {
    for step in [1, 2, 5, 10, 20, 50] {
        let start =
            first.div_euclid(step) * step + if first.rem_euclid(step) == 0 { 0 } else { step };
        let ticks: Vec<i32> = (start..=last).step_by(step as usize).collect();
        if ticks.len() <= max.max(1) {
            return ticks;
        }
    }
    vec![first, last]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_both_ways_and_downwards() {
        let x = Linear::new((2000.0, 2020.0), (0.0, 200.0));
        assert_eq!(x.at(2010.0), 100.0);
        assert_eq!(x.at(2000.0), 0.0);
        let y = Linear::new((0.0, 12000.0), (300.0, 20.0));
        assert_eq!(y.at(0.0), 300.0);
        assert_eq!(y.at(12000.0), 20.0);
        assert_eq!(Linear::new((5.0, 5.0), (0.0, 10.0)).at(5.0), 5.0);
    }

    #[test]
    fn ticks_are_round_and_inside() {
        let y = Linear::new((0.0, 12000.0), (300.0, 0.0));
        assert_eq!(y.ticks(3), [0.0, 5000.0, 10000.0]);
        assert_eq!(
            y.ticks(6),
            [0.0, 2000.0, 4000.0, 6000.0, 8000.0, 10000.0, 12000.0]
        );
        let p = Linear::new((0.0, 0.12), (0.0, 1.0));
        assert_eq!(p.ticks(4), [0.0, 0.05, 0.1]);
        assert_eq!(nice_ceil(10_680.0, 4), 12_000.0);
        assert_eq!(nice_ceil(182.0, 4), 200.0);
        assert_eq!(nice_step(0.0, 4), 0.0);
    }

    #[test]
    fn year_ticks_fit_the_room() {
        assert_eq!(year_ticks(2004, 2026, 5), [2005, 2010, 2015, 2020, 2025]);
        assert_eq!(year_ticks(2004, 2026, 3), [2010, 2020]);
        assert_eq!(
            year_ticks(1960, 2026, 7),
            [1960, 1970, 1980, 1990, 2000, 2010, 2020]
        );
        assert_eq!(year_ticks(2012, 2014, 10), [2012, 2013, 2014]);
    }
}
