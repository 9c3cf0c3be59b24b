//! A chart as a scene of marks in SVG user units, and its SVG markup.
//!
//! Marks carry CSS classes, not colours: `assets/charts.css` colours them
//! from the palette in both themes and for print. Numbers are written with at
//! most one decimal, so the markup stays small.

use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
            Anchor::End => " text-anchor=\"end\"",
        }
    }
}

/// The shape of a dot: who gave a figure is told by shape as well as colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Diamond,
    Square,
    Triangle,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line through points (a series' run, a bracket).
    Line {
        points: Vec<(f64, f64)>,
        class: &'static str,
    },
    /// A straight line: axes, gridlines, leaders, cursors.
    Rule {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        class: &'static str,
    },
    Dot {
        x: f64,
        y: f64,
        r: f64,
        shape: Shape,
        class: &'static str,
    },
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        class: &'static str,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        anchor: Anchor,
        class: &'static str,
    },
}

/// A chart laid out for one frame: its size and marks, back to front.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub marks: Vec<Mark>,
}

impl Scene {
    pub fn new(width: f64, height: f64) -> Self {
        Scene {
            width,
            height,
            marks: Vec::new(),
        }
    }

    pub fn push(&mut self, m: Mark) {
        self.marks.push(m);
    }

    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        text: impl Into<String>,
        anchor: Anchor,
        class: &'static str,
    ) {
        self.marks.push(Mark::Text {
            x,
            y,
            text: text.into(),
            anchor,
            class,
        });
    }

    pub fn rule(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, class: &'static str) {
        self.marks.push(Mark::Rule {
            x1,
            y1,
            x2,
            y2,
            class,
        });
    }

    /// A bracket beside two dots at `a` and `c` (to their left), joining two
    /// statements that disagree.
    pub fn pair_bracket(&mut self, a: (f64, f64), c: (f64, f64)) {
        let bx = a.0.min(c.0) - 8.0;
        self.marks.push(Mark::Line {
            points: vec![(bx + 4.0, a.1), (bx, a.1), (bx, c.1), (bx + 4.0, c.1)],
            class: "pair",
        });
    }

    /// The scene mirrored left to right, for a right-to-left page: every
    /// mark at `width - x`, texts anchored from the other side (so a label
    /// right of its dot is now left of it), the text itself unmirrored.
    /// Drawn in an SVG whose `direction` is `ltr` (assets/style.css).
    pub fn mirrored(self) -> Scene {
        let w = self.width;
        let flip = |x: f64| w - x;
        let marks = self
            .marks
            .into_iter()
            .map(|m| match m {
                Mark::Line { points, class } => Mark::Line {
                    points: points.into_iter().map(|(x, y)| (flip(x), y)).collect(),
                    class,
                },
                Mark::Rule {
                    x1,
                    y1,
                    x2,
                    y2,
                    class,
                } => Mark::Rule {
                    x1: flip(x1),
                    y1,
                    x2: flip(x2),
                    y2,
                    class,
                },
                Mark::Dot {
                    x,
                    y,
                    r,
                    shape,
                    class,
                } => Mark::Dot {
                    x: flip(x),
                    y,
                    r,
                    shape,
                    class,
                },
                Mark::Rect { x, y, w, h, class } => Mark::Rect {
                    x: flip(x + w),
                    y,
                    w,
                    h,
                    class,
                },
                Mark::Text {
                    x,
                    y,
                    text,
                    anchor,
                    class,
                } => Mark::Text {
                    x: flip(x),
                    y,
                    text,
                    anchor: match anchor {
                        Anchor::Start => Anchor::End,
                        Anchor::End => Anchor::Start,
                        Anchor::Middle => Anchor::Middle,
                    },
                    class,
                },
            })
            .collect();
        Scene { marks, ..self }
    }

    /// The texts of the scene, in order (for tests and checks).
    pub fn texts(&self) -> Vec<&str> {
        self.marks
            .iter()
            .filter_map(|m| match m {
                Mark::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// `0 0 W H`, for the `<svg>` element.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", num(self.width), num(self.height))
    }
}

/// A number with at most one decimal: `12`, `12.5`, `-3.2`.
pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// Path data through `points`: `M1 2L3 4`.
pub fn path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(
            d,
            "{}{} {}",
            if i == 0 { 'M' } else { 'L' },
            num(*x),
            num(*y)
        );
    }
    d
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The scene's marks as SVG markup (the inside of an `<svg>` element).
pub fn render(scene: &Scene) -> String {
    let mut out = String::new();
    for m in &scene.marks {
        let _ = match m {
            Mark::Line { points, class } => {
                write!(out, "<path class=\"{class}\" d=\"{}\"/>", path(points))
            }
            Mark::Rule {
                x1,
                y1,
                x2,
                y2,
                class,
            } => write!(
                out,
                "<path class=\"{class}\" d=\"M{} {}L{} {}\"/>",
                num(*x1),
                num(*y1),
                num(*x2),
                num(*y2)
            ),
            Mark::Rect { x, y, w, h, class } => write!(
                out,
                "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                num(*x),
                num(*y),
                num(w.max(0.0)),
                num(h.max(0.0))
            ),
            Mark::Text {
                x,
                y,
                text,
                anchor,
                class,
            } => write!(
                out,
                "<text class=\"{class}\" x=\"{}\" y=\"{}\"{}>{}</text>",
                num(*x),
                num(*y),
                anchor.attr(),
                escape(text)
            ),
            Mark::Dot {
                x,
                y,
                r,
                shape,
                class,
            } => match shape {
                Shape::Circle => write!(
                    out,
                    "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
                    num(*x),
                    num(*y),
                    num(*r)
                ),
                Shape::Square => {
                    let s = r * 0.9;
                    write!(
                        out,
                        "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                        num(x - s),
                        num(y - s),
                        num(2.0 * s),
                        num(2.0 * s)
                    )
                }
                Shape::Diamond => {
                    let s = r * 1.25;
                    let d = path(&[(*x, y - s), (x + s, *y), (*x, y + s), (x - s, *y)]);
                    write!(out, "<path class=\"{class}\" d=\"{d}Z\"/>")
                }
                Shape::Triangle => {
                    let s = r * 1.2;
                    let d = path(&[(*x, y - s), (x + s, y + s * 0.8), (x - s, y + s * 0.8)]);
                    write!(out, "<path class=\"{class}\" d=\"{d}Z\"/>")
                }
            },
        };
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_mirrored_scene_reads_from_the_right_with_its_texts_unmirrored() {
        let mut s = Scene::new(100.0, 50.0);
        s.rule(10.0, 40.0, 90.0, 40.0, "axis");
        s.push(Mark::Rect {
            x: 10.0,
            y: 5.0,
            w: 30.0,
            h: 10.0,
            class: "bar",
        });
        s.push(Mark::Dot {
            x: 20.0,
            y: 20.0,
            r: 2.0,
            shape: Shape::Triangle,
            class: "dot",
        });
        s.push(Mark::Line {
            points: vec![(0.0, 1.0), (25.0, 2.0)],
            class: "line",
        });
        s.text(24.0, 20.0, "label", Anchor::Start, "lab");
        s.text(50.0, 48.0, "2010", Anchor::Middle, "tick");
        let m = s.clone().mirrored();
        assert_eq!((m.width, m.height), (100.0, 50.0));
        assert_eq!(
            m.marks,
            vec![
                Mark::Rule {
                    x1: 90.0,
                    y1: 40.0,
                    x2: 10.0,
                    y2: 40.0,
                    class: "axis"
                },
                Mark::Rect {
                    x: 60.0,
                    y: 5.0,
                    w: 30.0,
                    h: 10.0,
                    class: "bar"
                },
                Mark::Dot {
                    x: 80.0,
                    y: 20.0,
                    r: 2.0,
                    shape: Shape::Triangle,
                    class: "dot"
                },
                Mark::Line {
                    points: vec![(100.0, 1.0), (75.0, 2.0)],
                    class: "line"
                },
                Mark::Text {
                    x: 76.0,
                    y: 20.0,
                    text: "label".into(),
                    anchor: Anchor::End,
                    class: "lab"
                },
                Mark::Text {
                    x: 50.0,
                    y: 48.0,
                    text: "2010".into(),
                    anchor: Anchor::Middle,
                    class: "tick"
                },
            ]
        );
        // twice is the scene itself
        assert_eq!(m.mirrored(), s);
    }

    use super::*;

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.46), "12.5");
        assert_eq!(num(-3.24), "-3.2");
        assert_eq!(num(-0.01), "0");
        assert_eq!(path(&[(0.0, 1.5), (10.0, 2.0)]), "M0 1.5L10 2");
    }

    #[test]
    fn marks_render_to_svg_with_text_escaped() {
        let mut s = Scene::new(100.0, 50.0);
        s.text(10.0, 20.0, "A & B <c>", Anchor::Middle, "lab");
        s.rule(0.0, 40.0, 100.0, 40.0, "axis");
        s.push(Mark::Dot {
            x: 5.0,
            y: 5.0,
            r: 3.0,
            shape: Shape::Circle,
            class: "dot un",
        });
        s.push(Mark::Dot {
            x: 5.0,
            y: 5.0,
            r: 4.0,
            shape: Shape::Diamond,
            class: "dot pk",
        });
        s.push(Mark::Rect {
            x: 1.0,
            y: 2.0,
            w: -3.0,
            h: 4.0,
            class: "bar",
        });
        let svg = render(&s);
        assert_eq!(s.view_box(), "0 0 100 50");
        assert!(svg.contains("<text class=\"lab\" x=\"10\" y=\"20\" text-anchor=\"middle\">A &amp; B &lt;c&gt;</text>"), "{svg}");
        assert!(svg.contains("<path class=\"axis\" d=\"M0 40L100 40\"/>"));
        assert!(svg.contains("<circle class=\"dot un\" cx=\"5\" cy=\"5\" r=\"3\"/>"));
        assert!(
            svg.contains("<path class=\"dot pk\" d=\"M5 0L10 5L5 10L0 5Z\"/>"),
            "{svg}"
        );
        assert!(svg.contains("width=\"0\""), "negative sizes are clamped");
        assert_eq!(s.texts(), ["A & B <c>"]);
    }
}
