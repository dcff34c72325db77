//! DSFR badges for appointment statuses.

use leptos::prelude::*;

/// The badge of an appointment state (`booked`, `fulfilled`, `no_show`, `excused`,
/// `canceled`) with its French label.
#[component]
pub fn StateBadge(
    /// State key.
    state: String,
    /// French label from the API.
    label: String,
) -> impl IntoView {
    let colour = match state.as_str() {
        "booked" => "fr-badge--info",
        "fulfilled" => "fr-badge--success",
        "no_show" => "fr-badge--error",
        "excused" => "fr-badge--warning",
        _ => "",
    };
    view! { <p class=format!("fr-badge fr-badge--sm fr-badge--no-icon {colour}")>{label}</p> }
}
