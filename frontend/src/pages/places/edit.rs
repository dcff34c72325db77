//! `/administration/lieux/:id`: editing a place, with its agendas in the right column.

use super::agendas::Agendas;
use super::form::{PlaceFields, PlaceFieldset};
use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent, SessionNotice, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::organizations::Place;

/// The edition page.
#[component]
pub fn EditPlacePage() -> impl IntoView {
    view! { <RequireAgent><Edit /></RequireAgent> }
}

/// The place `id` among those the agent sees (404 when absent).
pub async fn find_place(session: Session, id: String) -> Result<Place, ApiError> {
    api::places::list(session)
        .await?
        .into_iter()
        .find(|place| place.id == id)
        .ok_or_else(|| ApiError::bare(404))
}

#[component]
fn Edit() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let place = LocalResource::new(move || {
        find_place(
            session,
            params.with(|params| params.get("id").unwrap_or_default()),
        )
    });
    view! {
        <PageHeading title="Modifier un lieu">"Modifier le lieu"</PageHeading>
        <SessionNotice />
        {fetched(place, |place: Place| view! {
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-8"><EditForm place=place.clone() /></div>
                <div class="fr-col-12 fr-col-md-4"><Agendas place /></div>
            </div>
        })}
    }
}

#[component]
fn EditForm(place: Place) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let fields = PlaceFields::of(&place);
    let admin = session.user().is_some_and(|user| user.role == "admin");
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let id = place.id.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let (id, navigate) = (id.clone(), navigate.clone());
        spawn_local(async move {
            match api::places::update(session, id, fields.to_update()).await {
                Ok(_) => {
                    session.set_notice(Notice::success("Le lieu a bien été mis à jour."));
                    navigate("/administration/lieux", Default::default());
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    view! {
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label=format!("Modifier le lieu {}", place.name)>
            <PlaceFieldset fields error />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Enregistrer"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="/administration/lieux">"Annuler"</a></li>
                {admin.then(|| view! { <li><a class="fr-btn fr-btn--tertiary" href=format!("/administration/lieux/{}/demenager", place.id)>"Déménager"</a></li> })}
            </ul>
        </form>
    }
}
