//! The map's logic in plain Rust, tested natively: the Equal Earth projection
//! (the same as d3-geo's, which drew the outlines), reading the outlines back
//! for point-in-country tests, which deployments are active in a year, marker
//! sizes, the sourced personnel figures for a year, zoom and pan, and sorting.

use super::world::{self, Country};
use crate::content::{Content, DatedFigure, Mission, MissionKind, Series, Status};

/// The year slider's range.
pub const FIRST_YEAR: i32 = 1960;
pub const LAST_YEAR: i32 = 2026;
/// Deployments still under way count as active up to this year.
pub const OPEN_UNTIL: i32 = LAST_YEAR;

// ------------------------------------------------------------ projection ----

/// Equal Earth (Šavrič, Patterson and Jenny 2018), as d3-geo computes it,
/// then scaled and translated to the map's viewBox.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let l = (m * phi.sin()).asin();
    let l2 = l * l;
    let l6 = l2 * l2 * l2;
    let x = lambda * l.cos() / (m * (A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2)));
    let y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
    (world::TX + world::SCALE * x, world::TY - world::SCALE * y)
}

// -------------------------------------------------------------- outlines ----

pub fn country(iso: &str) -> Option<&'static Country> {
    world::COUNTRIES.iter().find(|c| c.iso == iso)
}

/// Reads compact path data (`M x yl dx dy dx dy...z`, repeated) back into rings
/// of absolute points. Returns an error naming the offset of anything else.
pub fn rings(d: &str) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let b = d.as_bytes();
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut i = 0;
    let mut nums: Vec<f64> = Vec::new();
    let mut cmd = b' ';
    let flush =
        |cmd: u8, nums: &mut Vec<f64>, out: &mut Vec<Vec<(f64, f64)>>| -> Result<(), String> {
            if !nums.len().is_multiple_of(2) {
                return Err("odd number of coordinates".into());
            }
            match cmd {
                b'M' => {
                    let pts: Vec<(f64, f64)> = nums.chunks(2).map(|p| (p[0], p[1])).collect();
                    out.push(pts);
                }
                b'l' => {
                    let ring = out.last_mut().ok_or("`l` before `M`")?;
                    for p in nums.chunks(2) {
                        let (x, y) = *ring.last().ok_or("empty ring")?;
                        ring.push((x + p[0], y + p[1]));
                    }
                }
                b' ' | b'z' => {
                    if !nums.is_empty() {
                        return Err("numbers without a command".into());
                    }
                }
                _ => unreachable!(),
            }
            nums.clear();
            Ok(())
        };
    while i < b.len() {
        match b[i] {
            c @ (b'M' | b'l' | b'z') => {
                flush(cmd, &mut nums, &mut out).map_err(|e| format!("at {i}: {e}"))?;
                cmd = c;
                i += 1;
            }
            b' ' => i += 1,
            b'-' | b'0'..=b'9' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let v: f64 = d[start..i]
                    .parse()
                    .map_err(|_| format!("at {start}: bad number"))?;
                nums.push(v);
            }
            other => return Err(format!("at {i}: unexpected `{}`", other as char)),
        }
    }
    flush(cmd, &mut nums, &mut out)?;
    Ok(out)
}

/// Even-odd point-in-polygon over all rings (holes and islands included).
pub fn contains(rings: &[Vec<(f64, f64)>], p: (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                inside = !inside;
            }
        }
    }
    inside
}

/// Shortest distance from `p` to any edge of the outline, in viewBox units.
pub fn distance_to_outline(rings: &[Vec<(f64, f64)>], p: (f64, f64)) -> f64 {
    let mut best = f64::INFINITY;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 {
                0.0
            } else {
                (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
            };
            let (qx, qy) = (a.0 + t * dx, a.1 + t * dy);
            best = best.min(((p.0 - qx).powi(2) + (p.1 - qy).powi(2)).sqrt());
        }
    }
    best
}

/// Kilometres per viewBox unit along the equator (for readable tolerances).
pub fn km_per_unit() -> f64 {
    let (x0, _) = project(0.0, 0.0);
    let (x1, _) = project(1.0, 0.0);
    111.195 / (x1 - x0)
}

// ----------------------------------------------------------------- years ----

