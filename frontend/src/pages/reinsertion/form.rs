//! The resource form: added when nothing is being edited, else the chosen resource changed.

use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, SelectField, TextArea, TextField, errors_at};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::reinsertion::{ReinsertionResource, ReinsertionResourceInput};
use msj_domain::departements::DEPARTEMENTS;
use msj_domain::reinsertion::Category;

/// The département choices: (code, « 92 — Hauts-de-Seine »).
pub fn departement_options() -> Vec<(String, String)> {
    DEPARTEMENTS
        .iter()
        .map(|(code, name)| ((*code).to_owned(), format!("{code} — {name}")))
        .collect()
}

/// The form; `editing` holds the resource being changed, `done` the success message and
/// `version` is bumped after each save.
#[component]
pub fn ResourceForm(
    editing: RwSignal<Option<ReinsertionResource>>,
    done: RwSignal<Option<String>>,
    version: RwSignal<u32>,
) -> impl IntoView {
    let session = Session::get();
    let field = || RwSignal::new(String::new());
    let (departement, category, title, description) = (field(), field(), field(), field());
    let (url, phone, address) = (field(), field(), field());
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move || {
        let resource = editing.get();
        let pick = |get: fn(&ReinsertionResource) -> Option<String>| {
            resource.as_ref().and_then(get).unwrap_or_default()
        };
        departement.set(pick(|r| Some(r.departement.clone())));
        category.set(pick(|r| Some(r.category.clone())));
        title.set(pick(|r| Some(r.title.clone())));
        description.set(pick(|r| Some(r.description.clone())));
        url.set(pick(|r| r.url.clone()));
        phone.set(pick(|r| r.phone.clone()));
        address.set(pick(|r| r.address.clone()));
        error.set(None);
    });
    let optional = |value: RwSignal<String>| {
        Some(value.get_untracked().trim().to_owned()).filter(|v| !v.is_empty())
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let request = ReinsertionResourceInput {
            organization_id: None,
            departement: departement.get_untracked(),
            category: category.get_untracked(),
            title: title.get_untracked(),
            description: description.get_untracked(),
            url: optional(url),
            phone: optional(phone),
            address: optional(address),
        };
        let chosen = editing.get_untracked();
        spawn_local(async move {
            let saved = match chosen {
                Some(resource) => api::reinsertion::update(session, resource.id, request).await,
                None => api::reinsertion::create(session, request).await,
            };
            match saved {
                Ok(resource) => {
                    done.set(Some(format!(
                        "La ressource « {} » a bien été enregistrée.",
                        resource.title
                    )));
                    editing.set(None);
                    version.update(|version| *version += 1);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let categories: Vec<(String, String)> = Category::ALL
        .iter()
        .map(|category| (category.key().to_owned(), category.label().to_owned()))
        .collect();
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    let heading = move || {
        if editing.with(Option::is_some) {
            "Modifier la ressource"
        } else {
            "Ajouter une ressource"
        }
    };
    view! {
        <h2 id="formulaire-ressource">{heading}</h2>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-labelledby="formulaire-ressource">
            <SelectField id="departement-ressource" label="Département" value=departement options=departement_options()
                errors=errors("/departement") placeholder="Choisir un département" />
            <SelectField id="categorie-ressource" label="Catégorie" value=category options=categories
                errors=errors("/category") placeholder="Choisir une catégorie" />
            <TextField id="titre-ressource" label="Titre" kind="text" autocomplete="off" value=title errors=errors("/title") />
            <TextArea id="description-ressource" label="Description" hint="Facultatif. Ce que l'organisme propose, pour qui, comment le contacter."
                value=description errors=errors("/description") />
            <TextField id="site-ressource" label="Site web" kind="url" autocomplete="off" optional=true
                hint="Facultatif, par exemple https://www.francetravail.fr." value=url errors=errors("/url") />
            <TextField id="telephone-ressource" label="Téléphone" kind="tel" autocomplete="off" optional=true value=phone errors=errors("/phone") />
            <TextField id="adresse-ressource" label="Adresse" kind="text" autocomplete="off" optional=true value=address errors=errors("/address") />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit">"Enregistrer"</button></li>
                <li><button class="fr-btn fr-btn--secondary" type="button" on:click=move |_| editing.set(None)>"Annuler"</button></li>
            </ul>
        </form>
    }
}
