//! `/administration/agents`: the agents the signed-in agent manages (features §2.10), with a
//! name search, a service filter for the central admin and pages of 10; the filters live in
//! the address (`?q=&service=&page=`).

use super::rights::sees_every_service;
use crate::api;
use crate::components::format::person;
use crate::components::{
    PageHeading, Pagination, RequireAgent, SelectField, SessionNotice, TableFrame, fetched,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use msj_contract::users::{User, UserPage};

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

#[component]
fn Rows(page: UserPage, names: Signal<Vec<(String, String)>>) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucun agent ne correspond à ces critères."</p> }.into_any();
    }
    let caption = match page.total {
        1 => "1 agent".to_owned(),
        n => format!("{n} agents"),
    };
    view! {
        <TableFrame label="Liste des agents">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Nom"</th><th scope="col">"Adresse électronique"</th>
                    <th scope="col">"Rôle"</th><th scope="col">"Service"</th><th scope="col">"État"</th>
                </tr></thead>
                <tbody>
                    {page.items.into_iter().map(|agent| view! { <Row agent names /> }).collect_view()}
                </tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

#[component]
fn Row(agent: User, names: Signal<Vec<(String, String)>>) -> impl IntoView {
    let id = agent.organization_id.clone();
    let service = move || {
        names.with(|names| {
            names
                .iter()
                .find(|(key, _)| *key == id)
                .map(|(_, name)| name.clone())
        })
    };
    view! {
        <tr>
            <td><a class="fr-link" href=format!("/administration/agents/{}", agent.id)>
                {person(&agent.first_name, &agent.last_name)}</a></td>
            <td>{agent.email.clone()}</td>
            <td>{agent.role_label.clone()}</td>
            <td>{service}</td>
            <td><AgentState agent /></td>
        </tr>
    }
}

/// « Bloqué », « Invitation en attente » or « Actif ».
#[component]
pub fn AgentState(agent: User) -> impl IntoView {
    let (colour, label) = if agent.locked {
        ("fr-badge--error", "Bloqué")
    } else if !agent.active {
        ("fr-badge--new", "Invitation en attente")
    } else {
        ("fr-badge--success", "Actif")
    };
    view! { <p class=format!("fr-badge fr-badge--sm fr-badge--no-icon {colour}")>{label}</p> }
}
