//! `/convocations/nouvelle?probationnaire=…`: « Nouvelle convocation » (features §2.4), one
//! step after the other: type → numéro de parquet → lieu → agenda → horaire (free time, or
//! the free slots grouped by day with the legal delay) → SMS → « Convoquer ». Changing a step
//! clears the ones after it, and each empty list says why.

use super::slots::SlotPicker;
use super::steps::{FreeTime, SmsStep};
use crate::api::{self, ApiError};
use crate::components::format::person;
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent, errors_at, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use msj_contract::appointments::{BookingOptions, BookingType, NewAppointment, SmsChoice};
use msj_contract::convicts::Convict;

/// The booking page.
#[component]
pub fn NewAppointmentPage() -> impl IntoView {
    view! { <RequireAgent><Booking /></RequireAgent> }
}

#[component]
fn Booking() -> impl IntoView {
    let session = Session::get();
    let id =
        use_query_map().with_untracked(|query| query.get("probationnaire").unwrap_or_default());
    let loaded = LocalResource::new(move || {
        let id = id.clone();
        async move {
            let convict = api::convicts::get(session, id.clone()).await?;
            let options = api::appointments::options(session, id).await?;
            Ok::<_, ApiError>((convict, options))
        }
    });
    view! {
        <PageHeading title="Nouvelle convocation">{move || loaded.get().and_then(Result::ok)
            .map(|(convict, _)| format!("Nouvelle convocation pour {}", person(&convict.first_name, &convict.last_name)))
            .unwrap_or_else(|| "Nouvelle convocation".to_owned())}</PageHeading>
        {fetched(loaded, |(convict, options): (Convict, BookingOptions)| view! { <Steps convict options /> })}
    }
}

fn radio_id(prefix: &str, key: &str) -> String {
    format!("{prefix}-{key}")
}

