//! The referent's contact and the choice to receive SMS or not.

use gloo_net::http::Method;
use leptos::prelude::*;
use msj_contract::portal::{PortalProfile, ReferentContact, SmsPreference};

use super::api::PortalSession;
use crate::components::{ErrorAlert, SuccessAlert};

/// The referent CPIP, with what they share.
#[component]
pub fn Referent(referent: Option<ReferentContact>) -> impl IntoView {
    referent.map(|referent| {
        let phone = referent.phone.map(|phone| {
            let href = format!("tel:{}", phone.split_whitespace().collect::<String>());
            view! { <p>"Téléphone : "<a class="fr-link" href=href>{phone}</a></p> }
        });
        let email = referent.email.map(|email| {
            let href = format!("mailto:{email}");
            view! { <p>"Courriel : "<a class="fr-link" href=href>{email}</a></p> }
        });
        view! {
            <section class="fr-mb-4w">
                <h2>"Votre conseiller ou conseillère"</h2>
                <p><strong>{referent.name}</strong>" — "{referent.service}</p>
                {phone}
                {email}
            </section>
        }
    })
}

/// Stop or resume the SMS.
#[component]
pub fn SmsChoice(profile: PortalProfile) -> impl IntoView {
    let session = PortalSession::get();
    let receives = RwSignal::new(profile.receives_sms);
    let done = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let has_phone = profile.phone_display.is_some();
    let number = profile.phone_display.unwrap_or_default();
    let change = move |_| {
        let wanted = !receives.get_untracked();
        leptos::task::spawn_local(async move {
            let request = SmsPreference {
                receives_sms: wanted,
            };
            match session
                .call::<PortalProfile>(Method::PUT, "/portal/me/sms", Some(&request))
                .await
            {
                Ok(updated) => {
                    let _ = receives.try_set(updated.receives_sms);
                    let _ = error.try_set(None);
                    let _ = done.try_set(Some(if updated.receives_sms {
                        "C'est noté : vous recevrez à nouveau les SMS de convocation et de rappel.".to_owned()
                    } else {
                        "C'est noté : vous ne recevrez plus de SMS. Continuez à vous présenter à toutes vos convocations.".to_owned()
                    }));
                }
                Err(failure) => {
                    let _ = error.try_set(Some(failure.message()));
                }
            }
        });
    };
    view! {
        <section class="fr-mb-4w">
            <h2>"SMS de rappel"</h2>
            <SuccessAlert message=done />
            <ErrorAlert message=error />
            {has_phone.then(|| view! {
                <p>{move || if receives.get() {
                    format!("Vous recevez les convocations et les rappels par SMS au {number}.")
                } else {
                    "Vous ne recevez pas de SMS de convocation ni de rappel.".to_owned()
                }}</p>
                <button class="fr-btn fr-btn--secondary" type="button" on:click=change>
                    {move || if receives.get() { "Ne plus recevoir de SMS" } else { "Recevoir à nouveau les SMS" }}
                </button>
            })}
        </section>
    }
}
