//! A DSFR multi-line text field with its label, hint and error messages.

use super::Messages;
use leptos::prelude::*;

/// A `<textarea>`.
#[component]
pub fn TextArea(
    /// Id of the field; its messages get `{id}-messages`.
    id: &'static str,
    /// Label.
    label: &'static str,
    /// The value, bound both ways.
    value: RwSignal<String>,
    /// Error messages for this field.
    #[prop(into)]
    errors: Signal<Vec<String>>,
    /// Hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let messages = format!("{id}-messages");
    let failing = move || !errors.get().is_empty();
    view! {
        <div class="fr-input-group" class:fr-input-group--error=failing>
            <label class="fr-label" for=id>
                {label}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}
            </label>
            <textarea class="fr-input" class:fr-input--error=failing id=id name=id rows="3"
                aria-describedby=messages.clone() aria-invalid=move || failing().to_string()
                prop:value=move || value.get() on:input=move |event| value.set(event_target_value(&event))></textarea>
            <Messages id=messages errors />
        </div>
    }
}
