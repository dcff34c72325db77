//! `/administration/fusion-probationnaires`: the two records, « Aperçu » (what moves, what to
//! check, « La fusion est irréversible »), then « Fusionner ».

use crate::api::{self, ApiError};
use crate::components::{
    ErrorAlert, PageHeading, RequireAgent, SuccessAlert, TextField, errors_at,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::convicts::{ConvictMerge, ConvictMergeRequest};

const HINT: &str = "L'identifiant figure à la fin de l'adresse de la fiche (/probationnaires/…) : vous pouvez coller l'adresse.";

/// The id at the end of a pasted address, or the text itself.
fn id_of(text: &str) -> String {
    text.trim()
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The merge page.
#[component]
pub fn MergeConvicts() -> impl IntoView {
    let session = Session::get();
    let (kept, duplicate) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let preview = RwSignal::new(None::<ConvictMerge>);
    let done = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ApiError>);
    let request = move || ConvictMergeRequest {
        kept_id: id_of(&kept.get_untracked()),
        duplicate_id: id_of(&duplicate.get_untracked()),
    };
    let show = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let request = request();
        preview.set(None);
        done.set(None);
        error.set(None);
        spawn_local(async move {
            match api::convict_operations::merge_preview(session, &request).await {
                Ok(answer) => preview.set(Some(answer)),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let confirm = move |_| {
        let request = request();
        spawn_local(async move {
            match api::convict_operations::merge(session, &request).await {
                Ok(answer) => {
                    preview.set(None);
                    done.set(Some(format!("Fusion effectuée : {} convocation(s) et {} élément(s) d'historique repris par {}.", answer.appointments, answer.history_items, answer.kept)));
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let alert = Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message)));
    view! {
        <RequireAgent>
            <PageHeading title="Fusionner des probationnaires">"Fusionner des probationnaires"</PageHeading>
            <ErrorAlert message=alert />
            <SuccessAlert message=done />
            <form on:submit=show novalidate>
                <TextField id="conserve" label="Identifiant du dossier conservé" kind="text" autocomplete="off" value=kept errors=errors_at(error, "/kept_id") hint=HINT />
                <TextField id="doublon" label="Identifiant du doublon (supprimé)" kind="text" autocomplete="off" value=duplicate errors=errors_at(error, "/duplicate_id") />
                <button type="submit" class="fr-btn fr-btn--secondary">"Aperçu"</button>
            </form>
            {move || preview.get().map(|answer| view! {
                <section class="fr-mt-4w" aria-labelledby="apercu">
                    <h2 id="apercu" class="fr-h4">"Aperçu"</h2>
                    <p>{format!("Conservé : {}. Doublon : {}.", answer.kept, answer.duplicate)}</p>
                    <ul>
                        <li>{format!("{} convocation(s) et leurs {} SMS", answer.appointments, answer.notifications)}</li>
                        <li>{format!("{} élément(s) d'historique", answer.history_items)}</li>
                        <li>{format!("{} service(s) ajouté(s) au dossier conservé", answer.organizations_added)}</li>
                        <li>{format!("{} dessaisissement(s) terminé(s) supprimé(s)", answer.divestments_dropped)}</li>
                    </ul>
                    {answer.warnings.into_iter().map(|text| view! { <p class="fr-message fr-message--warning">{text}</p> }).collect_view()}
                    <div class="fr-alert fr-alert--warning fr-alert--sm fr-my-2w"><p>"La fusion est irréversible : le doublon sera supprimé."</p></div>
                    <button type="button" class="fr-btn" on:click=confirm>"Fusionner"</button>
                </section>
            })}
        </RequireAgent>
    }
}
