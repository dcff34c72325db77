//! The fields of the probationer form, shared by creation and edition (features §2.2).

use crate::api::{self, ApiError};
use crate::components::{Checkbox, Messages, TextField, errors_at};
use crate::session::Session;
use chrono::NaiveDate;
use leptos::prelude::*;
use msj_contract::convicts::{Convict, ConvictUpdate, NewConvict};
use msj_contract::reference::City;

/// The values of the form, one signal per field.
#[derive(Clone, Copy)]
pub struct ConvictFields {
    last_name: RwSignal<String>,
    first_name: RwSignal<String>,
    date_of_birth: RwSignal<String>,
    appi_number: RwSignal<String>,
    phone: RwSignal<String>,
    no_phone: RwSignal<bool>,
    refused_phone: RwSignal<bool>,
    japat: RwSignal<bool>,
    city: RwSignal<Option<City>>,
    homeless: RwSignal<bool>,
    lives_abroad: RwSignal<bool>,
}

fn text(value: Option<&String>) -> String {
    value.cloned().unwrap_or_default()
}

fn optional(signal: RwSignal<String>) -> Option<String> {
    let value = signal.get_untracked().trim().to_owned();
    (!value.is_empty()).then_some(value)
}

impl ConvictFields {
    /// Empty fields, for a new record.
    pub fn empty() -> Self {
        Self {
            last_name: RwSignal::new(String::new()),
            first_name: RwSignal::new(String::new()),
            date_of_birth: RwSignal::new(String::new()),
            appi_number: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            no_phone: RwSignal::new(false),
            refused_phone: RwSignal::new(false),
            japat: RwSignal::new(false),
            city: RwSignal::new(None),
            homeless: RwSignal::new(false),
            lives_abroad: RwSignal::new(false),
        }
    }

    /// The fields of an existing record.
    pub fn of(convict: &Convict) -> Self {
        let fields = Self::empty();
        fields.last_name.set(convict.last_name.clone());
        fields.first_name.set(convict.first_name.clone());
        fields.date_of_birth.set(convict.date_of_birth.to_string());
        fields.appi_number.set(text(convict.appi_number.as_ref()));
        fields.phone.set(text(convict.phone_display.as_ref()));
        fields.no_phone.set(convict.no_phone);
        fields.refused_phone.set(convict.refused_phone);
        fields.japat.set(convict.japat);
        fields.homeless.set(convict.homeless);
        fields.lives_abroad.set(convict.lives_abroad);
        fields
    }

    fn date_of_birth(&self) -> Option<NaiveDate> {
        self.date_of_birth.get_untracked().parse().ok()
    }

    /// The creation request.
    pub fn to_new(self, force: bool) -> NewConvict {
        NewConvict {
            first_name: self.first_name.get_untracked().trim().to_owned(),
            last_name: self.last_name.get_untracked().trim().to_owned(),
            date_of_birth: self.date_of_birth(),
            phone: optional(self.phone),
            no_phone: self.no_phone.get_untracked(),
            refused_phone: self.refused_phone.get_untracked(),
            appi_number: optional(self.appi_number),
            city_id: self.city.get_untracked().map(|city| city.id),
            homeless: self.homeless.get_untracked(),
            lives_abroad: self.lives_abroad.get_untracked(),
            japat: self.japat.get_untracked(),
            force,
        }
    }

    /// The edition request: every field of the form.
    pub fn to_update(self, town_fields: bool) -> ConvictUpdate {
        ConvictUpdate {
            first_name: Some(self.first_name.get_untracked().trim().to_owned()),
            last_name: Some(self.last_name.get_untracked().trim().to_owned()),
            date_of_birth: self.date_of_birth(),
            phone: Some(optional(self.phone)),
            no_phone: Some(self.no_phone.get_untracked()),
            refused_phone: Some(self.refused_phone.get_untracked()),
            appi_number: Some(optional(self.appi_number)),
            city_id: town_fields
                .then(|| self.city.get_untracked().map(|city| city.id))
                .filter(Option::is_some),
            homeless: town_fields.then(|| self.homeless.get_untracked()),
            lives_abroad: town_fields.then(|| self.lives_abroad.get_untracked()),
            japat: Some(self.japat.get_untracked()),
        }
    }
}

