//! The probationer search (features §2.2): live results under the field (300 ms after the
//! last key), « mes probationnaires » / « mon ressort » filters, 10 per page; the text stays in
//! the address (`?q=`) so that back, forward and shared links find the same list.

use crate::api;
use crate::api::convicts::ConvictQuery;
use crate::components::format::short_date;
use crate::components::{Checkbox, Pagination, TableFrame, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use msj_contract::convicts::{ConvictPage, ConvictSummary};
use std::time::Duration;

/// Delay after the last key before searching.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// The search field, its filters and the results.
#[component]
pub fn ConvictSearch() -> impl IntoView {
    let session = Session::get();
    let menu = session.user().map(|user| user.menu).unwrap_or_default();
    let initial = use_query_map().get_untracked().get("q").unwrap_or_default();
    let typed = RwSignal::new(initial.clone());
    let text = RwSignal::new(initial);
    let mine = RwSignal::new(false);
    let ressort = RwSignal::new(false);
    let page = RwSignal::new(1_i64);
    let generation = StoredValue::new(0_u32);
    let navigate = use_navigate();
    Effect::new(move || {
        let value = typed.get();
        let ticket = generation.get_value().wrapping_add(1);
        generation.set_value(ticket);
        let navigate = navigate.clone();
        set_timeout(
            move || {
                let current = generation.try_get_value() == Some(ticket);
                if current && text.try_get_untracked().is_some_and(|text| text != value) {
                    let target = if value.trim().is_empty() {
                        window().location().pathname().unwrap_or_default()
                    } else {
                        format!(
                            "{}?q={}",
                            window().location().pathname().unwrap_or_default(),
                            String::from(js_sys::encode_uri_component(value.trim()))
                        )
                    };
                    navigate(
                        &target,
                        NavigateOptions {
                            replace: true,
                            scroll: false,
                            ..Default::default()
                        },
                    );
                    page.set(1);
                    text.set(value);
                }
            },
            DEBOUNCE,
        );
    });
    let results = LocalResource::new(move || {
        let query = ConvictQuery {
            text: text.get(),
            mine: mine.get(),
            ressort: ressort.get(),
            page: page.get(),
        };
        api::convicts::list(session, query)
    });
    let total = Signal::derive(move || {
        results
            .get()
            .and_then(Result::ok)
            .map_or(0, |page: ConvictPage| page.total)
    });
    view! {
        <div class="fr-mb-3w">
            <div class="fr-search-bar fr-mb-2w" role="search">
                <label class="fr-label" for="recherche-probationnaire">"Rechercher un probationnaire (nom, prénom ou téléphone)"</label>
                <input class="fr-input" type="search" id="recherche-probationnaire" name="q" autocomplete="off"
                    aria-controls="resultats-probationnaires" bind:value=typed />
            </div>
            {menu.my_convicts_filter.then(|| view! {
                <Checkbox id="filtre-mes-probationnaires" label="Afficher uniquement mes probationnaires" checked=mine />
            })}
            {menu.ressort_filter.then(|| view! {
                <Checkbox id="filtre-mon-ressort" label="Afficher uniquement les probationnaires de mon ressort" checked=ressort />
            })}
        </div>
        <div id="resultats-probationnaires" aria-live="polite">
            {fetched(results, |page: ConvictPage| view! { <Results page /> })}
        </div>
        <Pagination page total per_page=10 />
    }
}

#[component]
fn Results(page: ConvictPage) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucun probationnaire ne correspond à votre recherche."</p> }.into_any();
    }
    let count = match page.total {
        1 => "1 probationnaire".to_owned(),
        n => format!("{n} probationnaires"),
    };
    view! {
        <TableFrame label="Résultats de la recherche">
                <table>
                    <caption>{count}</caption>
                    <thead><tr>
                        <th scope="col">"Nom"</th>
                        <th scope="col">"Date de naissance"</th>
                        <th scope="col">"N° dossier APPI"</th>
                        <th scope="col">"Téléphone"</th>
                        <th scope="col">"Suivi par"</th>
                        <th scope="col">"Actions"</th>
                    </tr></thead>
                    <tbody>
                        {page.items.into_iter().map(|convict| view! { <Row convict /> }).collect_view()}
                    </tbody>
                </table>
            </TableFrame>
    }
    .into_any()
}

#[component]
fn Row(convict: ConvictSummary) -> impl IntoView {
    let name = format!(
        "{} {}",
        convict.last_name.to_uppercase(),
        convict.first_name
    );
    let profile = format!("/probationnaires/{}", convict.id);
    let book = format!("/convocations/nouvelle?probationnaire={}", convict.id);
    let details = convict.details.clone();
    let archived = details.as_ref().is_some_and(|details| details.archived);
    let services = convict
        .organizations
        .iter()
        .map(|organization| organization.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <tr>
            <td><a class="fr-link" href=profile>{name}</a>
                {archived.then(|| view! { " " <span class="fr-badge fr-badge--sm">"Archivé"</span> })}</td>
            <td>{short_date(convict.date_of_birth)}</td>
            <td>{details.as_ref().and_then(|details| details.appi_number.clone())}</td>
            <td>{details.as_ref().and_then(|details| details.phone_display.clone())}</td>
            <td>{services}</td>
            <td>{(!archived).then(|| view! {
                <a class="fr-btn fr-btn--sm fr-btn--secondary" href=book>
                    "Convoquer" <span class="fr-sr-only">" " {format!("{} {}", convict.first_name, convict.last_name)}</span>
                </a>
            })}</td>
        </tr>
    }
}
