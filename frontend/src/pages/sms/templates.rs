//! `/administration/modeles-sms?service=…&type=…`: the five SMS of one appointment type,
//! nationally (« Modèles nationaux ») or for one service.

use super::editor::TemplateEditor;
use crate::api;
use crate::components::{
    PageHeading, RequireAgent, SelectField, fetched, keep_in_address, options_from, query_value,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::notifications::NotificationTemplate;

/// The templates page.
#[component]
pub fn SmsTemplates() -> impl IntoView {
    view! { <RequireAgent><Templates /></RequireAgent> }
}

#[component]
fn Templates() -> impl IntoView {
    let session = Session::get();
    let service = RwSignal::new(query_value("service"));
    let kind = RwSignal::new(query_value("type"));
    keep_in_address("/administration/modeles-sms", move || {
        vec![("service", service.get()), ("type", kind.get())]
    });
    let services = LocalResource::new(move || api::organizations::list(session));
    let types = LocalResource::new(move || api::places::types(session));
    let service_options = options_from(services, |s| (s.id.clone(), s.name.clone()));
    let type_options = options_from(types, |t| (t.key.clone(), t.name.clone()));
    Effect::new(move || {
        if kind.get_untracked().is_empty()
            && let Some((first, _)) = type_options.get().first()
        {
            kind.set(first.clone());
        }
    });
    let templates = LocalResource::new(move || {
        let (service, kind) = (service.get(), kind.get());
        async move {
            if kind.is_empty() {
                return Ok(Vec::new());
            }
            api::sms::templates(session, service, kind).await
        }
    });
    view! {
        <PageHeading title="Modèles SMS">"Modèles SMS"</PageHeading>
        <p>"Variables possibles : " <code>"{rdv.date}"</code> ", " <code>"{rdv.heure}"</code> ", " <code>"{lieu.nom}"</code> ", "
            <code>"{lieu.adresse}"</code> ", " <code>"{lieu.téléphone}"</code> ", " <code>"{lieu.contact}"</code> ", " <code>"{lieu.lien_info}"</code>
            ". La mention STOP SMS est ajoutée automatiquement."</p>
        <form class="fr-grid-row fr-grid-row--gutters fr-mb-3w" aria-label="Choix des modèles" on:submit=|event| event.prevent_default()>
            <div class="fr-col-12 fr-col-md-6">
                <SelectField id="service" label="Modèles de" value=service options=service_options placeholder="Modèles nationaux (par défaut)" />
            </div>
            <div class="fr-col-12 fr-col-md-6">
                <SelectField id="type" label="Type de convocation" value=kind options=type_options />
            </div>
        </form>
        {fetched(templates, |list: Vec<NotificationTemplate>| list.into_iter().map(|template| view! { <TemplateEditor template /> }).collect_view())}
    }
}
