//! `/probationnaires`: the probationer list and search.

use super::search::ConvictSearch;
use crate::components::{PageHeading, RequireAgent, SessionNotice};
use leptos::prelude::*;

/// The probationer list.
#[component]
pub fn ConvictList() -> impl IntoView {
    view! {
        <RequireAgent>
            <PageHeading title="Probationnaires">"Probationnaires"</PageHeading>
            <SessionNotice />
            <p><a class="fr-btn" href="/probationnaires/nouveau">"Nouveau probationnaire"</a></p>
            <ConvictSearch />
        </RequireAgent>
    }
}
