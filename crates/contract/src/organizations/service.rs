//! Services (SPIP, TJ).

use serde::{Deserialize, Serialize};

/// A service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d01", "name": "SPIP 974", "kind": "spip", "territory": "reunion",
    "time_zone": "Indian/Reunion", "structural_email": "spip974@justice.fr", "headquarter_id": null,
    "use_inter_ressort": false, "is_japat_court": false, "quiet_hours_start": "21:00", "quiet_hours_end": "08:00",
    "sms_sender": "SPIP 974", "linked_organization_ids": ["0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d02"]
})))]
pub struct Organization {
    /// Id.
    pub id: String,
    /// Unique name.
    pub name: String,
    /// `spip` or `tj`.
    pub kind: String,
    /// Territory key (public holidays, phone numbers).
    pub territory: String,
    /// IANA time zone of every local-time rule.
    pub time_zone: String,
    /// Structural email.
    pub structural_email: Option<String>,
    /// Headquarter grouping several services.
    pub headquarter_id: Option<String>,
    /// Inter-ressort: its BEX may book for any probationer.
    pub use_inter_ressort: bool,
    /// The national anti-terrorism JAP court.
    pub is_japat_court: bool,
    /// Start of the SMS quiet hours, local `HH:MM`.
    pub quiet_hours_start: String,
    /// End of the SMS quiet hours, local `HH:MM`.
    pub quiet_hours_end: String,
    /// Name shown as the sender of its SMS (1–11 unaccented letters, digits or spaces).
    pub sms_sender: String,
    /// Services of the other type linked to it (its jurisdiction, with itself).
    pub linked_organization_ids: Vec<String>,
}

/// `POST /api/v1/organizations` (central admin).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "name": "SPIP 974", "kind": "spip", "territory": "reunion", "structural_email": "spip974@justice.fr",
    "linked_organization_ids": ["0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d02"]
})))]
pub struct NewOrganization {
    /// Unique name.
    pub name: String,
    /// `spip` or `tj`.
    pub kind: String,
    /// Territory key.
    pub territory: String,
    /// IANA zone; the territory's default when absent.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Structural email.
    #[serde(default)]
    pub structural_email: Option<String>,
    /// Name of the headquarter grouping it with other services (created if new).
    #[serde(default)]
    pub headquarter: Option<String>,
    /// Inter-ressort flag (TJ).
    #[serde(default)]
    pub use_inter_ressort: bool,
    /// The national anti-terrorism JAP court (a TJ; only one).
    #[serde(default)]
    pub is_japat_court: bool,
    /// Services of the other type to link.
    #[serde(default)]
    pub linked_organization_ids: Vec<String>,
}

/// `PATCH /api/v1/organizations/{id}` (central admin): the fields to change.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"time_zone": "Pacific/Marquesas", "quiet_hours_start": "20:30", "sms_sender": "SPIP 987"})))]
pub struct OrganizationUpdate {
    /// IANA zone, among those of the territory.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Structural email.
    #[serde(default)]
    pub structural_email: Option<String>,
    /// Inter-ressort flag.
    #[serde(default)]
    pub use_inter_ressort: Option<bool>,
    /// Name of the headquarter (created if new; empty to leave it).
    #[serde(default)]
    pub headquarter: Option<String>,
    /// Start of the SMS quiet hours, local `HH:MM`.
    #[serde(default)]
    pub quiet_hours_start: Option<String>,
    /// End of the SMS quiet hours, local `HH:MM`.
    #[serde(default)]
    pub quiet_hours_end: Option<String>,
    /// Name shown as the sender of its SMS (1–11 unaccented letters, digits or spaces, at
    /// least one letter).
    #[serde(default)]
    pub sms_sender: Option<String>,
}
