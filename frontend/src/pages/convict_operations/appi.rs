//! `/administration/import-appi`: « Import probationnaires (APPI) »: a service, the APPI
//! export, then the report (created, updated, skipped and rejected lines).

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, PageHeading, RequireAgent, SelectField, options_from};
use crate::session::Session;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::imports::{AppiImportReport, ImportLine};

/// The import page.
#[component]
pub fn AppiImport() -> impl IntoView {
    let session = Session::get();
    let services = LocalResource::new(move || api::organizations::list(session));
    let service = RwSignal::new(String::new());
    let file = NodeRef::<Input>::new();
    let report = RwSignal::new(None::<AppiImportReport>);
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let chosen = file
            .get()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(chosen) = chosen else { return };
        report.set(None);
        error.set(None);
        pending.set(true);
        let service_id = service.get_untracked();
        spawn_local(async move {
            match api::convict_operations::import_appi(session, service_id, chosen).await {
                Ok(answer) => report.set(Some(answer)),
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let alert = Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message)));
    let options = options_from(services, |s| (s.id.clone(), s.name.clone()));
    view! {
        <RequireAgent>
            <PageHeading title="Import APPI">"Import probationnaires (APPI)"</PageHeading>
            <ErrorAlert message=alert />
            <form on:submit=submit>
                <SelectField id="service" label="Service" value=service options placeholder="Choisir le service" />
                <div class="fr-upload-group fr-mb-3w">
                    <label class="fr-label" for="fichier-appi">"Export APPI"
                        <span class="fr-hint-text">"Fichier CSV séparé par des « ; », encodé en ISO-8859-1, 5 Mo au plus."</span></label>
                    <input class="fr-upload" type="file" id="fichier-appi" accept=".csv,text/csv" required node_ref=file />
                </div>
                <button type="submit" class="fr-btn" disabled=move || pending.get()>"Importer"</button>
            </form>
            {move || report.get().map(|report| view! { <Report report /> })}
        </RequireAgent>
    }
}

#[component]
fn Report(report: AppiImportReport) -> impl IntoView {
    let list = |title: &'static str, lines: Vec<ImportLine>| {
        (!lines.is_empty()).then(|| view! {
            <h3 class="fr-h6">{title}</h3>
            <ul>{lines.into_iter().map(|l| view! { <li>{format!("Ligne {} : {}", l.line, l.reason)}</li> }).collect_view()}</ul>
        })
    };
    view! {
        <section class="fr-mt-4w" aria-labelledby="rapport" role="status">
            <h2 id="rapport" class="fr-h4">"Rapport d'import"</h2>
            <p>{format!("{} ligne(s) lue(s) : {} probationnaire(s) créé(s), {} mis à jour, {} ligne(s) ignorée(s), {} rejetée(s).",
                report.lines, report.created, report.updated, report.skipped.len(), report.rejected.len())}</p>
            {list("Lignes rejetées", report.rejected)}
            {list("Lignes ignorées", report.skipped)}
        </section>
    }
}
