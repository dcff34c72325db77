//! An extra column filled in place: saved 500 ms after the last change, with a discreet
//! « Enregistré » or the error.

use crate::api::{self, ApiError};
use crate::components::Debounce;
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::slots::ExtraField;
use std::time::Duration;

/// Typing pause before saving.
const PAUSE: Duration = Duration::from_millis(500);

/// The input of one value of `field` on `appointment`.
#[component]
pub fn ExtraCell(appointment: String, field: ExtraField, value: String) -> impl IntoView {
    let session = Session::get();
    let text = RwSignal::new(value);
    let state = RwSignal::new(None::<Result<(), ApiError>>);
    let pending = Debounce::new(PAUSE);
    let id = format!("extra-{appointment}-{}", field.id);
    let path = format!("/appointments/{appointment}/extra-fields/{}", field.id);
    let save = move |value: String| {
        let path = path.clone();
        spawn_local(async move {
            let saved = api::appointments::set_extra(session, path, value).await;
            let _ = state.try_set(Some(saved));
        });
    };
    let on_input = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        text.set(value.clone());
        let save = save.clone();
        pending.run(move || save(value));
    };
    let kind = if field.data_type == "date" {
        "date"
    } else {
        "text"
    };
    view! {
        <label class="fr-sr-only" for=id.clone()>{field.name.clone()}</label>
        <input class="fr-input" type=kind id=id prop:value=move || text.get() on:input=on_input />
        <p class="fr-text--xs fr-mb-0" aria-live="polite">{move || match state.get() {
            Some(Ok(())) => "Enregistré".to_owned(),
            Some(Err(error)) => error.message(),
            None => String::new(),
        }}</p>
    }
}