/// The form's fields, with the errors of the last answer next to each.
#[component]
pub fn ConvictFieldset(
    /// The values.
    fields: ConvictFields,
    /// The last error.
    error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let session = Session::get();
    let town_fields = session.user().is_some_and(|user| user.menu.town_fields);
    let errors = move |pointer: &'static str| errors_at(error, pointer);
    view! {
        <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">"Identité"</legend>
            <div class="fr-fieldset__element">
                <TextField id="nom" label="Nom" kind="text" autocomplete="off" value=fields.last_name errors=errors("/last_name") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="prenom" label="Prénom" kind="text" autocomplete="off" value=fields.first_name errors=errors("/first_name") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="date-naissance" label="Date de naissance" kind="date" autocomplete="off"
                    hint="La personne doit avoir au moins 16 ans." value=fields.date_of_birth errors=errors("/date_of_birth") />
            </div>
            <div class="fr-fieldset__element">
                <TextField id="appi" label="N° dossier APPI" kind="text" autocomplete="off" optional=true
                    hint="8 ou 12 chiffres, par exemple 200123456789." value=fields.appi_number errors=errors("/appi_number") />
            </div>
        </fieldset>
        <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">"Téléphone"</legend>
            <div class="fr-fieldset__element">
                <TextField id="telephone" label="Téléphone portable" kind="tel" autocomplete="off" optional=true
                    hint="Un portable français, par exemple 06 12 34 56 78." value=fields.phone errors=errors("/phone") />
            </div>
            <div class="fr-fieldset__element">
                <Checkbox id="sans-telephone" label="Ne possède pas de téléphone portable" checked=fields.no_phone />
                <Checkbox id="refuse-sms" label="Refuse de recevoir des SMS" checked=fields.refused_phone />
                <Checkbox id="japat" label="Suivi par le JAP antiterroriste (JAPAT)" checked=fields.japat />
            </div>
        </fieldset>
        {town_fields.then(|| view! { <TownFields fields error /> })}
    }
}

/// The town picker of inter-ressort courts: towns found after 3 characters, and the services
/// of the chosen one.
#[component]
fn TownFields(fields: ConvictFields, error: RwSignal<Option<ApiError>>) -> impl IntoView {
    let session = Session::get();
    let typed = RwSignal::new(String::new());
    let found = LocalResource::new(move || {
        let text = typed.get();
        async move {
            if text.trim().chars().count() < 3 {
                return Ok(Vec::new());
            }
            api::convicts::cities(session, text).await
        }
    });
    let city_errors = errors_at(error, "/city_id");
    view! {
        <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">"Lieu de résidence"</legend>
            <div class="fr-fieldset__element">
                <div class="fr-input-group">
                    <label class="fr-label" for="commune">"Commune"
                        <span class="fr-hint-text">"Tapez au moins 3 lettres du nom ou le code postal."</span></label>
                    <input class="fr-input" id="commune" type="search" autocomplete="off" aria-describedby="commune-messages" bind:value=typed />
                    <Messages id="commune-messages" errors=city_errors />
                </div>
                <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm" aria-label="Communes trouvées">
                    {move || found.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|city| {
                        let label = format!("{} ({})", city.name, city.zipcode);
                        view! { <li><button type="button" class="fr-btn fr-btn--tertiary"
                            on:click=move |_| fields.city.set(Some(city.clone()))>{label}</button></li> }
                    }).collect_view()}
                </ul>
                {move || fields.city.get().map(|city| {
                    let services: Vec<String> = city.services.iter().map(|service| service.name.clone()).collect();
                    let text = if services.is_empty() {
                        format!("{} : Mon Suivi Justice n'est pas encore déployé dans les services de cette commune.", city.name)
                    } else {
                        format!("{} : Mon Suivi Justice est déployé dans les services suivants pour cette commune : {}.", city.name, services.join(", "))
                    };
                    view! { <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w" role="status"><p>{text}</p></div> }
                })}
            </div>
            <div class="fr-fieldset__element">
                <Checkbox id="sdf" label="Sans domicile fixe" checked=fields.homeless />
                <Checkbox id="etranger" label="Habite à l'étranger" checked=fields.lives_abroad />
            </div>
        </fieldset>
    }
}
