//! `/administration/lieux/:id/demenager`: « Déménager le lieu » (central admin): the new
//! place's fields and its first day, then what moved; the moves already recorded below.

use super::edit::find_place;
use super::form::{PlaceFields, PlaceFieldset};
use crate::api::{self, ApiError};
use crate::components::format::short_date;
use crate::components::{ErrorAlert, PageHeading, RequireAgent, TextField, errors_at, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use msj_contract::organizations::Place;
use msj_contract::place_moves::PlaceMove;

/// The move page.
#[component]
pub fn MovePlacePage() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let id = move || params.with(|params| params.get("id").unwrap_or_default());
    let place = LocalResource::new(move || find_place(session, id()));
    let moves = LocalResource::new(move || api::place_moves::list(session));
    view! {
        <RequireAgent>
            <PageHeading title="Déménager un lieu">"Déménager un lieu"</PageHeading>
            {fetched(place, move |place: Place| view! { <MoveForm place on_moved=move || moves.refetch() /> })}
            <h2 class="fr-h4 fr-mt-5w">"Déménagements enregistrés"</h2>
            {fetched(moves, |moves: Vec<PlaceMove>| view! { <MoveTable moves /> })}
        </RequireAgent>
    }
}

fn summary(moved: &PlaceMove) -> String {
    format!(
        "« {} » déménage vers « {} » le {} : {} agenda(s), {} créneau(x) récurrent(s), {} créneau(x) et {} convocation(s) transférés. Les SMS à venir de ces convocations indiqueront le nouveau lieu.",
        moved.old_place_name,
        moved.new_place_name,
        short_date(moved.date),
        moved.agendas,
        moved.slot_templates,
        moved.slots,
        moved.appointments
    )
}

#[component]
fn MoveForm(place: Place, #[prop(into)] on_moved: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let fields = PlaceFields::empty();
    let date = RwSignal::new(String::new());
    let (error, done) = (
        RwSignal::new(None::<ApiError>),
        RwSignal::new(None::<String>),
    );
    let pending = RwSignal::new(false);
    let id = place.id.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let request = fields.to_move(&date.get_untracked());
        let id = id.clone();
        spawn_local(async move {
            match api::place_moves::create(session, id, request).await {
                Ok(moved) => {
                    error.set(None);
                    done.set(Some(summary(&moved)));
                    on_moved.run(());
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    view! {
        <p>"Lieu actuel : " <strong>{place.name.clone()}</strong> " — " {place.address.clone()}</p>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        {move || done.get().map(|text| view! {
            <div class="fr-alert fr-alert--success fr-mb-3w" role="status"><p>{text}</p></div>
        })}
        <form on:submit=submit novalidate=true aria-label=format!("Déménager le lieu {}", place.name)>
            <TextField id="date-demenagement" label="Date du déménagement" kind="date" autocomplete="off" value=date
                hint="À partir de demain. Le lieu actuel ferme la veille ; le nouveau lieu ouvre ce jour-là." errors=errors_at(error, "/date") />
            <PlaceFieldset fields error without_types=true />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get() || done.with(Option::is_some)>"Déménager"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href="/administration/lieux">"Retour aux lieux"</a></li>
            </ul>
        </form>
    }
}

#[component]
fn MoveTable(moves: Vec<PlaceMove>) -> impl IntoView {
    if moves.is_empty() {
        return view! { <p>"Aucun déménagement enregistré."</p> }.into_any();
    }
    view! {
        <div class="fr-table"><table>
            <caption class="fr-sr-only">"Déménagements enregistrés"</caption>
            <thead><tr><th scope="col">"Ancien lieu"</th><th scope="col">"Nouveau lieu"</th><th scope="col">"Date"</th><th scope="col">"Convocations transférées"</th></tr></thead>
            <tbody>
                {moves.into_iter().map(|moved| view! {
                    <tr><td>{moved.old_place_name}</td><td>{moved.new_place_name}</td>
                        <td>{short_date(moved.date)}</td><td>{moved.appointments}</td></tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
    .into_any()
}
