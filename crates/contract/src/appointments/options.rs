//! What the new-appointment form offers for one probationer.

use serde::{Deserialize, Serialize};

use super::NamedRef;

/// `GET /api/v1/appointments/options?convict_id=…`: the types the caller's role books, each
/// with the places where the caller may book this probationer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"types": [{
    "key": "suivi_spip", "name": "Convocation de suivi SPIP", "slot_system": false, "sortie_audience": false,
    "places": [{"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d10", "name": "SPIP 75 - Antenne Paris centre",
        "address": "12 rue de la Roquette, 75011 Paris",
        "agendas": [{"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d11", "name": "Agenda principal"}]}]
}]})))]
pub struct BookingOptions {
    /// Types the caller's role books, in the usual order.
    pub types: Vec<BookingType>,
}

/// One appointment type and where it can be booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingType {
    /// Type key.
    pub key: String,
    /// French name.
    pub name: String,
    /// Booked in pre-created slots (`GET /api/v1/appointments/options/slots`).
    pub slot_system: bool,
    /// A sortie d'audience: asks for the parquet number and has a legal delay.
    pub sortie_audience: bool,
    /// Places of the services following the probationer where the caller may book it
    /// (empty: none, the form explains why).
    pub places: Vec<BookingPlace>,
}

/// A place offering the type, with its agendas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingPlace {
    /// Place id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Postal address.
    pub address: String,
    /// Its agendas.
    pub agendas: Vec<NamedRef>,
}

/// `GET /api/v1/appointments/options/slots`: the free slots to come of one type at one place
/// (one agenda, or all), the legal window of a sortie d'audience booked today, and the extra
/// fields to fill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingSlots {
    /// First and last day of the legal delay (sorties d'audience), for a booking today.
    pub legal_delay: Option<super::LegalDelay>,
    /// Free slots by start, at most 300.
    pub slots: Vec<crate::slots::Slot>,
    /// The TJ's extra fields asked at booking this type at this place (`appointment_create`).
    #[serde(default)]
    pub extra_fields: Vec<crate::slots::ExtraField>,
    /// Whether they must all be filled (the caller's TJ follows the probationer).
    #[serde(default)]
    pub extra_fields_required: bool,
}
