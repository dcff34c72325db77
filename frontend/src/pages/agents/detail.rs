//! `/administration/agents/:id`: an agent's page (features §2.10): email, role, service and
//! state, the edit form, and « Débloquer », « Mutation », « Supprimer », « Désactiver » and
//! « Se connecter en tant que cet agent » when allowed.

use super::account::AccountActions;
use super::edit::AgentForm;
use super::mutation::MutationDialog;
use super::rights::AgentRights;
use super::table::AgentState;
use crate::api::{self, ApiError};
use crate::components::format::person;
use crate::components::{Modal, Notice, PageHeading, RequireAgent, SessionNotice, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::organizations::Organization;
use msj_contract::users::User;

/// The agent's page.
#[component]
pub fn AgentDetail() -> impl IntoView {
    view! { <RequireAgent><Page /></RequireAgent> }
}

#[component]
fn Page() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let version = RwSignal::new(0_u32);
    let loaded = LocalResource::new(move || {
        version.track();
        let id = params.with(|params| params.get("id").unwrap_or_default());
        async move {
            let agent = api::users::get(session, id).await?;
            Ok::<_, ApiError>((agent, api::organizations::list(session).await?))
        }
    });
    let status = RwSignal::new(None::<String>);
    let changed = Callback::new(move |text: String| {
        status.set(Some(text));
        version.update(|version| *version += 1);
    });
    let title = move || {
        loaded
            .get()
            .and_then(Result::ok)
            .map(|(agent, _)| person(&agent.first_name, &agent.last_name))
            .unwrap_or_else(|| "Agent".to_owned())
    };
    view! {
        <PageHeading title="Agent">{title}</PageHeading>
        <SessionNotice />
        <div role="status">{move || status.get().map(|text| view! {
            <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w"><p>{text}</p></div>
        })}</div>
        {fetched(loaded, move |(agent, services): (User, Vec<Organization>)| view! { <Body agent services changed /> })}
    }
}

#[component]
fn Body(agent: User, services: Vec<Organization>, changed: Callback<String>) -> impl IntoView {
    let session = Session::get();
    let user = session.user();
    let rights = user
        .as_ref()
        .map(|user| AgentRights::of(user, &agent, &services))
        .unwrap_or_default();
    let audit = user.is_some_and(|user| user.menu.audit);
    let service = services
        .iter()
        .find(|service| service.id == agent.organization_id)
        .map(|service| service.name.clone())
        .unwrap_or_default();
    let error = RwSignal::new(None::<ApiError>);
    let moving = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let unlock = {
        let id = agent.id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move {
                match api::users::unlock(session, id).await {
                    Ok(()) => changed.run("Le compte de l'agent est débloqué.".to_owned()),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let journal = format!("/administration/journal?agent={}", agent.id);
    let moved = Callback::new(move |()| changed.run("L'agent a bien été muté.".to_owned()));
    view! {
        <dl class="fr-mb-3w">
            <dt class="fr-text--bold">"Adresse électronique"</dt><dd>{agent.email.clone()}</dd>
            <dt class="fr-text--bold">"Rôle"</dt><dd>{agent.role_label.clone()}</dd>
            <dt class="fr-text--bold">"Service"</dt><dd>{service}</dd>
            <dt class="fr-text--bold">"État"</dt><dd><AgentState agent=agent.clone() /></dd>
        </dl>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            {rights.unlock.then(|| view! { <li><button type="button" class="fr-btn fr-btn--sm" on:click=unlock>"Débloquer"</button></li> })}
            {(!rights.destinations.is_empty()).then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" on:click=move |_| moving.set(true)>"Mutation"</button></li>
            })}
            {rights.delete.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" on:click=move |_| deleting.set(true)>"Supprimer"</button></li>
            })}
            {audit.then(|| view! { <li><a class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline" href=journal>"Voir son activité dans le journal d'audit"</a></li> })}
        </ul>
        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
        <AccountActions agent=agent.clone() impersonate=rights.impersonate deactivate=rights.deactivate changed />
        {rights.edit.then(|| view! { <AgentForm agent=agent.clone() roles=rights.roles.clone() changed /> })}
        <MutationDialog open=moving agent_id=agent.id.clone() destinations=rights.destinations changed=moved />
        <DeleteDialog open=deleting agent />
    }
}

/// « Supprimer »: the confirmation, then back to the list.
#[component]
fn DeleteDialog(open: RwSignal<bool>, agent: User) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<ApiError>);
    let name = person(&agent.first_name, &agent.last_name);
    let confirm = move |_| {
        let (id, navigate) = (agent.id.clone(), navigate.clone());
        spawn_local(async move {
            match api::users::delete(session, id).await {
                Ok(()) => {
                    session.set_notice(Notice::success("L'agent a bien été supprimé."));
                    navigate("/administration/agents", Default::default());
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <Modal open id="suppression" title="Supprimer l'agent">
            <p>{format!("Le compte de {name} sera supprimé définitivement. Confirmez-vous la suppression ?")}</p>
            {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm.clone()>"Supprimer définitivement"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
