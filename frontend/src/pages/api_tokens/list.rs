//! `/administration/jetons-api`: the tokens the administrator manages, newest first, pages
//! of 20, with « Nouveau jeton » and the revocation dialog.

use super::table::Rows;
use crate::api::{self, ApiError};
use crate::components::{Modal, PageHeading, Pagination, RequireAgent, SuccessAlert, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::api_tokens::{ApiToken, ApiTokenPage};

/// Tokens per page.
const PER_PAGE: i64 = 20;

/// The token list.
#[component]
pub fn ApiTokenList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let page = RwSignal::new(1_i64);
    let reload = RwSignal::new(0_u32);
    let tokens = LocalResource::new(move || {
        reload.track();
        let pairs = [
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        api::api_tokens::list(session, api::query(&pairs))
    });
    let total = Signal::derive(move || tokens.get().and_then(Result::ok).map_or(0, |p| p.total));
    let revoking = RwSignal::new(None::<ApiToken>);
    let dialog = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    view! {
        <PageHeading title="Jetons d'API">"Jetons d'API"</PageHeading>
        <p>"Un jeton permet à un logiciel partenaire d'appeler l'API de Mon Suivi Justice avec un rôle, dans un service, pour des portées choisies. Voir la documentation de l'API : "
            <a class="fr-link" href="/api/docs/">"/api/docs"</a>"."</p>
        <SuccessAlert message=done />
        <p><a class="fr-btn" href="/administration/jetons-api/nouveau">"Nouveau jeton"</a></p>
        <div aria-live="polite">
            {fetched(tokens, move |page: ApiTokenPage| view! { <Rows page revoking dialog /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
        <RevokeDialog revoking open=dialog reload done />
    }
}

/// « Révoquer »: the confirmation, then the list again.
#[component]
fn RevokeDialog(
    revoking: RwSignal<Option<ApiToken>>,
    open: RwSignal<bool>,
    reload: RwSignal<u32>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    let name =
        move || revoking.with(|token| token.as_ref().map(|t| t.name.clone()).unwrap_or_default());
    let confirm = move |_| {
        let Some(token) = revoking.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match api::api_tokens::revoke(session, token.id).await {
                Ok(()) => {
                    done.set(Some(format!("Le jeton « {} » est révoqué.", token.name)));
                    open.set(false);
                    reload.update(|n| *n += 1);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <Modal open id="revocation" title="Révoquer le jeton">
            <p>{move || format!("Le jeton « {} » cessera aussitôt de fonctionner ; cette action est définitive. Confirmez-vous la révocation ?", name())}</p>
            {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm>"Révoquer définitivement"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
