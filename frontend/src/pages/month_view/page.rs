//! `/sorties-audience/{jap|spip|ddse}?mois=2027-03&lieu=…&agenda=…`: the filters (month: this
//! one and the next five; place; agenda) live in the address; every change reloads the month.

use super::day_table::DayTable;
use crate::api;
use crate::components::format::{month_year, today};
use crate::components::{
    PageHeading, RequireAgent, SelectField, fetched, keep_in_address, query_value,
};
use crate::session::Session;
use crate::shell::MONTH_VIEWS;
use chrono::{Datelike, Months, NaiveDate};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use msj_contract::slots::MonthView;

/// The month view page.
#[component]
pub fn MonthViewPage() -> impl IntoView {
    view! { <RequireAgent><Month /></RequireAgent> }
}

/// (`YYYY-MM`, « mars 2027 ») of this month and the next five.
fn months() -> Vec<(String, String)> {
    let first = today().with_day(1).unwrap_or_else(today);
    (0..6)
        .filter_map(|n| first.checked_add_months(Months::new(n)))
        .map(|day: NaiveDate| (day.format("%Y-%m").to_string(), month_year(day)))
        .collect()
}

#[component]
fn Month() -> impl IntoView {
    let session = Session::get();
    let kind = use_params_map().with_untracked(|p| p.get("kind").unwrap_or_default());
    let (_, path, heading) = MONTH_VIEWS
        .into_iter()
        .find(|(_, path, _)| path.rsplit('/').next() == Some(kind.as_str()))
        .unwrap_or(MONTH_VIEWS[2]);
    let month_options = months();
    let month = RwSignal::new(
        Some(query_value("mois"))
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| month_options[0].0.clone()),
    );
    let place = RwSignal::new(query_value("lieu"));
    let agenda = RwSignal::new(query_value("agenda"));
    keep_in_address(path, move || {
        vec![
            ("mois", month.get()),
            ("lieu", place.get()),
            ("agenda", agenda.get()),
        ]
    });
    Effect::watch(
        move || place.get(),
        move |_, _, _| agenda.set(String::new()),
        false,
    );
    let view_kind = kind.clone();
    let loaded = LocalResource::new(move || {
        let pairs = [
            ("kind", view_kind.clone()),
            ("month", month.get()),
            ("place_id", place.get()),
            ("agenda_id", agenda.get()),
        ];
        api::slots::month_view(session, api::query(&pairs))
    });
    let choices = move |pick: fn(&MonthView) -> &Vec<msj_contract::slots::Choice>| {
        Signal::derive(move || {
            let view = loaded.get().and_then(Result::ok);
            view.map(|v| {
                pick(&v)
                    .iter()
                    .map(|c| (c.id.clone(), c.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    let places = choices(|v| &v.places);
    let agendas = choices(|v| &v.agendas);
    let shown_place = move || {
        loaded
            .get()
            .and_then(Result::ok)
            .and_then(|v| v.place_id)
            .unwrap_or_default()
    };
    Effect::new(move || {
        let shown = shown_place();
        if place.get_untracked().is_empty() && !shown.is_empty() {
            place.set(shown);
        }
    });
    view! {
        <PageHeading title=heading>{heading}</PageHeading>
        <form class="fr-mb-3w msj-no-print" aria-label="Filtres" on:submit=|event| event.prevent_default()>
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-4">
                    <SelectField id="mois" label="Mois" value=month options=Signal::derive(move || month_options.clone()) />
                </div>
                <div class="fr-col-12 fr-col-md-4">
                    <SelectField id="lieu" label="Lieu" value=place options=places />
                </div>
                {move || (agendas.with(Vec::len) > 1).then(|| view! {
                    <div class="fr-col-12 fr-col-md-4">
                        <SelectField id="agenda" label="Agenda" value=agenda options=agendas placeholder="Tous les agendas" />
                    </div>
                })}
            </div>
            <button type="button" class="fr-btn fr-btn--secondary fr-mt-2w"
                on:click=move |_| { let _ = window().print(); }>"Imprimer"</button>
        </form>
        {fetched(loaded, move |view: MonthView| view! { <Days view heading /> })}
    }
}

#[component]
fn Days(view: MonthView, heading: &'static str) -> impl IntoView {
    if view.place_id.is_none() {
        return view! { <p>"Aucun lieu de votre ressort ne propose ce type de convocation."</p> }
            .into_any();
    }
    if view.days.is_empty() {
        return view! { <p>"Aucun créneau pour le mois sélectionné."</p> }.into_any();
    }
    let place = view
        .places
        .iter()
        .find(|p| Some(&p.id) == view.place_id.as_ref())
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let fields = view.extra_fields;
    view! {
        <p class="fr-text--lg">{format!("Convocations {heading} — {} — {place}", month_label(&view.month))}</p>
        {view.days.into_iter().map(|day| view! { <DayTable day fields=fields.clone() /> }).collect_view()}
    }
    .into_any()
}

/// « mars 2027 » from `2027-03`.
fn month_label(month: &str) -> String {
    NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .map_or_else(|_| month.to_owned(), month_year)
}
