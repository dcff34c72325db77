//! The confirmation of « Supprimer » in the resource list.

use crate::api;
use crate::components::{ConfirmDialog, Confirmed};
use futures::FutureExt;
use leptos::prelude::*;
use msj_contract::reinsertion::ReinsertionResource;

const DELETE: Confirmed<ReinsertionResource> = |session, resource| {
    async move {
        api::reinsertion::delete(session, resource.id)
            .await
            .map(|()| format!("La ressource « {} » a bien été supprimée.", resource.title))
    }
    .boxed_local()
};

/// The confirmation of « Supprimer »; it opens when `chosen` is set.
#[component]
pub fn DeleteDialog(
    chosen: RwSignal<Option<ReinsertionResource>>,
    done: RwSignal<Option<String>>,
    version: RwSignal<u32>,
) -> impl IntoView {
    view! {
        <ConfirmDialog chosen id="supprimer-ressource"
            title=|resource: &ReinsertionResource| format!("Supprimer la ressource « {} »", resource.title)
            text="La ressource disparaîtra de la page publique « Investir ma réinsertion » de son département."
            confirm_label="Supprimer" act=DELETE done version />
    }
}
