//! Choices among options: DSFR groups of radio buttons (one value) and of checkboxes (a list
//! of values).

use super::fields::Messages;
use leptos::prelude::*;

/// Radio buttons for one value; `options` are (value, label) pairs.
#[component]
pub fn RadioGroup(
    /// Id of the fieldset; each radio gets `{id}-{value}`.
    id: &'static str,
    /// Legend.
    legend: &'static str,
    /// (value, label) pairs.
    options: &'static [(&'static str, &'static str)],
    /// The chosen value, bound both ways.
    value: RwSignal<String>,
    /// Error messages.
    #[prop(into)]
    errors: Signal<Vec<String>>,
) -> impl IntoView {
    let messages = format!("{id}-messages");
    let described = messages.clone();
    view! {
        <fieldset id=id class=move || if errors.get().is_empty() { "fr-fieldset" } else { "fr-fieldset fr-fieldset--error" }
            aria-describedby=described>
            <legend class="fr-fieldset__legend fr-fieldset__legend--regular">{legend}</legend>
            {options.iter().map(|(key, label)| {
                let radio = format!("{id}-{key}");
                view! {
                    <div class="fr-fieldset__element">
                        <div class="fr-radio-group">
                            <input type="radio" id=radio.clone() name=id value=*key
                                prop:checked=move || value.get() == *key on:change=move |_| value.set((*key).to_owned()) />
                            <label class="fr-label" for=radio>{*label}</label>
                        </div>
                    </div>
                }
            }).collect_view()}
            <Messages id=messages errors=errors />
        </fieldset>
    }
}

/// Checkboxes for a list of values; `options` are (value, label) pairs.
#[component]
pub fn CheckboxGroup(
    /// Id of the fieldset; each checkbox gets `{id}-{value}`.
    id: &'static str,
    /// Legend.
    legend: &'static str,
    /// Hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// (value, label) pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The values chosen.
    chosen: RwSignal<Vec<String>>,
    /// Error messages.
    #[prop(into)]
    errors: Signal<Vec<String>>,
) -> impl IntoView {
    let messages = format!("{id}-messages");
    let described = messages.clone();
    view! {
        <fieldset id=id class=move || if errors.get().is_empty() { "fr-fieldset" } else { "fr-fieldset fr-fieldset--error" }
            aria-describedby=described>
            <legend class="fr-fieldset__legend fr-fieldset__legend--regular">{legend}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}</legend>
            {move || options.get().into_iter().map(|(value, label)| {
                let checkbox = format!("{id}-{value}");
                let shown = value.clone();
                let toggle = move |_| chosen.update(|chosen| toggle(chosen, &value));
                view! {
                    <div class="fr-fieldset__element">
                        <div class="fr-checkbox-group">
                            <input type="checkbox" id=checkbox.clone()
                                prop:checked=move || chosen.with(|chosen| chosen.contains(&shown)) on:change=toggle />
                            <label class="fr-label" for=checkbox>{label}</label>
                        </div>
                    </div>
                }
            }).collect_view()}
            <Messages id=messages errors=errors />
        </fieldset>
    }
}

/// Adds `value` to `list`, or takes it out when it is already there (a checkbox ticked or
/// unticked).
pub fn toggle<T: PartialEq + Clone>(list: &mut Vec<T>, value: &T) {
    match list.iter().position(|item| item == value) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(value.clone()),
    }
}
