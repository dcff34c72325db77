//! `/connexion`: « Espace agents », sign-in with email and password.

use crate::api::{self, ApiError};
use crate::components::{
    ErrorAlert, PageHeading, PasswordField, RedirectIfSignedIn, SessionNotice, TextField, errors_at,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::auth::LoginRequest;

/// The sign-in page.
#[component]
pub fn SignIn() -> impl IntoView {
    let session = Session::get();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let request = LoginRequest {
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        spawn_local(async move {
            match api::auth::login(&request).await {
                Ok(response) => session.start(response),
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let field_errors = move |pointer: &'static str| errors_at(error, pointer);
    view! {
        <RedirectIfSignedIn />
        <div class="fr-grid-row fr-grid-row--center">
            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                <PageHeading title="Connexion">"Espace agents"</PageHeading>
                <SessionNotice />
                <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
                <form on:submit=submit novalidate=true aria-label="Connexion à l'espace agents">
                    <TextField id="email" label="Adresse électronique" hint="Format attendu : nom@domaine.fr" kind="email"
                        autocomplete="username" value=email errors=field_errors("/email") />
                    <PasswordField id="password" label="Mot de passe" autocomplete="current-password" value=password
                        errors=field_errors("/password") />
                    <p class="fr-mt-2w"><a class="fr-link" href="/mot-de-passe-oublie">"Mot de passe oublié ?"</a></p>
                    <ul class="fr-btns-group">
                        <li><button class="fr-btn" type="submit" disabled=move || pending.get()>"Se connecter"</button></li>
                    </ul>
                </form>
            </div>
        </div>
    }
}
