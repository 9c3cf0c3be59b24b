//! Which points a line may join, and which figures disagree.

/// Runs of consecutive points (by index into `xs`, which must be sorted) that
/// a line may join: a gap wider than `max_gap` ends a run, so a line never
/// bridges years with no figure. Runs of one point are left out (they are
/// drawn as dots only).
pub fn segments(xs: &[f64], max_gap: f64) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (i, &x) in xs.iter().enumerate() {
        if let Some(&last) = run.last() {
            if x - xs[last] > max_gap {
                if run.len() > 1 {
                    out.push(std::mem::take(&mut run));
                } else {
                    run.clear();
                }
            }
        }
        run.push(i);
    }
    if run.len() > 1 {
        out.push(run);
    }
    out
}

/// The widest gaps between consecutive sorted `xs` wider than `min_gap`, as
/// `(from, to)` pairs of x values, widest first.
pub fn gaps(xs: &[f64], min_gap: f64) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = xs
        .windows(2)
        .filter(|w| w[1] - w[0] > min_gap)
        .map(|w| (w[0], w[1]))
        .collect();
    crate::sort::sort_by(&mut out, |a, b| (b.1 - b.0).total_cmp(&(a.1 - a.0)));
    out
}

/// A point for [`pairs`]: where it is, its value and its group (who gave it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Said {
    pub x: f64,
    pub value: f64,
    pub group: u8,
}

/// Disagreements: pairs `(i, j)` of points from different groups given
/// within `window` of each other whose values differ by at least `min_rel`
/// (of the larger). Each point joins at most one pair, the closest in time.
pub fn pairs(points: &[Said], window: f64, min_rel: f64) -> Vec<(usize, usize)> {
    let mut cand: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (a, b) = (points[i], points[j]);
            let dx = (a.x - b.x).abs();
            let big = a.value.max(b.value);
            if a.group != b.group
                && dx <= window
                && big > 0.0
                && (a.value - b.value).abs() / big >= min_rel
            {
                cand.push((dx, i, j));
            }
        }
    }
    crate::sort::sort_by(&mut cand, |a, b| a.0.total_cmp(&b.0));
    let mut used = vec![false; points.len()];
    let mut out = Vec::new();
    for (_, i, j) in cand {
        if !used[i] && !used[j] {
            used[i] = true;
            used[j] = true;
            out.push((i.min(j), i.max(j)));
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.cmp(b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_do_not_bridge_gaps() {
        let xs = [
            2005.0, 2009.0, 2010.8, 2012.2, 2014.5, 2024.4, 2025.4, 2025.7,
        ];
        assert_eq!(segments(&xs, 3.0), vec![vec![1, 2, 3, 4], vec![5, 6, 7]]);
        assert!(segments(&[2005.0], 3.0).is_empty());
        assert!(segments(&[2000.0, 2010.0, 2020.0], 3.0).is_empty());
        assert_eq!(segments(&[1.0, 2.0], 3.0), vec![vec![0, 1]]);
    }

    #[test]
    fn gaps_widest_first() {
        let xs = [2005.0, 2009.0, 2017.7, 2023.4, 2024.4];
        assert_eq!(
            gaps(&xs, 3.0),
            vec![(2009.0, 2017.7), (2017.7, 2023.4), (2005.0, 2009.0)]
        );
    }

    #[test]
    fn pairs_are_close_in_time_far_apart_in_value_and_of_different_groups() {
        let p = |x, value, group| Said { x, value, group };
        let pts = [
            p(2024.41, 3000.0, 1), // armed forces, May 2024
            p(2024.45, 3800.0, 0), // UN, June 2024
            p(2012.2, 9401.0, 0),  // UN, March 2012
            p(2012.4, 9461.0, 1),  // ISPR, June 2012: agrees within 1%
            p(2025.7, 2600.0, 0),
            p(2025.8, 2600.0, 1), // agree
            p(2024.5, 3900.0, 0), // same group as the UN June point
        ];
        assert_eq!(pairs(&pts, 0.5, 0.1), vec![(0, 1)]);
        assert!(pairs(&pts, 0.01, 0.1).is_empty());
    }
}
