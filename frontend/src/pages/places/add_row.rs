//! « Ajouter » under a weekday's recurring slots: one more slot at a time, with its duration
//! and capacity (features §2.7).

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Input, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::slots::SlotTemplateBatch;

/// The add form of `week_day` (1 = Monday) for `kind` in `agenda_id`.
#[component]
pub fn AddRow(
    agenda_id: String,
    kind: String,
    week_day: u8,
    /// French name of the day.
    day: &'static str,
    changed: Callback<()>,
) -> impl IntoView {
    let session = Session::get();
    let (time, duration, capacity) = (
        RwSignal::new(String::new()),
        RwSignal::new("30".to_owned()),
        RwSignal::new("1".to_owned()),
    );
    let error = RwSignal::new(None::<ApiError>);
    let key = kind.clone();
    let id = move |field: &str| format!("ajout-{key}-{week_day}-{field}");
    let request = StoredValue::new((agenda_id, kind));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let at = time.get_untracked();
        let batch = SlotTemplateBatch {
            agenda_id: request.with_value(|(agenda, _)| agenda.clone()),
            appointment_type: request.with_value(|(_, kind)| kind.clone()),
            week_days: vec![week_day],
            first: at.clone(),
            last: at,
            interval_min: 1,
            duration_min: duration.get_untracked().trim().parse().unwrap_or(0),
            capacity: capacity.get_untracked().trim().parse().unwrap_or(0),
        };
        spawn_local(async move {
            match api::places::create_templates(session, batch).await {
                Ok(_) => changed.run(()),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let context = Signal::derive(move || format!(" du nouveau créneau du {}", day.to_lowercase()));
    view! {
        <form class="fr-mb-3w" on:submit=submit novalidate=true aria-label=format!("Ajouter un créneau récurrent le {}", day.to_lowercase())>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-4 fr-col-md-2"><Input id=id("heure") label="Heure" context kind="time" step="300" value=time errors=errors_at(error, "/first") /></div>
                <div class="fr-col-4 fr-col-md-2"><Input id=id("duree") label="Durée (min)" context kind="number" min="1" value=duration errors=errors_at(error, "/duration_min") /></div>
                <div class="fr-col-4 fr-col-md-2"><Input id=id("capacite") label="Capacité" context kind="number" min="1" value=capacity errors=errors_at(error, "/capacity") /></div>
            </div>
            <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">"Ajouter" <span class="fr-sr-only">{move || context.get()}</span></button>
        </form>
    }
}
