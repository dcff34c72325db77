//! The application shell: DSFR header, main content, footer.

use leptos::prelude::*;

/// Root component.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <header role="banner" class="fr-header">
            <div class="fr-header__body">
                <div class="fr-container">
                    <div class="fr-header__body-row">
                        <div class="fr-header__brand fr-enlarge-link">
                            <div class="fr-header__brand-top">
                                <div class="fr-header__logo">
                                    <p class="fr-logo">"Ministère" <br/> "de la Justice"</p>
                                </div>
                            </div>
                            <div class="fr-header__service">
                                <a href="/" title="Accueil — Mon Suivi Justice">
                                    <p class="fr-header__service-title">"Mon Suivi Justice"</p>
                                </a>
                                <p class="fr-header__service-tagline">
                                    "Convocations et rappels SMS des personnes suivies par la justice"
                                </p>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </header>
        <main role="main" id="contenu" class="fr-container fr-py-6w">
            <h1>"Bienvenue sur Mon Suivi Justice"</h1>
            <p class="fr-text--lead">
                "Ce service aide les SPIP et les tribunaux à convoquer les personnes placées sous main de justice et à leur rappeler leurs rendez-vous par SMS."
            </p>
        </main>
        <footer role="contentinfo" class="fr-footer" id="pied-de-page">
            <div class="fr-container">
                <div class="fr-footer__body">
                    <div class="fr-footer__brand fr-enlarge-link">
                        <p class="fr-logo">"Ministère" <br/> "de la Justice"</p>
                    </div>
                    <div class="fr-footer__content">
                        <p class="fr-footer__content-desc">"Mon Suivi Justice — service public numérique du ministère de la Justice."</p>
                    </div>
                </div>
            </div>
        </footer>
    }
}
