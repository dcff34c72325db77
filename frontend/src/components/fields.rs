//! DSFR form fields with their label, hint and error messages (linked by `aria-describedby`).

use crate::api::ApiError;
use leptos::prelude::*;

/// The French messages of the last error about the field at `pointer` (e.g. `/email`).
pub fn errors_at(error: RwSignal<Option<ApiError>>, pointer: &'static str) -> Signal<Vec<String>> {
    Signal::derive(move || {
        error.with(|e| {
            e.as_ref()
                .map(|e| e.field_errors(pointer))
                .unwrap_or_default()
        })
    })
}

/// The French messages of the last error about `prefix` or any item under it (e.g.
/// `/appointment_types` and `/appointment_types/1`).
pub fn errors_under(
    error: RwSignal<Option<ApiError>>,
    prefix: &'static str,
) -> Signal<Vec<String>> {
    Signal::derive(move || {
        error.with(|e| {
            e.iter()
                .filter_map(|e| e.problem.as_ref())
                .flat_map(|problem| &problem.errors)
                .filter(|item| item.pointer.starts_with(prefix))
                .map(|item| item.detail.clone())
                .collect()
        })
    })
}

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
    /// The field may stay empty.
    #[prop(optional)]
    optional: bool,
    /// `inputmode` (the keyboard phones show), when the type does not imply it.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let messages = format!("{id}-messages");
    view! {
        <div class=move || group_class(&errors.get())>
            <label class="fr-label" for=id>
                {label}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}
            </label>
            <input class=move || input_class(&errors.get()) id=id name=id type=kind autocomplete=autocomplete
                inputmode=inputmode required=!optional aria-describedby=messages.clone() aria-invalid=move || invalid(&errors.get())
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

/// A checkbox with its label.
#[component]
pub fn Checkbox(
    /// Id of the input.
    id: &'static str,
    /// Label.
    label: &'static str,
    /// The value, bound both ways.
    checked: RwSignal<bool>,
    /// Hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="fr-checkbox-group fr-mb-1w">
            <input type="checkbox" id=id name=id bind:checked=checked />
            <label class="fr-label" for=id>
                {label}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}
            </label>
        </div>
    }
}

/// A select with its label; `options` are (value, label) pairs, the first one « — » when
/// `placeholder` is given.
#[component]
pub fn SelectField(
    /// Id of the select; its messages get `{id}-messages`.
    id: &'static str,
    /// Label.
    label: &'static str,
    /// The chosen value, bound both ways.
    value: RwSignal<String>,
    /// (value, label) pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// Error messages for this field.
    #[prop(into, optional)]
    errors: Signal<Vec<String>>,
    /// Text of the empty first option, if any.
    #[prop(optional)]
    placeholder: Option<&'static str>,
) -> impl IntoView {
    let messages = format!("{id}-messages");
    view! {
        <div class=move || if errors.get().is_empty() { "fr-select-group" } else { "fr-select-group fr-select-group--error" }>
            <label class="fr-label" for=id>{label}</label>
            <select class="fr-select" id=id name=id aria-describedby=messages.clone()
                on:change=move |event| value.set(event_target_value(&event))
                prop:value=move || value.get()>
                {placeholder.map(|text| view! { <option value="">{text}</option> })}
                <For each=move || options.get() key=|option| option.0.clone() let((key, text))>
                    <option value=key.clone() selected=move || value.get() == key>{text}</option>
                </For>
            </select>
            <Messages id=messages errors />
        </div>
    }
}

/// The DSFR messages group of a field or a fieldset: its error messages, announced.
#[component]
pub fn Messages(
    /// Id the field's `aria-describedby` points to.
    #[prop(into)]
    id: String,
    /// Error messages.
    #[prop(into)]
    errors: Signal<Vec<String>>,
) -> impl IntoView {
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

/// The (value, label) options of a select, from a list being loaded (empty until it arrives
/// or when it fails).
pub fn options_from<T: 'static>(
    list: LocalResource<Result<Vec<T>, crate::api::ApiError>>,
    pick: fn(&T) -> (String, String),
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        list.with(|loaded| match loaded {
            Some(Ok(items)) => items.iter().map(pick).collect(),
            _ => Vec::new(),
        })
    })
}
