//! `/administration/alertes`: the alerts, newest first, 20 per page, with « Modifier » and
//! « Supprimer » (confirmed), and the form below.

use super::delete::DeleteDialog;
use super::form::AlertForm;
use crate::api;
use crate::components::{PageHeading, Pagination, RequireAgent, SuccessAlert, TableFrame, fetched};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::alerts::{Alert, AlertPage};
use msj_domain::alerts::AlertKind;

/// Alerts per page.
const PER_PAGE: i64 = 20;

/// The « Alertes » screen.
#[component]
pub fn AlertList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let page = RwSignal::new(1_i64);
    let version = RwSignal::new(0_u32);
    let alerts = LocalResource::new(move || {
        version.track();
        api::alerts::list(session, page.get(), PER_PAGE)
    });
    let total = Signal::derive(move || alerts.get().and_then(Result::ok).map_or(0, |p| p.total));
    let organizations = LocalResource::new(move || api::organizations::list(session));
    let services = Signal::derive(move || {
        organizations
            .get()
            .and_then(Result::ok)
            .map_or_else(Vec::new, |list| {
                list.into_iter().map(|o| (o.id, o.name)).collect()
            })
    });
    let (editing, chosen) = (RwSignal::new(None), RwSignal::new(None));
    let done = RwSignal::new(None::<String>);
    view! {
        <PageHeading title="Alertes">"Alertes"</PageHeading>
        <p>"Une alerte s'affiche en haut de l'application pour les agents du service et du rôle choisis, jusqu'à ce que chacun la marque comme lue."</p>
        <SuccessAlert message=done />
        <div aria-live="polite">
            {fetched(alerts, move |page: AlertPage| view! { <Rows items=page.items services editing chosen /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
        <AlertForm services editing done version />
        <DeleteDialog chosen done version />
    }
}

#[component]
fn Rows(
    items: Vec<Alert>,
    services: Signal<Vec<(String, String)>>,
    editing: RwSignal<Option<Alert>>,
    chosen: RwSignal<Option<Alert>>,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>"Aucune alerte."</p> }.into_any();
    }
    let service_name = move |id: &Option<String>| match id {
        None => "Tous les services".to_owned(),
        Some(id) => services.with(|list| {
            list.iter()
                .find(|(known, _)| known == id)
                .map_or_else(|| id.clone(), |(_, name)| name.clone())
        }),
    };
    view! {
        <TableFrame label="Liste des alertes">
            <table>
                <caption>"Alertes"</caption>
                <thead><tr>
                    <th scope="col">"Titre"</th><th scope="col">"Type"</th><th scope="col">"Service"</th>
                    <th scope="col">"Rôle"</th><th scope="col">"Actions"</th>
                </tr></thead>
                <tbody>{items.into_iter().map(|alert| {
                    let named = format!(" l'alerte {}", alert.title);
                    let kind = AlertKind::ALL.into_iter().find(|k| k.key() == alert.kind).map_or("", AlertKind::label);
                    let organization = alert.organization_id.clone();
                    let role = alert.role_label.clone().unwrap_or_else(|| "Tous les rôles".to_owned());
                    let (edited, deleted) = (alert.clone(), alert.clone());
                    view! { <tr>
                        <td>{alert.title.clone()}</td><td>{kind}</td>
                        <td>{move || service_name(&organization)}</td><td>{role}</td>
                        <td><ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                            <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary"
                                on:click=move |_| editing.set(Some(edited.clone()))>
                                "Modifier" <span class="fr-sr-only">{named.clone()}</span></button></li>
                            <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary"
                                on:click=move |_| chosen.set(Some(deleted.clone()))>
                                "Supprimer" <span class="fr-sr-only">{named}</span></button></li>
                        </ul></td>
                    </tr> }
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}
