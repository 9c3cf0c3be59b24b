//! The alignment model's tests (the fixtures are shared with `url.rs`'s).

use super::*;
use crate::content::{Dimension, Pole};

pub(crate) fn coding(year: i32, pole: &str, dim: &str, value: f64) -> Coding {
    Coding {
        year,
        pole: pole.into(),
        dimension: dim.into(),
        value,
        rationale: "r".into(),
        evidence: vec!["e".into()],
        sources: vec!["s".into()],
    }
}

pub(crate) fn pole(id: &str, kind: PoleKind) -> Pole {
    Pole {
        id: id.into(),
        label: id.to_uppercase(),
        kind,
        description: String::new(),
    }
}

pub(crate) fn fixture(values: &[(i32, &str, &str, f64)]) -> Alignment {
    Alignment {
        poles: vec![
            pole("west", PoleKind::Partner),
            pole("china", PoleKind::Partner),
            pole("gulf", PoleKind::Partner),
            pole("india", PoleKind::Pressure),
        ],
        dimensions: ["security", "economic", "diplomatic"]
            .iter()
            .map(|d| Dimension {
                id: d.to_string(),
                label: d.to_string(),
                description: String::new(),
                default_weight: 1.0,
            })
            .collect(),
        first_year: 1947,
        last_year: 2025,
        narrative: vec![],
        codings: values
            .iter()
            .map(|(y, p, d, v)| coding(*y, p, d, *v))
            .collect(),
    }
}

pub(crate) fn base() -> Alignment {
    let mut v = Vec::new();
    for p in ["west", "china", "gulf", "india"] {
        for d in ["security", "economic", "diplomatic"] {
            v.push((1947, p, d, 3.0));
        }
    }
    v.extend([
        (1954, "west", "security", 9.0),
        (1963, "china", "diplomatic", 7.0),
        (2015, "china", "economic", 9.0),
    ]);
    fixture(&v)
}

/// A small deterministic generator (no extra crates): xorshift.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 10_000) as f64 / 10_000.0
    }
}

