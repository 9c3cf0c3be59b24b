//! A distinct shape per category, so colour is never the only cue.

use crate::content::Category;
use leptos::prelude::*;

#[component]
pub fn CatIcon(cat: Category) -> impl IntoView {
    let path = match cat {
        Category::War => "M8 1.5 15 14.5H1Z",
        Category::Alliance => "M8 1 15 8 8 15 1 8Z",
        Category::Peacekeeping => "M8 1.5A6.5 6.5 0 1 1 7.99 1.5Z",
        Category::Diplomacy => "M2 2H14V14H2Z",
        Category::Gaza2025 => {
            "M8 .8 10.1 5.6 15.3 6.1 11.4 9.6 12.5 14.7 8 12.1 3.5 14.7 4.6 9.6.7 6.1 5.9 5.6Z"
        }
        Category::Domestic => "M4.2 1.5H11.8L15.5 8 11.8 14.5H4.2L.5 8Z",
    };
    view! {
        <svg class="tl-icon" data-cat=cat.id() viewBox="0 0 16 16" width="16" height="16"
            aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}
