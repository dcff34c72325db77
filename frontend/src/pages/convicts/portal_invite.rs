//! The probationer's personal space on the profile: how many invitations went out, the first
//! sign-in, and « Inviter à son espace » / « Relancer l'invitation ».

use crate::api::{self, ApiError};
use crate::components::format::local_moment;
use crate::session::Session;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::convicts::Convict;

/// The portal line of the profile, with its button when the caller may invite.
#[component]
pub fn PortalInvite(convict: Convict, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    let may_invite = convict
        .actions
        .is_some_and(|actions| actions.invite_to_portal);
    let status = match &convict.portal {
        None => "Pas encore invité à son espace personnel.".to_owned(),
        Some(portal) => {
            let sent = format!(
                "Invité {} fois sur {}",
                portal.invitations, portal.max_invitations
            );
            match portal.activated_at {
                Some(at) => format!("{sent} ; première connexion le {}.", local_moment(&at)),
                None => format!("{sent} ; pas encore connecté."),
            }
        }
    };
    let label = if convict.portal.is_some() {
        "Relancer l'invitation"
    } else {
        "Inviter à son espace"
    };
    let id = convict.id.clone();
    let invite = move |_| {
        let id = id.clone();
        spawn_local(async move {
            match api::convicts::act(session, id, Method::POST, Some("portal-invitation")).await {
                Ok(()) => changed.run(()),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <p class="fr-mb-1w">{status}</p>
        {may_invite.then(|| view! {
            <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" on:click=invite>{label}</button>
        })}
        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error">{error.message()}</p> })}
    }
}
