//! The free slots of a slot-system type, grouped by day, with the legal delay of a sortie
//! d'audience: a slot outside it stays possible but is marked; then the TJ's extra fields
//! asked at booking.

use crate::api;
use crate::components::fetched;
use crate::components::format::{french_time, long_date, month_day};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::appointments::BookingSlots;
use msj_contract::slots::{ExtraField, Slot};
use std::collections::BTreeMap;

/// Radio buttons of the free slots; `seat` holds the chosen slot id.
#[component]
pub fn SlotPicker(
    convict_id: String,
    kind: String,
    place: String,
    agenda: String,
    seat: RwSignal<String>,
    /// The TJ's extra fields asked at booking, by field id (the booking form only).
    #[prop(optional)]
    extra: Option<RwSignal<BTreeMap<String, String>>>,
) -> impl IntoView {
    let session = Session::get();
    let free = LocalResource::new(move || {
        api::appointments::free_slots(
            session,
            convict_id.clone(),
            kind.clone(),
            place.clone(),
            agenda.clone(),
        )
    });
    view! {
        <fieldset class="fr-fieldset" id="etape-horaire">
            <legend class="fr-fieldset__legend">"Créneaux disponibles"</legend>
            {fetched(free, move |free: BookingSlots| {
                let fields = extra.map(|extra| view! { <ExtraFields fields=free.extra_fields.clone() required=free.extra_fields_required extra /> });
                view! { <Days free seat /> {fields} }
            })}
        </fieldset>
    }
}

#[component]
fn Days(free: BookingSlots, seat: RwSignal<String>) -> impl IntoView {
    if free.slots.is_empty() {
        return view! { <p class="fr-fieldset__element">"Pas de créneau disponible : aucun créneau libre à venir dans ce lieu pour ce type de convocation."</p> }.into_any();
    }
    let window = free.legal_delay;
    let mut days: Vec<(chrono::NaiveDate, Vec<Slot>)> = Vec::new();
    for item in free.slots {
        match days.last_mut() {
            Some((day, list)) if *day == item.local_date => list.push(item),
            _ => days.push((item.local_date, vec![item])),
        }
    }
    let agendas: std::collections::BTreeSet<String> = days
        .iter()
        .flat_map(|(_, list)| list.iter().map(|s| s.agenda_id.clone()))
        .collect();
    let show_agenda = agendas.len() > 1;
    view! {
        {window.map(|window| view! {
            <p class="fr-fieldset__element fr-text--sm">{format!("Délai légal : du {} au {}.", month_day(window.first), month_day(window.last))}</p>
        })}
        {days.into_iter().map(|(day, list)| {
            let outside = window.is_some_and(|window| day < window.first || day > window.last);
            view! {
                <div class="fr-fieldset__element">
                    <p class="fr-text--bold fr-mb-1w">{long_date(day)}
                        {outside.then(|| view! { " " <span class="fr-badge fr-badge--sm fr-badge--warning">"Hors délai légal"</span> })}</p>
                    <div class="fr-grid-row fr-grid-row--gutters">
                        {list.into_iter().map(|item| {
                            let id = format!("creneau-{}", item.id);
                            let (value, checked) = (item.id.clone(), item.id.clone());
                            let label = if show_agenda {
                                format!("{} — {}", french_time(&item.local_time), item.agenda_name)
                            } else {
                                french_time(&item.local_time)
                            };
                            let seats = item.capacity - item.used_capacity;
                            view! {
                                <div class="fr-col-6 fr-col-md-3"><div class="fr-radio-group">
                                    <input type="radio" id=id.clone() name="creneau" prop:checked=move || seat.get() == checked
                                        on:change=move |_| seat.set(value.clone()) />
                                    <label class="fr-label" for=id>{label}
                                        <span class="fr-hint-text">{if seats == 1 { "1 place libre".to_owned() } else { format!("{seats} places libres") }}</span></label>
                                </div></div>
                            }
                        }).collect_view()}
                    </div>
                </div>
            }
        }).collect_view()}
    }
    .into_any()
}

/// « Informations complémentaires »: the TJ's fields asked at booking (text or date).
#[component]
fn ExtraFields(
    fields: Vec<ExtraField>,
    required: bool,
    extra: RwSignal<BTreeMap<String, String>>,
) -> impl IntoView {
    (!fields.is_empty()).then(|| {
        let hint = if required { "Obligatoires pour votre tribunal." } else { "Facultatives." };
        view! {
            <div class="fr-fieldset__element">
                <p class="fr-text--bold fr-mb-1w">"Informations complémentaires" <span class="fr-hint-text">{hint}</span></p>
                {fields.into_iter().map(|field| {
                    let id = format!("extra-{}", field.id);
                    let (read, write) = (field.id.clone(), field.id.clone());
                    let kind = if field.data_type == "date" { "date" } else { "text" };
                    view! {
                        <div class="fr-input-group">
                            <label class="fr-label" for=id.clone()>{field.name.clone()}</label>
                            <input class="fr-input" type=kind id=id required=required
                                prop:value=move || extra.with(|values| values.get(&read).cloned().unwrap_or_default())
                                on:input=move |event| { let value = event_target_value(&event); extra.update(|values| { values.insert(write.clone(), value); }); } />
                        </div>
                    }
                }).collect_view()}
            </div>
        }
    })
}
