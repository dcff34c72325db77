//! `/administration/taches-planifiees`: the runs of the periodic jobs, newest first, 25 per
//! page: job, day, start, end and counts.

use crate::api;
use crate::components::format::{local_moment, short_date};
use crate::components::{PageHeading, Pagination, RequireAgent, TableFrame, fetched};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::job_runs::{JobRun, JobRunPage};

/// Runs per page.
const PER_PAGE: i64 = 25;

/// The list of runs.
#[component]
pub fn JobRunList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let page = RwSignal::new(1_i64);
    let runs = LocalResource::new(move || {
        let pairs = [
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        api::job_runs::list(session, api::query(&pairs))
    });
    let total = Signal::derive(move || runs.get().and_then(Result::ok).map_or(0, |p| p.total));
    view! {
        <PageHeading title="Tâches planifiées">"Tâches planifiées"</PageHeading>
        <p>"Chaque jour, l'application génère les créneaux, relance les dessaisissements, archive les dossiers sans convocation ni changement de service depuis 12 mois, supprime les dossiers archivés depuis plus de 6 mois et purge le journal d'audit de plus d'un an."</p>
        <div aria-live="polite">
            {fetched(runs, |page: JobRunPage| view! { <Runs page /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
    }
}

/// The table of a page of runs.
#[component]
fn Runs(page: JobRunPage) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucune tâche n'a encore été exécutée."</p> }.into_any();
    }
    view! {
        <TableFrame label="Exécutions des tâches planifiées">
            <table>
                <caption>{format!("{} exécutions", page.total)}</caption>
                <thead><tr>
                    <th scope="col">"Tâche"</th><th scope="col">"Jour"</th><th scope="col">"Début"</th>
                    <th scope="col">"Fin"</th><th scope="col">"Résultat"</th>
                </tr></thead>
                <tbody>{page.items.into_iter().map(row).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

fn row(run: JobRun) -> impl IntoView {
    let end = run.finished_at.map_or_else(
        || "En cours ou interrompue".to_owned(),
        |at| local_moment(&at),
    );
    let counts = run
        .counts
        .iter()
        .map(|count| format!("{} : {}", count.label, count.value))
        .collect::<Vec<_>>()
        .join(" · ");
    let day = run
        .period
        .parse::<chrono::NaiveDate>()
        .map_or_else(|_| run.period.clone(), short_date);
    view! {
        <tr>
            <td>{run.label}</td>
            <td>{day}</td>
            <td>{local_moment(&run.started_at)}</td>
            <td>{end}</td>
            <td>{counts}</td>
        </tr>
    }
}
