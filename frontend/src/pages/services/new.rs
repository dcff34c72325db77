//! « Créer un service » (central admin, features §2.10): name, type, territory and time zone,
//! structural email, headquarter, court flags and the services of the other type it is linked
//! to.

use crate::api::{self, ApiError};
use crate::components::{
    Checkbox, CheckboxGroup, ErrorAlert, Notice, RadioGroup, SelectField, TextField, errors_at,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use msj_contract::organizations::{NewOrganization, Organization};
use msj_contract::reference::Territory;

/// (key, label) of the service types.
const KINDS: [(&str, &str); 2] = [("spip", "SPIP"), ("tj", "TJ (tribunal judiciaire)")];

/// The creation form; `services` and `territories` are those the list shows.
#[component]
pub fn NewServiceForm(services: Vec<Organization>, territories: Vec<Territory>) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let (name, email, headquarter) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let kind = RwSignal::new("spip".to_owned());
    let territory = RwSignal::new(
        territories
            .first()
            .map(|t| t.key.clone())
            .unwrap_or_default(),
    );
    let time_zone = RwSignal::new(String::new());
    let (inter_ressort, japat) = (RwSignal::new(false), RwSignal::new(false));
    let linked = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<ApiError>);
    let territories = StoredValue::new(territories);
    let territory_options = Signal::derive(move || {
        territories.with_value(|all| {
            all.iter()
                .map(|t| (t.key.clone(), t.label.clone()))
                .collect::<Vec<_>>()
        })
    });
    let zones = Signal::derive(move || {
        let key = territory.get();
        territories.with_value(|all| {
            all.iter()
                .find(|t| t.key == key)
                .map(|t| {
                    t.time_zones
                        .iter()
                        .map(|z| (z.clone(), z.clone()))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let services = StoredValue::new(services);
    let others = Signal::derive(move || {
        let own = kind.get();
        services.with_value(|all| {
            all.iter()
                .filter(|s| s.kind != own)
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let court = kind.get_untracked() == "tj";
        let text = |signal: RwSignal<String>| {
            Some(signal.get_untracked().trim().to_owned()).filter(|t| !t.is_empty())
        };
        let request = NewOrganization {
            name: name.get_untracked().trim().to_owned(),
            kind: kind.get_untracked(),
            territory: territory.get_untracked(),
            time_zone: Some(time_zone.get_untracked()).filter(|z| !z.is_empty()),
            structural_email: text(email),
            headquarter: text(headquarter),
            use_inter_ressort: court && inter_ressort.get_untracked(),
            is_japat_court: court && japat.get_untracked(),
            linked_organization_ids: others.with_untracked(|others| {
                linked.with_untracked(|linked| {
                    linked
                        .iter()
                        .filter(|id| others.iter().any(|(other, _)| other == *id))
                        .cloned()
                        .collect()
                })
            }),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::organizations::create(session, request).await {
                Ok(service) => {
                    session.set_notice(Notice::success("Service créé avec succès."));
                    navigate(
                        &format!("/administration/services/{}", service.id),
                        Default::default(),
                    );
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    view! {
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label="Créer un service">
            <TextField id="nom-service" label="Nom" kind="text" autocomplete="off" value=name errors=errors("/name") hint="Par exemple SPIP 974." />
            <RadioGroup id="type-service" legend="Type" options=&KINDS value=kind errors=errors("/kind") />
            <SelectField id="territoire" label="Territoire" value=territory options=territory_options errors=errors("/territory") />
            <SelectField id="fuseau" label="Fuseau horaire" value=time_zone options=zones errors=errors("/time_zone")
                placeholder="Celui du territoire" />
            <TextField id="email-structurel" label="Email structurel" kind="email" autocomplete="off" optional=true value=email errors=errors("/structural_email") />
            <TextField id="siege" label="Siège (facultatif)" kind="text" autocomplete="off" optional=true value=headquarter errors=errors("/headquarter")
                hint="Regroupe plusieurs services, par exemple un SPIP et ses antennes ; créé s'il n'existe pas." />
            {move || (kind.get() == "tj").then(|| view! {
                <Checkbox id="inter-ressort" label="Inter-ressort" checked=inter_ressort
                    hint="Le BEX de ce tribunal peut convoquer selon la commune de résidence du probationnaire." />
                <Checkbox id="japat" label="Tribunal du JAP antiterroriste (JAPAT)" checked=japat />
            })}
            <CheckboxGroup id="services-lies" legend="Services liés" hint="Les services de l'autre type qui forment son ressort."
                options=others chosen=linked errors=errors("/linked_organization_ids") />
            <button class="fr-btn" type="submit">"Créer le service"</button>
        </form>
    }
}
