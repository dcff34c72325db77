//! The confirmation of « Supprimer » in the resource list.

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Modal};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::reinsertion::ReinsertionResource;

/// The confirmation of « Supprimer »; it opens when `chosen` is set.
#[component]
pub fn DeleteDialog(
    chosen: RwSignal<Option<ReinsertionResource>>,
    done: RwSignal<Option<String>>,
    version: RwSignal<u32>,
) -> impl IntoView {
    let session = Session::get();
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move || {
        if chosen.with(Option::is_some) {
            error.set(None);
            open.set(true);
        }
    });
    Effect::new(move || {
        if !open.get() {
            chosen.set(None);
        }
    });
    let title = move || chosen.with(|r| r.as_ref().map(|r| r.title.clone()).unwrap_or_default());
    let confirm = move |_| {
        let Some(resource) = chosen.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match api::reinsertion::delete(session, resource.id).await {
                Ok(()) => {
                    done.set(Some(format!(
                        "La ressource « {} » a bien été supprimée.",
                        resource.title
                    )));
                    open.set(false);
                    version.update(|version| *version += 1);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <Modal open id="supprimer-ressource" title=Signal::derive(move || format!("Supprimer la ressource « {} »", title()))>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <p>"La ressource disparaîtra de la page publique « Investir ma réinsertion » de son département."</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm>"Supprimer"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
