//! `/administration/lieux/nouveau`: « Nouveau lieu »; the central admin also picks the
//! service (their own by default).

use super::form::{PlaceFields, PlaceFieldset};
use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent, SelectField, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// The creation page.
#[component]
pub fn NewPlacePage() -> impl IntoView {
    view! { <RequireAgent><CreateForm /></RequireAgent> }
}

#[component]
fn CreateForm() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let admin = session.user().is_some_and(|user| user.role == "admin");
    let fields = PlaceFields::empty();
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::places::create(session, fields.to_new()).await {
                Ok(place) => {
                    session.set_notice(Notice::success("Le lieu a bien été créé."));
                    navigate(
                        &format!("/administration/lieux/{}", place.id),
                        Default::default(),
                    );
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    view! {
        <PageHeading title="Nouveau lieu">"Nouveau lieu"</PageHeading>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label="Nouveau lieu">
            {admin.then(|| view! { <ServiceChoice fields error /> })}
            <PlaceFieldset fields error />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Enregistrer"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="/administration/lieux">"Annuler"</a></li>
            </ul>
        </form>
    }
}

/// The service of the new place, for the central admin.
#[component]
fn ServiceChoice(fields: PlaceFields, error: RwSignal<Option<ApiError>>) -> impl IntoView {
    let session = Session::get();
    let services = LocalResource::new(move || api::organizations::list(session));
    let options = Signal::derive(move || {
        services
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|service| (service.id, service.name))
            .collect::<Vec<_>>()
    });
    view! {
        <SelectField id="service-lieu" label="Service" value=fields.service options
            errors=errors_at(error, "/organization_id") placeholder="Mon service" />
    }
}
