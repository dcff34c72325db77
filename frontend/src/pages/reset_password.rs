//! `/mot-de-passe/:token`: sets a new password from the link of a reset email.

use super::new_password::NewPasswordForm;
use crate::api::{self, ApiError};
use crate::components::{Notice, PageHeading};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::auth::PasswordResetConfirmation;

/// The new password page.
#[component]
pub fn ResetPassword() -> impl IntoView {
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
            match api::auth::reset_password(&token, &PasswordResetConfirmation { password }).await {
                Ok(()) => {
                    session.set_notice(Notice::success(
                        "Votre mot de passe a été modifié. Vous pouvez vous connecter.",
                    ));
                    navigate("/connexion", Default::default());
                }
                Err(failure) => {
                    error.set(Some(failure));
                    pending.set(false);
                }
            }
        });
    };
    let link_expired =
        move || error.with(|e| e.as_ref().is_some_and(|e| matches!(e.status, 404 | 410)));
    view! {
        <div class="fr-grid-row fr-grid-row--center">
            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                <PageHeading title="Nouveau mot de passe">"Choisir un nouveau mot de passe"</PageHeading>
                <NewPasswordForm submit_label="Enregistrer le mot de passe" error pending on_submit />
                <Show when=link_expired>
                    <p class="fr-mt-2w"><a class="fr-link" href="/mot-de-passe-oublie">"Demander un nouveau lien"</a></p>
                </Show>
            </div>
        </div>
    }
}
