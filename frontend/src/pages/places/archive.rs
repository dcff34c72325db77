//! The confirmation of « Archiver » in the place list.

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Modal};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::organizations::Place;

/// The confirmation of « Archiver ».
#[component]
pub fn ArchiveDialog(
    /// The place to archive; the dialog opens when it is set.
    chosen: RwSignal<Option<Place>>,
    /// Receives the success message.
    done: RwSignal<Option<String>>,
    /// Bumped after an archive, to reload the list.
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
    let name = move || {
        chosen.with(|place| {
            place
                .as_ref()
                .map(|place| place.name.clone())
                .unwrap_or_default()
        })
    };
    let confirm = move |_| {
        let Some(place) = chosen.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match api::places::archive(session, place.id).await {
                Ok(()) => {
                    done.set(Some(format!(
                        "Le lieu « {} » a bien été archivé.",
                        place.name
                    )));
                    open.set(false);
                    version.update(|version| *version += 1);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <Modal open id="archiver-lieu" title=Signal::derive(move || format!("Archiver le lieu « {} »", name()))>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <p>"Le lieu ne sera plus proposé pour de nouvelles convocations et disparaîtra de la liste des lieux."</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm>"Archiver"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
