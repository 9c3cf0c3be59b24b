//! Where the markers go at a zoom: deployments at the same spot sit side by
//! side; markers that would overlap on screen join a cluster until the reader
//! zooms in, and opening a cluster zooms until its members separate.

use super::missions::target_px;
use super::projection::project;
use super::viewbox::{ViewBox, MAX_ZOOM};
use crate::content::Mission;

/// A deployment's marker: its point (viewBox units) and the width (CSS px) of
/// its target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    pub at: (f64, f64),
    pub px: f64,
}

/// The markers of `missions`, in the same order.
pub fn spots(missions: &[Mission]) -> Vec<Spot> {
    missions
        .iter()
        .map(|m| Spot {
            at: project(m.location.lon, m.location.lat),
            px: target_px(m),
        })
        .collect()
}

/// What the marker layer draws at the current zoom.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One deployment at its point, moved (`dx`, `dy`) px when it shares the
    /// exact spot with others or would hide a pinned marker.
    Single { i: usize, dx: f64, dy: f64 },
    /// Deployments too close to tell apart at this zoom; choosing it zooms in.
    Cluster {
        members: Vec<usize>,
        /// Centre in viewBox units.
        at: (f64, f64),
        /// Moved (px) off a pinned marker it would hide.
        dx: f64,
        dy: f64,
    },
}

impl Item {
    /// The deployments the item stands for.
    pub fn members(&self) -> Vec<usize> {
        match self {
            Item::Single { i, .. } => vec![*i],
            Item::Cluster { members, .. } => members.clone(),
        }
    }
}

fn distance(p: (f64, f64), q: (f64, f64)) -> f64 {
    ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt()
}

/// Width (px) of a cluster's target.
pub const CLUSTER_PX: f64 = 30.0;

/// Groups the `shown` deployments (indexes into `spots`) for a frame
/// `frame_w` px wide showing `vb`: stacks of deployments at the same spot
/// (within a viewBox unit), then greedy clusters of stacks that overlap on
/// screen. `pinned` deployments are never clustered, and what would cover
/// one is moved aside. Every shown deployment is in exactly one item.
pub fn layout(
    shown: &[usize],
    spots: &[Spot],
    vb: ViewBox,
    frame_w: f64,
    pinned: &[usize],
) -> Vec<Item> {
    let scale = frame_w / vb.w;
    // 1. stacks of deployments at the same spot; pinned ones stand alone
    let mut stacks: Vec<Vec<usize>> = Vec::new();
    for &i in shown {
        let p = spots[i].at;
        let alone = pinned.contains(&i);
        match stacks.iter_mut().find(|s| {
            let q = spots[s[0]].at;
            !alone && !pinned.contains(&s[0]) && (p.0 - q.0).abs() < 1.0 && (p.1 - q.1).abs() < 1.0
        }) {
            Some(s) => s.push(i),
            None => stacks.push(vec![i]),
        }
    }
    let width = |s: &Vec<usize>| -> f64 { s.iter().map(|&i| spots[i].px).sum() };
    // 2. greedy clusters of stacks that overlap on screen (never with a pinned one)
    let mut groups: Vec<Vec<usize>> = Vec::new(); // indexes into stacks
    for (k, st) in stacks.iter().enumerate() {
        let p = spots[st[0]].at;
        let free = |o: usize| !pinned.contains(&stacks[o][0]);
        let hit = (!pinned.contains(&st[0]))
            .then(|| {
                groups.iter().position(|g| {
                    g.iter().all(|&o| free(o))
                        && g.iter().any(|&o| {
                            let d = distance(p, spots[stacks[o][0]].at) * scale;
                            d < (width(st) + width(&stacks[o])) / 2.0 * 0.9
                        })
                })
            })
            .flatten();
        match hit {
            Some(g) => groups[g].push(k),
            None => groups.push(vec![k]),
        }
    }
    let mut items: Vec<Item> = groups
        .into_iter()
        .flat_map(|g| {
            if g.len() == 1 {
                let st = &stacks[g[0]];
                let mut left = -width(st) / 2.0;
                st.iter()
                    .map(|&i| {
                        let dx = left + spots[i].px / 2.0;
                        left += spots[i].px;
                        Item::Single { i, dx, dy: 0.0 }
                    })
                    .collect::<Vec<_>>()
            } else {
                let members: Vec<usize> = g.iter().flat_map(|&k| stacks[k].clone()).collect();
                let n = members.len() as f64;
                let at = members.iter().fold((0.0, 0.0), |acc, &i| {
                    (acc.0 + spots[i].at.0 / n, acc.1 + spots[i].at.1 / n)
                });
                vec![Item::Cluster {
                    members,
                    at,
                    dx: 0.0,
                    dy: 0.0,
                }]
            }
        })
        .collect();
    // 3. nothing covers a pinned marker: what overlaps one moves straight away from it
    for &p in pinned.iter().filter(|p| shown.contains(p)) {
        let pc = spots[p].at;
        for it in items.iter_mut() {
            let (at, size, dx, dy) = match it {
                Item::Single { i, dx, dy } if *i != p => (spots[*i].at, spots[*i].px, dx, dy),
                Item::Cluster { at, dx, dy, .. } => (*at, CLUSTER_PX, dx, dy),
                _ => continue,
            };
            let (vx, vy) = ((at.0 - pc.0) * scale + *dx, (at.1 - pc.1) * scale + *dy);
            let d = (vx * vx + vy * vy).sqrt();
            let need = (size + spots[p].px) / 2.0 + 2.0;
            if d < need {
                // straight away from the pinned marker (upwards when on top of it)
                let (ux, uy) = if d > 0.5 {
                    (vx / d, vy / d)
                } else {
                    (0.0, -1.0)
                };
                *dx += ux * (need - d);
                *dy += uy * (need - d);
            }
        }
    }
    items
}

