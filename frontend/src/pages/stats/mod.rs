//! `/statistiques` (features §2.11): the figures of the agent's service (the central admin:
//! any service, or the whole country) over a period of months, as bar charts each with its
//! data table and its CSV file; and the home page's last three months.

mod chart;
mod download;
mod recent;
mod report;
mod table;

pub use recent::RecentStats;

use crate::api;
use crate::components::format::today;
use crate::components::{PageHeading, RequireAgent, SelectField, TextField, fetched};
use crate::session::Session;
use chrono::{Datelike, Months, NaiveDate};
use leptos::prelude::*;
use msj_contract::organizations::Organization;
use report::Report;

/// `AAAA-MM` of `date`.
fn month(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// The query of the scope (`""`: own service, `national`, or a service id) and the months.
fn query(scope: &str, from: String, to: String) -> String {
    let (national, organization) = match scope {
        "" => (String::new(), String::new()),
        "national" => ("true".to_owned(), String::new()),
        id => (String::new(), id.to_owned()),
    };
    api::query(&[
        ("national", national),
        ("organization_id", organization),
        ("from", from),
        ("to", to),
    ])
}

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    view! { <RequireAgent><Statistics /></RequireAgent> }
}

#[component]
fn Statistics() -> impl IntoView {
    let session = Session::get();
    let admin = session.user().is_some_and(|user| user.role == "admin");
    let today = today();
    let scope = RwSignal::new(String::new());
    let from = RwSignal::new(month(today - Months::new(11)));
    let to = RwSignal::new(month(today));
    let applied = RwSignal::new(query("", from.get_untracked(), to.get_untracked()));
    let stats = LocalResource::new(move || api::stats::statistics(session, applied.get()));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        applied.set(query(
            &scope.get_untracked(),
            from.get_untracked(),
            to.get_untracked(),
        ));
    };
    let none = Signal::derive(Vec::new);
    view! {
        <PageHeading title="Statistiques">"Statistiques"</PageHeading>
        <p>"Convocations, présence, SMS et délais, recalculés toutes les heures."</p>
        <form class="fr-mb-4w" on:submit=submit aria-label="Choix des statistiques">
            {admin.then(|| view! { <Scope scope /> })}
            <TextField id="stats-du" label="Du mois" kind="month" autocomplete="off" value=from
                errors=none hint="Format : AAAA-MM" />
            <TextField id="stats-au" label="Au mois (inclus)" kind="month" autocomplete="off" value=to
                errors=none hint="Format : AAAA-MM" />
            <button class="fr-btn" type="submit">"Afficher"</button>
        </form>
        {fetched(stats, move |stats| view! { <Report stats query=applied.get_untracked() /> })}
    }
}

/// The central admin's choice: their service, another one, or the whole country.
#[component]
fn Scope(scope: RwSignal<String>) -> impl IntoView {
    let session = Session::get();
    let services = LocalResource::new(move || api::home::switch_targets(session));
    let options = Signal::derive(move || {
        let mut options = vec![(
            "national".to_owned(),
            "National (tous les services)".to_owned(),
        )];
        if let Some(Ok(list)) = services.get() {
            options.extend(list.into_iter().map(|o: Organization| (o.id, o.name)));
        }
        options
    });
    view! { <SelectField id="stats-service" label="Service" value=scope options placeholder="Mon service" /> }
}
