//! The probationer portal (`msj-portal`, served under `/portail/`): sign-in with the phone
//! number and a code received by SMS, then the next convocation first, the others, the
//! referent's contact and the SMS preference. Small on purpose: no router, no agent screens,
//! dates already in words from the server.

mod api;
mod convocations;
mod home;
mod preferences;
mod sign_in;

use leptos::prelude::*;

use api::PortalSession;
use home::Home;
use sign_in::SignIn;

/// The portal application.
#[component]
pub fn PortalApp() -> impl IntoView {
    let session = PortalSession::provide();
    leptos::task::spawn_local(async move { session.restore().await });
    view! {
        <a class="fr-link msj-skip" href="#contenu">"Aller au contenu"</a>
        <header role="banner" class="fr-header">
            <div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
                <div class="fr-header__brand"><div class="fr-header__brand-top">
                    <div class="fr-header__logo"><p class="fr-logo">"Ministère"<br/>"de la Justice"</p></div>
                </div>
                <div class="fr-header__service"><p class="fr-header__service-title">"Mon Suivi Justice"</p>
                    <p class="fr-header__service-tagline">"Mon espace personnel"</p></div></div>
            </div></div></div>
        </header>
        <main role="main" id="contenu" class="fr-container fr-py-4w" tabindex="-1">
            {move || match session.state() {
                api::State::Starting => view! { <p aria-busy="true">"Chargement…"</p> }.into_any(),
                api::State::SignedOut => view! { <SignIn /> }.into_any(),
                api::State::SignedIn => view! { <Home /> }.into_any(),
            }}
        </main>
        <footer role="contentinfo" class="fr-footer fr-mt-4w"><div class="fr-container">
            <ul class="fr-footer__bottom-list">
                <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/comprendre-ma-peine">"Comprendre ma peine"</a></li>
                <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/confidentialite">"Données personnelles"</a></li>
                <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">"Accessibilité : partiellement conforme"</a></li>
                <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">"Mentions légales"</a></li>
            </ul>
        </div></footer>
    }
}