#[component]
fn Steps(convict: Convict, options: BookingOptions) -> impl IntoView {
    let actions = convict.actions.unwrap_or_default();
    if convict.archived {
        return view! { <div class="fr-alert fr-alert--error"><p>"Ce probationnaire a été archivé. Vous ne pouvez pas le convoquer."</p></div> }.into_any();
    }
    if !actions.book {
        return view! { <div class="fr-alert fr-alert--warning"><p>"Un dessaisissement est en cours pour ce probationnaire : il ne peut pas être convoqué tant que la demande n'est pas traitée."</p></div> }.into_any();
    }
    let session = Session::get();
    let navigate = use_navigate();
    let types = StoredValue::new(options.types);
    let kind = RwSignal::new(String::new());
    let prosecutor = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let agenda = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let seat = RwSignal::new(String::new());
    let sms = RwSignal::new(None::<SmsChoice>);
    let extra = RwSignal::new(std::collections::BTreeMap::<String, String>::new());
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let chosen =
        move || types.with_value(|types| types.iter().find(|t| t.key == kind.get()).cloned());
    let clear_from_place = move || {
        agenda.set(String::new());
        seat.set(String::new());
        date.set(String::new());
        time.set(String::new());
    };
    Effect::new(move || {
        kind.track();
        let single = chosen()
            .filter(|t| t.places.len() == 1)
            .map(|t| t.places[0].id.clone());
        place.set(single.unwrap_or_default());
    });
    Effect::new(move || {
        place.track();
        clear_from_place();
        let agendas = chosen()
            .and_then(|t| t.places.into_iter().find(|p| p.id == place.get()))
            .map(|p| p.agendas)
            .unwrap_or_default();
        if agendas.len() == 1 {
            agenda.set(agendas[0].id.clone());
        }
    });
    let can_sms = convict.can_receive_sms;
    let convict_id = convict.id.clone();
    let ready = move || {
        let Some(kind) = chosen() else { return false };
        let when = if kind.slot_system {
            !seat.get().is_empty()
        } else {
            !date.get().is_empty() && !time.get().is_empty() && !agenda.get().is_empty()
        };
        !place.get().is_empty() && when && (!can_sms || sms.get().is_some())
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(kind) = chosen() else { return };
        pending.set(true);
        let request = NewAppointment {
            convict_id: convict_id.clone(),
            appointment_type: kind.key.clone(),
            place_id: (!kind.slot_system).then(|| place.get_untracked()),
            agenda_id: (!kind.slot_system).then(|| agenda.get_untracked()),
            starts_at: (!kind.slot_system)
                .then(|| format!("{}T{}", date.get_untracked(), time.get_untracked())),
            slot_id: kind.slot_system.then(|| seat.get_untracked()),
            duration_min: None,
            sms: sms.get_untracked(),
            prosecutor_number: Some(prosecutor.get_untracked().trim().to_owned())
                .filter(|n| !n.is_empty()),
            extra_fields: extra
                .get_untracked()
                .into_iter()
                .filter(|(_, value)| !value.trim().is_empty())
                .collect(),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::appointments::create(session, request).await {
                Ok(created) => {
                    session.set_notice(Notice::success("La convocation a bien été créée."));
                    navigate(&format!("/convocations/{}", created.id), Default::default());
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let type_list: Vec<BookingType> = types.get_value();
    view! {
        {(!can_sms).then(|| view! {
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w"><p>"Ce probationnaire ne peut pas recevoir de SMS : pensez à lui remettre l'avis de convocation."</p></div>
        })}
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label="Nouvelle convocation">
            <fieldset class="fr-fieldset" id="etape-type">
                <legend class="fr-fieldset__legend">"Type de convocation"</legend>
                {if type_list.is_empty() {
                    view! { <p class="fr-fieldset__element">"Votre rôle ne permet de prendre aucun type de convocation."</p> }.into_any()
                } else {
                    type_list.into_iter().map(|t| {
                        let id = radio_id("type", &t.key);
                        let key = t.key.clone();
                        let checked = t.key.clone();
                        view! {
                            <div class="fr-fieldset__element"><div class="fr-radio-group">
                                <input type="radio" id=id.clone() name="type" value=t.key.clone()
                                    prop:checked=move || kind.get() == checked on:change=move |_| kind.set(key.clone()) />
                                <label class="fr-label" for=id>{t.name.clone()}</label>
                            </div></div>
                        }
                    }).collect_view().into_any()
                }}
            </fieldset>
            {move || chosen().map(|t| view! { <AfterType kind=t prosecutor place agenda date time seat extra error convict_id=convict.id.clone() /> })}
            {move || (can_sms && chosen().is_some()).then(|| view! { <SmsStep sms /> })}
            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get() || !ready()>"Convoquer"</button></li>
            </ul>
        </form>
    }
    .into_any()
}

/// Numéro de parquet, lieu, agenda and horaire of the chosen type.
#[component]
fn AfterType(
    kind: BookingType,
    prosecutor: RwSignal<String>,
    place: RwSignal<String>,
    agenda: RwSignal<String>,
    date: RwSignal<String>,
    time: RwSignal<String>,
    seat: RwSignal<String>,
    extra: RwSignal<std::collections::BTreeMap<String, String>>,
    error: RwSignal<Option<ApiError>>,
    convict_id: String,
) -> impl IntoView {
    if kind.places.is_empty() {
        return view! { <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
            <p>"Vous n'avez accès à aucun lieu proposant ce type de convocation pour ce probationnaire."</p></div> }.into_any();
    }
    let places = kind.places.clone();
    let agendas = move || {
        places
            .iter()
            .find(|p| p.id == place.get())
            .map(|p| p.agendas.clone())
            .unwrap_or_default()
    };
    let place_list = kind.places.clone();
    let slot_system = kind.slot_system;
    let key = kind.key.clone();
    view! {
        {kind.sortie_audience.then(|| view! {
            <div class="fr-input-group">
                <label class="fr-label" for="numero-parquet">"Numéro de parquet"</label>
                <input class="fr-input" id="numero-parquet" type="text" autocomplete="off" bind:value=prosecutor />
            </div>
        })}
        <fieldset class="fr-fieldset" id="etape-lieu">
            <legend class="fr-fieldset__legend">"Lieu"</legend>
            {place_list.into_iter().map(|p| {
                let id = radio_id("lieu", &p.id);
                let (value, checked) = (p.id.clone(), p.id.clone());
                view! {
                    <div class="fr-fieldset__element"><div class="fr-radio-group">
                        <input type="radio" id=id.clone() name="lieu" prop:checked=move || place.get() == checked
                            on:change=move |_| place.set(value.clone()) />
                        <label class="fr-label" for=id>{p.name.clone()} <span class="fr-hint-text">{p.address.clone()}</span></label>
                    </div></div>
                }
            }).collect_view()}
        </fieldset>
        {move || {
            let list = agendas();
            (list.len() > 1 || (slot_system && !list.is_empty())).then(|| {
                let mut options: Vec<(String, String)> = list.into_iter().map(|a| (a.id, a.name)).collect();
                if slot_system {
                    options.insert(0, (String::new(), "Tous les agendas".to_owned()));
                }
                view! { <crate::components::SelectField id="agenda" label="Agenda" value=agenda options=Signal::derive(move || options.clone())
                    placeholder=if slot_system { "" } else { "Choisir un agenda" } /> }
            })
        }}
        {move || (!place.get().is_empty()).then(|| if slot_system {
            view! { <SlotPicker convict_id=convict_id.clone() kind=key.clone() place=place.get() agenda=agenda.get() seat extra /> }.into_any()
        } else {
            view! { <FreeTime date time errors=errors_at(error, "/starts_at") /> }.into_any()
        })}
    }
    .into_any()
}
