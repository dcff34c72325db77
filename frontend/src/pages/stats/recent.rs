//! The home page's last three months of the agent's service, for those who read statistics.

use leptos::prelude::*;
use msj_contract::stats::Statistics;

use super::table::StatsTable;
use super::{month, query};
use crate::api;
use crate::components::fetched;
use crate::components::format::today;
use crate::session::Session;

/// « Les 3 derniers mois » of the service, compact; a link to the statistics page.
#[component]
pub fn RecentStats() -> impl IntoView {
    let session = Session::get();
    let today = today();
    let from = month(today - chrono::Months::new(2));
    let stats = LocalResource::new(move || {
        api::stats::statistics(session, query("", from.clone(), month(today)))
    });
    view! {
        <section class="fr-mt-4w">
            <h2 class="fr-h4">"Les 3 derniers mois de votre service"</h2>
            {fetched(stats, |stats: Statistics| view! {
                <StatsTable caption="Chiffres clés des 3 derniers mois".to_owned() group="Mois"
                    rows=stats.months total=Some(stats.total) compact=true />
            })}
            <p><a class="fr-link" href="/statistiques">"Toutes les statistiques"</a></p>
        </section>
    }
}
