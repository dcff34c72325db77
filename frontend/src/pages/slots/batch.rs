//! `/administration/creneaux/nouveaux`: « Nouveaux créneaux » (features §2.7): an agenda, a
//! slot-system type its place offers, several dates (weekends refused unless the type allows
//! them, at most one year ahead; public holidays are checked by the server), single times and
//! ranges, then duration and capacity: one slot per date × time.

use super::batch_times::{TimeRows, TimesFieldset};
use crate::api::{self, ApiError};
use crate::components::format::{long_date, today};
use crate::components::{ErrorAlert, Messages, PageHeading, RequireAgent, SelectField, fetched};
use crate::session::Session;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::organizations::{AppointmentType, Place};
use msj_contract::slots::SlotBatch;

/// The bulk creation page.
#[component]
pub fn NewSlots() -> impl IntoView {
    view! { <RequireAgent><Batch /></RequireAgent> }
}

#[component]
fn Batch() -> impl IntoView {
    let session = Session::get();
    let loaded = LocalResource::new(move || async move {
        Ok::<_, ApiError>((
            api::places::list(session).await?,
            api::places::types(session).await?,
        ))
    });
    view! {
        <PageHeading title="Nouveaux créneaux">"Nouveaux créneaux"</PageHeading>
        {fetched(loaded, |(places, types): (Vec<Place>, Vec<AppointmentType>)| view! { <BatchForm places types /> })}
    }
}

