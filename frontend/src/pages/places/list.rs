//! `/administration/lieux`: the « Lieux » list (features §2.6), 10 per page with the page
//! number in the address, « Modifier », « Archiver » (confirmed) and « Nouveau lieu » when the
//! agent's menu has « Lieux ».

use super::archive::ArchiveDialog;
use super::page::{page_in_query, slice};
use crate::api;
use crate::components::{
    PageHeading, Pagination, RequireAgent, SessionNotice, SuccessAlert, TableFrame, fetched,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::organizations::{Organization, Place};

/// Places per page.
const PER_PAGE: i64 = 10;

/// The place list.
#[component]
pub fn PlaceList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let manages = session.user().is_some_and(|user| user.menu.places);
    let page = page_in_query("/administration/lieux");
    let version = RwSignal::new(0_u32);
    let places = LocalResource::new(move || {
        version.track();
        api::places::list(session)
    });
    let services = LocalResource::new(move || api::organizations::list(session));
    let total = Signal::derive(move || {
        places
            .get()
            .and_then(Result::ok)
            .map_or(0, |places| places.len() as i64)
    });
    let chosen = RwSignal::new(None::<Place>);
    let done = RwSignal::new(None::<String>);
    let rows = move |places: Vec<Place>| {
        let names = services.get().and_then(Result::ok).unwrap_or_default();
        let shown = slice(places, page.get(), PER_PAGE);
        view! { <Rows places=shown names manages chosen /> }
    };
    view! {
        <PageHeading title="Lieux">"Lieux"</PageHeading>
        <SessionNotice />
        <SuccessAlert message=done />
        {manages.then(|| view! {
            <a class="fr-btn fr-mb-3w" href="/administration/lieux/nouveau">"Nouveau lieu"</a>
        })}
        <div aria-live="polite">{fetched(places, rows)}</div>
        <Pagination page total per_page=PER_PAGE />
        <ArchiveDialog chosen done version />
    }
}

#[component]
fn Rows(
    places: Vec<Place>,
    names: Vec<Organization>,
    manages: bool,
    chosen: RwSignal<Option<Place>>,
) -> impl IntoView {
    if places.is_empty() {
        return view! { <p>"Aucun lieu."</p> }.into_any();
    }
    let service = move |id: &str| {
        names
            .iter()
            .find(|service| service.id == id)
            .map(|service| service.name.clone())
            .unwrap_or_default()
    };
    view! {
        <TableFrame label="Liste des lieux">
            <table>
                <caption>"Lieux de votre ressort"</caption>
                <thead><tr>
                    <th scope="col">"Nom"</th><th scope="col">"Adresse"</th><th scope="col">"Téléphone"</th>
                    <th scope="col">"Service"</th>{manages.then(|| view! { <th scope="col">"Actions"</th> })}
                </tr></thead>
                <tbody>{places.into_iter().map(|place| {
                    let service = service(&place.organization_id);
                    let editable = place.actions.is_some_and(|actions| actions.edit);
                    let buttons = manages.then(|| {
                        let (name, edit) = (place.name.clone(), format!("/administration/lieux/{}", place.id));
                        let place = place.clone();
                        view! { <td>{editable.then(|| view! { <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                            <li><a class="fr-btn fr-btn--sm fr-btn--secondary" href=edit>
                                "Modifier" <span class="fr-sr-only">{format!(" le lieu {name}")}</span></a></li>
                            <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary"
                                on:click=move |_| chosen.set(Some(place.clone()))>
                                "Archiver" <span class="fr-sr-only">{format!(" le lieu {name}")}</span></button></li>
                        </ul> })}</td> }
                    });
                    view! { <tr>
                        <td>{place.name.clone()}</td><td>{place.address.clone()}</td>
                        <td>{place.phone.clone().unwrap_or_default()}</td><td>{service}</td>{buttons}
                    </tr> }
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}
