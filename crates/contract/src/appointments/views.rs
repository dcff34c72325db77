//! Appointments as the API shows them.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// An id and a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NamedRef {
    /// Id (for types: the key).
    pub id: String,
    /// Name.
    pub name: String,
}

/// The probationer of an appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConvictRef {
    /// Id.
    pub id: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Whether SMS can be sent to them (the SMS questions of cancel and miss are asked then).
    #[serde(default)]
    pub can_receive_sms: bool,
}

/// One SMS of an appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationView {
    /// Id (the gateway's client reference).
    pub id: String,
    /// `summon`, `reminder`, `cancelation`, `no_show` or `reschedule`.
    pub kind: String,
    /// French name of the kind (« Convocation », « Rappel »…).
    #[serde(default)]
    pub kind_label: String,
    /// `created`, `programmed`, `sent`, `delivered`, `failed`, `canceled` or `unsent`.
    pub state: String,
    /// When it is due, in the zone of the place.
    pub due_at: DateTime<FixedOffset>,
    /// When the gateway accepted it, in the zone of the place.
    pub sent_at: Option<DateTime<FixedOffset>>,
    /// The text as sent.
    pub content: Option<String>,
    /// Gateway code of a refusal or a failure receipt (`16`, `100`…).
    pub response_code: Option<String>,
    /// Why it was not sent: `cannot_receive_sms`, `wrong_state`, `too_late` or
    /// `rate_limited`.
    pub unsent_reason: Option<String>,
}

/// The legal delay of a sortie d'audience (code de procédure pénale, art. 474): the JAP
/// appointment within 10 to 30 days of the hearing, the SPIP one within 45 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"first": "2027-03-11", "last": "2027-03-31", "outside": false})))]
pub struct LegalDelay {
    /// First day of the window.
    pub first: NaiveDate,
    /// Last day of the window.
    pub last: NaiveDate,
    /// The appointment is outside the window (a warning, not a refusal).
    pub outside: bool,
}

/// An appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Appointment {
    /// Id.
    pub id: String,
    /// The probationer.
    pub convict: ConvictRef,
    /// Type (`id` is the type key).
    pub appointment_type: NamedRef,
    /// Place.
    pub place: NamedRef,
    /// Agenda.
    pub agenda: NamedRef,
    /// Start, with the offset of the place's zone.
    pub starts_at: DateTime<FixedOffset>,
    /// Local date at the place.
    pub local_date: NaiveDate,
    /// Local time at the place, `HH:MM`.
    pub local_time: String,
    /// IANA zone of the place's service.
    pub time_zone: String,
    /// Duration in minutes.
    pub duration_min: i32,
    /// `booked`, `fulfilled`, `no_show`, `excused` or `canceled`.
    pub state: String,
    /// French label of the state (« Planifié », « Honoré »…).
    pub state_label: String,
    /// Whether it is past and still booked (« statut inconnu »).
    pub unknown_status: bool,
    /// Assigned agent.
    pub assigned_agent_id: Option<String>,
    /// Service of the booking agent.
    pub creating_organization_id: String,
    /// Prosecutor (parquet) number.
    pub prosecutor_number: Option<String>,
    /// The appointment this one replaces.
    pub rescheduled_from_id: Option<String>,
    /// Why the person was excused.
    pub excuse_reason: Option<String>,
    /// Comment on the excuse.
    pub excuse_comment: Option<String>,
    /// Slot booked (slot-system types).
    #[serde(default)]
    pub slot_id: Option<String>,
    /// Sortie d'audience: the legal window counted from the hearing (the booking day), and
    /// whether the appointment falls outside it.
    #[serde(default)]
    pub legal_delay: Option<LegalDelay>,
    /// The SMS rows (on the detail only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notifications: Vec<NotificationView>,
    /// The buttons the caller gets now (lists and `GET /api/v1/appointments/{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<AppointmentActions>,
}

/// What the caller may do with an appointment now: their role's rights combined with its
/// state and time. The API checks again on every request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppointmentActions {
    /// « Annuler ».
    pub cancel: bool,
    /// « Replanifier ».
    pub reschedule: bool,
    /// « Honoré » and « Manqué ».
    pub attendance: bool,
    /// « Excusé ».
    pub excuse: bool,
    /// Back to « Planifié ».
    pub rebook: bool,
}

/// A page of appointments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppointmentPage {
    /// The appointments of this page.
    pub items: Vec<Appointment>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