#[component]
fn BatchForm(places: Vec<Place>, types: Vec<AppointmentType>) -> impl IntoView {
    let session = Session::get();
    let slot_types: Vec<AppointmentType> = types.into_iter().filter(|t| t.slot_system).collect();
    let places: Vec<Place> = places
        .into_iter()
        .filter(|p| {
            p.appointment_types
                .iter()
                .any(|key| slot_types.iter().any(|t| t.key == *key))
        })
        .collect();
    if places.is_empty() {
        return view! { <div class="fr-alert fr-alert--info"><p>"Aucun lieu de votre service ne propose de type de convocation à créneaux."</p></div> }.into_any();
    }
    let agenda_options: Vec<(String, String)> = places
        .iter()
        .flat_map(|p| {
            p.agendas
                .iter()
                .map(move |a| (a.id.clone(), format!("{} — {}", p.name, a.name)))
        })
        .collect();
    let (places, slot_types) = (StoredValue::new(places), StoredValue::new(slot_types));
    let agenda = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let type_options = Signal::derive(move || {
        let chosen = agenda.get();
        let offered = places
            .with_value(|places| {
                places
                    .iter()
                    .find(|p| p.agendas.iter().any(|a| a.id == chosen))
                    .map(|p| p.appointment_types.clone())
            })
            .unwrap_or_default();
        slot_types.with_value(|types| {
            types
                .iter()
                .filter(|t| offered.contains(&t.key))
                .map(|t| (t.key.clone(), t.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    Effect::new(move || {
        let options = type_options.get();
        if options.len() == 1 {
            kind.set(options[0].0.clone());
        } else if !options.iter().any(|(key, _)| *key == kind.get_untracked()) {
            kind.set(String::new());
        }
    });
    let weekends = move || {
        slot_types.with_value(|types| {
            types
                .iter()
                .any(|t| t.key == kind.get() && t.allowed_on_weekends)
        })
    };
    let dates = RwSignal::new(Vec::<NaiveDate>::new());
    let pick = RwSignal::new(String::new());
    let date_error = RwSignal::new(None::<&'static str>);
    let last = today()
        .checked_add_days(Days::new(365))
        .unwrap_or_else(today);
    let add_date = move |_| {
        let Ok(day) = NaiveDate::parse_from_str(&pick.get_untracked(), "%Y-%m-%d") else {
            date_error.set(Some("Choisissez une date."));
            return;
        };
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let problem = if day < today() {
            Some("La date doit être aujourd'hui ou plus tard.")
        } else if day > last {
            Some("La date doit être dans moins d'un an.")
        } else if weekend && !weekends() {
            Some("Le jour sélectionné n'est pas un jour ouvrable.")
        } else {
            None
        };
        date_error.set(problem);
        if problem.is_none() {
            dates.update(|list| {
                if !list.contains(&day) {
                    list.push(day);
                    list.sort();
                }
            });
        }
    };
    let rows = TimeRows::new();
    let duration = RwSignal::new("30".to_owned());
    let capacity = RwSignal::new("1".to_owned());
    let error = RwSignal::new(None::<ApiError>);
    let created = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let batch = SlotBatch {
            agenda_id: agenda.get_untracked(),
            appointment_type: kind.get_untracked(),
            dates: dates.get_untracked(),
            times: rows.times(),
            ranges: rows.ranges(),
            duration_min: duration.get_untracked().trim().parse().unwrap_or(0),
            capacity: capacity.get_untracked().trim().parse().unwrap_or(0),
        };
        pending.set(true);
        created.set(None);
        spawn_local(async move {
            match api::slots::create_batch(session, batch).await {
                Ok(done) => {
                    error.set(None);
                    created.set(Some(match (done.created, done.skipped) {
                        (n, 0) => format!("{n} créneau(x) créé(s)."),
                        (n, m) => format!("{n} créneau(x) créé(s) ; {m} existai(en)t déjà et n'ont pas été recréés."),
                    }));
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let message = Signal::derive(move || {
        error.with(|e| {
            e.as_ref().map(|e| {
                let details: Vec<String> = e
                    .problem
                    .iter()
                    .flat_map(|p| p.errors.iter().map(|f| f.detail.clone()))
                    .collect();
                if details.is_empty() {
                    e.message()
                } else {
                    format!("{} {}", e.message(), details.join(" "))
                }
            })
        })
    });
    view! {
        <ErrorAlert message />
        {move || created.get().map(|text| view! {
            <div class="fr-alert fr-alert--success fr-mb-3w" role="status"><p>{text} " " <a href="/administration/creneaux">"Voir les créneaux"</a></p></div>
        })}
        <form on:submit=submit novalidate=true aria-label="Nouveaux créneaux">
            <SelectField id="agenda" label="Agenda" value=agenda options=Signal::derive(move || agenda_options.clone()) placeholder="Choisir un agenda" />
            <SelectField id="type" label="Type de convocation" value=kind options=type_options placeholder="Choisir un type" />
            <fieldset class="fr-fieldset" id="dates" aria-describedby="dates-messages">
                <legend class="fr-fieldset__legend">"Dates"</legend>
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <div class="fr-input-group">
                        <label class="fr-label" for="date-a-ajouter">"Date à ajouter" <span class="fr-hint-text">"Jours ouvrés, d'ici un an au plus."</span></label>
                        <input class="fr-input" type="date" id="date-a-ajouter" min=today().to_string() max=last.to_string() bind:value=pick />
                    </div>
                </div>
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <button type="button" class="fr-btn fr-btn--secondary fr-mt-4w" on:click=add_date>"Ajouter la date"</button>
                </div>
                <Messages id="dates-messages" errors=Signal::derive(move || date_error.get().map(str::to_owned).into_iter().collect::<Vec<_>>()) />
                <ul class="fr-fieldset__element fr-tags-group">
                    <For each=move || dates.get() key=|day| *day let(day)>
                        <li><button type="button" class="fr-tag fr-tag--dismiss" aria-label=format!("Retirer le {}", long_date(day))
                            on:click=move |_| dates.update(|list| list.retain(|d| *d != day))>{long_date(day)}</button></li>
                    </For>
                </ul>
            </fieldset>
            <TimesFieldset rows />
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-4"><div class="fr-input-group">
                    <label class="fr-label" for="duree">"Durée (min)"</label>
                    <input class="fr-input" type="number" min="5" max="480" id="duree" bind:value=duration />
                </div></div>
                <div class="fr-col-12 fr-col-md-4"><div class="fr-input-group">
                    <label class="fr-label" for="capacite">"Capacité"</label>
                    <input class="fr-input" type="number" min="1" max="100" id="capacite" bind:value=capacity />
                </div></div>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Créer les créneaux"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="/administration/creneaux">"Retour aux créneaux"</a></li>
            </ul>
        </form>
    }
    .into_any()
}
