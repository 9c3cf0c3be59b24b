//! Where things are on the map: the Equal Earth projection (the same as
//! d3-geo's, which drew the outlines) and the outlines read back for
//! point-in-country tests.

use crate::views::map::world::{self, Country};

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
}
