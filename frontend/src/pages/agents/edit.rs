//! « Modifier l'agent »: names, phone, and the role when the signed-in agent may change it.

use super::rights::RoleOptions;
use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, SelectField, TextField, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::users::{User, UserUpdate};

/// The edit form of `agent`; `changed` runs with the success message.
#[component]
pub fn AgentForm(
    /// The agent.
    agent: User,
    /// The roles that may be given (empty: the role is not shown).
    roles: RoleOptions,
    /// Runs after a change.
    changed: Callback<String>,
) -> impl IntoView {
    let session = Session::get();
    let first_name = RwSignal::new(agent.first_name.clone());
    let last_name = RwSignal::new(agent.last_name.clone());
    let phone = RwSignal::new(agent.phone.clone().unwrap_or_default());
    let role = RwSignal::new(agent.role.clone());
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let may_change_role = !roles.is_empty();
    let (id, current_role) = (agent.id.clone(), agent.role.clone());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pending.set(true);
        let chosen = role.get_untracked();
        let request = UserUpdate {
            role: (may_change_role && chosen != current_role).then_some(chosen),
            first_name: Some(first_name.get_untracked().trim().to_owned()),
            last_name: Some(last_name.get_untracked().trim().to_owned()),
            phone: Some(phone.get_untracked().trim().to_owned()),
        };
        let id = id.clone();
        spawn_local(async move {
            match api::users::update(session, id, request).await {
                Ok(_) => changed.run("L'agent a bien été mis à jour.".to_owned()),
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    let options = Signal::derive(move || roles.clone());
    view! {
        <h2 class="fr-h4 fr-mt-4w">"Modifier l'agent"</h2>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label="Modifier l'agent">
            <TextField id="prenom" label="Prénom" kind="text" autocomplete="off" value=first_name errors=errors("/first_name") />
            <TextField id="nom" label="Nom" kind="text" autocomplete="off" value=last_name errors=errors("/last_name") />
            <TextField id="telephone" label="Téléphone" kind="tel" autocomplete="off" optional=true value=phone errors=errors("/phone") />
            {may_change_role.then(|| view! { <SelectField id="role" label="Rôle" value=role options errors=errors("/role") /> })}
            <button class="fr-btn" type="submit" disabled=move || pending.get()>"Enregistrer"</button>
        </form>
    }
}
