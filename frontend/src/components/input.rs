//! A DSFR input whose id is built at run time (several forms of the same kind on one page),
//! with its label and the errors of the last answer.

use super::fields::Messages;
use leptos::prelude::*;

/// A labelled input (`type` = `time`, `number` …) bound to `value`.
#[component]
pub fn Input(
    /// Id of the input; its messages get `{id}-messages`.
    id: String,
    /// Visible label.
    label: &'static str,
    /// Text read after the label by screen readers only (which item it is about).
    #[prop(into, optional)]
    context: Signal<String>,
    /// The label is read by screen readers only (a table column already names the field).
    #[prop(optional)]
    label_hidden: bool,
    /// Input type.
    kind: &'static str,
    /// `step` attribute (`900` for quarters of an hour …).
    #[prop(optional)]
    step: Option<&'static str>,
    /// `min` attribute.
    #[prop(optional)]
    min: Option<&'static str>,
    /// `max` attribute.
    #[prop(optional)]
    max: Option<&'static str>,
    /// The value, bound both ways.
    value: RwSignal<String>,
    /// Error messages for this field.
    #[prop(into)]
    errors: Signal<Vec<String>>,
) -> impl IntoView {
    let messages = format!("{id}-messages");
    let wrong = move || !errors.with(Vec::is_empty);
    view! {
        <div class=move || if wrong() { "fr-input-group fr-input-group--error" } else { "fr-input-group" }>
            <label class=if label_hidden { "fr-label fr-sr-only" } else { "fr-label" } for=id.clone()>{label}<span class="fr-sr-only">{move || context.get()}</span></label>
            <input class=move || if wrong() { "fr-input fr-input--error" } else { "fr-input" } id=id.clone() name=id
                type=kind step=step min=min max=max required=true aria-describedby=messages.clone()
                aria-invalid=move || wrong().to_string() bind:value=value />
            <Messages id=messages errors=errors />
        </div>
    }
}
