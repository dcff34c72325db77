//! The table of the audit log: when, who (by name, and who really acted while impersonating),
//! what, about which object, from which address.

use crate::api::{self, ApiError};
use crate::components::TableFrame;
use crate::components::format::{local_moment, person};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::audit::{AuditEvent, AuditPage};

/// Agent ids and their names.
pub type Names = Vec<(String, String)>;

/// A page of the log (`query` ready, `?…`) and the names of the agents it mentions.
pub async fn with_names(session: Session, query: String) -> Result<(AuditPage, Names), ApiError> {
    let page = api::audit::list(session, query).await?;
    let mut names = Names::new();
    for event in &page.items {
        for id in [&event.actor_id, &event.real_actor_id]
            .into_iter()
            .flatten()
        {
            if names.iter().all(|(known, _)| known != id) {
                let name = api::users::get(session, id.clone()).await.map_or_else(
                    |_| "Agent supprimé".to_owned(),
                    |agent| person(&agent.first_name, &agent.last_name),
                );
                names.push((id.clone(), name));
            }
        }
    }
    Ok((page, names))
}

/// The events of a page.
#[component]
pub fn Events(page: AuditPage, names: Names) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucun événement ne correspond à ces critères."</p> }.into_any();
    }
    let caption = match page.total {
        1 => "1 événement".to_owned(),
        n => format!("{n} événements"),
    };
    view! {
        <TableFrame label="Événements du journal d'audit">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Date"</th><th scope="col">"Agent"</th><th scope="col">"Action"</th>
                    <th scope="col">"Objet"</th><th scope="col">"Adresse IP"</th>
                </tr></thead>
                <tbody>
                    {page.items.into_iter().map(|event| row(event, &names)).collect_view()}
                </tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

fn row(event: AuditEvent, names: &Names) -> impl IntoView + use<> {
    let name = |id: &Option<String>| {
        let id = id.as_ref()?;
        names
            .iter()
            .find(|(known, _)| known == id)
            .map(|(_, name)| name.clone())
    };
    let actor = event.actor_id.clone().map(|id| {
        let label = name(&event.actor_id).unwrap_or_default();
        view! { <a class="fr-link" href=format!("/administration/agents/{id}")>{label}</a> }
    });
    let real = (event.real_actor_id != event.actor_id)
        .then(|| name(&event.real_actor_id))
        .flatten()
        .map(|real| view! { <br /><span class="fr-text--sm">{format!("par {real}")}</span> });
    view! {
        <tr>
            <td>{local_moment(&event.occurred_at)}</td>
            <td>{actor}{real}</td>
            <td>{msj_domain::audit_actions::action_label(&event.action).to_owned()}</td>
            <td><Target kind=event.object_type.clone() id=event.object_id.clone() /></td>
            <td>{event.ip.clone()}</td>
        </tr>
    }
}

/// The object of an event, linked to its page when it has one.
#[component]
fn Target(kind: String, id: Option<String>) -> impl IntoView {
    let (label, path) = match kind.as_str() {
        "convict" => ("Probationnaire", Some("/probationnaires")),
        "appointment" => ("Convocation", Some("/convocations")),
        "user" => ("Agent", Some("/administration/agents")),
        "organization" => ("Service", Some("/administration/services")),
        _ => ("", None),
    };
    let label = if label.is_empty() {
        kind.clone()
    } else {
        label.to_owned()
    };
    match (path, id) {
        (Some(path), Some(id)) => view! {
            <a class="fr-link" href=format!("{path}/{id}")>{label}<span class="fr-sr-only">{format!(" {id}")}</span></a>
        }
        .into_any(),
        (_, Some(id)) => view! { {label} " " <code>{id}</code> }.into_any(),
        (_, None) => view! { {label} }.into_any(),
    }
}