/// Did Pakistan take part in (or host, or consider) this deployment in `year`?
pub fn active_in(m: &Mission, year: i32) -> bool {
    m.years.covers_year(year, OPEN_UNTIL)
}

/// Missions shown for a year (`None`: every deployment, all years).
pub fn shown(missions: &[Mission], year: Option<i32>) -> Vec<usize> {
    (0..missions.len())
        .filter(|&i| year.is_none_or(|y| active_in(&missions[i], y)))
        .collect()
}

/// First and last year of participation, clamped to the slider's range.
pub fn year_span(m: &Mission) -> (i32, i32) {
    let first = m.years.start.year;
    let last = match m.years.end {
        None => first,
        Some(Some(e)) => e.year,
        Some(None) => OPEN_UNTIL,
    };
    (
        first.clamp(FIRST_YEAR, LAST_YEAR),
        last.clamp(FIRST_YEAR, LAST_YEAR),
    )
}

/// A year from a URL: a number in range, or a clear note about what was done.
pub fn parse_year(raw: &str) -> (Option<i32>, Option<String>) {
    let shown: String = raw.chars().take(24).collect();
    match raw.trim().parse::<i64>() {
        Ok(y) if (FIRST_YEAR as i64..=LAST_YEAR as i64).contains(&y) => (Some(y as i32), None),
        Ok(y) => {
            let c = y.clamp(FIRST_YEAR as i64, LAST_YEAR as i64) as i32;
            (
                Some(c),
                Some(format!(
                    "The map covers {FIRST_YEAR}–{LAST_YEAR}; the link asked for {shown}, so it shows {c}."
                )),
            )
        }
        Err(_) => (
            None,
            Some(format!(
                "“{shown}” in the link is not a year; the map shows every deployment instead."
            )),
        ),
    }
}

// --------------------------------------------------------------- markers ----

/// How a deployment is drawn (shape and pattern, never colour alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerStyle {
    /// A UN operation Pakistan has left: a filled circle.
    Ended,
    /// A UN operation with Pakistanis serving now: a circle with a thick ring.
    Ongoing,
    /// The UN mission on Pakistan's own soil: a square.
    Hosted,
    /// Discussed, no troops committed, not a UN force: a dashed diamond.
    Prospective,
    /// Forces sent under an agreement between two states, not the UN: a triangle.
    Bilateral,
}

impl MarkerStyle {
    pub fn of(m: &Mission) -> MarkerStyle {
        match (m.kind, m.status) {
            (MissionKind::Bilateral, _) => MarkerStyle::Bilateral,
            (_, Status::Prospective) | (MissionKind::NonUn, _) => MarkerStyle::Prospective,
            (MissionKind::Hosted, _) => MarkerStyle::Hosted,
            (_, Status::Ongoing) => MarkerStyle::Ongoing,
            (_, Status::Ended) => MarkerStyle::Ended,
        }
    }
    pub fn class(self) -> &'static str {
        match self {
            MarkerStyle::Ended => "ended",
            MarkerStyle::Ongoing => "ongoing",
            MarkerStyle::Hosted => "hosted",
            MarkerStyle::Prospective => "prospective",
            MarkerStyle::Bilateral => "bilateral",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            MarkerStyle::Ended => "UN mission, Pakistanis have left",
            MarkerStyle::Ongoing => "UN mission, Pakistanis serving",
            MarkerStyle::Hosted => "UN mission hosted by Pakistan",
            MarkerStyle::Prospective => "Prospective, not a UN force",
            MarkerStyle::Bilateral => "Bilateral deployment, not UN, not the ISF",
        }
    }
}

/// The contingent figure the map sizes by (the first one listed), if any.
pub fn contingent(m: &Mission) -> Option<&DatedFigure> {
    m.contingent.first()
}

/// Diameter in CSS pixels of the drawn symbol: area grows with the contingent
/// (about 12 px for a handful, about 34 px for 6,000); `None` when unknown.
pub fn symbol_px(m: &Mission) -> Option<f64> {
    contingent(m).map(|f| {
        let n = f.quantity.central().min(12_000) as f64;
        12.0 + 22.0 * (n / 6000.0).sqrt()
    })
}

/// Hit targets are never smaller than 24 by 24 CSS pixels (WCAG 2.5.8).
pub const MIN_TARGET_PX: f64 = 24.0;

