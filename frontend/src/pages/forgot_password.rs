//! `/mot-de-passe-oublie`: asks for a password reset link by email.

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, PageHeading, TextField, errors_at};
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::auth::PasswordResetRequest;

/// The forgotten password page.
#[component]
pub fn ForgotPassword() -> impl IntoView {
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let request = PasswordResetRequest {
            email: email.get_untracked().trim().to_owned(),
        };
        spawn_local(async move {
            match api::auth::request_password_reset(&request).await {
                Ok(()) => sent.set(true),
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let email_errors = errors_at(error, "/email");
    view! {
        <div class="fr-grid-row fr-grid-row--center">
            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                <PageHeading title="Mot de passe oublié">"Mot de passe oublié"</PageHeading>
                <Show when=move || sent.get() fallback=move || view! {
                    <p>"Saisissez l'adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe."</p>
                    <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
                    <form on:submit=submit novalidate=true>
                        <TextField id="email" label="Adresse électronique" hint="Format attendu : nom@domaine.fr" kind="email"
                            autocomplete="email" value=email errors=email_errors />
                        <ul class="fr-btns-group fr-mt-3w">
                            <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Recevoir le lien"</button></li>
                        </ul>
                    </form>
                }>
                    <Sent />
                </Show>
                <p class="fr-mt-3w"><a class="fr-link" href="/connexion">"Retour à la connexion"</a></p>
            </div>
        </div>
    }
}

/// The confirmation, focused so that it is read at once.
#[component]
fn Sent() -> impl IntoView {
    let node = NodeRef::<Div>::new();
    Effect::new(move || {
        if let Some(alert) = node.get() {
            let _ = alert.focus();
        }
    });
    view! {
        <div node_ref=node class="fr-alert fr-alert--success" role="status" tabindex="-1">
            <p>"Si un compte correspond à cette adresse, vous allez recevoir un email avec un lien valable 6 heures."</p>
        </div>
    }
}
