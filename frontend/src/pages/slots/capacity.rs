//! « Modifier la capacité » of one slot: never below the seats already taken.

use crate::api::{self, ApiError};
use crate::components::format::{french_time, short_date};
use crate::components::{ErrorAlert, Modal};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::slots::Slot;

/// The button and its dialog.
#[component]
pub fn CapacityButton(
    /// The slot (a prop cannot be named `slot` in Leptos views).
    item: Slot,
    changed: Callback<String>,
) -> impl IntoView {
    let slot = item;
    let session = Session::get();
    let open = RwSignal::new(false);
    let capacity = RwSignal::new(slot.capacity.to_string());
    let error = RwSignal::new(None::<ApiError>);
    let id = StoredValue::new(slot.id.clone());
    let used = slot.used_capacity;
    let field = format!("capacite-{}", slot.id);
    let when = format!(
        "{} à {}",
        short_date(slot.local_date),
        french_time(&slot.local_time)
    );
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let value = capacity.get_untracked().trim().parse::<i32>().unwrap_or(0);
        spawn_local(async move {
            match api::slots::set_capacity(session, id.get_value(), value).await {
                Ok(_) => {
                    open.set(false);
                    changed.run("La capacité du créneau a bien été modifiée.".to_owned());
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let hint = format!(
        "{used} place(s) déjà prise(s) : la nouvelle capacité doit être au minimum de {}.",
        used.max(1)
    );
    view! {
        <button type="button" class="fr-btn fr-btn--tertiary" on:click=move |_| open.set(true)>
            "Modifier" <span class="fr-sr-only">{format!(" la capacité du créneau du {when}")}</span></button>
        <Modal open id=format!("capacite-creneau-{}", slot.id) title=format!("Modifier la capacité du créneau du {when}")>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <form on:submit=save>
                <div class="fr-input-group">
                    <label class="fr-label" for=field.clone()>"Capacité" <span class="fr-hint-text">{hint.clone()}</span></label>
                    <input class="fr-input" type="number" min="1" max="100" id=field.clone() bind:value=capacity />
                </div>
                <ul class="fr-btns-group fr-btns-group--inline-md">
                    <li><button type="submit" class="fr-btn">"Enregistrer"</button></li>
                    <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
                </ul>
            </form>
        </Modal>
    }
}
