//! One template: its text with a live preview (rendered by the server for a sample
//! appointment, STOP SMS line included) and its length in characters and SMS parts; the
//! reminder delay; « Enregistrer » and « Restaurer le défaut ».

use crate::api::{self, ApiError};
use crate::components::Debounce;
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::notifications::{
    NotificationTemplate, SmsMeasure, TemplatePreview, TemplateUpdate,
};
use std::time::Duration;

/// Typing pause before the preview is asked again.
const PAUSE: Duration = Duration::from_millis(400);

/// « 142 caractères · 1 SMS ».
fn measure_text(measure: &SmsMeasure) -> String {
    let parts = if measure.segments > 1 {
        format!("{} SMS", measure.segments)
    } else {
        "1 SMS".to_owned()
    };
    let accents = if measure.encoding == "ucs2" {
        " (caractères accentués : SMS plus courts)"
    } else {
        ""
    };
    format!("{} caractères · {parts}{accents}", measure.characters)
}

/// The card of `template`.
#[component]
pub fn TemplateEditor(template: NotificationTemplate) -> impl IntoView {
    let session = Session::get();
    let text = RwSignal::new(template.template.clone());
    let days = RwSignal::new(template.reminder_days.to_string());
    let preview = RwSignal::new(None::<Result<TemplatePreview, ApiError>>);
    let outcome = RwSignal::new(None::<Result<&'static str, ApiError>>);
    let timer = Debounce::new(PAUSE);
    let ask_preview = move |value: String| {
        spawn_local(async move {
            let rendered = api::sms::preview(session, value).await;
            let _ = preview.try_set(Some(rendered));
        });
    };
    ask_preview(template.template.clone());
    let on_input = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        text.set(value.clone());
        timer.run(move || ask_preview(value));
    };
    let stored = StoredValue::new(template.clone());
    let reminder = template.kind == "reminder";
    let save = move |_| {
        let update = TemplateUpdate {
            template: Some(text.get_untracked()),
            reminder_days: reminder.then(|| days.get_untracked().parse().unwrap_or(1)),
        };
        spawn_local(async move {
            let saved = api::sms::save(session, &stored.get_value(), update).await;
            outcome.set(Some(saved.map(|()| "Le modèle a bien été enregistré.")));
        });
    };
    let restore = move |_| {
        spawn_local(async move {
            let restored = api::sms::restore(session, &stored.get_value()).await;
            outcome.set(Some(restored.map(
                |()| "Le modèle par défaut est rétabli ; rechargez la page pour le voir.",
            )));
        });
    };
    let id = format!("modele-{}", template.kind);
    let custom = template.source != "built_in";
    view! {
        <section class="fr-card fr-mb-3w" aria-labelledby=format!("{id}-titre")><div class="fr-card__body"><div class="fr-card__content">
            <h2 class="fr-card__title" id=format!("{id}-titre")>{template.kind_label.clone()}
                {(template.source == "organization").then(|| view! { " " <span class="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">"Personnalisé"</span> })}</h2>
            <div class="fr-input-group">
                <label class="fr-label" for=id.clone()>{format!("Texte du SMS « {} »", template.kind_label)}</label>
                <textarea class="fr-input" id=id.clone() rows="4" prop:value=move || text.get() on:input=on_input></textarea>
            </div>
            {reminder.then(|| view! {
                <div class="fr-select-group">
                    <label class="fr-label" for=format!("{id}-delai")>"Envoi du rappel"</label>
                    <select class="fr-select" id=format!("{id}-delai") on:change=move |e| days.set(event_target_value(&e)) prop:value=move || days.get()>
                        <option value="1">"La veille de la convocation"</option>
                        <option value="2">"Deux jours avant la convocation"</option>
                    </select>
                </div>
            })}
            <div class="fr-callout fr-mb-2w" aria-live="polite">
                <p class="fr-callout__title fr-text--md">"Aperçu"</p>
                {move || match preview.get() {
                    Some(Ok(shown)) => view! { <p class="fr-callout__text fr-text--sm">{shown.text}</p><p class="fr-text--xs">{measure_text(&shown.measure)}</p> }.into_any(),
                    Some(Err(error)) => view! { <p class="fr-error-text">{error.message()}</p> }.into_any(),
                    None => view! { <p class="fr-text--sm">"Calcul de l'aperçu…"</p> }.into_any(),
                }}
            </div>
            <div aria-live="polite">{move || outcome.get().map(|done| match done {
                Ok(text) => view! { <p class="fr-valid-text">{text}</p> }.into_any(),
                Err(error) => view! { <p class="fr-error-text">{error.message()}</p> }.into_any(),
            })}</div>
            <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                <li><button type="button" class="fr-btn" on:click=save>"Enregistrer" <span class="fr-sr-only">{format!(" le SMS « {} »", template.kind_label)}</span></button></li>
                {custom.then(|| view! {
                    <li><button type="button" class="fr-btn fr-btn--secondary" on:click=restore>"Restaurer le défaut" <span class="fr-sr-only">{format!(" du SMS « {} »", template.kind_label)}</span></button></li>
                })}
            </ul>
        </div></div></section>
    }
}
