//! The overview strip at the top of the timeline: every event in the window
//! as one small category-shaped mark, stacked by period (density as height),
//! long commitments as bars at the foot of the stacks, the eras named on their
//! own rows, a few key events named in the empty space, year ticks, and a line
//! at the year being read in the list below. It stays in view (sticky) while
//! the list scrolls. Its marks are [`super::marks`].

use super::logic::annotate::{self, KEY_EVENTS};
use super::logic::{span_of, strip::CLASSES};
use super::marks::Marks;
use super::state::TimelineState;
use crate::browser::use_element_width;
use crate::content::content;
use leptos::prelude::*;

/// The plot is never lower than this (px), so that a sparse window still
/// has room for its key events' names.
const MIN_PLOT: f64 = 40.0;

#[component]
pub fn Strip(s: TimelineState) -> impl IntoView {
    let plot = NodeRef::<leptos::html::Div>::new();
    let width = use_element_width(plot, "tl-plot", CLASSES[0].min_width);
    let heights = move || {
        let h = s.strip.with(|st| st.height);
        let read = s
            .reading
            .get()
            .map(|y| format!(";--read:{:.5}", s.win.get().frac(y)))
            .unwrap_or_default();
        format!(
            "--hw:{:.0}px;--hm:{:.0}px;--hn:{:.0}px{read}",
            h[0].max(MIN_PLOT),
            h[1].max(MIN_PLOT),
            h[2].max(MIN_PLOT)
        )
    };
    view! {
        <section id="tl-strip" class="tl-strip" aria-labelledby="tl-strip-head">
            <h2 id="tl-strip-head" class="visually-hidden">{crate::i18n::t().timeline.strip_heading}</h2>
            <EraRows s=s/>
            <div class="tl-plot" id="tl-plot" data-measured="" node_ref=plot style=heights>
                <div class="tl-bands" aria-hidden="true"><Bands s=s/></div>
                <div class="tl-notes" aria-hidden="true"><Notes s=s/></div>
                <Marks s=s width=width plot=plot/>
                <div class="tl-cursor" aria-hidden="true" class:reading=move || s.reading.get().is_some()></div>
            </div>
            <div class="tl-ticks" aria-hidden="true"><Ticks s=s/></div>
        </section>
    }
}

/// The eras' spans and names.
fn eras() -> Vec<(f64, f64, &'static str)> {
    content()
        .eras
        .iter()
        .map(|e| {
            let (a, b) = span_of(&e.span);
            (a, b, e.label.as_str())
        })
        .collect()
}

/// Era names on their own rows (wide and mid strips), and on the narrow strip
/// a caption naming the era being read (or of the open event).
#[component]
fn EraRows(s: TimelineState) -> impl IntoView {
    let all = content();
    let rows = move || {
        let w = s.win.get();
        let spans = eras();
        (0..2)
            .flat_map(|k| {
                let spans = spans.clone();
                annotate::era_labels(&spans, &w, k)
                    .into_iter()
                    .map(move |l| {
                        view! {
                            <span class="tl-era-name" data-c=CLASSES[k].name
                                style=format!("left:calc({:.5} * 100% + {:.1}px);top:{}px", l.x, l.dx, l.row as f64 * annotate::ROW_H)>
                                {spans[l.era].2}
                            </span>
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .collect_view()
    };
    let caption = move || {
        let year = s.reading.get().or_else(|| {
            s.selected
                .get()
                .map(|i| s.spans[i].0)
                .filter(|y| *y < super::logic::AXIS_END)
        });
        match year.and_then(|y| {
            all.eras.iter().find(|e| {
                let (a, b) = span_of(&e.span);
                a <= y && y < b
            })
        }) {
            Some(e) => format!("{} · {}", crate::i18n::lang().date(&e.span), e.label),
            None => (crate::i18n::t().timeline.eras_shaded)(all.eras.len()),
        }
    };
    view! {
        <div class="tl-era-rows">
            {rows}
            <p class="tl-era-caption" data-c="n">{caption}</p>
        </div>
    }
}

/// The eras as alternating bands behind the marks.
#[component]
fn Bands(s: TimelineState) -> impl IntoView {
    move || {
        let w = s.win.get();
        eras()
            .into_iter()
            .enumerate()
            .filter(|(_, (a, b, _))| *b > w.from && *a < w.to)
            .map(|(k, (a, b, _))| {
                let l = w.frac(a).max(0.0);
                let r = w.frac(b).min(1.0);
                view! {
                    <span class="tl-band" class:tl-band-alt=k % 2 == 1
                        style=format!("left:{:.3}%;width:{:.3}%", l * 100.0, (r - l) * 100.0)></span>
                }
            })
            .collect_view()
    }
}

/// The key events' names, placed per width class (see [`annotate::notes`]).
#[component]
fn Notes(s: TimelineState) -> impl IntoView {
    let events = s.events;
    let keys: Vec<(usize, &'static str)> = KEY_EVENTS
        .iter()
        .zip(crate::i18n::t().timeline.key_events)
        .filter_map(|((id, _), text)| events.iter().position(|e| e.id == *id).map(|i| (i, text)))
        .collect();
    move || {
        let st = s.strip.get();
        (0..CLASSES.len())
            .flat_map(|k| {
                annotate::notes(&st, k, &keys)
                    .into_iter()
                    .map(move |n| {
                        let leader = (n.side == annotate::Side::Above).then(|| view! {
                            <span class="tl-leader" data-c=CLASSES[k].name
                                style=format!("left:calc({:.5} * 100%);bottom:{:.1}px;height:{:.1}px", n.ax, n.ay, (n.y - n.ay).max(0.0))></span>
                        });
                        view! {
                            {leader}
                            <span class="tl-note" data-c=CLASSES[k].name data-cat=events[n.idx].category.id()
                                style=format!("left:calc({:.5} * 100% + {:.1}px);bottom:{:.1}px", n.ax, n.dx, n.y)>
                                {n.text}
                            </span>
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .collect_view()
    }
}

/// Year ticks under the plot, per width class.
#[component]
fn Ticks(s: TimelineState) -> impl IntoView {
    move || {
        let w = s.win.get();
        (0..CLASSES.len())
            .flat_map(|k| {
                annotate::class_ticks(&w, k).into_iter().map(move |y| {
                    view! {
                        <span class="tl-tick" data-c=CLASSES[k].name
                            style=format!("left:{:.3}%", w.frac(y as f64) * 100.0)>{y}</span>
                    }
                })
            })
            .collect_view()
    }
}
