//! The visible part of the map: zoom and pan in viewBox units, in a frame of
//! a given shape (the world's on wide screens, nearly square on a phone).

use crate::views::map::world;

// ------------------------------------------------------------ zoom / pan ----

pub const MAX_ZOOM: f64 = 16.0;

/// The map's own shape (height / width).
pub const WORLD_ASPECT: f64 = world::HEIGHT / world::WIDTH;

/// What a phone shows first: Europe, Africa and the Middle East, where most
/// deployments are, from the Atlantic coast of West Africa to Pakistan and
/// from Bosnia to Namibia (viewBox units: x, y, width, height). The phone's
/// frame has this shape (`assets/map.css`, which also crops the prerendered
/// map to it; a unit test checks that the two agree).
pub const PHONE_VIEW: (f64, f64, f64, f64) = (880.0, 150.0, 530.0, 540.0);

/// The visible part of the map in viewBox units; `aspect` is the frame's
/// height over its width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub aspect: f64,
}

impl Default for ViewBox {
    /// The whole world, in the world's shape.
    fn default() -> Self {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: world::WIDTH,
            aspect: WORLD_ASPECT,
        }
    }
}

impl ViewBox {
    /// The first view of a narrow (phone) frame or of a wide one.
    pub fn initial(narrow: bool) -> Self {
        if narrow {
            let (x, y, w, h) = PHONE_VIEW;
            ViewBox {
                x,
                y,
                w,
                aspect: h / w,
            }
        } else {
            ViewBox::default()
        }
    }
    pub fn h(&self) -> f64 {
        self.w * self.aspect
    }
    pub fn zoom(&self) -> f64 {
        world::WIDTH / self.w
    }
    /// Keeps the box over the map: inside it, or centred on it where the box
    /// is taller than the map (a narrow frame zoomed out).
    fn clamped(mut self) -> Self {
        self.w = self.w.clamp(world::WIDTH / MAX_ZOOM, world::WIDTH);
        self.x = self.x.clamp(0.0, world::WIDTH - self.w);
        let h = self.h();
        self.y = if h <= world::HEIGHT {
            self.y.clamp(0.0, world::HEIGHT - h)
        } else {
            (world::HEIGHT - h) / 2.0
        };
        self
    }
    /// Zooms by `factor` (>1 in) keeping the point at fractions (fx, fy) of the
    /// box where it is on screen.
    pub fn zoomed(&self, factor: f64, fx: f64, fy: f64) -> Self {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let w = (self.w / factor).clamp(world::WIDTH / MAX_ZOOM, world::WIDTH);
        let h = w * self.aspect;
        let (px, py) = (self.x + fx * self.w, self.y + fy * self.h());
        ViewBox {
            x: px - fx * w,
            y: py - fy * h,
            w,
            aspect: self.aspect,
        }
        .clamped()
    }
    /// Moves by fractions of the box's own size (0.25 = a quarter screen).
    pub fn panned(&self, fx: f64, fy: f64) -> Self {
        ViewBox {
            x: self.x + fx * self.w,
            y: self.y + fy * self.h(),
            ..*self
        }
        .clamped()
    }
    /// Centres on a point at the given zoom, in the world's shape.
    pub fn centred(x: f64, y: f64, zoom: f64) -> Self {
        ViewBox::default().centred_at(x, y, zoom)
    }
    /// The same shape as this box, centred on a point at the given zoom.
    pub fn centred_at(&self, x: f64, y: f64, zoom: f64) -> Self {
        let w = world::WIDTH / zoom.clamp(1.0, MAX_ZOOM);
        let h = w * self.aspect;
        ViewBox {
            x: x - w / 2.0,
            y: y - h / 2.0,
            w,
            aspect: self.aspect,
        }
        .clamped()
    }
    /// The closest view of this shape that shows the box `(x0, y0)`–`(x1, y1)`
    /// with a margin of `pad` (a fraction of the view) on every side, at no
    /// more than `max_zoom`.
    pub fn fitting(
        &self,
        (x0, y0): (f64, f64),
        (x1, y1): (f64, f64),
        pad: f64,
        max_zoom: f64,
    ) -> Self {
        let (bw, bh) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        let w = (bw / (1.0 - 2.0 * pad)).max(bh / (1.0 - 2.0 * pad) / self.aspect);
        let zoom = (world::WIDTH / w).min(max_zoom);
        self.centred_at((x0 + x1) / 2.0, (y0 + y1) / 2.0, zoom)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_phone_frame_starts_on_europe_africa_and_the_middle_east() {
        let p = ViewBox::initial(true);
        assert!((p.h() - PHONE_VIEW.3).abs() < 1e-9 && p.aspect > 0.9 && p.aspect < 1.2);
        let at = |lon, lat| super::super::projection::project(lon, lat);
        for (place, lon, lat) in [
            ("Sierra Leone", -11.78, 8.46),
            ("Western Sahara", -12.89, 24.22),
            ("Bosnia", 18.68, 44.54),
            ("Georgia", 41.87, 42.51),
            ("Namibia", 18.49, -22.96),
            ("Gaza", 34.31, 31.35),
            ("Islamabad", 73.06, 33.69),
        ] {
            let (x, y) = p.percent(at(lon, lat));
            assert!(
                (3.0..=97.0).contains(&x) && (3.0..=97.0).contains(&y),
                "{place} at {x:.0}%, {y:.0}%"
            );
        }
        // zoomed out, a tall box shows the whole width, centred on the map
        let out = p.zoomed(0.01, 0.5, 0.5);
        assert_eq!((out.x, out.w), (0.0, world::WIDTH));
        assert!((out.y + out.h() / 2.0 - world::HEIGHT / 2.0).abs() < 1e-9);
        assert_eq!(out.aspect, p.aspect, "the shape follows the frame");
    }

    #[test]
    fn fitting_shows_every_corner() {
        let v = ViewBox::initial(true);
        let f = v.fitting((1080.0, 170.0), (1110.0, 190.0), 0.15, MAX_ZOOM);
        for p in [(1080.0, 170.0), (1110.0, 190.0)] {
            let (x, y) = f.percent(p);
            assert!(
                (14.0..=86.0).contains(&x) && (14.0..=86.0).contains(&y),
                "{x}, {y}"
            );
        }
        let capped = v.fitting((1000.0, 300.0), (1000.5, 300.5), 0.1, 6.0);
        assert!((capped.zoom() - 6.0).abs() < 1e-9);
    }

    #[test]
    fn the_stylesheet_crops_the_prerendered_map_like_the_phone_view() {
        let css = include_str!("../../../../assets/map.css");
        let (x, y, w, h) = PHONE_VIEW;
        // the prerendered world fits the frame's width (scale WIDTH / w per
        // phone unit) and is centred vertically in a frame of w:h
        let k = world::WIDTH / w;
        let centre = (world::WIDTH * h / w - world::HEIGHT) / 2.0;
        for (what, value) in [
            ("aspect-ratio", format!("aspect-ratio: {w} / {h}")),
            (
                "transform",
                format!(
                    "transform: translate({:.3}px, {:.3}px) scale({:.6})",
                    -k * x,
                    -k * y - centre,
                    k
                ),
            ),
        ] {
            assert!(
                css.contains(&value),
                "assets/map.css should have `{value}` ({what} of the phone crop)"
            );
        }
    }
}
