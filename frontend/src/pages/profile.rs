//! `/profil`: « Mon profil »: who the agent is and how to change the password.

use super::contact_sharing::ContactSharingForm;
use crate::components::{PageHeading, RequireAgent};
use crate::session::Session;
use crate::shell::full_name;
use leptos::prelude::*;

/// The agent's own profile.
#[component]
pub fn MyProfile() -> impl IntoView {
    view! { <RequireAgent><Profile /></RequireAgent> }
}

#[component]
fn Profile() -> impl IntoView {
    let session = Session::get();
    view! {
        <PageHeading title="Mon profil">"Mon profil"</PageHeading>
        {move || session.user().map(|user| view! {
            <dl>
                <dt class="fr-text--bold">"Nom"</dt><dd>{full_name(&user)}</dd>
                <dt class="fr-text--bold">"Adresse électronique"</dt><dd>{user.email.clone()}</dd>
                <dt class="fr-text--bold">"Rôle"</dt><dd>{user.role_label.clone()}</dd>
                <dt class="fr-text--bold">"Service"</dt><dd>{user.organization.name.clone()}</dd>
            </dl>
            <p>"Pour changer de mot de passe, demandez un lien de réinitialisation : il vous sera envoyé par courriel."</p>
            <p><a class="fr-link" href="/mot-de-passe-oublie">"Changer mon mot de passe"</a></p>
            <p><a class="fr-link" href="/charte">"Relire la charte de sécurité"</a></p>
            {user.menu.my_convicts_filter.then(|| view! { <ContactSharingForm /> })}
        })}
    }
}
