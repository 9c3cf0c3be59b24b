//! The Gaza decision: the options after Resolution 2803, each with what the
//! sources argue it would do to each relationship, the essay's three tests,
//! and the voices quoted.

use crate::components::SourceRefs;
use crate::content::{content, Scenario};
use leptos::prelude::*;

#[component]
pub fn Scenarios(option: RwSignal<Option<String>>, note: Option<String>) -> impl IntoView {
    let c = content();
    if c.scenarios.is_empty() {
        return ().into_any();
    }
    let radios = c
        .scenarios
        .iter()
        .map(|s| {
            let id = s.id.clone();
            let id2 = s.id.clone();
            view! {
                <label class="option">
                    <input type="radio" name="gaza-option" value=s.id.clone()
                        prop:checked=move || option.get().as_deref() == Some(id.as_str())
                        on:change=move |_| option.set(Some(id2.clone()))/>
                    <span>{s.label.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let detail = move || {
        option
            .get()
            .and_then(|o| c.scenarios.iter().find(|s| s.id == o))
            .map(|s| scenario_detail(s).into_any())
            .unwrap_or_else(|| {
                view! { <p class="hint">{crate::i18n::t().align.choose}</p> }.into_any()
            })
    };
    view! {
        <section class="scenarios" aria-labelledby="scen-h">
            <h2 id="scen-h">{crate::i18n::t().align.options_h}</h2>
            <p>{crate::i18n::t().align.options_lede}</p>
            {note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <fieldset class="options">
                <legend>{crate::i18n::t().align.options_legend}</legend>
                {radios}
            </fieldset>
            <div class="scenario-detail" aria-live="polite">{detail}</div>
        </section>
    }
    .into_any()
}

fn scenario_detail(s: &'static Scenario) -> impl IntoView {
    let c = content();
    let a = c.alignment.as_ref();
    let w = &crate::i18n::t().align;
    let about_label = move |about: &str| -> String {
        match about {
            "domestic" => return w.about[0].into(),
            "neutrality" => return w.about[1].into(),
            "stabilisation" => return w.about[2].into(),
            "engagement" => return w.about[3].into(),
            _ => {}
        }
        a.and_then(|a| a.poles.iter().find(|p| p.id == about))
            .map(|p| p.label.clone())
            .unwrap_or_else(|| about.to_string())
    };
    let args = move |list: &'static [crate::content::Argument]| {
        list.iter()
            .map(|g| {
                view! {
                    <div class="argument">
                        <dt>{about_label(&g.about)}</dt>
                        <dd>{g.text.clone()} <SourceRefs ids=g.sources.clone()/></dd>
                    </div>
                }
            })
            .collect_view()
    };
    let voices = s
        .voices
        .iter()
        .filter_map(|id| c.quote(id))
        .map(|q| {
            view! {
                <figure class="voice">
                    <blockquote>{format!("“{}”", q.text)}</blockquote>
                    <figcaption>
                        {q.speaker.clone()} ", " {q.role.clone()} ", " {crate::i18n::lang().date(&q.date)} {crate::i18n::t().full_stop} " " {q.context.clone()}
                        <SourceRefs ids=q.sources.clone()/>
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <article class="scenario" data-option=s.id.clone()>
            <h3>{s.label.clone()}</h3>
            <p>{s.summary.clone()}</p>
            <h4>{w.option_heads[0]}</h4>
            <dl class="arguments">{args(&s.effects)}</dl>
            <h4>{w.option_heads[1]}</h4>
            <dl class="arguments tests">{args(&s.tests)}</dl>
            {(!s.voices.is_empty()).then(|| view! { <h4>{w.option_heads[2]}</h4> })}
            {voices}
        </article>
    }
}
