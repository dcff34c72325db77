//! The resource list, filtered by département, 20 per page, with « Modifier » and
//! « Supprimer » (confirmed) on the resources the agent keeps, and the form below.

use super::delete::DeleteDialog;
use super::form::{ResourceForm, departement_options};
use crate::api;
use crate::components::{
    PageHeading, Pagination, RequireAgent, SelectField, SuccessAlert, TableFrame, fetched,
    first_page_on_change,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::reinsertion::{ReinsertionResource, ReinsertionResourcePage};

/// Resources per page.
const PER_PAGE: i64 = 20;

/// The « Ressources de réinsertion » screen.
#[component]
pub fn ResourceList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let departement = RwSignal::new(String::new());
    let page = RwSignal::new(1_i64);
    first_page_on_change(move || departement.get(), page);
    let version = RwSignal::new(0_u32);
    let resources = LocalResource::new(move || {
        version.track();
        api::reinsertion::list(session, departement.get(), page.get(), PER_PAGE)
    });
    let total = Signal::derive(move || {
        resources
            .get()
            .and_then(Result::ok)
            .map_or(0, |page| page.total)
    });
    let (editing, chosen) = (RwSignal::new(None), RwSignal::new(None));
    let done = RwSignal::new(None::<String>);
    let public = move || {
        let code = departement.get();
        (!code.is_empty()).then(|| view! {
            <p><a class="fr-link" href=format!("/investir-ma-reinsertion/{code}")>"Voir la page publique de ce département"</a></p>
        })
    };
    view! {
        <PageHeading title="Ressources de réinsertion">"Ressources de réinsertion"</PageHeading>
        <p>"Ces adresses (emploi, logement, santé…) s'affichent sur la page publique « Investir ma réinsertion » de leur département."</p>
        <SuccessAlert message=done />
        <SelectField id="filtre-departement" label="Département" value=departement options=departement_options()
            placeholder="Tous les départements" />
        {public}
        <div aria-live="polite">{fetched(resources, move |page: ReinsertionResourcePage| view! { <Rows items=page.items editing chosen /> })}</div>
        <Pagination page total per_page=PER_PAGE />
        <ResourceForm editing done version />
        <DeleteDialog chosen done version />
    }
}

#[component]
fn Rows(
    items: Vec<ReinsertionResource>,
    editing: RwSignal<Option<ReinsertionResource>>,
    chosen: RwSignal<Option<ReinsertionResource>>,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>"Aucune ressource."</p> }.into_any();
    }
    view! {
        <TableFrame label="Liste des ressources de réinsertion">
            <table>
                <caption>"Ressources de réinsertion"</caption>
                <thead><tr>
                    <th scope="col">"Département"</th><th scope="col">"Catégorie"</th><th scope="col">"Titre"</th>
                    <th scope="col">"Téléphone"</th><th scope="col">"Actions"</th>
                </tr></thead>
                <tbody>{items.into_iter().map(|resource| {
                    let named = format!(" la ressource {}", resource.title);
                    let buttons = resource.editable.then(|| {
                        let (edited, deleted) = (resource.clone(), resource.clone());
                        view! { <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                            <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary"
                                on:click=move |_| { editing.set(Some(edited.clone())); focus_form(); }>
                                "Modifier" <span class="fr-sr-only">{named.clone()}</span></button></li>
                            <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary"
                                on:click=move |_| chosen.set(Some(deleted.clone()))>
                                "Supprimer" <span class="fr-sr-only">{named}</span></button></li>
                        </ul> }
                    });
                    view! { <tr>
                        <td>{resource.departement.clone()}</td><td>{resource.category_label.clone()}</td>
                        <td>{resource.title.clone()}</td><td>{resource.phone.clone().unwrap_or_default()}</td><td>{buttons}</td>
                    </tr> }
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

/// Moves the focus to the form's title field.
fn focus_form() {
    if let Some(field) = document().get_element_by_id("titre-ressource")
        && let Ok(field) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(field)
    {
        let _ = field.focus();
    }
}
