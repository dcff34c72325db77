//! `/administration/agents`: the agents the signed-in agent manages (features §2.10), with a
//! name search, a service filter for the central admin and pages of 10; the filters live in
//! the address (`?q=&service=&page=`).

use super::rights::sees_every_service;
use super::table::Rows;
use crate::api;
use crate::components::{
    PageHeading, Pagination, RequireAgent, SelectField, SessionNotice, fetched,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use msj_contract::users::UserPage;

/// Agents per page.
const PER_PAGE: i64 = 10;

/// The agent list.
#[component]
pub fn AgentList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let every_service = session.user().is_some_and(|user| sees_every_service(&user));
    let query = use_query_map();
    let read = move |name: &str| query.with_untracked(|query| query.get(name).unwrap_or_default());
    let typed = RwSignal::new(read("q"));
    let text = RwSignal::new(read("q"));
    let service = RwSignal::new(read("service"));
    let page = RwSignal::new(read("page").parse::<i64>().unwrap_or(1).max(1));
    let navigate = use_navigate();
    Effect::new(move || {
        let pairs = [
            ("q", text.get()),
            ("service", service.get()),
            ("page", page.get().to_string()),
        ];
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(
            &format!("/administration/agents{}", api::query(&pairs)),
            options,
        );
    });
    let agents = LocalResource::new(move || {
        let pairs = [
            ("q", text.get().trim().to_owned()),
            ("organization_id", service.get()),
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        api::users::list(session, api::query(&pairs))
    });
    let services = LocalResource::new(move || api::organizations::list(session));
    let names = Signal::derive(move || {
        services
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|service| (service.id, service.name))
            .collect::<Vec<_>>()
    });
    let total = Signal::derive(move || agents.get().and_then(Result::ok).map_or(0, |p| p.total));
    Effect::new(move |previous: Option<String>| {
        let chosen = service.get();
        if previous.is_some_and(|previous| previous != chosen) {
            page.set(1);
        }
        chosen
    });
    let search = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        page.set(1);
        text.set(typed.get_untracked());
    };
    view! {
        <PageHeading title="Agents">"Agents"</PageHeading>
        <SessionNotice />
        <p><a class="fr-btn" href="/administration/agents/inviter">"Inviter un agent"</a></p>
        <form class="fr-mb-3w" aria-label="Filtres" on:submit=search>
            <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                <div class="fr-col-12 fr-col-md-5">
                    <div class="fr-input-group">
                        <label class="fr-label" for="recherche-agent">"Nom, prénom ou adresse électronique"
                            <span class="fr-hint-text">"Le début suffit."</span></label>
                        <input class="fr-input" type="search" id="recherche-agent" autocomplete="off" bind:value=typed />
                    </div>
                </div>
                {every_service.then(|| view! {
                    <div class="fr-col-12 fr-col-md-4">
                        <SelectField id="filtre-service" label="Service" value=service options=names placeholder="Tous les services" />
                    </div>
                })}
                <div class="fr-col-12 fr-col-md-3">
                    <button class="fr-btn fr-mb-3w" type="submit">"Rechercher"</button>
                </div>
            </div>
        </form>
        <div aria-live="polite">
            {fetched(agents, move |page: UserPage| view! { <Rows page names /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
    }
}
