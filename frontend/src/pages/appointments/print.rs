//! « Imprimer l'avis de convocation »: the server's printable page, opened in a new tab (it
//! needs the session's token, so it is fetched here and shown from memory).

use crate::api::{self, ApiError};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The button that opens the avis de convocation of appointment `id`.
#[component]
pub fn PrintConvocation(id: String) -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    let open = move |_| {
        let id = id.clone();
        let tab = window()
            .open_with_url_and_target("", "_blank")
            .ok()
            .flatten();
        spawn_local(async move {
            match api::appointments::convocation(session, id).await {
                Ok(html) => match tab {
                    Some(tab) => show(&tab, &html),
                    None => error.set(Some(ApiError::bare(200))),
                },
                Err(failure) => {
                    if let Some(tab) = tab {
                        let _ = tab.close();
                    }
                    error.set(Some(failure));
                }
            }
        });
    };
    view! {
        <button type="button" class="fr-btn fr-btn--secondary" on:click=open>"Imprimer l'avis de convocation"</button>
        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
    }
}

fn show(tab: &web_sys::Window, html: &str) {
    if let Some(document) = tab.document()
        && let Some(root) = document.document_element()
    {
        root.set_inner_html(html);
    }
}
