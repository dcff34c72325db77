//! Probationers ("convicts"): `/api/v1/convicts`.

mod merging;

pub use merging::{ConvictMerge, ConvictMergeRequest};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::appointments::NamedRef;
use crate::auth::OrganizationSummary;

/// `POST /api/v1/convicts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "first_name": "Élodie", "last_name": "Dupré", "date_of_birth": "1990-05-17", "phone": "06 39 98 12 34",
    "appi_number": "200123456789"
})))]
pub struct NewConvict {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth (16 years ago at least).
    pub date_of_birth: Option<NaiveDate>,
    /// Mobile phone, in any common format; required unless `no_phone` or `refused_phone`.
    #[serde(default)]
    pub phone: Option<String>,
    /// The person has no mobile phone.
    #[serde(default)]
    pub no_phone: bool,
    /// The person refuses SMS.
    #[serde(default)]
    pub refused_phone: bool,
    /// APPI case number.
    #[serde(default)]
    pub appi_number: Option<String>,
    /// Town of residence (SRJ referential), for inter-ressort courts.
    #[serde(default)]
    pub city_id: Option<String>,
    /// « Sans domicile fixe ».
    #[serde(default)]
    pub homeless: bool,
    /// « Habite à l'étranger ».
    #[serde(default)]
    pub lives_abroad: bool,
    /// Followed by the national anti-terrorism JAP.
    #[serde(default)]
    pub japat: bool,
    /// Create even though a similar person exists (after a 409 `possible_duplicate`).
    #[serde(default)]
    pub force: bool,
}

/// A probationer's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Convict {
    /// Id.
    pub id: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// Mobile phone in E.164.
    pub phone: Option<String>,
    /// The same, for display (« 06 39 98 12 34 »).
    pub phone_display: Option<String>,
    /// No mobile phone.
    pub no_phone: bool,
    /// Refuses SMS.
    pub refused_phone: bool,
    /// Whether SMS can be sent.
    pub can_receive_sms: bool,
    /// APPI case number.
    pub appi_number: Option<String>,
    /// Town of residence.
    pub city_id: Option<String>,
    /// Homeless.
    pub homeless: bool,
    /// Lives abroad.
    pub lives_abroad: bool,
    /// Followed by the anti-terrorism JAP.
    pub japat: bool,
    /// Whether the record is archived.
    pub archived: bool,
    /// The services that follow the person.
    pub organizations: Vec<OrganizationSummary>,
    /// The referent CPIP (`GET /api/v1/convicts/{id}` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referent: Option<NamedRef>,
    /// The pending transfer request (`GET /api/v1/convicts/{id}` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_divestment: Option<PendingDivestment>,
    /// What the caller may do with the record (`GET /api/v1/convicts/{id}` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<ConvictActions>,
    /// The portal invitations sent and the first sign-in (`GET /api/v1/convicts/{id}` only,
    /// once invited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<crate::portal::PortalInvitation>,
}

/// A transfer request still waiting for answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PendingDivestment {
    /// Request id.
    pub id: String,
    /// The service asking to follow the person.
    pub requested_by: String,
    /// Whether the caller's service has yet to answer, and the caller may.
    pub awaiting_my_answer: bool,
}

/// The buttons of a probationer's profile: what the caller's role allows now (the archived
/// state and a pending transfer included). The API checks again on every request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConvictActions {
    /// « Modifier ».
    pub edit: bool,
    /// « Archiver ».
    pub archive: bool,
    /// « Désarchiver ».
    pub unarchive: bool,
    /// « Supprimer ».
    pub delete: bool,
    /// « S'attribuer ce probationnaire ».
    pub become_referent: bool,
    /// Remove the referent CPIP.
    pub remove_referent: bool,
    /// « Convoquer ».
    pub book: bool,
    /// « Réactiver la réception des SMS ».
    pub reactivate_sms: bool,
    /// « Inviter à son espace » / « Relancer l'invitation » (fewer than 2 sent, SMS possible).
    #[serde(default)]
    pub invite_to_portal: bool,
}

/// A probationer in a list. Nationwide searches (BEX) carry the identity and the services
/// only: `details` is then absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConvictSummary {
    /// Id.
    pub id: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// The services that follow the person.
    pub organizations: Vec<OrganizationSummary>,
    /// Contact details, for the services that follow the person.
    pub details: Option<ConvictDetails>,
}

/// Contact details in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConvictDetails {
    /// Mobile phone, for display.
    pub phone_display: Option<String>,
    /// APPI case number.
    pub appi_number: Option<String>,
    /// Whether SMS can be sent.
    pub can_receive_sms: bool,
    /// Whether the record is archived.
    pub archived: bool,
}

/// A page of probationers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConvictPage {
    /// The probationers of this page.
    pub items: Vec<ConvictSummary>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

/// `PATCH /api/v1/convicts/{id}`: absent fields stay as they are; `null` clears an optional
/// one. Typing a phone number clears « sans téléphone » and « refuse les SMS ».
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"phone": "06 39 98 45 67"})))]
pub struct ConvictUpdate {
    /// First name.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default)]
    pub last_name: Option<String>,
    /// Date of birth.
    #[serde(default)]
    pub date_of_birth: Option<NaiveDate>,
    /// Mobile phone; `null` removes it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::double_option"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub phone: Option<Option<String>>,
    /// No mobile phone.
    #[serde(default)]
    pub no_phone: Option<bool>,
    /// Refuses SMS.
    #[serde(default)]
    pub refused_phone: Option<bool>,
    /// APPI number; `null` removes it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::double_option"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub appi_number: Option<Option<String>>,
    /// Town of residence; `null` removes it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::double_option"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub city_id: Option<Option<String>>,
    /// « Sans domicile fixe ».
    #[serde(default)]
    pub homeless: Option<bool>,
    /// « Habite à l'étranger ».
    #[serde(default)]
    pub lives_abroad: Option<bool>,
    /// Followed by the anti-terrorism JAP.
    #[serde(default)]
    pub japat: Option<bool>,
}
