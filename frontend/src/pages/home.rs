//! `/`: the agent's home page, « Bonjour, Prénom NOM ».

use crate::components::{PageHeading, RequireAgent, SessionNotice};
use crate::session::Session;
use crate::shell::full_name;
use leptos::prelude::*;

/// The home page (signed-in agents who accepted the charter).
#[component]
pub fn Home() -> impl IntoView {
    view! { <RequireAgent><Welcome /></RequireAgent> }
}

#[component]
fn Welcome() -> impl IntoView {
    let session = Session::get();
    let greeting = move || {
        session
            .user()
            .map(|user| format!("Bonjour, {}", full_name(&user)))
    };
    view! {
        <PageHeading title="Accueil">{greeting}</PageHeading>
        <SessionNotice />
        {move || session.user().map(|user| view! {
            <p class="fr-text--lead fr-mb-1w">{user.role_label}</p>
            <p>"Service : " {user.organization.name}</p>
        })}
    }
}
