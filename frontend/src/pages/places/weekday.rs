//! The recurring slots of one weekday (features §2.7): time (5-minute steps), duration and
//! capacity to change, with « Enregistrer » and « Supprimer » on each row.

use super::agendas::Outcome;
use crate::api::{self, ApiError};
use crate::components::{Input, TableFrame, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::slots::{SlotTemplate, SlotTemplateUpdate};

/// The table of the recurring slots of `day`; `changed` runs after a deletion.
#[component]
pub fn WeekdayTable(
    /// French name of the day.
    day: &'static str,
    /// Its recurring slots, by time.
    templates: Vec<SlotTemplate>,
    /// Runs after a deletion or an addition.
    changed: Callback<()>,
    /// The « Ajouter » form under the table.
    add: AnyView,
) -> impl IntoView {
    let body = if templates.is_empty() {
        view! { <p class="fr-text--sm">"Aucun créneau récurrent ce jour-là."</p> }.into_any()
    } else {
        view! {
            <TableFrame label=format!("Créneaux récurrents du {}", day.to_lowercase())>
                <table>
                    <caption class="fr-sr-only">{format!("Créneaux récurrents du {}", day.to_lowercase())}</caption>
                    <thead><tr>
                        <th scope="col">"Heure"</th><th scope="col">"Durée (min)"</th>
                        <th scope="col">"Capacité"</th><th scope="col">"Actions"</th>
                    </tr></thead>
                    <tbody>{templates.into_iter().map(|template| view! { <Row template day changed /> }).collect_view()}</tbody>
                </table>
            </TableFrame>
        }
        .into_any()
    };
    view! { <h4 class="fr-h6 fr-mb-1w">{day}</h4>{body}{add} }
}

#[component]
fn Row(template: SlotTemplate, day: &'static str, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let time = RwSignal::new(template.local_time.clone());
    let duration = RwSignal::new(template.duration_min.to_string());
    let capacity = RwSignal::new(template.capacity.to_string());
    let error = RwSignal::new(None::<ApiError>);
    let outcome = RwSignal::new(None::<Result<(), ApiError>>);
    let saved = RwSignal::new(template.local_time.clone());
    let context =
        Signal::derive(move || format!(" du créneau du {} à {}", day.to_lowercase(), saved.get()));
    let id = template.id.clone();
    let save = move |_| {
        let id = id.clone();
        let request = SlotTemplateUpdate {
            local_time: Some(time.get_untracked()),
            duration_min: Some(duration.get_untracked().trim().parse().unwrap_or(0)),
            capacity: Some(capacity.get_untracked().trim().parse().unwrap_or(0)),
        };
        spawn_local(async move {
            let result = api::places::update_template(session, id, request).await;
            if let Ok(template) = &result {
                saved.set(template.local_time.clone());
            }
            error.set(result.as_ref().err().cloned());
            outcome.set(Some(result.map(drop)));
        });
    };
    let id = template.id.clone();
    let remove = move |_| {
        let id = id.clone();
        spawn_local(async move {
            match api::places::delete_template(session, id).await {
                Ok(()) => changed.run(()),
                Err(failure) => outcome.set(Some(Err(failure))),
            }
        });
    };
    let field = |name: &str| format!("{name}-{}", template.id);
    view! {
        <tr>
            <td><Input id=field("heure") label="Heure" context label_hidden=true kind="time" step="300" value=time errors=errors_at(error, "/local_time") /></td>
            <td><Input id=field("duree") label="Durée (min)" context label_hidden=true kind="number" min="1" value=duration errors=errors_at(error, "/duration_min") /></td>
            <td><Input id=field("capacite") label="Capacité" context label_hidden=true kind="number" min="1" value=capacity errors=errors_at(error, "/capacity") /></td>
            <td>
                <Outcome outcome success="Enregistré." />
                <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                    <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" on:click=save>
                        "Enregistrer" <span class="fr-sr-only">{move || context.get()}</span></button></li>
                    <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" on:click=remove>
                        "Supprimer" <span class="fr-sr-only">{move || context.get()}</span></button></li>
                </ul>
            </td>
        </tr>
    }
}
