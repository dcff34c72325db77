//! `/administration/agents/inviter`: « Inviter un agent » (features §2.10, §4.4): names,
//! email, phone, a role among those the signed-in agent may give, and the service for the
//! central admin. An agent of another service of the same type may be moved here instead.

use super::mutation::MoveHere;
use super::rights::{invitable_roles, sees_every_service};
use crate::api::{self, ApiError};
use crate::components::{
    ErrorAlert, Notice, PageHeading, RequireAgent, SelectField, ServiceChoice, TextField, errors_at,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use msj_contract::auth::CurrentUser;
use msj_contract::users::InvitationRequest;

/// Problem code of an email used by an agent of another service of the same type.
const IN_OTHER_SERVICE: &str = "agent_in_other_service";

/// The invitation page.
#[component]
pub fn InviteAgent() -> impl IntoView {
    view! { <RequireAgent><InviteForm /></RequireAgent> }
}

#[component]
fn InviteForm() -> impl IntoView {
    Session::get().user().map(|user| view! { <Form user /> })
}

#[component]
fn Form(user: CurrentUser) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let every_service = sees_every_service(&user);
    let ServiceChoice {
        service,
        kind,
        options: service_options,
    } = ServiceChoice::new(&user);
    let inviter = user.clone();
    let roles = Signal::derive(move || invitable_roles(&inviter, &kind.get()));
    let (first_name, last_name) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (email, phone) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let role = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pending.set(true);
        let navigate = navigate.clone();
        let request = InvitationRequest {
            email: email.get_untracked().trim().to_owned(),
            first_name: first_name.get_untracked().trim().to_owned(),
            last_name: last_name.get_untracked().trim().to_owned(),
            role: role.get_untracked(),
            organization_id: every_service.then(|| service.get_untracked()),
            phone: Some(phone.get_untracked().trim().to_owned()).filter(|p| !p.is_empty()),
        };
        spawn_local(async move {
            match api::users::invite(session, request).await {
                Ok(agent) => {
                    let text = format!("L'invitation a bien été envoyée à {}.", agent.email);
                    session.set_notice(Notice::success(text));
                    navigate(
                        &format!("/administration/agents/{}", agent.id),
                        Default::default(),
                    );
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let alert = Signal::derive(move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| e.code() != Some(IN_OTHER_SERVICE))
                .map(ApiError::message)
        })
    });
    let elsewhere = move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| e.code() == Some(IN_OTHER_SERVICE))
                .cloned()
        })
    };
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    view! {
        <PageHeading title="Inviter un agent">"Inviter un agent"</PageHeading>
        <p>"L'agent recevra un courriel pour choisir son mot de passe ; le lien est valable 7 jours."</p>
        <ErrorAlert message=alert />
        {move || elsewhere().map(|problem| view! { <MoveHere problem service=service.get_untracked() kind=kind.get_untracked() /> })}
        <form on:submit=submit novalidate=true aria-label="Inviter un agent">
            {if every_service {
                view! { <SelectField id="service" label="Service" value=service options=service_options
                    errors=errors("/organization_id") /> }.into_any()
            } else {
                view! { <p>"Service : " <strong>{user.organization.name.clone()}</strong></p> }.into_any()
            }}
            <TextField id="prenom" label="Prénom" kind="text" autocomplete="off" value=first_name errors=errors("/first_name") />
            <TextField id="nom" label="Nom" kind="text" autocomplete="off" value=last_name errors=errors("/last_name") />
            <TextField id="email" label="Adresse électronique" kind="email" autocomplete="off" value=email errors=errors("/email")
                hint="Par exemple jeanne.durand@justice.fr" />
            <TextField id="telephone" label="Téléphone (facultatif)" kind="tel" autocomplete="off" optional=true value=phone errors=errors("/phone") />
            <SelectField id="role" label="Rôle" value=role options=roles errors=errors("/role") placeholder="Choisir un rôle" />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Envoyer l'invitation"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="/administration/agents">"Annuler"</a></li>
            </ul>
        </form>
    }
}
