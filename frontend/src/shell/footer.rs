//! The DSFR footer.

use leptos::prelude::*;

/// The footer of every page.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
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
