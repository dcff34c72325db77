//! The skip link and the DSFR header.

use super::agent_menu::{AgentTools, HeaderMenu};
use crate::session::Session;
use leptos::html::Main;
use leptos::prelude::*;

/// « Aller au contenu »: moves the focus to the main content (`#contenu`).
#[component]
pub fn SkipLink(
    /// The `<main id="contenu">` element.
    main: NodeRef<Main>,
) -> impl IntoView {
    let skip = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = main.get() {
            let _ = main.focus();
        }
    };
    view! {
        <div class="fr-skiplinks">
            <nav class="fr-container" role="navigation" aria-label="Accès rapide">
                <ul class="fr-skiplinks__list">
                    <li><a class="fr-link" href="#contenu" on:click=skip>"Aller au contenu"</a></li>
                </ul>
            </nav>
        </div>
    }
}

/// The DSFR header: Marianne, service title, and the signed-in agent's tools.
#[component]
pub fn Header() -> impl IntoView {
    let session = Session::get();
    let menu_open = RwSignal::new(false);
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
                                {move || session.user().is_some().then(|| view! {
                                    <div class="fr-header__navbar">
                                        <button class="fr-btn--menu fr-btn" type="button" id="bouton-menu"
                                            aria-controls="menu-agent" aria-expanded=move || menu_open.get().to_string()
                                            on:click=move |_| menu_open.set(true)>"Menu"</button>
                                    </div>
                                })}
                            </div>
                            <div class="fr-header__service">
                                <a href="/" title="Accueil - Mon Suivi Justice">
                                    <p class="fr-header__service-title">"Mon Suivi Justice"</p>
                                </a>
                                <p class="fr-header__service-tagline">
                                    "Convocations et rappels SMS des personnes suivies par la justice"
                                </p>
                            </div>
                        </div>
                        {move || session.user().map(|user| view! { <AgentTools user /> })}
                    </div>
                </div>
            </div>
            <HeaderMenu open=menu_open />
        </header>
    }
}
