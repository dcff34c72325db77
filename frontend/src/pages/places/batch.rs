//! The batch creator of recurring slots (features §2.7): weekdays, « Premier créneau »,
//! « Dernier créneau », « Intervalle (min) », « Capacité », « Durée (min) », « Tout créer ».

use super::recurring::WEEKDAYS;
use crate::api::{self, ApiError};
use crate::components::{Input, Messages, errors_at, toggle};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::slots::{BatchResult, SlotTemplateBatch};

/// Creates the recurring slots of one slot-system type of an agenda; `changed` runs after.
#[component]
pub fn BatchCreator(
    /// The agenda.
    agenda_id: String,
    /// The slot-system type key.
    kind: String,
    /// Runs after a creation.
    changed: Callback<()>,
) -> impl IntoView {
    let session = Session::get();
    let days = RwSignal::new(Vec::<u8>::new());
    let first = RwSignal::new("09:00".to_owned());
    let last = RwSignal::new("12:00".to_owned());
    let interval = RwSignal::new("30".to_owned());
    let capacity = RwSignal::new("1".to_owned());
    let duration = RwSignal::new("30".to_owned());
    let error = RwSignal::new(None::<ApiError>);
    let created = RwSignal::new(None::<BatchResult>);
    let (id_agenda, id_kind) = (agenda_id.clone(), kind.clone());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let request = SlotTemplateBatch {
            agenda_id: id_agenda.clone(),
            appointment_type: id_kind.clone(),
            week_days: days.get_untracked(),
            first: first.get_untracked(),
            last: last.get_untracked(),
            interval_min: interval.get_untracked().trim().parse().unwrap_or(0),
            duration_min: duration.get_untracked().trim().parse().unwrap_or(0),
            capacity: capacity.get_untracked().trim().parse().unwrap_or(0),
        };
        spawn_local(async move {
            match api::places::create_templates(session, request).await {
                Ok(result) => {
                    error.set(None);
                    created.set(Some(result));
                    if result.created > 0 {
                        changed.run(());
                    }
                }
                Err(failure) => {
                    created.set(None);
                    error.set(Some(failure));
                }
            }
        });
    };
    let id = move |name: &str| format!("{name}-{kind}");
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    let other = Signal::derive(move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| e.problem.as_ref().is_none_or(|p| p.errors.is_empty()))
                .map(ApiError::message)
        })
    });
    let day_errors = errors("/week_days");
    view! {
        <form class="fr-mb-4w" on:submit=submit novalidate=true aria-label="Créer des créneaux récurrents">
            <fieldset class="fr-fieldset" aria-describedby=id("jours-messages")>
                <legend class="fr-fieldset__legend--regular fr-fieldset__legend">"Jours"</legend>
                {WEEKDAYS.into_iter().map(|(day, name)| {
                    let input = format!("{}-{day}", id("jour"));
                    view! {
                        <div class="fr-fieldset__element fr-fieldset__element--inline">
                            <div class="fr-checkbox-group">
                                <input type="checkbox" id=input.clone() prop:checked=move || days.with(|days| days.contains(&day))
                                    on:change=move |_| days.update(|days| toggle(days, &day)) />
                                <label class="fr-label" for=input>{name}</label>
                            </div>
                        </div>
                    }
                }).collect_view()}
                <Messages id=id("jours-messages") errors=day_errors />
            </fieldset>
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-6 fr-col-md-2"><Input id=id("premier") label="Premier créneau" kind="time" step="900" min="06:00" max="20:00" value=first errors=errors("/first") /></div>
                <div class="fr-col-6 fr-col-md-2"><Input id=id("dernier") label="Dernier créneau" kind="time" step="900" min="06:00" max="20:00" value=last errors=errors("/last") /></div>
                <div class="fr-col-6 fr-col-md-2"><Input id=id("intervalle") label="Intervalle (min)" kind="number" min="1" value=interval errors=errors("/interval_min") /></div>
                <div class="fr-col-6 fr-col-md-2"><Input id=id("capacite") label="Capacité" kind="number" min="1" value=capacity errors=errors("/capacity") /></div>
                <div class="fr-col-6 fr-col-md-2"><Input id=id("duree") label="Durée (min)" kind="number" min="1" value=duration errors=errors("/duration_min") /></div>
            </div>
            {move || other.get().map(|text| view! { <p class="fr-message fr-message--error" role="alert">{text}</p> })}
            {move || created.get().map(|result| view! { <BatchMessage result /> })}
            <button type="submit" class="fr-btn">"Tout créer"</button>
        </form>
    }
}

/// What a creation did, with the duplicates left out.
#[component]
fn BatchMessage(result: BatchResult) -> impl IntoView {
    let text = match result.created {
        0 => "Aucun créneau récurrent n'a été créé.".to_owned(),
        1 => "1 créneau récurrent a été créé.".to_owned(),
        n => format!("{n} créneaux récurrents ont été créés."),
    };
    let duplicates = (result.skipped > 0).then_some(
        " Un ou plusieurs créneaux récurrents similaires existent déjà. Les doublons n'ont pas été créés.",
    );
    view! { <p class="fr-message fr-message--valid fr-mb-2w" role="status">{text}{duplicates}</p> }
}
