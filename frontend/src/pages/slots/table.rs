//! The slots table: a checkbox per slot for « Fermer la sélection », « Fermer » and the
//! capacity button on each row; closing asks for a confirmation.

use super::capacity::CapacityButton;
use crate::api::{self, ApiError};
use crate::components::format::{french_time, short_date};
use crate::components::{ErrorAlert, Modal, TableFrame, toggle};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::slots::Slot;

/// One page of slots; `changed` gets the French outcome of a change.
#[component]
pub fn SlotTable(
    slots: Vec<Slot>,
    total: i64,
    /// (key, name) of the appointment types.
    types: Signal<Vec<(String, String)>>,
    changed: Callback<String>,
) -> impl IntoView {
    if slots.is_empty() {
        return view! { <p>"Aucun créneau ouvert à venir ne correspond à ces critères."</p> }
            .into_any();
    }
    let selected = RwSignal::new(Vec::<String>::new());
    let closing = RwSignal::new(Vec::<String>::new());
    let open = RwSignal::new(false);
    let ask = move |ids: Vec<String>| {
        closing.set(ids);
        open.set(true);
    };
    let caption = if total == 1 {
        "1 créneau".to_owned()
    } else {
        format!("{total} créneaux")
    };
    view! {
        <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li><button type="button" class="fr-btn fr-btn--secondary" disabled=move || selected.with(Vec::is_empty)
                on:click=move |_| ask(selected.get())>
                {move || format!("Fermer la sélection ({})", selected.with(Vec::len))}</button></li>
        </ul>
        <TableFrame label="Liste des créneaux">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Sélection"</th><th scope="col">"Lieu"</th><th scope="col">"Agenda"</th>
                    <th scope="col">"Type"</th><th scope="col">"Date"</th><th scope="col">"Heure"</th>
                    <th scope="col">"Capacité dispo"</th><th scope="col">"Actions"</th>
                </tr></thead>
                <tbody>{slots.into_iter().map(|slot| {
                    let when = format!("{} à {}", short_date(slot.local_date), french_time(&slot.local_time));
                    let (id, picked, single) = (slot.id.clone(), slot.id.clone(), slot.id.clone());
                    let key = slot.appointment_type.clone();
                    let type_name = types.with_untracked(|t| t.iter().find(|(k, _)| *k == key).map_or(key.clone(), |(_, name)| name.clone()));
                    view! {
                        <tr>
                            <td><div class="fr-checkbox-group fr-checkbox-group--sm">
                                <input type="checkbox" id=format!("choix-{}", slot.id) prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |_| selected.update(|s| toggle(s, &picked)) />
                                <label class="fr-label" for=format!("choix-{}", slot.id)><span class="fr-sr-only">{format!("Choisir le créneau du {when}")}</span></label>
                            </div></td>
                            <td>{slot.place_name.clone()}</td>
                            <td>{slot.agenda_name.clone()}</td>
                            <td>{type_name}</td>
                            <td>{short_date(slot.local_date)}</td>
                            <td>{french_time(&slot.local_time)}</td>
                            <td>{format!("{} / {}", slot.capacity - slot.used_capacity, slot.capacity)}</td>
                            <td><ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                                <li><button type="button" class="fr-btn fr-btn--tertiary" on:click=move |_| ask(vec![single.clone()])>
                                    "Fermer" <span class="fr-sr-only">{format!(" le créneau du {when}")}</span></button></li>
                                <li><CapacityButton item=slot.clone() changed /></li>
                            </ul></td>
                        </tr>
                    }
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
        <CloseDialog open closing selected changed />
    }
    .into_any()
}

/// « Fermer les créneaux ? »: closes `closing` once confirmed.
#[component]
fn CloseDialog(
    open: RwSignal<bool>,
    closing: RwSignal<Vec<String>>,
    selected: RwSignal<Vec<String>>,
    changed: Callback<String>,
) -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    let confirm = move |_| {
        let ids = closing.get_untracked();
        spawn_local(async move {
            match api::slots::close(session, ids).await {
                Ok(done) => {
                    selected.set(Vec::new());
                    open.set(false);
                    changed.run(match done.closed {
                        1 => "Le créneau a bien été fermé.".to_owned(),
                        n => format!("{n} créneaux ont bien été fermés."),
                    });
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let title = Signal::derive(move || match closing.with(Vec::len) {
        1 => "Fermer ce créneau ?".to_owned(),
        n => format!("Fermer ces {n} créneaux ?"),
    });
    view! {
        <Modal open id="fermer-creneaux" title>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <p>"Un créneau fermé n'est plus proposé à la prise de convocation. Les convocations déjà prises sont conservées."</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm>"Confirmer la fermeture"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
