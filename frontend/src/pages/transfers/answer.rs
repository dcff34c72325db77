//! « Répondre »: « Décision concernant le dessaisissement de X », a comment of at most 120
//! characters, then « Accepter » or « Refuser ».

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Modal};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::divestments::{Divestment, DivestmentAnswer};

/// Longest comment the API accepts.
const COMMENT_MAX: usize = 120;

/// The button and its dialog; `changed` gets the French outcome once answered.
#[component]
pub fn AnswerButton(request: Divestment, changed: Callback<String>) -> impl IntoView {
    let session = Session::get();
    let open = RwSignal::new(false);
    let comment = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let id = StoredValue::new(request.id.clone());
    let dialog = format!("reponse-{}", request.id);
    let field = format!("commentaire-{}", request.id);
    let decide = move |decision: &'static str| {
        busy.set(true);
        let answer = DivestmentAnswer {
            decision: decision.to_owned(),
            comment: Some(comment.get_untracked().trim().to_owned()).filter(|c| !c.is_empty()),
            organization_id: None,
        };
        spawn_local(async move {
            match api::divestments::answer(session, id.get_value(), answer).await {
                Ok(_) => {
                    open.set(false);
                    changed.run(if decision == "accept" {
                        "Le dessaisissement a bien été accepté.".to_owned()
                    } else {
                        "Le dessaisissement a bien été refusé.".to_owned()
                    });
                }
                Err(failure) => error.set(Some(failure)),
            }
            busy.set(false);
        });
    };
    let title = format!(
        "Décision concernant le dessaisissement de {}",
        request.convict_name
    );
    view! {
        <button type="button" class="fr-btn fr-btn--sm" on:click=move |_| open.set(true)
            aria-label=format!("Répondre à la demande pour {}", request.convict_name)>"Répondre"</button>
        <Modal open id=dialog title=title>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <div class="fr-input-group">
                <label class="fr-label" for=field.clone()>"Votre commentaire"
                    <span class="fr-hint-text">{format!("Facultatif, {COMMENT_MAX} caractères au plus ; transmis au service demandeur en cas de refus.")}</span></label>
                <textarea class="fr-input" id=field.clone() maxlength=COMMENT_MAX.to_string() bind:value=comment></textarea>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" disabled=move || busy.get() on:click=move |_| decide("accept")>"Accepter"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" disabled=move || busy.get() on:click=move |_| decide("refuse")>"Refuser"</button></li>
            </ul>
        </Modal>
    }
}
