//! « Ajouter une colonne » to the sorties d'audience of a court: name, data type, when it is
//! filled and the appointment types it applies to.

use super::columns::{DATA_TYPES, SCOPES};
use crate::api::{self, ApiError};
use crate::components::{CheckboxGroup, ErrorAlert, RadioGroup, TextField, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::organizations::AppointmentType;
use msj_contract::slots::NewExtraField;

/// « Ajouter une colonne »: name, data type, when it is filled, appointment types.
#[component]
pub fn AddColumn(
    service: String,
    types: Vec<AppointmentType>,
    changed: Callback<()>,
) -> impl IntoView {
    let session = Session::get();
    let name = RwSignal::new(String::new());
    let data_type = RwSignal::new("text".to_owned());
    let scope = RwSignal::new("appointment_update".to_owned());
    let chosen = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<ApiError>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let request = NewExtraField {
            organization_id: Some(service.clone()),
            name: name.get_untracked().trim().to_owned(),
            data_type: data_type.get_untracked(),
            scope: scope.get_untracked(),
            appointment_types: chosen.get_untracked(),
        };
        spawn_local(async move {
            match api::organizations::add_extra_field(session, request).await {
                Ok(_) => changed.run(()),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    let kinds: Vec<(String, String)> = types
        .into_iter()
        .map(|kind| (kind.key, kind.name))
        .collect();
    view! {
        <h3 class="fr-h5 fr-mt-3w">"Ajouter une colonne"</h3>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label="Ajouter une colonne">
            <TextField id="nom-colonne" label="Nom de la colonne" kind="text" autocomplete="off" value=name errors=errors("/name") />
            <RadioGroup id="type-donnee" legend="Type de donnée" options=&DATA_TYPES value=data_type errors=errors("/data_type") />
            <RadioGroup id="moment" legend="A quel moment la colonne est-elle renseignée ?" options=&SCOPES value=scope errors=errors("/scope") />
            <CheckboxGroup id="types-colonne" legend="Types de convocation concernés" options=kinds chosen
                errors=errors("/appointment_types") />
            <button class="fr-btn" type="submit">"Ajouter la colonne"</button>
        </form>
    }
}
