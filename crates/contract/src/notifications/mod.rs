//! SMS templates: `/api/v1/notification-templates` (central admins).

use serde::{Deserialize, Serialize};

/// Length of an SMS once rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SmsMeasure {
    /// Characters, as the network counts them (GSM-7 extension characters count twice).
    pub characters: usize,
    /// `gsm7`, or `ucs2` as soon as one character is outside GSM-7 (ê, ç, ’…).
    pub encoding: String,
    /// Parts sent (160/153 characters in GSM-7, 70/67 in UCS-2).
    pub segments: usize,
}

/// The template that applies for a type and an SMS kind, nationally or for a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationTemplate {
    /// Appointment type key.
    pub appointment_type: String,
    /// `summon`, `reminder`, `cancelation`, `no_show` or `reschedule`.
    pub kind: String,
    /// French label of the kind (« Convocation », « Rappel »…).
    pub kind_label: String,
    /// The service, or `null` for the national default.
    pub organization_id: Option<String>,
    /// Text with its placeholders.
    pub template: String,
    /// Days between the reminder and the appointment (1 or 2).
    pub reminder_days: u8,
    /// `built_in`, `national` or `organization` (« Personnalisé »).
    pub source: String,
    /// Length once rendered with typical values and the STOP SMS line.
    pub measure: SmsMeasure,
}

/// `PUT /api/v1/notification-templates/{appointment_type}/{kind}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "template": "Convocation du SPIP le {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Infos : {lieu.lien_info}",
    "reminder_days": 1
})))]
pub struct TemplateUpdate {
    /// New text (placeholders `{rdv.date}`, `{rdv.heure}`, `{lieu.nom}`, `{lieu.adresse}`,
    /// `{lieu.téléphone}`, `{lieu.contact}`, `{lieu.lien_info}` only); absent: unchanged.
    #[serde(default)]
    pub template: Option<String>,
    /// Reminder delay, 1 or 2 days; absent: unchanged.
    #[serde(default)]
    pub reminder_days: Option<u8>,
}

/// `POST /api/v1/notification-templates/preview`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"template": "RAPPEL : convocation le {rdv.date} à {rdv.heure}"})))]
pub struct TemplatePreviewRequest {
    /// The text to try.
    pub template: String,
}

/// A template rendered for a sample appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplatePreview {
    /// The SMS as the person would receive it, STOP SMS line included.
    pub text: String,
    /// Its length.
    pub measure: SmsMeasure,
}

/// A number the gateway refused for good (unroutable 16, invalid 100).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FailingNumber {
    /// The number, E.164.
    pub phone: String,
    /// The gateway's code.
    pub code: String,
    /// The last failure.
    pub last_failure_at: chrono::DateTime<chrono::Utc>,
    /// How many messages failed.
    pub failures: i64,
    /// The probationer's id.
    pub convict_id: String,
    /// « Prénom NOM ».
    pub convict_name: String,
}

/// A message kept by the development gateway.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxMessage {
    /// The notification id.
    pub client_reference: String,
    /// Number.
    pub destination: String,
    /// Sender name.
    pub sender: String,
    /// Text.
    pub message: String,
    /// When the gateway accepted it.
    pub accepted_at: chrono::DateTime<chrono::Utc>,
}

/// A page of the development outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxPage {
    /// Messages, newest first.
    pub items: Vec<OutboxMessage>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
