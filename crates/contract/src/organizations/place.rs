//! Places, agendas and appointment types.

use serde::{Deserialize, Serialize};

/// A place where people are summoned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Place {
    /// Id.
    pub id: String,
    /// Service.
    pub organization_id: String,
    /// Name.
    pub name: String,
    /// Postal address.
    pub address: String,
    /// Phone number.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Short code of its public page `/p/<code>`.
    pub code: String,
    /// How people should get in touch: `phone` or `email`.
    pub main_contact_method: String,
    /// Page with information on the place (« Préparer ma convocation »).
    pub information_url: Option<String>,
    /// First day the place takes appointments.
    pub valid_from: Option<chrono::NaiveDate>,
    /// Day from which it no longer does (a move).
    pub valid_until: Option<chrono::NaiveDate>,
    /// Access and transports, shown on its public page.
    pub access_info: Option<String>,
    /// Opening hours, shown on its public page.
    pub opening_hours: Option<String>,
    /// What to bring, one item a line (the public page shows a default list when empty).
    pub what_to_bring: Option<String>,
    /// Keys of the appointment types it offers.
    pub appointment_types: Vec<String>,
    /// Its agendas.
    pub agendas: Vec<Agenda>,
    /// What the caller may do with it (in `GET /api/v1/places`; the API checks again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<PlaceActions>,
}

/// The buttons of a place the caller gets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceActions {
    /// « Modifier » and « Archiver ».
    pub edit: bool,
    /// Rename and add agendas.
    pub agendas: bool,
}

/// `POST /api/v1/places`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "name": "SPIP 75 - Antenne Nord", "address": "12 rue de la Chapelle, 75018 Paris", "phone": "01 53 26 00 00",
    "appointment_types": ["suivi_spip", "premier_suivi_spip"],
    "access_info": "Métro 12, station Marx Dormoy. Accès pour fauteuil roulant.",
    "opening_hours": "Du lundi au vendredi, de 9 h à 12 h 30 et de 13 h 30 à 17 h.",
    "what_to_bring": "Pièce d'identité\nConvocation\nJustificatif de domicile"
})))]
pub struct NewPlace {
    /// Service; the caller's own when absent.
    #[serde(default)]
    pub organization_id: Option<String>,
    /// Name.
    pub name: String,
    /// Postal address.
    pub address: String,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// Keys of the appointment types offered.
    #[serde(default)]
    pub appointment_types: Vec<String>,
    /// `phone` (default) or `email`.
    #[serde(default)]
    pub main_contact_method: Option<String>,
    /// Page with information on the place.
    #[serde(default)]
    pub information_url: Option<String>,
    /// First day the place takes appointments.
    #[serde(default)]
    pub valid_from: Option<chrono::NaiveDate>,
    /// Day from which it no longer does.
    #[serde(default)]
    pub valid_until: Option<chrono::NaiveDate>,
    /// Access and transports (1 000 characters at most).
    #[serde(default)]
    pub access_info: Option<String>,
    /// Opening hours (500 characters at most).
    #[serde(default)]
    pub opening_hours: Option<String>,
    /// What to bring, one item a line (1 000 characters at most).
    #[serde(default)]
    pub what_to_bring: Option<String>,
}

/// `PATCH /api/v1/places/{id}`: the fields to change.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"address": "14 rue de la Chapelle, 75018 Paris", "appointment_types": ["suivi_spip"],
    "opening_hours": "Du lundi au vendredi, de 9 h à 17 h."})))]
pub struct PlaceUpdate {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// Keys of the appointment types offered (replaces the list).
    #[serde(default)]
    pub appointment_types: Option<Vec<String>>,
    /// `phone` or `email`.
    #[serde(default)]
    pub main_contact_method: Option<String>,
    /// Page with information on the place (empty to remove it).
    #[serde(default)]
    pub information_url: Option<String>,
    /// First day the place takes appointments.
    #[serde(default)]
    pub valid_from: Option<chrono::NaiveDate>,
    /// Day from which it no longer does.
    #[serde(default)]
    pub valid_until: Option<chrono::NaiveDate>,
    /// Access and transports (empty to remove them).
    #[serde(default)]
    pub access_info: Option<String>,
    /// Opening hours (empty to remove them).
    #[serde(default)]
    pub opening_hours: Option<String>,
    /// What to bring, one item a line (empty: the default list).
    #[serde(default)]
    pub what_to_bring: Option<String>,
}

/// An agenda of a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Agenda {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// `POST /api/v1/places/{id}/agendas` and `PATCH /api/v1/agendas/{id}` (rename).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"name": "Cabinet JAP 2"})))]
pub struct NewAgenda {
    /// Name, unique within the place.
    pub name: String,
}

/// An appointment type of the reference list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppointmentType {
    /// Stable key.
    pub key: String,
    /// French name.
    pub name: String,
    /// Booked only into pre-created slots.
    pub slot_system: bool,
    /// May fall on a weekend or public holiday.
    pub allowed_on_weekends: bool,
    /// Assigned to the booking agent when their role can be.
    pub spip_assignable: bool,
}
