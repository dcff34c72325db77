//! Saving a CSV file the API answered: the browser downloads it from a `data:` link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::session::Session;

/// The byte order mark the file starts with (reading the answer as text took it away).
const BOM: char = '\u{feff}';

/// Makes the browser save `text` as `name`, with the byte order mark.
fn save(name: &str, text: &str) {
    let href = format!(
        "data:text/csv;charset=utf-8,{}{}",
        String::from(js_sys::encode_uri_component(&BOM.to_string())),
        String::from(js_sys::encode_uri_component(text.trim_start_matches(BOM)))
    );
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// « Télécharger (CSV) » for the table `table` (`months`, `places`…) of the request `query`;
/// the file is saved as `name`.
#[component]
pub fn CsvButton(
    table: &'static str,
    name: &'static str,
    caption: &'static str,
    query: String,
) -> impl IntoView {
    let session = Session::get();
    let failure = RwSignal::new(None::<ApiError>);
    let click = move |_| {
        let query = query.clone();
        spawn_local(async move {
            match api::stats::csv(session, table, query).await {
                Ok(text) => {
                    failure.set(None);
                    save(&format!("statistiques-{name}.csv"), &text);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" on:click=click>
            "Télécharger (CSV)"<span class="fr-sr-only">{format!(" : {caption}")}</span></button>
        {move || failure.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
    }
}
