//! `/administration/lieux/:id/creneaux-recurrents/:agenda`: the recurring slots of one agenda
//! (features §2.7), one section per slot-system type the place offers, each with the batch
//! creator and the slots of every weekday; « Tout supprimer » with its confirmation.

use super::add_row::AddRow;
use super::batch::BatchCreator;
use super::edit::find_place;
use super::weekday::WeekdayTable;
use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Modal, PageHeading, RequireAgent, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use msj_contract::organizations::AppointmentType;

/// ISO weekdays offered for recurring slots, with their French names.
pub const WEEKDAYS: [(u8, &str); 5] = [
    (1, "Lundi"),
    (2, "Mardi"),
    (3, "Mercredi"),
    (4, "Jeudi"),
    (5, "Vendredi"),
];

/// The recurring slots page.
#[component]
pub fn RecurringSlotsPage() -> impl IntoView {
    view! { <RequireAgent><Recurring /></RequireAgent> }
}

/// The place and agenda names, and the slot-system types the place offers.
#[derive(Clone)]
struct Context {
    place_id: String,
    place: String,
    agenda_id: String,
    agenda: String,
    kinds: Vec<AppointmentType>,
}

async fn load(session: Session, place_id: String, agenda_id: String) -> Result<Context, ApiError> {
    let place = find_place(session, place_id).await?;
    let agenda = place
        .agendas
        .iter()
        .find(|agenda| agenda.id == agenda_id)
        .ok_or_else(|| ApiError::bare(404))?;
    let kinds = api::places::types(session)
        .await?
        .into_iter()
        .filter(|kind| kind.slot_system && place.appointment_types.contains(&kind.key))
        .collect();
    Ok(Context {
        agenda: agenda.name.clone(),
        agenda_id,
        place_id: place.id,
        place: place.name,
        kinds,
    })
}

#[component]
fn Recurring() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let param = move |name: &str| params.with(|params| params.get(name).unwrap_or_default());
    let context = LocalResource::new(move || load(session, param("id"), param("agenda")));
    view! {
        <PageHeading title="Créneaux récurrents">"Créneaux récurrents"</PageHeading>
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
            <p>"Les modifications sur cette page seront répercutées pour les convocations dans un délai de 24h."</p>
        </div>
        {fetched(context, |context: Context| view! { <Sections context /> })}
    }
}

#[component]
fn Sections(context: Context) -> impl IntoView {
    let session = Session::get();
    let agenda_id = context.agenda_id.clone();
    let version = RwSignal::new(0_u32);
    let templates = LocalResource::new(move || {
        version.track();
        api::places::templates(session, agenda_id.clone())
    });
    let changed = Callback::new(move |()| version.update(|version| *version += 1));
    let delete_from = context.agenda_id.clone();
    let any = Signal::derive(move || {
        templates
            .get()
            .and_then(Result::ok)
            .is_some_and(|list| !list.is_empty())
    });
    let empty = context.kinds.is_empty().then(|| {
        view! {
            <p>"Ce lieu ne propose aucun type de convocation sur créneaux."</p>
        }
    });
    view! {
        <p>{format!("Agenda « {} » du lieu « {} ».", context.agenda, context.place)}</p>
        <p><a class="fr-link" href=format!("/administration/lieux/{}", context.place_id)>
            "Retour au lieu"</a></p>
        {empty}
        {move || any.get().then(|| view! { <DeleteAll agenda_id=delete_from.clone() changed /> })}
        {context.kinds.into_iter().map(|kind| {
            let key = StoredValue::new(kind.key.clone());
            let agenda = StoredValue::new(context.agenda_id.clone());
            view! {
                <section class="fr-mt-4w" aria-labelledby=format!("titre-{}", kind.key)>
                    <h2 id=format!("titre-{}", kind.key)>{kind.name.clone()}</h2>
                    <h3 class="fr-h5">"Créer des créneaux récurrents"</h3>
                    <BatchCreator agenda_id=context.agenda_id.clone() kind=kind.key.clone() changed />
                    <h3 class="fr-h5">"Créneaux récurrents par jour"</h3>
                    {fetched(templates, move |list: Vec<msj_contract::slots::SlotTemplate>| WEEKDAYS.map(|(day, name)| {
                        let of_day: Vec<_> = list.iter()
                            .filter(|template| template.week_day == day && key.with_value(|key| template.appointment_type == *key))
                            .cloned().collect();
                        let add = view! { <AddRow agenda_id=agenda.get_value() kind=key.get_value() week_day=day day=name changed /> }.into_any();
                        view! { <WeekdayTable day=name templates=of_day changed add /> }
                    }).into_iter().collect_view())}
                </section>
            }
        }).collect_view()}
    }
}

/// « Tout supprimer »: every recurring slot of the agenda, after a confirmation.
#[component]
fn DeleteAll(agenda_id: String, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let confirm = move |_| {
        let agenda_id = agenda_id.clone();
        spawn_local(async move {
            match api::places::delete_all_templates(session, agenda_id).await {
                Ok(()) => {
                    open.set(false);
                    changed.run(());
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <button type="button" class="fr-btn fr-btn--secondary"
            on:click=move |_| { error.set(None); open.set(true); }>"Tout supprimer"</button>
        <Modal open id="supprimer-creneaux-recurrents" title="Supprimer tous les créneaux récurrents">
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <p>"Tous les créneaux récurrents de cet agenda seront supprimés, ainsi que les créneaux qu'ils ont générés, sauf ceux qui portent une convocation."</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm.clone()>"Tout supprimer"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
