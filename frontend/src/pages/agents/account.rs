//! An agent's account on their page: « Se connecter en tant que cet agent » (central
//! administrators), « Désactiver » with a confirmation, and « Réactiver ».

use crate::api::{self, ApiError};
use crate::components::format::person;
use crate::components::{ConfirmDialog, Confirmed};
use crate::session::Session;
use futures::FutureExt;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::users::User;

/// The account buttons `impersonate` and `deactivate` allow for `agent`; `changed` receives
/// the outcome of a deactivation or reactivation.
#[component]
pub fn AccountActions(
    agent: User,
    impersonate: bool,
    deactivate: bool,
    changed: Callback<String>,
) -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    let chosen = RwSignal::new(None::<User>);
    let done = RwSignal::new(None::<String>);
    let version = RwSignal::new(0_u32);
    Effect::new(move || {
        if let Some(text) = done.get() {
            changed.run(text);
        }
    });
    let id = agent.id.clone();
    let act_as = move |_| {
        let id = id.clone();
        spawn_local(async move {
            match api::users::impersonate(session, id).await {
                Ok(_) => {
                    let _ = window().location().set_href("/");
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let id = agent.id.clone();
    let reactivate = move |_| {
        let id = id.clone();
        spawn_local(async move {
            match api::users::set_deactivated(session, id, false).await {
                Ok(_) => changed.run("Le compte de l'agent est réactivé.".to_owned()),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let deactivated = agent.deactivated;
    view! {
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            {impersonate.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" on:click=act_as>"Se connecter en tant que cet agent"</button></li>
            })}
            {(deactivate && !deactivated).then(|| {
                let agent = agent.clone();
                view! { <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" on:click=move |_| chosen.set(Some(agent.clone()))>"Désactiver"</button></li> }
            })}
            {(deactivate && deactivated).then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" on:click=reactivate>"Réactiver"</button></li>
            })}
        </ul>
        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
        <ConfirmDialog chosen id="desactivation" title=|agent: &User| format!("Désactiver {}", person(&agent.first_name, &agent.last_name))
            text="L'agent ne pourra plus se connecter et ses sessions en cours seront fermées. Vous pourrez le réactiver plus tard."
            confirm_label="Désactiver le compte" act=DEACTIVATE done version />
    }
}

const DEACTIVATE: Confirmed<User> = |session, agent| {
    async move {
        api::users::set_deactivated(session, agent.id, true)
            .await
            .map(|_| "Le compte de l'agent est désactivé.".to_owned())
    }
    .boxed_local()
};
