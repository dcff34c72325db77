//! What clients send about appointments.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What to send when an appointment is booked or moved. Required when the probationer can
/// receive SMS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SmsChoice {
    /// « Prévenir immédiatement par SMS et envoyer un rappel avant la convocation ».
    NowAndReminder,
    /// « Envoyer uniquement un rappel par SMS avant la convocation ».
    ReminderOnly,
}

/// `POST /api/v1/appointments`: a free-time appointment (place and local time), or a
/// slot-system one (sorties d'audience, SAP DDSE) in a slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "convict_id": "0193a000-0000-7000-8000-0000000000c1", "appointment_type": "suivi_spip",
    "place_id": "0193a000-0000-7000-8000-0000000000a1", "starts_at": "2027-03-12T14:30",
    "sms": "now_and_reminder"
})))]
pub struct NewAppointment {
    /// The probationer.
    pub convict_id: String,
    /// Type key (see `GET /api/v1/appointment-types`).
    pub appointment_type: String,
    /// The place (free-time types; a slot gives its own).
    #[serde(default)]
    pub place_id: Option<String>,
    /// The agenda; may be omitted when the place has a single one (free-time types).
    #[serde(default)]
    pub agenda_id: Option<String>,
    /// Local date and time at the place, `AAAA-MM-JJTHH:MM` (free-time types).
    #[serde(default)]
    pub starts_at: Option<String>,
    /// The slot (slot-system types: `sortie_audience_sap`, `sortie_audience_spip`, `sap_ddse`);
    /// its place, agenda, time and duration apply.
    #[serde(default)]
    pub slot_id: Option<String>,
    /// Duration in minutes (5–480, default 30; free-time types).
    #[serde(default)]
    pub duration_min: Option<i32>,
    /// SMS choice, required when the probationer can receive SMS.
    #[serde(default)]
    pub sms: Option<SmsChoice>,
    /// Prosecutor (parquet) number.
    #[serde(default)]
    pub prosecutor_number: Option<String>,
    /// Values of the TJ's extra fields asked at booking (`appointment_create`), by field id;
    /// required when the caller's TJ follows the probationer.
    #[serde(default)]
    pub extra_fields: BTreeMap<String, String>,
}

/// `POST /api/v1/appointments/{id}/cancel`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"send_sms": true})))]
pub struct CancelAppointment {
    /// Send the cancelation SMS; required when the probationer can receive SMS.
    #[serde(default)]
    pub send_sms: Option<bool>,
}

/// `POST /api/v1/appointments/{id}/miss`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"send_sms": false})))]
pub struct MissAppointment {
    /// Send the no-show SMS; required when the probationer can receive SMS.
    #[serde(default)]
    pub send_sms: Option<bool>,
}

/// `POST /api/v1/appointments/{id}/excuse`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"reason": "medical", "comment": "Certificat reçu"})))]
pub struct ExcuseAppointment {
    /// `medical`, `work`, `family`, `court_legal` or `other`.
    #[serde(default)]
    pub reason: Option<String>,
    /// Free comment (500 characters at most).
    #[serde(default)]
    pub comment: Option<String>,
}

/// `POST /api/v1/appointments/{id}/reschedule`: a new time in the same agenda and type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"starts_at": "2027-03-19T10:00", "sms": "now_and_reminder"})))]
pub struct RescheduleAppointment {
    /// New local date and time, `AAAA-MM-JJTHH:MM` (free-time types).
    #[serde(default)]
    pub starts_at: Option<String>,
    /// New slot of the same agenda and type (slot-system types).
    #[serde(default)]
    pub slot_id: Option<String>,
    /// Duration in minutes (default: the old one).
    #[serde(default)]
    pub duration_min: Option<i32>,
    /// `now_and_reminder` sends the reschedule SMS now; required when the probationer can
    /// receive SMS.
    #[serde(default)]
    pub sms: Option<SmsChoice>,
}
