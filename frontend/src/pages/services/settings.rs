//! The settings of a service the central admin may change: time zone (among those of its
//! territory), structural email, SMS sender name and quiet hours, inter-ressort (courts).

use crate::api::{self, ApiError};
use crate::components::{Checkbox, ErrorAlert, SelectField, TextField, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::organizations::{Organization, OrganizationUpdate};

/// The settings form of `service`.
#[component]
pub fn SettingsForm(
    /// The service.
    service: Organization,
    /// The time zones of its territory.
    zones: Vec<String>,
) -> impl IntoView {
    let session = Session::get();
    let time_zone = RwSignal::new(service.time_zone.clone());
    let email = RwSignal::new(service.structural_email.clone().unwrap_or_default());
    let sender = RwSignal::new(service.sms_sender.clone());
    let quiet_start = RwSignal::new(service.quiet_hours_start.clone());
    let quiet_end = RwSignal::new(service.quiet_hours_end.clone());
    let inter_ressort = RwSignal::new(service.use_inter_ressort);
    let court = service.kind == "tj";
    let error = RwSignal::new(None::<ApiError>);
    let saved = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let id = service.id.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pending.set(true);
        saved.set(false);
        let request = OrganizationUpdate {
            time_zone: Some(time_zone.get_untracked()),
            structural_email: Some(email.get_untracked().trim().to_owned()),
            use_inter_ressort: court.then(|| inter_ressort.get_untracked()),
            headquarter: None,
            quiet_hours_start: Some(quiet_start.get_untracked()),
            quiet_hours_end: Some(quiet_end.get_untracked()),
            sms_sender: Some(sender.get_untracked().trim().to_owned()),
        };
        let id = id.clone();
        spawn_local(async move {
            match api::organizations::update(session, id, request).await {
                Ok(_) => {
                    error.set(None);
                    saved.set(true);
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    let zones = Signal::derive(move || {
        zones
            .iter()
            .map(|zone| (zone.clone(), zone.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <h2 class="fr-h4">"Paramètres du service"</h2>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <div role="status">{move || saved.get().then(|| view! {
            <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w"><p>"Le service a bien été mis à jour."</p></div>
        })}</div>
        <form on:submit=submit novalidate=true aria-label="Paramètres du service">
            <SelectField id="fuseau" label="Fuseau horaire" value=time_zone options=zones errors=errors("/time_zone") />
            <TextField id="email-structurel" label="Email structurel" kind="email" autocomplete="off" optional=true
                value=email errors=errors("/structural_email") />
            <TextField id="expediteur-sms" label="Nom d'expéditeur des SMS" kind="text" autocomplete="off" value=sender
                hint="11 caractères au plus : lettres sans accent, chiffres ou espaces." errors=errors("/sms_sender") />
            <fieldset class="fr-fieldset">
                <legend class="fr-fieldset__legend">"Heures de silence des SMS"
                    <span class="fr-hint-text">"Aucun SMS n'est envoyé entre ces heures, à l'heure locale du service."</span></legend>
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <TextField id="silence-debut" label="Début" kind="time" autocomplete="off" value=quiet_start errors=errors("/quiet_hours_start") />
                </div>
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <TextField id="silence-fin" label="Fin" kind="time" autocomplete="off" value=quiet_end errors=errors("/quiet_hours_end") />
                </div>
            </fieldset>
            {court.then(|| view! {
                <Checkbox id="inter-ressort" label="Inter-ressort"
                    hint="Le BEX de ce tribunal peut convoquer selon la commune de résidence du probationnaire." checked=inter_ressort />
            })}
            <button class="fr-btn fr-mt-2w" type="submit" disabled=move || pending.get()>"Enregistrer les paramètres"</button>
        </form>
    }
}
