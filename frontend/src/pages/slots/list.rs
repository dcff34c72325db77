//! `/administration/creneaux?date=…&lieu=…&type=…&pleins=1&page=2`: the open slots to come.

use super::table::SlotTable;
use crate::api;
use crate::components::{
    Checkbox, PageHeading, Pagination, RequireAgent, SelectField, SessionNotice, SuccessAlert,
    fetched, first_page_on_change, keep_in_address, options_from, query_page, query_value,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::slots::SlotPage;

/// Slots per page.
const PER_PAGE: i64 = 25;

/// The slots list.
#[component]
pub fn SlotList() -> impl IntoView {
    view! { <RequireAgent><Slots /></RequireAgent> }
}

#[component]
fn Slots() -> impl IntoView {
    let session = Session::get();
    let date = RwSignal::new(query_value("date"));
    let place = RwSignal::new(query_value("lieu"));
    let kind = RwSignal::new(query_value("type"));
    let full = RwSignal::new(query_value("pleins") == "1");
    let page = RwSignal::new(query_page());
    keep_in_address("/administration/creneaux", move || {
        vec![
            ("date", date.get()),
            ("lieu", place.get()),
            ("type", kind.get()),
            ("pleins", if full.get() { "1" } else { "" }.to_owned()),
            ("page", page.get().to_string()),
        ]
    });
    first_page_on_change(
        move || (date.get(), place.get(), kind.get(), full.get()),
        page,
    );
    let version = RwSignal::new(0_u32);
    let slots = LocalResource::new(move || {
        version.track();
        let pairs = [
            ("from", date.get()),
            ("place_id", place.get()),
            ("appointment_type", kind.get()),
            (
                "include_full",
                if full.get() { "true" } else { "" }.to_owned(),
            ),
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        api::slots::list(session, api::query(&pairs))
    });
    let places = LocalResource::new(move || api::places::list(session));
    let types = LocalResource::new(move || api::places::types(session));
    let place_options = options_from(places, |p| (p.id.clone(), p.name.clone()));
    let type_options = Signal::derive(move || {
        let list = types.get().and_then(Result::ok).unwrap_or_default();
        list.into_iter()
            .filter(|t| t.slot_system)
            .map(|t| (t.key, t.name))
            .collect::<Vec<_>>()
    });
    let total = Signal::derive(move || slots.get().and_then(Result::ok).map_or(0, |p| p.total));
    let outcome = RwSignal::new(None::<String>);
    let changed = Callback::new(move |text: String| {
        outcome.set(Some(text));
        version.update(|v| *v += 1);
    });
    view! {
        <PageHeading title="Créneaux">"Créneaux"</PageHeading>
        <SessionNotice />
        <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><a class="fr-btn" href="/administration/creneaux/nouveaux">"Nouveaux créneaux"</a></li>
        </ul>
        <form class="fr-mb-3w" aria-label="Filtres" on:submit=|event| event.prevent_default()>
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-4">
                    <div class="fr-input-group">
                        <label class="fr-label" for="filtre-date">"À partir du"</label>
                        <input class="fr-input" type="date" id="filtre-date" bind:value=date />
                    </div>
                </div>
                <div class="fr-col-12 fr-col-md-4">
                    <SelectField id="filtre-lieu" label="Lieu" value=place options=place_options placeholder="Tous les lieux" />
                </div>
                <div class="fr-col-12 fr-col-md-4">
                    <SelectField id="filtre-type" label="Type de convocation" value=kind options=type_options placeholder="Tous les types" />
                </div>
            </div>
            <Checkbox id="filtre-pleins" label="Afficher les créneaux pleins" checked=full />
        </form>
        <SuccessAlert message=outcome />
        <div aria-live="polite">
            {fetched(slots, move |page: SlotPage| view! { <SlotTable slots=page.items total=page.total types=type_options changed /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
    }
}
