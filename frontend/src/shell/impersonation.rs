//! The banner shown while a central administrator is connected as another agent, in both
//! applications, with « Revenir à mon compte ».

use super::agent_menu::full_name;
use crate::api::{self, ApiError};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// « Vous êtes connecté(e) en tant que … — Revenir à mon compte »; nothing otherwise.
#[component]
pub fn ImpersonationBanner() -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    move || {
        let user = session.user()?;
        let admin = user.impersonated_by.clone()?;
        let agent_id = user.id.clone();
        let back = move |_| {
            let id = agent_id.clone();
            spawn_local(async move {
                match api::users::stop_impersonation(session, id.clone()).await {
                    Ok(_) => {
                        let _ = window()
                            .location()
                            .set_href(&format!("/administration/agents/{id}"));
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        };
        let text = format!(
            "Vous êtes connecté(e) en tant que {} ({}, {}) — votre compte : {} {}.",
            full_name(&user),
            user.role_label,
            user.organization.name,
            admin.first_name,
            admin.last_name.to_uppercase()
        );
        Some(view! {
            <div class="fr-notice fr-notice--info" role="region" aria-label="Connexion en tant qu'un autre agent">
                <div class="fr-container">
                    <div class="fr-notice__body">
                        <p class="fr-notice__title">{text}</p>
                        <button type="button" class="fr-btn fr-btn--sm fr-ml-2w" on:click=back>"Revenir à mon compte"</button>
                        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
                    </div>
                </div>
            </div>
        })
    }
}
