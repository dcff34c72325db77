//! The DSFR table frame: on narrow screens the table scrolls sideways inside a region that the
//! keyboard can reach.

use leptos::prelude::*;

/// Wraps a `<table>`; `label` names the scrollable region.
#[component]
pub fn TableFrame(
    /// Name of the region, e.g. « Liste des convocations ».
    #[prop(into)]
    label: String,
    /// The `<table>`.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="fr-table">
            <div class="fr-table__wrapper">
                <div class="fr-table__container" tabindex="0" role="region" aria-label=label>
                    <div class="fr-table__content">{children()}</div>
                </div>
            </div>
        </div>
    }
}
