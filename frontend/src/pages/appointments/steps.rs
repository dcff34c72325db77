//! Steps shared by the booking and the reschedule forms: free date and time, SMS choice.

use crate::components::Messages;
use crate::components::format::today;
use leptos::prelude::*;
use msj_contract::appointments::SmsChoice;

/// Date and time of a free-time appointment, with the booking rules' messages about them
/// (past, weekend or public holiday, place no longer open…).
#[component]
pub fn FreeTime(
    date: RwSignal<String>,
    time: RwSignal<String>,
    #[prop(into)] errors: Signal<Vec<String>>,
) -> impl IntoView {
    let min = today().to_string();
    let invalid = move || (!errors.get().is_empty()).then_some("true");
    view! {
        <fieldset class=move || if errors.get().is_empty() { "fr-fieldset" } else { "fr-fieldset fr-fieldset--error" }
            id="etape-horaire" aria-describedby="etape-horaire-messages">
            <legend class="fr-fieldset__legend">"Horaire"</legend>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-input-group">
                    <label class="fr-label" for="date-convocation">"Date"</label>
                    <input class="fr-input" type="date" id="date-convocation" min=min aria-invalid=invalid bind:value=date />
                </div>
            </div>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-input-group">
                    <label class="fr-label" for="heure-convocation">"Heure" <span class="fr-hint-text">"Entre 6h et 20h, par pas de 5 minutes."</span></label>
                    <input class="fr-input" type="time" id="heure-convocation" min="06:00" max="20:00" step="300" aria-invalid=invalid bind:value=time />
                </div>
            </div>
            <Messages id="etape-horaire-messages" errors />
        </fieldset>
    }
}

/// « Prévenir immédiatement par SMS… » or « Envoyer uniquement un rappel… ».
#[component]
pub fn SmsStep(sms: RwSignal<Option<SmsChoice>>) -> impl IntoView {
    let choices = [
        (
            SmsChoice::NowAndReminder,
            "sms-maintenant",
            "Prévenir immédiatement par SMS et envoyer un rappel avant la convocation.",
        ),
        (
            SmsChoice::ReminderOnly,
            "sms-rappel",
            "Envoyer uniquement un rappel par SMS avant la convocation.",
        ),
    ];
    view! {
        <fieldset class="fr-fieldset" id="etape-sms">
            <legend class="fr-fieldset__legend">"SMS"</legend>
            {choices.into_iter().map(|(choice, id, label)| view! {
                <div class="fr-fieldset__element"><div class="fr-radio-group">
                    <input type="radio" id=id name="sms" prop:checked=move || sms.get() == Some(choice) on:change=move |_| sms.set(Some(choice)) />
                    <label class="fr-label" for=id>{label}</label>
                </div></div>
            }).collect_view()}
        </fieldset>
    }
}
