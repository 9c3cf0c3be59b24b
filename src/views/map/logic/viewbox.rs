//! The visible part of the map: zoom and pan in viewBox units.

use crate::views::map::world;

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
}
