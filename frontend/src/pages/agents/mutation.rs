//! « Mutation » (features §2.10): moving an agent into another service of the same type. Their
//! probationers lose them as referent and their appointments to come are unassigned.

use super::rights::{may_move_into, sees_every_service};
use crate::api::{self, ApiError};
use crate::components::{Modal, Notice, SelectField};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use msj_contract::users::User;

/// Moves agent `id` into `service` (or the caller's service), then runs `done`; errors go
/// to `error`.
fn move_agent(
    session: Session,
    id: String,
    service: Option<String>,
    error: RwSignal<Option<ApiError>>,
    done: impl FnOnce(User) + 'static,
) {
    spawn_local(async move {
        match api::users::mutate(session, id, service).await {
            Ok(agent) => done(agent),
            Err(failure) => error.set(Some(failure)),
        }
    });
}

/// The card shown when the invited email belongs to an agent of another service of the same
/// type: « Muter l'agent dans mon service », after a confirmation.
#[component]
pub fn MoveHere(
    /// The `agent_in_other_service` problem; its `instance` names the agent.
    problem: ApiError,
    /// The receiving service.
    service: String,
    /// Its type (`spip`, `tj`).
    kind: String,
) -> impl IntoView {
    let session = Session::get();
    let user = session.user();
    let agent = problem
        .problem
        .as_ref()
        .and_then(|problem| problem.instance.as_deref())
        .and_then(|path| path.rsplit('/').next())
        .map(str::to_owned);
    let allowed = user
        .as_ref()
        .is_some_and(|user| may_move_into(user, &kind, &service, &kind));
    let named = user
        .as_ref()
        .is_some_and(sees_every_service)
        .then(|| service.clone());
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let navigate = use_navigate();
    let confirm = move |_| {
        open.set(false);
        let navigate = navigate.clone();
        if let Some(id) = agent.clone() {
            move_agent(session, id, named.clone(), error, move |agent| {
                session.set_notice(Notice::success(
                    "L'agent a bien été muté dans votre service.",
                ));
                navigate(
                    &format!("/administration/agents/{}", agent.id),
                    Default::default(),
                );
            });
        }
    };
    view! {
        <div class="fr-callout fr-callout--orange-terre-battue fr-mb-3w" role="alert">
            <h2 class="fr-callout__title fr-h5">"Cet agent existe déjà"</h2>
            <p class="fr-callout__text">{problem.message()}</p>
            {allowed.then(|| view! {
                <button type="button" class="fr-btn fr-mt-2w" on:click=move |_| open.set(true)>"Muter l'agent dans mon service"</button>
            })}
            {move || error.get().map(|error| view! { <p class="fr-message fr-message--error">{error.message()}</p> })}
        </div>
        <Modal open id="mutation-confirmation" title="Muter l'agent">
            <p>"Cela le supprimera de son service actuel. Ses probationnaires n'auront plus d'agent référent et ses convocations à venir ne lui seront plus attribuées. En cas de doute, contactez son service actuel."</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm.clone()>"Confirmer la mutation"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}

/// The « Mutation » dialog of an agent's page: the receiving service, then the confirmation.
#[component]
pub fn MutationDialog(
    /// Whether it is open.
    open: RwSignal<bool>,
    /// The agent.
    agent_id: String,
    /// The services the agent may be moved into: (id, name).
    destinations: Vec<(String, String)>,
    /// Runs once the agent is moved.
    changed: Callback<()>,
) -> impl IntoView {
    let session = Session::get();
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let service = chosen.get_untracked();
        if !service.is_empty() {
            move_agent(session, agent_id.clone(), Some(service), error, move |_| {
                open.set(false);
                changed.run(());
            });
        }
    };
    let options = Signal::derive(move || destinations.clone());
    view! {
        <Modal open id="mutation" title="Muter l'agent dans un autre service">
            <p>"Ses probationnaires n'auront plus d'agent référent et ses convocations à venir ne lui seront plus attribuées. L'agent et les administrateurs locaux de son service actuel en sont informés par courriel."</p>
            <form on:submit=submit.clone()>
                <SelectField id="service-accueil" label="Service d'accueil" value=chosen options placeholder="Choisir un service"
                    errors=Signal::derive(move || error.get().map(|e| vec![e.message()]).unwrap_or_default()) />
                <button type="submit" class="fr-btn">"Muter l'agent"</button>
            </form>
        </Modal>
    }
}
