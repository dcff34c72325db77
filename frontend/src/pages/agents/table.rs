//! The table of agents: name (link to their page), email, role, service and state.

use crate::components::TableFrame;
use crate::components::format::person;
use leptos::prelude::*;
use msj_contract::users::{User, UserPage};

/// The table of a page of agents; `names` are the services' (id, name).
#[component]
pub fn Rows(page: UserPage, names: Signal<Vec<(String, String)>>) -> impl IntoView {
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

/// « Désactivé », « Bloqué », « Invitation en attente » or « Actif ».
#[component]
pub fn AgentState(agent: User) -> impl IntoView {
    let (colour, label) = if agent.deactivated {
        ("fr-badge--warning", "Désactivé")
    } else if agent.locked {
        ("fr-badge--error", "Bloqué")
    } else if !agent.active {
        ("fr-badge--new", "Invitation en attente")
    } else {
        ("fr-badge--success", "Actif")
    };
    view! { <p class=format!("fr-badge fr-badge--sm fr-badge--no-icon {colour}")>{label}</p> }
}
