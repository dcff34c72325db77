//! DSFR form fields with their label, hint and error messages (linked by `aria-describedby`).

use leptos::prelude::*;

/// A text-like input (`type` = `email`, `text` …).
#[component]
pub fn TextField(
    /// Id of the input; its messages get `{id}-messages`.
    id: &'static str,
    /// Label.
    label: &'static str,
    /// Input type.
    kind: &'static str,
    /// `autocomplete` value.
    autocomplete: &'static str,
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
    view! {
        <div class=move || group_class(&errors.get())>
            <label class="fr-label" for=id>
                {label}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}
            </label>
            <input class=move || input_class(&errors.get()) id=id name=id type=kind autocomplete=autocomplete
                required=true aria-describedby=messages.clone() aria-invalid=move || invalid(&errors.get())
                bind:value=value />
            <Messages id=messages errors />
        </div>
    }
}

/// A password input with a button that shows or hides the characters.
#[component]
pub fn PasswordField(
    /// Id of the input; its messages get `{id}-messages`.
    id: &'static str,
    /// Label.
    label: &'static str,
    /// `autocomplete` value (`current-password` or `new-password`).
    autocomplete: &'static str,
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
    let shown = RwSignal::new(false);
    view! {
        <div class=move || group_class(&errors.get())>
            <label class="fr-label" for=id>
                {label}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}
            </label>
            <input class=move || input_class(&errors.get()) id=id name=id
                type=move || if shown.get() { "text" } else { "password" } autocomplete=autocomplete
                required=true aria-describedby=messages.clone() aria-invalid=move || invalid(&errors.get())
                bind:value=value />
            <Messages id=messages errors />
            <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-mt-1w" aria-controls=id
                on:click=move |_| shown.update(|shown| *shown = !*shown)>
                {move || if shown.get() { "Masquer" } else { "Afficher" }}
                <span class="fr-sr-only">" le champ « " {label} " »"</span>
            </button>
        </div>
    }
}

/// The DSFR messages group of a field.
#[component]
fn Messages(id: String, errors: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div class="fr-messages-group" id=id aria-live="polite">
            <For each=move || errors.get() key=|error| error.clone() let(error)>
                <p class="fr-message fr-message--error">{error}</p>
            </For>
        </div>
    }
}

fn group_class(errors: &[String]) -> &'static str {
    if errors.is_empty() {
        "fr-input-group"
    } else {
        "fr-input-group fr-input-group--error"
    }
}

fn input_class(errors: &[String]) -> &'static str {
    if errors.is_empty() {
        "fr-input"
    } else {
        "fr-input fr-input--error"
    }
}

fn invalid(errors: &[String]) -> &'static str {
    if errors.is_empty() { "false" } else { "true" }
}
