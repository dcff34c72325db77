//! `/administration/jetons-api/nouveau`: « Nouveau jeton d'API »: a name, the service (for
//! the central admin), a role among those the administrator may give, the scopes and an
//! optional expiry date; then the secret, shown once.

use super::rights::{every_service, roles, scopes};
use super::secret::SecretPanel;
use crate::api::{self, ApiError};
use crate::components::format::local_midnight;
use crate::components::{
    CheckboxGroup, ErrorAlert, PageHeading, RequireAgent, SelectField, ServiceChoice, TextField,
    errors_at,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::api_tokens::{ApiTokenRequest, CreatedApiToken};
use msj_contract::auth::CurrentUser;

/// The creation page.
#[component]
pub fn NewApiToken() -> impl IntoView {
    let created = RwSignal::new(None::<CreatedApiToken>);
    view! {
        <RequireAgent>
            <PageHeading title="Nouveau jeton d'API">"Nouveau jeton d'API"</PageHeading>
            {move || match created.get() {
                Some(created) => view! { <SecretPanel created /> }.into_any(),
                None => Session::get().user().map(|user| view! { <Form user created /> }).into_any(),
            }}
        </RequireAgent>
    }
}

#[component]
fn Form(user: CurrentUser, created: RwSignal<Option<CreatedApiToken>>) -> impl IntoView {
    let session = Session::get();
    let every_service = every_service(&user);
    let ServiceChoice {
        service,
        kind,
        options: service_options,
    } = ServiceChoice::new(&user);
    let creator = user.clone();
    let role_options = Signal::derive(move || roles(&creator, &kind.get()));
    let (name, role, expiry) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let chosen = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pending.set(true);
        let request = ApiTokenRequest {
            name: name.get_untracked().trim().to_owned(),
            organization_id: service.get_untracked(),
            role: role.get_untracked(),
            scopes: chosen.get_untracked(),
            expires_at: local_midnight(&expiry.get_untracked(), 1).parse().ok(),
        };
        spawn_local(async move {
            match api::api_tokens::create(session, request).await {
                Ok(token) => created.set(Some(token)),
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let alert = Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message)));
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    view! {
        <p>"Le jeton permet à un logiciel d'appeler l'API avec le rôle choisi, dans ce service, pour les seules portées cochées."</p>
        <ErrorAlert message=alert />
        <form on:submit=submit novalidate=true aria-label="Nouveau jeton d'API">
            <TextField id="nom-jeton" label="Nom" kind="text" autocomplete="off" value=name errors=errors("/name")
                hint="Le logiciel ou l'usage, par exemple « Logiciel de gestion du SPIP »." />
            {if every_service {
                view! { <SelectField id="service" label="Service" value=service options=service_options
                    errors=errors("/organization_id") /> }.into_any()
            } else {
                view! { <p>"Service : " <strong>{user.organization.name.clone()}</strong></p> }.into_any()
            }}
            <SelectField id="role" label="Rôle" value=role options=role_options errors=errors("/role") placeholder="Choisir un rôle" />
            <CheckboxGroup id="portees" legend="Portées" hint="Ce que le jeton peut lire ou modifier." options=Signal::derive(scopes)
                chosen errors=errors("/scopes") />
            <TextField id="expiration" label="Date d'expiration (facultative)" kind="date" autocomplete="off" optional=true
                value=expiry errors=errors("/expires_at") hint="Le jeton cesse de fonctionner à la fin de ce jour." />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Créer le jeton"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="/administration/jetons-api">"Annuler"</a></li>
            </ul>
        </form>
    }
}