/// The view a cluster opens to: its members' bounding box, fitted into the
/// frame with a margin (so that every member is in view), zoomed in no further
/// than needed to separate them (and at least twice the current zoom, unless
/// that would push members out of view).
pub fn separating_view(
    members: &[usize],
    spots: &[Spot],
    vb: ViewBox,
    frame_w: f64,
    _at: (f64, f64),
) -> ViewBox {
    let scale = frame_w / vb.w;
    let mut need: f64 = 1.0;
    for (k, &a) in members.iter().enumerate() {
        for &b in &members[k + 1..] {
            let d = distance(spots[a].at, spots[b].at) * scale;
            if d >= 0.5 {
                let want = (spots[a].px + spots[b].px) / 2.0 + 4.0;
                need = need.max(want / d);
            }
        }
    }
    let (mut lo, mut hi) = (
        (f64::INFINITY, f64::INFINITY),
        (f64::NEG_INFINITY, f64::NEG_INFINITY),
    );
    for &i in members {
        let (x, y) = spots[i].at;
        lo = (lo.0.min(x), lo.1.min(y));
        hi = (hi.0.max(x), hi.1.max(y));
    }
    // the widest target, as a share of the frame, is the margin to keep
    let biggest = members.iter().map(|&i| spots[i].px).fold(0.0, f64::max);
    let pad = (biggest / frame_w.max(1.0)).clamp(0.08, 0.3);
    let target = (vb.zoom() * need.max(2.0)).min(MAX_ZOOM);
    vb.fitting(lo, hi, pad, target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;
    use crate::views::map::logic::shown;

    fn spot(x: f64, y: f64, px: f64) -> Spot {
        Spot { at: (x, y), px }
    }

    /// Every shown deployment once, in one item or another.
    fn members(items: &[Item]) -> Vec<usize> {
        let mut all: Vec<usize> = items.iter().flat_map(Item::members).collect();
        all.sort_unstable();
        all
    }

    #[test]
    fn deployments_at_one_spot_sit_side_by_side() {
        let s = [
            spot(100.0, 100.0, 24.0),
            spot(100.4, 99.8, 30.0),
            spot(900.0, 100.0, 24.0),
        ];
        let items = layout(&[0, 1, 2], &s, ViewBox::default(), 800.0, &[]);
        assert_eq!(
            items,
            vec![
                Item::Single {
                    i: 0,
                    dx: -15.0,
                    dy: 0.0
                },
                Item::Single {
                    i: 1,
                    dx: 12.0,
                    dy: 0.0
                },
                Item::Single {
                    i: 2,
                    dx: 0.0,
                    dy: 0.0
                },
            ]
        );
    }

    #[test]
    fn close_markers_cluster_until_zoomed_in() {
        // 10 viewBox units apart: 4 px at world view in an 800 px frame
        let s = [
            spot(1000.0, 300.0, 24.0),
            spot(1010.0, 300.0, 24.0),
            spot(200.0, 600.0, 24.0),
        ];
        let world = ViewBox::default();
        let items = layout(&[0, 1, 2], &s, world, 800.0, &[]);
        assert_eq!(
            items,
            vec![
                Item::Cluster {
                    members: vec![0, 1],
                    at: (1005.0, 300.0),
                    dx: 0.0,
                    dy: 0.0
                },
                Item::Single {
                    i: 2,
                    dx: 0.0,
                    dy: 0.0
                },
            ]
        );
        let near = separating_view(&[0, 1], &s, world, 800.0, (1005.0, 300.0));
        assert!(near.zoom() >= 2.0 && near.zoom() <= MAX_ZOOM);
        assert!(near.shows((1005.0, 300.0)));
        let apart = layout(&[0, 1], &s, near, 800.0, &[]);
        assert!(
            apart.iter().all(|it| matches!(it, Item::Single { .. })),
            "{apart:?}"
        );
        // a wider frame separates them sooner
        assert_eq!(layout(&[0, 1], &s, near, 1600.0, &[]).len(), 2);
    }

    #[test]
    fn only_the_shown_are_placed() {
        let s = [spot(0.0, 0.0, 24.0), spot(500.0, 500.0, 24.0)];
        assert_eq!(
            layout(&[1], &s, ViewBox::default(), 800.0, &[]),
            vec![Item::Single {
                i: 1,
                dx: 0.0,
                dy: 0.0
            }]
        );
        assert!(layout(&[], &s, ViewBox::default(), 800.0, &[]).is_empty());
    }

    #[test]
    fn every_deployment_is_placed_once_at_any_zoom() {
        let c = content();
        let s = spots(&c.missions);
        let gaza = c.missions.iter().position(|m| m.id == "gaza-isf").unwrap();
        for year in [None, Some(1961), Some(1994), Some(2025)] {
            let ids = shown(&c.missions, year);
            for (zoom, w) in [(1.0, 320.0), (1.0, 800.0), (4.0, 800.0), (MAX_ZOOM, 1200.0)] {
                let vb = ViewBox::centred(1100.0, 400.0, zoom);
                let items = layout(&ids, &s, vb, w, &[gaza]);
                assert_eq!(members(&items), ids, "{year:?} at {zoom}x, {w} px");
            }
        }
    }

    #[test]
    fn the_balkan_deployments_cluster_at_world_view_and_open_apart() {
        let c = content();
        let s = spots(&c.missions);
        let idx = |id: &str| c.missions.iter().position(|m| m.id == id).unwrap();
        let ids: Vec<usize> = (0..c.missions.len()).collect();
        let world = ViewBox::default();
        let items = layout(&ids, &s, world, 800.0, &[]);
        let (members, at) = items
            .iter()
            .find_map(|it| match it {
                Item::Cluster { members, at, .. } if members.contains(&idx("untaes")) => {
                    Some((members.clone(), *at))
                }
                _ => None,
            })
            .expect("UNTAES starts inside a cluster at world view");
        assert!(members.contains(&idx("unmop")), "{members:?}");
        let near = separating_view(&members, &s, world, 800.0, at);
        let opened = layout(&members, &s, near, 800.0, &[]);
        assert!(
            opened.len() > 1,
            "opening the cluster separates at least some of its members: {opened:?}"
        );
    }

    /// Where an item's target is drawn (px in the frame) and how wide it is.
    fn on_screen(it: &Item, s: &[Spot], vb: ViewBox, w: f64) -> ((f64, f64), f64) {
        let scale = w / vb.w;
        let (at, size, dx, dy) = match it {
            Item::Single { i, dx, dy } => (s[*i].at, s[*i].px, *dx, *dy),
            Item::Cluster { at, dx, dy, .. } => (*at, CLUSTER_PX, *dx, *dy),
        };
        (
            ((at.0 - vb.x) * scale + dx, (at.1 - vb.y) * scale + dy),
            size,
        )
    }

    #[test]
    fn gaza_is_never_clustered_and_nothing_covers_it() {
        let c = content();
        let s = spots(&c.missions);
        let gaza = c.missions.iter().position(|m| m.id == "gaza-isf").unwrap();
        let ids: Vec<usize> = (0..c.missions.len()).collect();
        for (vb, w) in [
            (ViewBox::default(), 808.0),
            (ViewBox::default(), 358.0),
            (ViewBox::initial(true), 358.0),
            (ViewBox::initial(true), 288.0),
        ] {
            let items = layout(&ids, &s, vb, w, &[gaza]);
            let own = items
                .iter()
                .find(|it| it.members().contains(&gaza))
                .unwrap();
            assert_eq!(
                own,
                &Item::Single {
                    i: gaza,
                    dx: 0.0,
                    dy: 0.0
                },
                "{w} px"
            );
            let (g, gs) = on_screen(own, &s, vb, w);
            for it in items.iter().filter(|it| *it != own) {
                let (p, ps) = on_screen(it, &s, vb, w);
                let d = ((p.0 - g.0).powi(2) + (p.1 - g.1).powi(2)).sqrt();
                assert!(
                    d >= (ps + gs) / 2.0,
                    "{it:?} covers Gaza at {w} px ({d:.1} px away)"
                );
            }
        }
    }

    #[test]
    fn opening_a_cluster_keeps_every_member_in_view() {
        let c = content();
        let s = spots(&c.missions);
        let ids: Vec<usize> = (0..c.missions.len()).collect();
        for (vb, w) in [
            (ViewBox::default(), 808.0),
            (ViewBox::initial(true), 358.0),
            (ViewBox::default(), 358.0),
        ] {
            let mut opened = 0;
            for it in layout(&ids, &s, vb, w, &[]) {
                if let Item::Cluster { members, at, .. } = it {
                    let near = separating_view(&members, &s, vb, w, at);
                    assert!(near.zoom() > vb.zoom(), "it zooms in");
                    for &m in &members {
                        let (x, y) = near.percent(s[m].at);
                        assert!((0.0..=100.0).contains(&x) && (0.0..=100.0).contains(&y),
                            "{} is out of view ({x:.0}%, {y:.0}%) after opening its cluster at {w} px", c.missions[m].id);
                    }
                    opened += 1;
                }
            }
            assert!(opened > 0);
        }
    }
}
