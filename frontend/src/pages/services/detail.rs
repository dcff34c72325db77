//! `/administration/services/:id`: a service's page (features §2.10): its settings (editable
//! by the central admin), its linked services and, for a court, the extra columns of its
//! sorties d'audience.

use super::columns::ExtraColumns;
use super::list::kind_label;
use super::settings::SettingsForm;
use crate::api::{self, ApiError};
use crate::components::{PageHeading, RequireAgent, SessionNotice, fetched};
use crate::session::{Session, actor};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use msj_contract::organizations::{AppointmentType, Organization};
use msj_contract::reference::Territory;
use msj_contract::slots::ExtraField;
use msj_domain::access::organizations::edit_organization;

/// What the page shows.
#[derive(Clone)]
struct Loaded {
    service: Organization,
    /// Every service the agent sees.
    services: Vec<Organization>,
    territories: Vec<Territory>,
    /// The appointment types booked into slots (those extra columns apply to).
    types: Vec<AppointmentType>,
    /// The extra columns (courts).
    fields: Vec<ExtraField>,
}

async fn load(session: Session, id: String) -> Result<Loaded, ApiError> {
    let service = api::organizations::get(session, id.clone()).await?;
    let court = service.kind == "tj";
    Ok(Loaded {
        services: api::organizations::list(session).await?,
        territories: api::organizations::territories(session).await?,
        types: if court {
            let types = api::places::types(session).await?;
            types.into_iter().filter(|kind| kind.slot_system).collect()
        } else {
            Vec::new()
        },
        fields: if court {
            api::organizations::extra_fields(session, id).await?
        } else {
            Vec::new()
        },
        service,
    })
}

/// The service's page.
#[component]
pub fn ServiceDetail() -> impl IntoView {
    view! { <RequireAgent><Page /></RequireAgent> }
}

#[component]
fn Page() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let version = RwSignal::new(0_u32);
    let loaded = LocalResource::new(move || {
        version.track();
        load(
            session,
            params.with(|params| params.get("id").unwrap_or_default()),
        )
    });
    let changed = Callback::new(move |()| version.update(|version| *version += 1));
    let title = move || {
        loaded
            .get()
            .and_then(Result::ok)
            .map_or_else(|| "Service".to_owned(), |loaded| loaded.service.name)
    };
    view! {
        <PageHeading title="Service">{title}</PageHeading>
        <SessionNotice />
        {fetched(loaded, move |loaded: Loaded| view! { <Body loaded changed /> })}
    }
}

#[component]
fn Body(loaded: Loaded, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let editable = session.user().is_some_and(|user| {
        actor(&user).is_some_and(|actor| edit_organization(&actor).is_allowed())
    });
    let Loaded {
        service,
        services,
        territories,
        types,
        fields,
    } = loaded;
    let territory = territories.into_iter().find(|t| t.key == service.territory);
    let linked: Vec<String> = services
        .iter()
        .filter(|other| {
            other.id != service.id && service.linked_organization_ids.contains(&other.id)
        })
        .map(|other| other.name.clone())
        .collect();
    let court = service.kind == "tj";
    let quiet = format!(
        "de {} à {}",
        service.quiet_hours_start, service.quiet_hours_end
    );
    view! {
        <dl class="fr-mb-3w">
            <dt class="fr-text--bold">"Type"</dt><dd>{kind_label(&service.kind)}</dd>
            <dt class="fr-text--bold">"Territoire"</dt><dd>{territory.as_ref().map(|t| t.label.clone())}</dd>
            <dt class="fr-text--bold">"Services liés"</dt>
            <dd>{if linked.is_empty() { "Aucun".to_owned() } else { linked.join(", ") }}</dd>
            {(!editable).then(|| view! {
                <dt class="fr-text--bold">"Fuseau horaire"</dt><dd>{service.time_zone.clone()}</dd>
                <dt class="fr-text--bold">"Email structurel"</dt><dd>{service.structural_email.clone().unwrap_or_default()}</dd>
                <dt class="fr-text--bold">"Nom d'expéditeur des SMS"</dt><dd>{service.sms_sender.clone()}</dd>
                <dt class="fr-text--bold">"Heures de silence des SMS"</dt><dd>{quiet}</dd>
            })}
        </dl>
        {editable.then(|| {
            let zones = territory.map(|t| t.time_zones).unwrap_or_default();
            view! { <SettingsForm service=service.clone() zones /> }
        })}
        {court.then(|| view! { <ExtraColumns service fields types changed /> })}
    }
}
