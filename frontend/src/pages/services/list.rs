//! `/administration/services`: the services the signed-in agent may see (features §2.10):
//! every one for the central admin, their jurisdiction for local admins; the central admin
//! creates services here.

use super::new::NewServiceForm;
use crate::api;
use crate::components::{PageHeading, RequireAgent, SessionNotice, TableFrame, fetched};
use crate::session::{Session, actor};
use leptos::prelude::*;
use msj_contract::organizations::Organization;
use msj_contract::reference::Territory;
use msj_domain::access::organizations::create_organization;

/// The service list.
#[component]
pub fn ServiceList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let may_create = session.user().is_some_and(|user| {
        actor(&user).is_some_and(|actor| create_organization(&actor).is_allowed())
    });
    let loaded = LocalResource::new(move || async move {
        let services = api::organizations::list(session).await?;
        Ok::<_, api::ApiError>((services, api::organizations::territories(session).await?))
    });
    view! {
        <PageHeading title="Services">"Services"</PageHeading>
        <SessionNotice />
        {fetched(loaded, move |(services, territories): (Vec<Organization>, Vec<Territory>)| view! {
            <Rows services=services.clone() territories=territories.clone() />
            {may_create.then(|| view! { <Creation services territories /> })}
        })}
    }
}

/// « Créer un service »: the button, then the form.
#[component]
fn Creation(services: Vec<Organization>, territories: Vec<Territory>) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <h2 class="fr-h4 fr-mt-4w">"Créer un service"</h2>
        <Show when=move || open.get()
            fallback=move || view! { <button type="button" class="fr-btn" on:click=move |_| open.set(true)>"Créer un service"</button> }>
            <NewServiceForm services=services.clone() territories=territories.clone() />
        </Show>
    }
}

#[component]
fn Rows(services: Vec<Organization>, territories: Vec<Territory>) -> impl IntoView {
    let caption = match services.len() {
        1 => "1 service".to_owned(),
        n => format!("{n} services"),
    };
    let territory = move |key: &str| {
        territories
            .iter()
            .find(|territory| territory.key == key)
            .map_or_else(|| key.to_owned(), |territory| territory.label.clone())
    };
    view! {
        <TableFrame label="Liste des services">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Nom"</th><th scope="col">"Type"</th><th scope="col">"Territoire"</th>
                    <th scope="col">"Fuseau horaire"</th><th scope="col">"Email structurel"</th>
                </tr></thead>
                <tbody>
                    {services.into_iter().map(|service| view! {
                        <tr>
                            <td><a class="fr-link" href=format!("/administration/services/{}", service.id)>{service.name.clone()}</a></td>
                            <td>{kind_label(&service.kind)}</td>
                            <td>{territory(&service.territory)}</td>
                            <td>{service.time_zone.clone()}</td>
                            <td>{service.structural_email.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableFrame>
    }
}

/// « SPIP » or « TJ ».
pub fn kind_label(kind: &str) -> &'static str {
    match kind.parse::<msj_domain::roles::OrganizationType>() {
        Ok(kind) => kind.label(),
        Err(_) => "",
    }
}