/// Diameter of a marker's drawn symbol when its size is not known.
pub const UNKNOWN_PX: f64 = 14.0;

// ------------------------------------------------------------- summaries ----

/// Series whose points are Pakistani personnel deployed at a date.
pub const DEPLOYED_SERIES: [&str; 2] = ["peaks", "deployed-now"];

/// Sourced figures of Pakistani personnel deployed during `year`.
pub fn personnel_in(c: &Content, year: i32) -> Vec<(&Series, &DatedFigure)> {
    c.figures
        .iter()
        .filter(|s| DEPLOYED_SERIES.contains(&s.id.as_str()))
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .filter(|(_, p)| p.date.covers_year(year, year))
        .collect()
}

// ------------------------------------------------------------ zoom / pan ----

pub const MAX_ZOOM: f64 = 16.0;

/// The visible part of the map in viewBox units; always the map's aspect ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
}

impl Default for ViewBox {
    fn default() -> Self {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: world::WIDTH,
        }
    }
}

impl ViewBox {
    pub fn h(&self) -> f64 {
        self.w * world::HEIGHT / world::WIDTH
    }
    pub fn zoom(&self) -> f64 {
        world::WIDTH / self.w
    }
    /// Keeps the box inside the map.
    fn clamped(mut self) -> Self {
        self.w = self.w.clamp(world::WIDTH / MAX_ZOOM, world::WIDTH);
        self.x = self.x.clamp(0.0, world::WIDTH - self.w);
        self.y = self.y.clamp(0.0, world::HEIGHT - self.h());
        self
    }
    /// Zooms by `factor` (>1 in) keeping the point at fractions (fx, fy) of the
    /// box where it is on screen.
    pub fn zoomed(&self, factor: f64, fx: f64, fy: f64) -> Self {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let w = (self.w / factor).clamp(world::WIDTH / MAX_ZOOM, world::WIDTH);
        let h = w * world::HEIGHT / world::WIDTH;
        let (px, py) = (self.x + fx * self.w, self.y + fy * self.h());
        ViewBox {
            x: px - fx * w,
            y: py - fy * h,
            w,
        }
        .clamped()
    }
    /// Moves by fractions of the box's own size (0.25 = a quarter screen).
    pub fn panned(&self, fx: f64, fy: f64) -> Self {
        ViewBox {
            x: self.x + fx * self.w,
            y: self.y + fy * self.h(),
            w: self.w,
        }
        .clamped()
    }
    /// Centres on a point at the given zoom.
    pub fn centred(x: f64, y: f64, zoom: f64) -> Self {
        let w = world::WIDTH / zoom.clamp(1.0, MAX_ZOOM);
        let h = w * world::HEIGHT / world::WIDTH;
        ViewBox {
            x: x - w / 2.0,
            y: y - h / 2.0,
            w,
        }
        .clamped()
    }
    /// Position of a map point as percentages of the box (for HTML overlays).
    pub fn percent(&self, p: (f64, f64)) -> (f64, f64) {
        (
            (p.0 - self.x) / self.w * 100.0,
            (p.1 - self.y) / self.h() * 100.0,
        )
    }
    /// Is the point on screen (or just off its edge)? Markers outside are hidden.
    pub fn shows(&self, p: (f64, f64)) -> bool {
        let (px, py) = self.percent(p);
        (-2.0..=102.0).contains(&px) && (-2.0..=102.0).contains(&py)
    }
    pub fn attr(&self) -> String {
        format!("{:.1} {:.1} {:.1} {:.1}", self.x, self.y, self.w, self.h())
    }
}

// --------------------------------------------------------------- sorting ----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Mission,
    Host,
    Years,
    Contingent,
    Fatalities,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Mission,
        SortKey::Host,
        SortKey::Years,
        SortKey::Contingent,
        SortKey::Fatalities,
    ];
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Mission => "Mission",
            SortKey::Host => "Host",
            SortKey::Years => "Pakistani years",
            SortKey::Contingent => "Contingent",
            SortKey::Fatalities => "Pakistani deaths",
        }
    }
}

