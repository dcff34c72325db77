//! The figures of one request: the whole period, then per month, appointment type, place and
//! agent, each as a chart of the convocations, a data table and its CSV file.

use leptos::prelude::*;
use msj_contract::stats::{Statistics, StatsRow};

use super::chart::BarChart;
use super::download::CsvButton;
use super::table::StatsTable;
use crate::components::format::local_moment_text;

/// One breakdown: (API table, file name part, heading, first column).
type Section = (&'static str, &'static str, &'static str, &'static str);

const SECTIONS: [Section; 4] = [
    ("months", "mois", "Par mois", "Mois"),
    (
        "appointment-types",
        "types",
        "Par type de convocation",
        "Type de convocation",
    ),
    ("places", "lieux", "Par lieu", "Lieu"),
    ("agents", "agents", "Par agent", "Agent"),
];

/// The statistics `stats` answered to `query`.
#[component]
pub fn Report(stats: Statistics, query: String) -> impl IntoView {
    let refreshed = stats
        .refreshed_at
        .as_deref()
        .and_then(local_moment_text)
        .map_or_else(
            || "pas encore calculés".to_owned(),
            |at| format!("calculés le {at}"),
        );
    let period = format!("{} à {}", stats.from, stats.to);
    let tables: [Vec<StatsRow>; 4] = [
        stats.months,
        stats.appointment_types,
        stats.places,
        stats.agents,
    ];
    view! {
        <h2 class="fr-h3">{format!("{} : {period}", stats.scope_label)}</h2>
        <p class="fr-text--sm">{format!("Chiffres {refreshed}. Taux en pourcentage des convocations passées ou renseignées ; délai moyen (et non médian) entre la prise de rendez-vous et la convocation.")}</p>
        <StatsTable caption=format!("Chiffres clés, {period}") group="Période" rows=Vec::new() total=Some(stats.total) />
        {SECTIONS.into_iter().zip(tables).map(|((table, file, title, group), rows)| {
            let bars = rows.iter().map(|row| (row.label.clone(), row.figures.convocations)).collect();
            view! {
                <section class="fr-mt-4w">
                    <h2 class="fr-h4">{title}</h2>
                    <BarChart caption=format!("Convocations {}", title.to_lowercase()) bars />
                    <StatsTable caption=format!("Statistiques {}, {period}", title.to_lowercase()) group rows total=None />
                    <CsvButton table name=file caption=title query=query.clone() />
                </section>
            }
        }).collect_view()}
    }
}
