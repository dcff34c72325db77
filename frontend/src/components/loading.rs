//! Showing what a request brings: a loading line, an error alert, or the content.

use crate::api::ApiError;
use leptos::prelude::*;

/// Renders `view` with the resource's value once loaded; « Chargement… » before, and the
/// French error message if the request failed. Never a blank screen.
pub fn fetched<T, V>(
    resource: LocalResource<Result<T, ApiError>>,
    view: impl Fn(T) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    move || {
        match resource.get() {
        None => view! { <p role="status" class="fr-text--sm">"Chargement…"</p> }.into_any(),
        Some(Err(error)) => view! {
            <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert"><p>{error.message()}</p></div>
        }
        .into_any(),
        Some(Ok(value)) => view(value).into_any(),
    }
    }
}
