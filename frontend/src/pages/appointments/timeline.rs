//! « Historique »: the history items of a probationer or an appointment, newest first.

use crate::api;
use crate::components::fetched;
use crate::components::format::local_moment;
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::history::HistoryPage;

/// The history of `key` (`convict_id` or `appointment_id`) = `id`.
#[component]
pub fn Timeline(key: &'static str, id: String) -> impl IntoView {
    let session = Session::get();
    let items = LocalResource::new(move || api::appointments::history(session, key, id.clone()));
    fetched(items, |page: HistoryPage| {
        if page.items.is_empty() {
            return view! { <p>"Aucun événement pour le moment."</p> }.into_any();
        }
        view! {
            <div>
                {page.items.into_iter().map(|item| {
                    let link = item.appointment_id.clone().map(|id| view! {
                        " " <a class="fr-link fr-text--sm" href=format!("/convocations/{id}")>"Voir la convocation"</a>
                    });
                    view! {
                        <div class="fr-mb-2w">
                            <p class="fr-text--sm fr-mb-0 fr-text-mention--grey">{local_moment(&item.created_at)}</p>
                            <p class="fr-mb-0">{item.content} {link}</p>
                        </div>
                    }
                }).collect_view()}
            </div>
        }
        .into_any()
    })
}
