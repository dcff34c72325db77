//! Statistics of a service or of the country (`/api/v1/stats`): figures per month,
//! appointment type, place and agent over a period of months.

use serde::{Deserialize, Serialize};

/// The figures of one group of appointments. Rates are percentages with one decimal, `null`
/// when there is nothing to divide by.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "convocations": 8, "canceled": 1, "fulfilled": 4, "no_show": 1, "excused": 1, "unknown": 1,
    "fulfilled_rate": 57.1, "no_show_rate": 14.3, "excused_rate": 14.3, "unknown_rate": 14.3,
    "mean_delay_days": 12.5, "legal_total": 4, "legal_within": 3, "legal_within_rate": 75.0,
    "sms_sent": 10, "sms_delivered": 8, "sms_failed": 2, "sms_opted_out": 1
})))]
pub struct StatsFigures {
    /// Convocations: appointments not canceled.
    pub convocations: i64,
    /// Canceled appointments.
    pub canceled: i64,
    /// « Honoré ».
    pub fulfilled: i64,
    /// « Manqué ».
    pub no_show: i64,
    /// « Excusé ».
    pub excused: i64,
    /// « Statut inconnu »: past and still « Planifié ».
    pub unknown: i64,
    /// Honoured, in % of the convocations with an outcome (the four counts above).
    pub fulfilled_rate: Option<f64>,
    /// Missed, in % of the same.
    pub no_show_rate: Option<f64>,
    /// Excused, in % of the same.
    pub excused_rate: Option<f64>,
    /// Unknown, in % of the same.
    pub unknown_rate: Option<f64>,
    /// Mean number of days from booking to appointment (a mean, not a median).
    pub mean_delay_days: Option<f64>,
    /// Sorties d'audience SAP and SPIP (the types with a legal delay).
    pub legal_total: i64,
    /// Those booked within the legal delay after the hearing (JAP 10 to 30 days, SPIP 45).
    pub legal_within: i64,
    /// `legal_within` in % of `legal_total`.
    pub legal_within_rate: Option<f64>,
    /// SMS handed to the operator.
    pub sms_sent: i64,
    /// SMS delivered.
    pub sms_delivered: i64,
    /// SMS failed.
    pub sms_failed: i64,
    /// SMS not sent because the person has no phone or refuses SMS.
    pub sms_opted_out: i64,
}

/// The figures of one month, type, place or agent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "key": "2027-03", "label": "mars 2027", "figures": {"convocations": 8, "canceled": 1,
    "fulfilled": 4, "no_show": 1, "excused": 1, "unknown": 1, "fulfilled_rate": 57.1,
    "no_show_rate": 14.3, "excused_rate": 14.3, "unknown_rate": 14.3, "mean_delay_days": 12.5,
    "legal_total": 4, "legal_within": 3, "legal_within_rate": 75.0, "sms_sent": 10,
    "sms_delivered": 8, "sms_failed": 2, "sms_opted_out": 1}
})))]
pub struct StatsRow {
    /// `AAAA-MM`, the type's key, the place's or agent's id; `null` for « Sans agent ».
    pub key: Option<String>,
    /// French name: « mars 2027 », the type's name, « lieu (service) », « NOM Prénom ».
    pub label: String,
    /// Its figures.
    pub figures: StatsFigures,
}

/// The statistics of a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Statistics {
    /// The service, or `null` for the national figures.
    pub organization_id: Option<String>,
    /// The service's name, or « National ».
    pub scope_label: String,
    /// First month (`AAAA-MM`).
    pub from: String,
    /// Last month (`AAAA-MM`), included.
    pub to: String,
    /// When the figures were computed (they are rebuilt every hour); `null` before the first
    /// computation.
    pub refreshed_at: Option<String>,
    /// The whole period.
    pub total: StatsFigures,
    /// Per month.
    pub months: Vec<StatsRow>,
    /// Per appointment type.
    pub appointment_types: Vec<StatsRow>,
    /// Per place.
    pub places: Vec<StatsRow>,
    /// Per agent of the appointments.
    pub agents: Vec<StatsRow>,
}
