//! The confirmation of « Archiver » in the place list.

use crate::api;
use crate::components::{ConfirmDialog, Confirmed};
use futures::FutureExt;
use leptos::prelude::*;
use msj_contract::organizations::Place;

const ARCHIVE: Confirmed<Place> = |session, place| {
    async move {
        api::places::archive(session, place.id)
            .await
            .map(|()| format!("Le lieu « {} » a bien été archivé.", place.name))
    }
    .boxed_local()
};

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
    view! {
        <ConfirmDialog chosen id="archiver-lieu" title=|place: &Place| format!("Archiver le lieu « {} »", place.name)
            text="Le lieu ne sera plus proposé pour de nouvelles convocations et disparaîtra de la liste des lieux."
            confirm_label="Archiver" act=ARCHIVE done version />
    }
}
