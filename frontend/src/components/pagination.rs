//! The DSFR pagination under a list.

use leptos::prelude::*;

/// « Précédente », « Page n sur m », « Suivante »: `page` changes on click.
#[component]
pub fn Pagination(
    /// Current page, from 1.
    page: RwSignal<i64>,
    /// Number of items in all.
    #[prop(into)]
    total: Signal<i64>,
    /// Items per page.
    per_page: i64,
) -> impl IntoView {
    let pages = move || ((total.get() + per_page - 1) / per_page).max(1);
    view! {
        <Show when=move || { pages() > 1 }>
            <nav role="navigation" class="fr-pagination fr-mt-2w" aria-label="Pagination">
                <ul class="fr-pagination__list">
                    <li><button type="button" class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                        disabled=move || page.get() <= 1 on:click=move |_| page.update(|page| *page -= 1)>"Page précédente"</button></li>
                    <li><span class="fr-pagination__link" aria-current="page">{move || format!("Page {} sur {}", page.get(), pages())}</span></li>
                    <li><button type="button" class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                        disabled=move || { page.get() >= pages() } on:click=move |_| page.update(|page| *page += 1)>"Page suivante"</button></li>
                </ul>
            </nav>
        </Show>
    }
}