fn random_alignment(r: &mut Rng) -> Alignment {
    let mut v = Vec::new();
    for p in ["west", "china", "gulf", "india"] {
        for d in ["security", "economic", "diplomatic"] {
            v.push((1947, p, d, (r.next() * 10.0).round()));
            v.push((
                1947 + (r.next() * 70.0) as i32 + 1,
                p,
                d,
                (r.next() * 10.0).round(),
            ));
        }
    }
    let mut a = fixture(&v);
    // drop accidental duplicates of (year, pole, dim) by keeping the first
    let mut seen = std::collections::HashSet::new();
    a.codings
        .retain(|k| seen.insert((k.year, k.pole.clone(), k.dimension.clone())));
    a
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

#[test]
fn values_carry_forward_until_recoded() {
    let a = base();
    let w = Weights::default_for(&a);
    assert_eq!(strengths(&a, 1953, &w)[0], 3.0);
    assert_eq!(strengths(&a, 1954, &w)[0], 5.0, "(9+3+3)/3 from 1954");
    assert_eq!(strengths(&a, 1990, &w)[0], 5.0, "carried forward");
    let c = cells(&a, 1990);
    let sec = c.iter().find(|c| c.pole == 0 && c.dimension == 0).unwrap();
    assert_eq!((sec.value, sec.coding.year), (9.0, 1954));
    assert!(
        cells(&a, 1946).is_empty(),
        "nothing before the first coding"
    );
}

#[test]
fn shares_are_valid_for_any_data_and_weights() {
    let mut r = Rng(0x9E3779B97F4A7C15);
    for _ in 0..300 {
        let a = random_alignment(&mut r);
        let w = Weights(vec![
            r.next() * 10.0,
            r.next() * 10.0,
            r.next() * 10.0 + 0.01,
        ]);
        for year in [1947, 1960, 1990, 2025] {
            let p = position(&a, year, &w);
            let sum: f64 = p.shares.iter().sum();
            assert!((sum - 1.0).abs() < 1e-9, "shares sum to {sum}");
            assert!(p.shares.iter().all(|s| *s >= 0.0 && s.is_finite()));
            assert!(p.x.is_finite() && p.y.is_finite());
            assert!(
                (0.0..=1.0).contains(&p.x) && (0.0..=1.0).contains(&p.y),
                "inside the chart"
            );
        }
    }
}

#[test]
fn equal_weights_are_the_documented_default() {
    let a = base();
    let d = Weights::default_for(&a);
    assert_eq!(d, Weights(vec![1.0, 1.0, 1.0]));
    let scaled = Weights(vec![4.0, 4.0, 4.0]);
    for y in [1947, 1954, 2020] {
        let (p, q) = (position(&a, y, &d), position(&a, y, &scaled));
        assert!(
            dist((p.x, p.y), (q.x, q.y)) < 1e-12,
            "only relative weights matter"
        );
    }
    // 1947: every tie equal -> the centre of the triangle
    let p = position(&a, 1947, &d);
    for s in &p.shares {
        assert!((s - 1.0 / 3.0).abs() < 1e-12);
    }
}

#[test]
fn raising_a_weight_moves_the_point_towards_that_dimension() {
    let mut r = Rng(42);
    for _ in 0..300 {
        let a = random_alignment(&mut r);
        let w = Weights(vec![
            1.0 + r.next() * 4.0,
            1.0 + r.next() * 4.0,
            1.0 + r.next() * 4.0,
        ]);
        let year = 1947 + (r.next() * 78.0) as i32;
        for k in 0..3 {
            let mut only = vec![0.0; 3];
            only[k] = 1.0;
            let target = position(&a, year, &Weights(only));
            let before = position(&a, year, &w);
            let mut raised = w.clone();
            raised.0[k] *= 2.0;
            let after = position(&a, year, &raised);
            let (d0, d1) = (
                dist((before.x, before.y), (target.x, target.y)),
                dist((after.x, after.y), (target.x, target.y)),
            );
            assert!(
                d1 <= d0 + 1e-12,
                "moved away from dimension {k}'s own position"
            );
            // The pole strongest on k gains share whenever its share on k alone
            // exceeds its overall share.
            let strongest = (0..3)
                .max_by(|&i, &j| target.shares[i].total_cmp(&target.shares[j]))
                .unwrap();
            if target.shares[strongest] > before.shares[strongest] + 1e-12 {
                assert!(after.shares[strongest] >= before.shares[strongest] - 1e-12);
            }
        }
    }
}

#[test]
fn security_weight_pulls_1954_towards_the_west() {
    let a = base();
    let d = position(&a, 1954, &Weights(vec![1.0, 1.0, 1.0]));
    let s = position(&a, 1954, &Weights(vec![5.0, 1.0, 1.0]));
    assert!(s.shares[0] > d.shares[0]);
    assert!(dist((s.x, s.y), corners(3)[0]) < dist((d.x, d.y), corners(3)[0]));
}

#[test]
fn bad_weights_are_refused_with_a_message() {
    let a = base();
    let e = Weights::validate(&a, vec![-1.0, 1.0, 1.0]).unwrap_err();
    assert!(e.contains("cannot be negative"), "{e}");
    let e = Weights::validate(&a, vec![f64::NAN, 1.0, 1.0]).unwrap_err();
    assert!(e.contains("must be a number"), "{e}");
    let e = Weights::validate(&a, vec![f64::INFINITY, 1.0, 1.0]).unwrap_err();
    assert!(e.contains("must be a number"), "{e}");
    let e = Weights::validate(&a, vec![0.0, 0.0, 0.0]).unwrap_err();
    assert!(e.contains("At least one weight"), "{e}");
    let e = Weights::validate(&a, vec![11.0, 1.0, 1.0]).unwrap_err();
    assert!(e.contains("at most 10"), "{e}");
    assert!(Weights::validate(&a, vec![0.0, 0.0, 2.5]).is_ok());
}

#[test]
fn descriptions_read_naturally() {
    let a = base();
    let w = Weights::default_for(&a);
    assert_eq!(
        describe(&a, &position(&a, 1947, &w)),
        "In 1947, Pakistan was almost evenly balanced between its partners: WEST (33%), CHINA (33%) and GULF (33%)."
    );
    let s = describe(&a, &position(&a, 1954, &Weights(vec![5.0, 1.0, 1.0])));
    assert!(
        s.starts_with("In 1954, Pakistan was closest to WEST"),
        "{s}"
    );
    assert_eq!(clamp_year(&a, 99999), 2025);
    assert_eq!(clamp_year(&a, -3), 1947);
    assert_eq!(coded_years(&a), vec![1947, 1954, 1963, 2015]);
}

#[test]
fn corners_form_an_equilateral_triangle_inside_the_box() {
    let c = corners(3);
    let (a, b, d) = (dist(c[0], c[1]), dist(c[1], c[2]), dist(c[2], c[0]));
    assert!((a - b).abs() < 1e-9 && (b - d).abs() < 1e-9);
    assert!(
        (c[1].0 - 1.0).abs() < 1e-9 && (c[2].0 - 0.0).abs() < 1e-9,
        "fills the width: {c:?}"
    );
    for (x, y) in c {
        assert!(
            (0.0..=1.0).contains(&x) && (0.0..=1.0 + 1e-9).contains(&y),
            "{x},{y}"
        );
    }
}
