//! `/invitation/:token`: « Création du compte », the invited agent chooses a password.

use super::new_password::NewPasswordForm;
use crate::api::{self, ApiError};
use crate::components::PageHeading;
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::auth::AcceptInvitationRequest;

/// The account creation page.
#[component]
pub fn Invitation() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let token = use_params_map()
        .with_untracked(|params| params.get("token"))
        .unwrap_or_default();
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let on_submit = move |password: String| {
        pending.set(true);
        let (token, navigate) = (token.clone(), navigate.clone());
        spawn_local(async move {
            match api::auth::accept_invitation(&token, &AcceptInvitationRequest { password }).await
            {
                Ok(response) => {
                    session.start(response);
                    navigate("/", Default::default());
                }
                Err(failure) => {
                    error.set(Some(failure));
                    pending.set(false);
                }
            }
        });
    };
    view! {
        <div class="fr-grid-row fr-grid-row--center">
            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                <PageHeading title="Création du compte">"Création du compte"</PageHeading>
                <p>"Bienvenue sur Mon Suivi Justice. Choisissez le mot de passe de votre compte."</p>
                <NewPasswordForm submit_label="Créer mon compte" error pending on_submit />
            </div>
        </div>
    }
}
