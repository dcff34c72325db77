//! The confirmation of « Supprimer » in the alert list.

use crate::api;
use crate::components::{ConfirmDialog, Confirmed};
use futures::FutureExt;
use leptos::prelude::*;
use msj_contract::alerts::Alert;

const DELETE: Confirmed<Alert> = |session, alert| {
    async move {
        api::alerts::delete(session, alert.id)
            .await
            .map(|()| format!("L'alerte « {} » a bien été supprimée.", alert.title))
    }
    .boxed_local()
};

/// The confirmation of « Supprimer »; it opens when `chosen` is set.
#[component]
pub fn DeleteDialog(
    chosen: RwSignal<Option<Alert>>,
    done: RwSignal<Option<String>>,
    version: RwSignal<u32>,
) -> impl IntoView {
    view! {
        <ConfirmDialog chosen id="supprimer-alerte"
            title=|alert: &Alert| format!("Supprimer l'alerte « {} »", alert.title)
            text="Les agents ne la verront plus, même ceux qui ne l'ont pas encore lue."
            confirm_label="Supprimer" act=DELETE done version />
    }
}
