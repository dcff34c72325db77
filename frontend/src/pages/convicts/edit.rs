//! `/probationnaires/:id/modifier`: editing a probationer's record.

use super::form::{ConvictFields, ConvictFieldset};
use crate::api::{self, ApiError};
use crate::components::format::person;
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::convicts::Convict;

/// The edition page.
#[component]
pub fn EditConvict() -> impl IntoView {
    view! { <RequireAgent><Edit /></RequireAgent> }
}

#[component]
fn Edit() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let convict = LocalResource::new(move || {
        api::convicts::get(
            session,
            params.with(|params| params.get("id").unwrap_or_default()),
        )
    });
    view! {
        <PageHeading title="Modifier un probationnaire">"Modifier le probationnaire"</PageHeading>
        {fetched(convict, |convict: Convict| view! { <EditForm convict /> })}
    }
}

#[component]
fn EditForm(convict: Convict) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let town_fields = session.user().is_some_and(|user| user.menu.town_fields);
    let fields = ConvictFields::of(&convict);
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let id = convict.id.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pending.set(true);
        let (id, navigate) = (id.clone(), navigate.clone());
        spawn_local(async move {
            match api::convicts::update(session, id.clone(), fields.to_update(town_fields)).await {
                Ok(_) => {
                    session.set_notice(Notice::success("Le probationnaire a bien été mis à jour."));
                    navigate(&format!("/probationnaires/{id}"), Default::default());
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let label = format!(
        "Modifier {}",
        person(&convict.first_name, &convict.last_name)
    );
    view! {
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label=label>
            <ConvictFieldset fields error />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Enregistrer"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href=format!("/probationnaires/{}", convict.id)>"Annuler"</a></li>
            </ul>
        </form>
    }
}
