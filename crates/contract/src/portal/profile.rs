//! The probationer's own page: their referent's contact and their SMS preference; and the
//! agents' side: the invitation and what they share.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The referent CPIP, with only what they chose to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferentContact {
    /// « Élodie MARTIN ».
    pub name: String,
    /// Their service.
    pub service: String,
    /// Phone, when shared.
    pub phone: Option<String>,
    /// Email, when shared.
    pub email: Option<String>,
}

/// `GET /api/v1/portal/me`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "first_name": "Karim", "last_name": "BENALI", "phone_display": "06 12 34 56 78",
    "receives_sms": true,
    "referent": {"name": "Élodie MARTIN", "service": "SPIP 92", "phone": "01 47 00 00 01", "email": null}
})))]
pub struct PortalProfile {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// The number the SMS go to.
    pub phone_display: Option<String>,
    /// Whether convocations and reminders come by SMS.
    pub receives_sms: bool,
    /// The referent CPIP, if any.
    pub referent: Option<ReferentContact>,
}

/// `PUT /api/v1/portal/me/sms`: stop or resume the SMS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"receives_sms": false})))]
pub struct SmsPreference {
    /// `false` stops every SMS about appointments; `true` resumes them.
    pub receives_sms: bool,
}

/// A probationer's portal as agents see it (`POST /api/v1/convicts/{id}/portal-invitation`
/// answers it; the profile carries it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"invitations": 1, "max_invitations": 2,
    "last_invited_at": "2027-03-01T09:12:00Z", "activated_at": null})))]
pub struct PortalInvitation {
    /// Invitations sent.
    pub invitations: i32,
    /// At most this many (2).
    pub max_invitations: i32,
    /// The last one.
    pub last_invited_at: Option<DateTime<Utc>>,
    /// First sign-in.
    pub activated_at: Option<DateTime<Utc>>,
}

/// `GET`/`PUT /api/v1/auth/me/contact-sharing`: what the agent shows of themself to the
/// probationers they are the referent of, in their portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"share_phone": true, "share_email": false})))]
pub struct ContactSharing {
    /// Show the agent's phone.
    pub share_phone: bool,
    /// Show the agent's email address.
    pub share_email: bool,
}
