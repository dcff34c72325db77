//! A probationer's convocations as they see them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where to go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalPlace {
    /// Name.
    pub name: String,
    /// Postal address.
    pub address: String,
    /// Phone, for display.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// A map of the address (OpenStreetMap).
    pub map_url: String,
    /// « Préparer ma convocation »: access, opening hours, what to bring.
    pub preparation_url: String,
    /// What to bring.
    pub what_to_bring: Vec<String>,
}

/// One convocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d10",
    "starts_at": "2027-03-12T13:30:00Z",
    "date_label": "vendredi 12 mars 2027",
    "time_label": "14h30",
    "kind_label": "Convocation de suivi SPIP",
    "service": "SPIP 92",
    "status": "booked",
    "status_label": "Prévue",
    "place": {"name": "SPIP 92 - Nanterre", "address": "12 rue de l'Université, 92000 Nanterre",
        "phone": "01 47 00 00 00", "email": null,
        "map_url": "https://www.openstreetmap.org/search?query=12%20rue%20de%20l%27Universit%C3%A9%2C%2092000%20Nanterre",
        "preparation_url": "https://mon-suivi-justice.gouv.fr/p/ab12cd34",
        "what_to_bring": ["Votre pièce d'identité", "Cette convocation"]}
})))]
pub struct PortalAppointment {
    /// Id.
    pub id: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// The day in words, in the place's time zone (« vendredi 12 mars 2027 »).
    pub date_label: String,
    /// The time, in the place's time zone (« 14h30 »).
    pub time_label: String,
    /// What it is (appointment type).
    pub kind_label: String,
    /// The service that convenes.
    pub service: String,
    /// State key (`booked`, `fulfilled`, `no_show`, `excused`, `canceled`).
    pub status: String,
    /// The state in plain French for the probationer.
    pub status_label: String,
    /// Where.
    pub place: PortalPlace,
}

/// A page of convocations: upcoming ones first date first, or the others newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalAppointmentPage {
    /// Items of this page.
    pub items: Vec<PortalAppointment>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
