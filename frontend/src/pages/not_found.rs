//! Any unknown path: the DSFR « page non trouvée ».

use crate::components::PageHeading;
use leptos::prelude::*;

/// The 404 page.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageHeading title="Page non trouvée">"Page non trouvée"</PageHeading>
        <p class="fr-text--sm fr-mb-3w">"Erreur 404"</p>
        <p class="fr-text--lead fr-mb-3w">"La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."</p>
        <p>"Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible."</p>
        <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><a class="fr-btn" href="/">"Page d'accueil"</a></li>
        </ul>
    }
}
