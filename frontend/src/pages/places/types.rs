//! « Types de convocations possibles » of the place form: one checkbox per appointment type,
//! with the API's errors about the list.

use crate::api::ApiError;
use leptos::prelude::*;
use msj_contract::organizations::AppointmentType;

/// « Types de convocations possibles »: one checkbox per type.
#[component]
pub fn TypeChoices(
    /// The reference list of types.
    types: Vec<AppointmentType>,
    /// Keys of the chosen types.
    chosen: RwSignal<Vec<String>>,
    /// The last error.
    error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let messages = Signal::derive(move || {
        error.with(|e| {
            e.iter()
                .filter_map(|e| e.problem.as_ref())
                .flat_map(|problem| &problem.errors)
                .filter(|item| item.pointer.starts_with("/appointment_types"))
                .map(|item| item.detail.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="fr-fieldset" aria-describedby="types-lieu-messages">
            <legend class="fr-fieldset__legend">"Types de convocations possibles"</legend>
            {types.into_iter().map(|kind| {
                let id = format!("type-{}", kind.key);
                let (key, toggled) = (kind.key.clone(), kind.key);
                view! {
                    <div class="fr-fieldset__element">
                        <div class="fr-checkbox-group">
                            <input type="checkbox" id=id.clone() name="types-lieu"
                                prop:checked=move || chosen.with(|keys| keys.contains(&key))
                                on:change=move |_| chosen.update(|keys| match keys.iter().position(|k| *k == toggled) {
                                    Some(index) => { keys.remove(index); }
                                    None => keys.push(toggled.clone()),
                                }) />
                            <label class="fr-label" for=id>{kind.name}</label>
                        </div>
                    </div>
                }
            }).collect_view()}
            <div class="fr-messages-group" id="types-lieu-messages" aria-live="polite">
                {move || messages.get().into_iter().map(|text| view! { <p class="fr-message fr-message--error">{text}</p> }).collect_view()}
            </div>
        </fieldset>
    }
}
