//! A year slider with a play/pause button, shared by the map and the alignment
//! explorer. Play steps one year at a time and stops by itself at the last year;
//! with `prefers-reduced-motion` it steps slowly. Arrow keys, Page Up/Down and
//! Home/End work on the slider as on any range input.

use crate::browser::prefers_reduced_motion;
use leptos::prelude::*;

#[component]
pub fn YearPlayer(
    year: RwSignal<i32>,
    first: i32,
    last: i32,
    /// The slider's id (its label points to it).
    #[prop(into)]
    id: String,
    #[prop(optional, into)] label: Option<String>,
    /// Called when the reader moves the slider or presses play (not on each step).
    #[prop(optional, into)]
    on_touch: Option<Callback<()>>,
) -> impl IntoView {
    let playing = RwSignal::new(false);
    let interval = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(h) = interval.get_value() {
            h.clear();
        }
        interval.set_value(None);
        playing.set(false);
    };
    let touch = move || {
        if let Some(cb) = on_touch {
            cb.run(());
        }
    };
    let toggle_play = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        touch();
        if year.get_untracked() >= last {
            year.set(first);
        }
        playing.set(true);
        let h = set_interval_with_handle(
            move || {
                let y = year.get_untracked();
                if y >= last {
                    stop();
                } else {
                    year.set(y + 1);
                }
            },
            std::time::Duration::from_millis(if prefers_reduced_motion() { 900 } else { 250 }),
        );
        interval.set_value(h.ok());
    };
    on_cleanup(move || {
        if let Some(h) = interval.get_value() {
            h.clear();
        }
    });
    let out_id = id.clone();
    let words = crate::i18n::t().year_player;
    view! {
        <div class="year-control">
            <label for=id.clone()>{label.unwrap_or_else(|| words[0].into())}</label>
            <input type="range" id=id.clone() min=first max=last step="1"
                prop:value=move || year.get().to_string()
                on:input=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        touch();
                        year.set(y.clamp(first, last));
                    }
                }/>
            <output for=out_id class="year-out">{move || year.get()}</output>
            <button type="button" class="play" on:click=toggle_play aria-pressed=move || playing.get().to_string()>
                {move || if playing.get() { words[2] } else { words[1] }}
            </button>
        </div>
    }
}