/// Row order for the table. Unknown sizes and tolls sort last either way.
pub fn sorted(missions: &[Mission], key: SortKey, ascending: bool) -> Vec<usize> {
    use std::cmp::Ordering;
    let mut idx: Vec<usize> = (0..missions.len()).collect();
    let num = |m: &Mission| -> Option<u64> {
        match key {
            SortKey::Contingent => contingent(m).map(|f| f.quantity.central()),
            SortKey::Fatalities => m.fatalities.as_ref().map(|f| f.quantity.central()),
            _ => None,
        }
    };
    idx.sort_by(|&a, &b| {
        let (ma, mb) = (&missions[a], &missions[b]);
        let dir = |o: Ordering| if ascending { o } else { o.reverse() };
        let primary = match key {
            SortKey::Mission => dir(ma.acronym.to_lowercase().cmp(&mb.acronym.to_lowercase())),
            SortKey::Host => dir(ma.host.name.cmp(&mb.host.name)),
            SortKey::Years => dir(ma
                .years
                .start_fraction()
                .total_cmp(&mb.years.start_fraction())),
            SortKey::Contingent | SortKey::Fatalities => match (num(ma), num(mb)) {
                (Some(x), Some(y)) => dir(x.cmp(&y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        primary.then_with(|| {
            ma.years
                .start_fraction()
                .total_cmp(&mb.years.start_fraction())
        })
    });
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn projection_matches_d3() {
        for &(lon, lat, x, y) in world::D3_REFERENCE {
            let (px, py) = project(lon, lat);
            assert!(
                (px - x).abs() < 1e-3 && (py - y).abs() < 1e-3,
                "({lon}, {lat}): rust ({px:.4}, {py:.4}) vs d3 ({x}, {y})"
            );
        }
        assert!(world::D3_REFERENCE.len() > 40);
    }

    #[test]
    fn projection_is_equal_area_shaped() {
        // Equal Earth: the equator is longer than the central meridian (ratio ~2.05).
        let (w0, _) = project(-180.0, 0.0);
        let (w1, _) = project(180.0, 0.0);
        let (_, h0) = project(0.0, 90.0);
        let (_, h1) = project(0.0, -90.0);
        let ratio = (w1 - w0) / (h1 - h0);
        assert!((ratio - 2.05).abs() < 0.02, "ratio {ratio}");
        // north is up, east is right
        assert!(project(0.0, 10.0).1 < project(0.0, 0.0).1);
        assert!(project(10.0, 0.0).0 > project(0.0, 0.0).0);
    }

    #[test]
    fn every_outline_parses_and_is_closed_shapes() {
        for c in world::COUNTRIES {
            let r = rings(c.d).unwrap_or_else(|e| panic!("{}: {e}", c.iso));
            assert!(!r.is_empty(), "{} has no ring", c.iso);
            for ring in &r {
                for &(x, y) in ring {
                    assert!(
                        (-1.0..=world::WIDTH + 1.0).contains(&x)
                            && (-1.0..=world::HEIGHT + 1.0).contains(&y),
                        "{} point ({x}, {y}) outside the map",
                        c.iso
                    );
                }
            }
        }
        assert!(world::COUNTRIES.len() > 200);
    }

    #[test]
    fn outlines_contain_known_capitals_and_not_their_neighbours() {
        let cases = [
            ("PAK", 73.05, 33.68), // Islamabad
            ("IND", 77.21, 28.61), // New Delhi
            ("COD", 15.27, -4.44), // Kinshasa
            ("SOM", 45.32, 2.05),  // Mogadishu
            ("BIH", 18.41, 43.86), // Sarajevo
            ("HTI", -72.34, 18.54),
            ("PSE", 34.45, 31.5), // Gaza City
            ("USA", -77.04, 38.91),
            ("CHN", 116.4, 39.9),
            ("SAU", 46.7, 24.7),
        ];
        for (iso, lon, lat) in cases {
            let p = project(lon, lat);
            let r = rings(country(iso).unwrap().d).unwrap();
            assert!(contains(&r, p), "{iso} should contain ({lon}, {lat})");
            let afg = rings(country("AFG").unwrap().d).unwrap();
            assert!(
                !contains(&afg, p),
                "Afghanistan must not contain {iso}'s point"
            );
        }
    }

    /// Markers that do not sit inside their host's outline at this scale, with
    /// why and how far off they may be.
    const TOLERATED: [(&str, f64, &str); 1] = [(
        "unmop",
        1.0,
        "the Prevlaka peninsula is narrower than the simplified coastline",
    )];
    /// Hosts without an ISO code: the Natural Earth shape that stands for them.
    const SHAPE_FOR: [(&str, &[&str]); 2] = [
        ("unmik", &["KOS"]),
        // Abyei is claimed by both; at this scale it lies in Sudan's outline
        ("unisfa", &["SDN", "SSD"]),
    ];

    #[test]
    fn every_marker_lies_inside_its_host_country() {
        let c = content();
        let km = km_per_unit();
        for m in &c.missions {
            let p = project(m.location.lon, m.location.lat);
            let shapes: Vec<&str> = match &m.host.iso {
                Some(iso) => vec![iso.as_str()],
                None => SHAPE_FOR
                    .iter()
                    .find(|(id, _)| *id == m.id)
                    .unwrap_or_else(|| panic!("{}: no ISO code and no shape listed", m.id))
                    .1
                    .to_vec(),
            };
            let mut best = f64::INFINITY;
            for iso in &shapes {
                let r = rings(
                    country(iso)
                        .unwrap_or_else(|| panic!("{}: no outline for {iso}", m.id))
                        .d,
                )
                .unwrap();
                let d = if contains(&r, p) {
                    0.0
                } else {
                    distance_to_outline(&r, p)
                };
                best = best.min(d);
            }
            let allowed = TOLERATED
                .iter()
                .find(|(id, _, _)| *id == m.id)
                .map(|t| t.1)
                .unwrap_or(0.0);
            assert!(
                best <= allowed,
                "{} at ({}, {}) is {:.1} units (~{:.0} km) outside {:?}",
                m.id,
                m.location.lon,
                m.location.lat,
                best,
                best * km,
                shapes
            );
        }
        // the tolerance is small in kilometres
        assert!(TOLERATED[0].1 * km < 40.0);
    }

    fn mission(id: &str) -> &'static Mission {
        content().mission(id).unwrap()
    }

    #[test]
    fn active_years_follow_the_dates_as_written() {
        // closed ranges, inclusive of both years
        assert!(active_in(mission("unosom"), 1992));
        assert!(active_in(mission("unosom"), 1995));
        assert!(!active_in(mission("unosom"), 1996));
        // a single approximate year
        assert!(active_in(mission("minusma"), 2023));
        assert!(!active_in(mission("minusma"), 2022));
        // open ranges run to the end of the slider
        assert!(active_in(mission("minusca"), 2025));
        assert!(!active_in(mission("minusca"), 2013));
        // UNMOGIP since 1949: every year on the slider
        assert!((FIRST_YEAR..=LAST_YEAR).all(|y| active_in(mission("unmogip"), y)));
        // the ISF only in 2025
        assert!(active_in(mission("gaza-isf"), 2025));
        assert!(!active_in(mission("gaza-isf"), 2024));
    }

    #[test]
    fn shown_for_known_years() {
        let c = content();
        let ids = |y: Option<i32>| -> Vec<&str> {
            shown(&c.missions, y)
                .into_iter()
                .map(|i| c.missions[i].id.as_str())
                .collect()
        };
        assert_eq!(ids(Some(1961)), vec!["onuc", "unmogip"]);
        let y1994 = ids(Some(1994));
        for id in ["unosom", "unprofor", "unamir", "unikom", "unmogip"] {
            assert!(y1994.contains(&id), "1994 lacks {id}: {y1994:?}");
        }
        assert!(!y1994.contains(&"onuc"));
        assert_eq!(ids(None).len(), c.missions.len());
    }

    #[test]
    fn year_spans_clamp_to_the_slider() {
        assert_eq!(year_span(mission("unmogip")), (1960, LAST_YEAR));
        assert_eq!(year_span(mission("onuc")), (1960, 1964));
        assert_eq!(year_span(mission("minusma")), (2023, 2023));
    }

    #[test]
    fn url_years_parse_or_explain() {
        assert_eq!(parse_year("1994"), (Some(1994), None));
        let (y, note) = parse_year("99999");
        assert_eq!(y, Some(LAST_YEAR));
        assert!(note.unwrap().contains("99999"));
        let (y, note) = parse_year("1900");
        assert_eq!(y, Some(1960));
        assert!(note.is_some());
        let (y, note) = parse_year("abc");
        assert_eq!(y, None);
        assert!(note.unwrap().contains("abc"));
        let long = "9".repeat(500);
        let (y, note) = parse_year(&long);
        assert_eq!(y, None);
        assert!(note.unwrap().chars().count() < 120);
    }

    #[test]
    fn marker_styles_and_sizes() {
        assert_eq!(MarkerStyle::of(mission("unmogip")), MarkerStyle::Hosted);
        assert_eq!(
            MarkerStyle::of(mission("gaza-isf")),
            MarkerStyle::Prospective
        );
        assert_eq!(MarkerStyle::of(mission("minusca")), MarkerStyle::Ongoing);
        assert_eq!(MarkerStyle::of(mission("onuc")), MarkerStyle::Ended);
        let big = symbol_px(mission("unosom")).unwrap();
        let small = symbol_px(mission("minurso")).unwrap();
        assert!(big > small && big <= 40.0 && small >= 12.0, "{big} {small}");
        assert_eq!(symbol_px(mission("unyom")), None);
    }

    #[test]
    fn personnel_figures_for_a_year_are_sourced() {
        let c = content();
        let f2010 = personnel_in(c, 2010);
        assert_eq!(f2010.len(), 1);
        assert_eq!(f2010[0].1.quantity.value, 10635);
        assert!(!f2010[0].1.sources.is_empty());
        // 2024: two figures that differ, both shown
        assert!(personnel_in(c, 2024).len() >= 2);
        assert!(personnel_in(c, 1994).is_empty());
        for s in DEPLOYED_SERIES {
            assert!(c.figures.iter().any(|f| f.id == s), "series {s} missing");
        }
    }

    #[test]
    fn zoom_and_pan_stay_inside_the_map() {
        let v = ViewBox::default();
        assert_eq!(v.zoomed(0.5, 0.5, 0.5), v, "cannot zoom out past the world");
        let z = v.zoomed(2.0, 0.5, 0.5);
        assert!((z.zoom() - 2.0).abs() < 1e-9);
        assert!((z.x - world::WIDTH / 4.0).abs() < 1e-9);
        let far = z.panned(10.0, 10.0);
        assert!((far.x + far.w - world::WIDTH).abs() < 1e-9);
        assert!((far.y + far.h() - world::HEIGHT).abs() < 1e-9);
        let max = v.zoomed(1000.0, 0.0, 0.0);
        assert!((max.zoom() - MAX_ZOOM).abs() < 1e-9);
        assert_eq!(v.zoomed(f64::NAN, 0.5, 0.5), v);
        let c = ViewBox::centred(1000.0, 400.0, 4.0);
        let (px, py) = c.percent((1000.0, 400.0));
        assert!((px - 50.0).abs() < 1e-9 && (py - 50.0).abs() < 1e-9);
        assert!(c.shows((1000.0, 400.0)));
        assert!(!c.shows((0.0, 0.0)), "far outside a 4x view");
    }

    #[test]
    fn table_sorts_with_unknowns_last() {
        let c = content();
        let ms = &c.missions;
        let by_size = sorted(ms, SortKey::Contingent, false);
        // the reported Saudi deployment (about 8,000) is larger than any UN contingent
        assert_eq!(ms[by_size[0]].id, "saudi-deployment");
        let un = sorted(ms, SortKey::Contingent, false)
            .into_iter()
            .find(|&i| ms[i].kind == MissionKind::UnPeacekeeping)
            .unwrap();
        assert_eq!(ms[un].id, "unosom");
        let last_known = by_size
            .iter()
            .rposition(|&i| contingent(&ms[i]).is_some())
            .unwrap();
        assert!(by_size[last_known + 1..]
            .iter()
            .all(|&i| contingent(&ms[i]).is_none()));
        let up = sorted(ms, SortKey::Contingent, true);
        assert_eq!(ms[up[0]].id, "minurso");
        assert!(contingent(&ms[*up.last().unwrap()]).is_none());
        let by_year = sorted(ms, SortKey::Years, true);
        assert_eq!(ms[by_year[0]].id, "unmogip");
        let by_name = sorted(ms, SortKey::Mission, true);
        assert!(ms[by_name[0]].acronym <= ms[by_name[1]].acronym);
    }
}
