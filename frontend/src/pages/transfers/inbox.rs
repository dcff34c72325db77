//! `/administration/dessaisissements?sens=sortantes&etat=terminees&page=2`: one list at a
//! time, chosen by two groups of links kept in the address.

use super::table::TransferTable;
use crate::api;
use crate::components::{
    PageHeading, Pagination, RequireAgent, SessionNotice, SuccessAlert, fetched, keep_in_address,
    query_page, query_value,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::divestments::DivestmentPage;

/// Requests per page.
const PER_PAGE: i64 = 10;

/// The transfers inbox.
#[component]
pub fn TransfersInbox() -> impl IntoView {
    view! { <RequireAgent><Inbox /></RequireAgent> }
}

#[component]
fn Inbox() -> impl IntoView {
    let session = Session::get();
    let outgoing = RwSignal::new(query_value("sens") == "sortantes");
    let done = RwSignal::new(query_value("etat") == "terminees");
    let page = RwSignal::new(query_page());
    keep_in_address("/administration/dessaisissements", move || {
        vec![
            (
                "sens",
                if outgoing.get() { "sortantes" } else { "" }.to_owned(),
            ),
            ("etat", if done.get() { "terminees" } else { "" }.to_owned()),
            ("page", page.get().to_string()),
        ]
    });
    let version = RwSignal::new(0_u32);
    let requests = LocalResource::new(move || {
        version.track();
        let pairs = [
            (
                "direction",
                if outgoing.get() {
                    "outgoing"
                } else {
                    "incoming"
                }
                .to_owned(),
            ),
            (
                "status",
                if done.get() { "done" } else { "pending" }.to_owned(),
            ),
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        api::divestments::list(session, api::query(&pairs))
    });
    let total = Signal::derive(move || requests.get().and_then(Result::ok).map_or(0, |p| p.total));
    let outcome = RwSignal::new(None::<String>);
    let changed = Callback::new(move |text: String| {
        outcome.set(Some(text));
        version.update(|v| *v += 1);
    });
    let choose = move |signal: RwSignal<bool>, value: bool| {
        signal.set(value);
        page.set(1);
    };
    view! {
        <PageHeading title="Demandes de dessaisissement">"Demandes de dessaisissement"</PageHeading>
        <SessionNotice />
        <SuccessAlert message=outcome />
        <nav aria-label="Choix de la liste" class="fr-mb-3w">
            <ul class="fr-tags-group">
                <Choice label="Entrantes" current=Signal::derive(move || !outgoing.get()) pick=move || choose(outgoing, false) />
                <Choice label="Sortantes" current=Signal::derive(move || outgoing.get()) pick=move || choose(outgoing, true) />
            </ul>
            <ul class="fr-tags-group">
                <Choice label="En cours" current=Signal::derive(move || !done.get()) pick=move || choose(done, false) />
                <Choice label="Terminées" current=Signal::derive(move || done.get()) pick=move || choose(done, true) />
            </ul>
        </nav>
        <h2 class="fr-h4">{move || format!("Demandes {} {}",
            if outgoing.get() { "sortantes" } else { "entrantes" },
            if done.get() { "terminées" } else { "en cours" })}</h2>
        {move || {
            let incoming = !outgoing.get();
            fetched(requests, move |list: DivestmentPage| view! { <TransferTable list=list.items incoming changed /> })
        }}
        <Pagination page total per_page=PER_PAGE />
    }
}

/// A DSFR tag button, pressed when its list is shown.
#[component]
fn Choice(label: &'static str, current: Signal<bool>, pick: impl Fn() + 'static) -> impl IntoView {
    view! {
        <li><button type="button" class="fr-tag" aria-pressed=move || current.get().to_string()
            on:click=move |_| pick()>{label}</button></li>
    }
}
