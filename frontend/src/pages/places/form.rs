//! The fields of the place form, shared by creation and edition (features §2.6): name,
//! address, phone, contact email, preferred contact method, information link, what the
//! public page « Préparer ma convocation » shows (access, opening hours, what to bring), and
//! the appointment types the place offers.

use crate::api::{self, ApiError};
use crate::components::{
    CheckboxGroup, RadioGroup, TextArea, TextField, errors_at, errors_under, fetched,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::organizations::{AppointmentType, NewPlace, Place, PlaceUpdate};
use msj_contract::place_moves::PlaceMoveInput;

/// « Méthode de contact préférentielle »: (value, label).
const CONTACT_METHODS: [(&str, &str); 2] = [("phone", "Téléphone"), ("email", "Email")];

/// The values of the form, one signal per field.
#[derive(Clone, Copy)]
pub struct PlaceFields {
    name: RwSignal<String>,
    address: RwSignal<String>,
    phone: RwSignal<String>,
    email: RwSignal<String>,
    contact: RwSignal<String>,
    information_url: RwSignal<String>,
    access_info: RwSignal<String>,
    opening_hours: RwSignal<String>,
    what_to_bring: RwSignal<String>,
    /// Service chosen by a central admin (empty: the agent's own).
    pub service: RwSignal<String>,
    types: RwSignal<Vec<String>>,
}

fn trimmed(signal: RwSignal<String>) -> String {
    signal.get_untracked().trim().to_owned()
}

fn optional(signal: RwSignal<String>) -> Option<String> {
    Some(trimmed(signal)).filter(|value| !value.is_empty())
}

impl PlaceFields {
    /// Empty fields, for a new place (contact by phone).
    pub fn empty() -> Self {
        Self {
            name: RwSignal::new(String::new()),
            address: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            contact: RwSignal::new("phone".to_owned()),
            information_url: RwSignal::new(String::new()),
            access_info: RwSignal::new(String::new()),
            opening_hours: RwSignal::new(String::new()),
            what_to_bring: RwSignal::new(String::new()),
            service: RwSignal::new(String::new()),
            types: RwSignal::new(Vec::new()),
        }
    }

    /// The fields of an existing place.
    pub fn of(place: &Place) -> Self {
        let fields = Self::empty();
        fields.name.set(place.name.clone());
        fields.address.set(place.address.clone());
        fields.phone.set(place.phone.clone().unwrap_or_default());
        fields.email.set(place.email.clone().unwrap_or_default());
        fields.contact.set(place.main_contact_method.clone());
        fields
            .information_url
            .set(place.information_url.clone().unwrap_or_default());
        fields
            .access_info
            .set(place.access_info.clone().unwrap_or_default());
        fields
            .opening_hours
            .set(place.opening_hours.clone().unwrap_or_default());
        fields
            .what_to_bring
            .set(place.what_to_bring.clone().unwrap_or_default());
        fields.types.set(place.appointment_types.clone());
        fields
    }

    /// The creation request.
    pub fn to_new(self) -> NewPlace {
        NewPlace {
            organization_id: optional(self.service),
            name: trimmed(self.name),
            address: trimmed(self.address),
            phone: optional(self.phone),
            email: optional(self.email),
            appointment_types: self.types.get_untracked(),
            main_contact_method: Some(self.contact.get_untracked()),
            information_url: optional(self.information_url),
            valid_from: None,
            valid_until: None,
            access_info: optional(self.access_info),
            opening_hours: optional(self.opening_hours),
            what_to_bring: optional(self.what_to_bring),
        }
    }

    /// The move request: the new place's fields and its first day `date` (AAAA-MM-JJ).
    pub fn to_move(self, date: &str) -> PlaceMoveInput {
        let new = self.to_new();
        PlaceMoveInput {
            date: date.parse().ok(),
            name: new.name,
            address: new.address,
            phone: new.phone,
            email: new.email,
            main_contact_method: new.main_contact_method,
            information_url: new.information_url,
            access_info: new.access_info,
            opening_hours: new.opening_hours,
            what_to_bring: new.what_to_bring,
        }
    }

    /// The edition request: every field of the form (empty ones removed).
    pub fn to_update(self) -> PlaceUpdate {
        PlaceUpdate {
            name: Some(trimmed(self.name)),
            address: Some(trimmed(self.address)),
            phone: Some(trimmed(self.phone)),
            email: Some(trimmed(self.email)),
            appointment_types: Some(self.types.get_untracked()),
            main_contact_method: Some(self.contact.get_untracked()),
            information_url: Some(trimmed(self.information_url)),
            valid_from: None,
            valid_until: None,
            access_info: Some(trimmed(self.access_info)),
            opening_hours: Some(trimmed(self.opening_hours)),
            what_to_bring: Some(trimmed(self.what_to_bring)),
        }
    }
}

/// The form's fields, with the errors of the last answer next to each.
#[component]
pub fn PlaceFieldset(
    /// The values.
    fields: PlaceFields,
    /// The last error.
    error: RwSignal<Option<ApiError>>,
    /// Without the appointment types (a moved place keeps those of the old one).
    #[prop(optional)]
    without_types: bool,
) -> impl IntoView {
    let session = Session::get();
    let types = LocalResource::new(move || api::places::types(session));
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    view! {
        <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">"Informations du lieu"</legend>
            <div class="fr-fieldset__element">
                <TextField id="nom-lieu" label="Nom" kind="text" autocomplete="off" value=fields.name errors=errors("/name") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="adresse-lieu" label="Adresse" kind="text" autocomplete="off" value=fields.address errors=errors("/address") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="telephone-lieu" label="Téléphone" kind="tel" autocomplete="off" optional=true
                    hint="Obligatoire si la méthode de contact préférentielle est le téléphone." value=fields.phone errors=errors("/phone") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="email-lieu" label="Email de contact" kind="email" autocomplete="off" optional=true
                    hint="Obligatoire si la méthode de contact préférentielle est l'email." value=fields.email errors=errors("/email") />
            </div>
            <div class="fr-fieldset__element">
                <RadioGroup id="contact" legend="Méthode de contact préférentielle" options=&CONTACT_METHODS
                    value=fields.contact errors=errors("/main_contact_method") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="lien-lieu" label="Lien d'information sur le lieu" kind="url" autocomplete="off" optional=true
                    hint="Adresse web envoyée dans les SMS, par exemple https://www.justice.fr/lieu." value=fields.information_url
                    errors=errors("/information_url") />
            </div>
        </fieldset>
        <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">"Préparer ma convocation (page publique du lieu)"</legend>
            <div class="fr-fieldset__element">
                <TextArea id="acces-lieu" label="Accès et transports" hint="Facultatif. Lignes de métro, bus, accès pour fauteuil roulant…"
                    value=fields.access_info errors=errors("/access_info") />
            </div>
            <div class="fr-fieldset__element">
                <TextArea id="horaires-lieu" label="Horaires d'ouverture" hint="Facultatif. Par exemple : du lundi au vendredi, de 9 h à 17 h."
                    value=fields.opening_hours errors=errors("/opening_hours") />
            </div>
            <div class="fr-fieldset__element">
                <TextArea id="apporter-lieu" label="Ce qu'il faut apporter"
                    hint="Un élément par ligne. Vide : pièce d'identité, convocation, justificatifs demandés, décision de justice."
                    value=fields.what_to_bring errors=errors("/what_to_bring") />
            </div>
        </fieldset>
        {(!without_types).then(|| fetched(types, move |types: Vec<AppointmentType>| {
            let options: Vec<(String, String)> = types.into_iter().map(|kind| (kind.key, kind.name)).collect();
            view! { <CheckboxGroup id="type" legend="Types de convocations possibles" options chosen=fields.types
                errors=errors_under(error, "/appointment_types") /> }
        }))}
    }
}
