//! The alert form: added when nothing is being edited, else the chosen alert changed.

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, SelectField, TextArea, TextField, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::alerts::{Alert, AlertInput};
use msj_domain::alerts::AlertKind;
use msj_domain::roles::Role;

/// The form; `services` are (id, name) choices, `editing` the alert being changed, `done` the
/// success message; `version` is bumped after each save.
#[component]
pub fn AlertForm(
    services: Signal<Vec<(String, String)>>,
    editing: RwSignal<Option<Alert>>,
    done: RwSignal<Option<String>>,
    version: RwSignal<u32>,
) -> impl IntoView {
    let session = Session::get();
    let field = || RwSignal::new(String::new());
    let (title, text, kind, service, role) = (field(), field(), field(), field(), field());
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move || {
        let alert = editing.get();
        let pick =
            |get: fn(&Alert) -> Option<String>| alert.as_ref().and_then(get).unwrap_or_default();
        title.set(pick(|a| Some(a.title.clone())));
        text.set(pick(|a| Some(a.text.clone())));
        kind.set(
            alert
                .as_ref()
                .map_or_else(|| "info".to_owned(), |a| a.kind.clone()),
        );
        service.set(pick(|a| a.organization_id.clone()));
        role.set(pick(|a| a.role.clone()));
        error.set(None);
    });
    let chosen = |value: RwSignal<String>| Some(value.get_untracked()).filter(|v| !v.is_empty());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let request = AlertInput {
            title: title.get_untracked(),
            text: text.get_untracked(),
            kind: kind.get_untracked(),
            organization_id: chosen(service),
            role: chosen(role),
        };
        let editing_now = editing.get_untracked();
        spawn_local(async move {
            let saved = match editing_now {
                Some(alert) => api::alerts::update(session, alert.id, request).await,
                None => api::alerts::create(session, request).await,
            };
            match saved {
                Ok(alert) => {
                    done.set(Some(format!(
                        "L'alerte « {} » a bien été enregistrée.",
                        alert.title
                    )));
                    editing.set(None);
                    version.update(|version| *version += 1);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let kinds: Vec<(String, String)> = AlertKind::ALL
        .iter()
        .map(|k| (k.key().to_owned(), k.label().to_owned()))
        .collect();
    let roles: Vec<(String, String)> = Role::ALL
        .iter()
        .map(|r| (r.key().to_owned(), r.label().to_owned()))
        .collect();
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    let heading = move || {
        if editing.with(Option::is_some) {
            "Modifier l'alerte"
        } else {
            "Nouvelle alerte"
        }
    };
    view! {
        <h2 id="formulaire-alerte">{heading}</h2>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-labelledby="formulaire-alerte">
            <TextField id="titre-alerte" label="Titre" kind="text" autocomplete="off" value=title errors=errors("/title") />
            <TextArea id="texte-alerte" label="Texte" value=text errors=errors("/text") />
            <SelectField id="type-alerte" label="Type" value=kind options=kinds errors=errors("/kind") />
            <SelectField id="service-alerte" label="Service" value=service options=services
                errors=errors("/organization_id") placeholder="Tous les services" />
            <SelectField id="role-alerte" label="Rôle" value=role options=roles errors=errors("/role") placeholder="Tous les rôles" />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit">"Enregistrer"</button></li>
                <li><button class="fr-btn fr-btn--secondary" type="button" on:click=move |_| editing.set(None)>"Annuler"</button></li>
            </ul>
        </form>
    }
}
