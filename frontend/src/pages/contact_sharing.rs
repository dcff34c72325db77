//! « Mon profil »: what the agent shows of themself to the probationers they are the
//! referent of, in their personal space (phone, email; both hidden until chosen).

use crate::api::client;
use crate::components::{Checkbox, SuccessAlert};
use crate::session::Session;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::portal::ContactSharing;

const PATH: &str = "/auth/me/contact-sharing";

/// The two choices and their save button.
#[component]
pub fn ContactSharingForm() -> impl IntoView {
    let session = Session::get();
    let phone = RwSignal::new(false);
    let email = RwSignal::new(false);
    let saved = RwSignal::new(None::<String>);
    spawn_local(async move {
        if let Ok(current) = client::get::<ContactSharing>(session, PATH).await {
            let _ = phone.try_set(current.share_phone);
            let _ = email.try_set(current.share_email);
        }
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let choice = ContactSharing {
            share_phone: phone.get_untracked(),
            share_email: email.get_untracked(),
        };
        spawn_local(async move {
            let outcome =
                client::call::<_, ContactSharing>(session, Method::PUT, PATH, &choice).await;
            let _ = saved.try_set(Some(match outcome {
                Ok(_) => "Vos choix sont enregistrés.".to_owned(),
                Err(error) => error.message(),
            }));
        });
    };
    view! {
        <h2 class="fr-h4 fr-mt-4w">"Mes coordonnées dans l'espace des probationnaires"</h2>
        <form on:submit=save>
            <fieldset class="fr-fieldset">
                <legend class="fr-fieldset__legend">"Les probationnaires dont je suis le CPIP voient :"</legend>
                <Checkbox id="partage-telephone" label="Mon numéro de téléphone" checked=phone />
                <Checkbox id="partage-courriel" label="Mon adresse électronique" checked=email />
            </fieldset>
            <SuccessAlert message=saved />
            <button class="fr-btn fr-btn--secondary" type="submit">"Enregistrer"</button>
        </form>
    }
}
