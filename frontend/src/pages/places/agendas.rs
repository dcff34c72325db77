//! The agendas of a place (features §2.6, right column of the edit page): rename
//! (« Enregistrer »), add (« Ajouter agenda »), and the « Créneaux récurrents » link when the
//! place offers slot-system types and the agent's menu has recurring slots.

use crate::api::{self, ApiError};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::organizations::{Agenda, Place};

/// The agendas of `place`.
#[component]
pub fn Agendas(place: Place) -> impl IntoView {
    let session = Session::get();
    let types = LocalResource::new(move || api::places::types(session));
    let templates = session.user().is_some_and(|user| user.menu.slot_templates);
    let offered = place.appointment_types.clone();
    let slots = Signal::derive(move || {
        templates
            && types.get().and_then(Result::ok).is_some_and(|types| {
                types
                    .iter()
                    .any(|kind| kind.slot_system && offered.contains(&kind.key))
            })
    });
    let agendas = RwSignal::new(place.agendas.clone());
    let place_id = place.id.clone();
    let editable = place.actions.is_some_and(|actions| actions.agendas);
    view! {
        <section aria-labelledby="titre-agendas">
            <h2 id="titre-agendas" class="fr-h4">"Agendas"</h2>
            {move || agendas.get().is_empty().then(|| view! { <p>"Ce lieu n'a pas encore d'agenda."</p> })}
            <For each=move || agendas.get() key=|agenda| agenda.id.clone() let(agenda)>
                <AgendaRow agenda place_id=place_id.clone() slots editable />
            </For>
            {editable.then(|| view! { <NewAgenda place_id=place.id.clone() agendas /> })}
        </section>
    }
}

/// One agenda: its name (to change when `editable`), and the link to its recurring slots.
#[component]
fn AgendaRow(
    agenda: Agenda,
    place_id: String,
    slots: Signal<bool>,
    editable: bool,
) -> impl IntoView {
    let session = Session::get();
    let name = RwSignal::new(agenda.name.clone());
    let saved = RwSignal::new(agenda.name.clone());
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let input = format!("agenda-{}", agenda.id);
    let id = agenda.id.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let id = id.clone();
        spawn_local(async move {
            let result = api::places::rename_agenda(session, id, name.get_untracked()).await;
            if let Ok(agenda) = &result {
                saved.set(agenda.name.clone());
            }
            outcome.set(Some(result.map(drop)));
        });
    };
    let link = format!(
        "/administration/lieux/{place_id}/creneaux-recurrents/{}",
        agenda.id
    );
    view! {
        <form class="fr-mb-3w" on:submit=submit novalidate=true>
            {if editable {
                view! {
                    <div class="fr-input-group fr-mb-1w">
                        <label class="fr-label" for=input.clone()>"Nom de l'agenda"</label>
                        <input class="fr-input" id=input type="text" autocomplete="off" required=true bind:value=name />
                    </div>
                }.into_any()
            } else {
                view! { <p class="fr-text--bold fr-mb-1w">{agenda.name.clone()}</p> }.into_any()
            }}
            <Outcome outcome success="Le nom de l'agenda a bien été enregistré." />
            <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                {editable.then(|| view! { <li><button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">
                    "Enregistrer" <span class="fr-sr-only">{move || format!(" le nom de l'agenda {}", saved.get())}</span></button></li> })}
                {move || slots.get().then(|| view! {
                    <li><a class="fr-btn fr-btn--sm fr-btn--tertiary" href=link.clone()>
                        "Créneaux récurrents" <span class="fr-sr-only">{move || format!(" de l'agenda {}", saved.get())}</span></a></li>
                })}
            </ul>
        </form>
    }
}

/// « Ajouter agenda ».
#[component]
fn NewAgenda(place_id: String, agendas: RwSignal<Vec<Agenda>>) -> impl IntoView {
    let session = Session::get();
    let name = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let place_id = place_id.clone();
        spawn_local(async move {
            let result = api::places::add_agenda(session, place_id, name.get_untracked()).await;
            if let Ok(agenda) = &result {
                agendas.update(|agendas| agendas.push(agenda.clone()));
                name.set(String::new());
            }
            outcome.set(Some(result.map(drop)));
        });
    };
    view! {
        <form on:submit=submit novalidate=true aria-label="Ajouter un agenda">
            <div class="fr-input-group fr-mb-1w">
                <label class="fr-label" for="nouvel-agenda">"Nom du nouvel agenda"</label>
                <input class="fr-input" id="nouvel-agenda" type="text" autocomplete="off" required=true bind:value=name />
            </div>
            <Outcome outcome success="L'agenda a bien été ajouté." />
            <button type="submit" class="fr-btn fr-btn--sm">"Ajouter agenda"</button>
        </form>
    }
}

/// The result of the last request of a small form: its success text, or the API's error.
#[component]
pub fn Outcome(
    outcome: RwSignal<Option<Result<(), ApiError>>>,
    success: &'static str,
) -> impl IntoView {
    move || {
        outcome.get().map(|result| match result {
            Ok(()) => view! { <p class="fr-message fr-message--valid fr-mb-1w" role="status">{success}</p> }.into_any(),
            Err(error) => view! { <p class="fr-message fr-message--error fr-mb-1w" role="alert">{error.message()}</p> }.into_any(),
        })
    }
}
