//! The buttons of an appointment (features §2.3), shown when its `actions` allow them:
//! Honoré, Manqué (with the SMS question), Excusé (with a reason), Annuler (with the SMS
//! question), back to Planifié.

use crate::api::{self, ApiError};
use crate::components::{Modal, SelectField};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::appointments::{
    Appointment, CancelAppointment, ExcuseAppointment, MissAppointment,
};
use serde_json::json;

/// Reasons of an excuse: (key, French label).
const EXCUSE_REASONS: [(&str, &str); 5] = [
    ("medical", "Raison médicale"),
    ("work", "Raison professionnelle"),
    ("family", "Raison familiale"),
    ("court_legal", "Obligation judiciaire"),
    ("other", "Autre"),
];

/// The buttons of `appointment`; `changed` runs after a transition succeeded.
#[component]
pub fn AppointmentButtons(
    /// The appointment, with its `actions`.
    appointment: Appointment,
    /// Runs after a change.
    changed: Callback<()>,
    /// Also offer « Annuler » and « Remettre à Planifié » (the detail page).
    #[prop(optional)]
    full: bool,
) -> impl IntoView {
    let session = Session::get();
    let actions = appointment.actions.unwrap_or_default();
    let id = appointment.id.clone();
    let sms = appointment.convict.can_receive_sms;
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let run = move |transition: &'static str, body: serde_json::Value| {
        let id = id.clone();
        busy.set(true);
        spawn_local(async move {
            match api::appointments::transition(session, id, transition, body).await {
                Ok(_) => {
                    error.set(None);
                    changed.run(());
                }
                Err(failure) => error.set(Some(failure)),
            }
            busy.set(false);
        });
    };
    let miss_open = RwSignal::new(false);
    let excuse_open = RwSignal::new(false);
    let cancel_open = RwSignal::new(false);
    let who = format!(
        "{} {}",
        appointment.convict.first_name, appointment.convict.last_name
    );
    let suffix = appointment.id.clone();
    let (fulfil, miss, cancel, rebook) = (run.clone(), run.clone(), run.clone(), run.clone());
    let miss_now = move |send_sms: Option<bool>| {
        miss_open.set(false);
        miss("miss", json!(MissAppointment { send_sms }));
    };
    let miss_click = miss_now.clone();
    let cancel_now = move |send_sms: Option<bool>| {
        cancel_open.set(false);
        cancel("cancel", json!(CancelAppointment { send_sms }));
    };
    view! {
        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            {actions.attendance.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm" disabled=move || busy.get()
                    on:click=move |_| fulfil("fulfil", json!({}))>"Honoré"</button></li>
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" disabled=move || busy.get()
                    on:click=move |_| if sms { miss_open.set(true) } else { miss_click(None) }>"Manqué"</button></li>
            })}
            {actions.excuse.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" disabled=move || busy.get()
                    on:click=move |_| excuse_open.set(true)>"Excusé"</button></li>
            })}
            {(full && actions.cancel).then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" disabled=move || busy.get()
                    on:click=move |_| cancel_open.set(true)>"Annuler la convocation"</button></li>
            })}
            {(full && actions.rebook).then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" disabled=move || busy.get()
                    on:click=move |_| rebook("rebook", json!({}))>"Remettre au statut « Planifié »"</button></li>
            })}
        </ul>
        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
        <Modal open=miss_open id=format!("manque-{suffix}") title=format!("{who} ne s'est pas présenté")>
            <p>"Voulez-vous envoyer un SMS au probationnaire pour l'informer de son absence et l'encourager à vous recontacter ?"</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click={let miss_now = miss_now.clone(); move |_| miss_now(Some(true))}>"Oui, envoyer le SMS"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click={let miss_now = miss_now.clone(); move |_| miss_now(Some(false))}>"Non, ne pas envoyer de SMS"</button></li>
            </ul>
        </Modal>
        <ExcuseDialog open=excuse_open suffix=appointment.id.clone() run=run.clone() />
        <Modal open=cancel_open id=format!("annuler-{}", appointment.id) title="Annuler la convocation">
            {if sms {
                view! {
                    <p>"Le probationnaire peut être prévenu de l'annulation par SMS."</p>
                    <ul class="fr-btns-group fr-btns-group--inline-md">
                        <li><button type="button" class="fr-btn" on:click={let cancel_now = cancel_now.clone(); move |_| cancel_now(Some(true))}>"Annuler et prévenir le probationnaire"</button></li>
                        <li><button type="button" class="fr-btn fr-btn--secondary" on:click={let cancel_now = cancel_now.clone(); move |_| cancel_now(Some(false))}>"Annuler sans prévenir le probationnaire"</button></li>
                    </ul>
                }.into_any()
            } else {
                view! {
                    <p>"Confirmez-vous l'annulation de cette convocation ?"</p>
                    <ul class="fr-btns-group fr-btns-group--inline-md">
                        <li><button type="button" class="fr-btn" on:click={let cancel_now = cancel_now.clone(); move |_| cancel_now(None)}>"Confirmer l'annulation"</button></li>
                    </ul>
                }.into_any()
            }}
        </Modal>
    }
}

/// « Excusé »: the reason and an optional comment.
#[component]
fn ExcuseDialog<F>(open: RwSignal<bool>, suffix: String, run: F) -> impl IntoView
where
    F: Fn(&'static str, serde_json::Value) + Clone + Send + Sync + 'static,
{
    let reason = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let options = Signal::derive(|| {
        EXCUSE_REASONS
            .iter()
            .map(|(key, label)| ((*key).to_owned(), (*label).to_owned()))
            .collect::<Vec<_>>()
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        open.set(false);
        let request = ExcuseAppointment {
            reason: Some(reason.get_untracked()).filter(|reason| !reason.is_empty()),
            comment: Some(comment.get_untracked()).filter(|comment| !comment.trim().is_empty()),
        };
        run("excuse", json!(request));
    };
    view! {
        <Modal open id=format!("excuser-{suffix}") title="Excuser le probationnaire">
            <form on:submit=submit.clone()>
                <SelectField id="motif-excuse" label="Motif" value=reason options placeholder="Choisir un motif" />
                <div class="fr-input-group">
                    <label class="fr-label" for="commentaire-excuse">"Commentaire (facultatif)"</label>
                    <textarea class="fr-input" id="commentaire-excuse" maxlength="500" bind:value=comment></textarea>
                </div>
                <button type="submit" class="fr-btn">"Excuser"</button>
            </form>
        </Modal>
    }
}
