//! The secret of a token just created, shown this once.

use leptos::prelude::*;
use msj_contract::api_tokens::CreatedApiToken;

/// The secret, how to use it, and that it will not be shown again.
#[component]
pub fn SecretPanel(created: CreatedApiToken) -> impl IntoView {
    view! {
        <div class="fr-alert fr-alert--success fr-mb-3w" role="status">
            <h2 class="fr-alert__title">{format!("Le jeton « {} » est créé", created.token.name)}</h2>
            <p>"Copiez-le maintenant et transmettez-le à l'intégrateur par un canal sûr : il ne sera plus jamais affiché."</p>
        </div>
        <div class="fr-input-group">
            <label class="fr-label" for="secret-jeton">"Jeton d'API"
                <span class="fr-hint-text">"Sélectionnez le texte puis copiez-le (Ctrl+C). À envoyer dans l'en-tête Authorization: Bearer …"</span></label>
            <input class="fr-input" id="secret-jeton" type="text" readonly=true spellcheck="false" value=created.secret />
        </div>
        <p><a class="fr-link" href="/administration/jetons-api">"Retour à la liste des jetons"</a></p>
    }
}
