//! Agents: invitations, lists, changes (`/api/v1/users`).

use serde::{Deserialize, Serialize};

/// `POST /api/v1/users/invitations`: creates the account and emails the invitation link
/// (valid 7 days).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "email": "jeanne.durand@justice.fr", "first_name": "Jeanne", "last_name": "Durand", "role": "cpip"
})))]
pub struct InvitationRequest {
    /// Email address (unique among agents).
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Role key; it must fit the service's type.
    pub role: String,
    /// Service; only the central admin may name another service than their own.
    #[serde(default)]
    pub organization_id: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
}

/// `PATCH /api/v1/users/{id}`: the fields to change.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"role": "dpip"})))]
pub struct UserUpdate {
    /// New role key (admins and local admins, never one's own).
    #[serde(default)]
    pub role: Option<String>,
    /// First name.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default)]
    pub last_name: Option<String>,
    /// Phone number (empty to remove it).
    #[serde(default)]
    pub phone: Option<String>,
}

/// An agent, as lists and profiles show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    /// Id.
    pub id: String,
    /// Email address.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Role key.
    pub role: String,
    /// French label of the role.
    pub role_label: String,
    /// Service id.
    pub organization_id: String,
    /// Phone number, if given.
    #[serde(default)]
    pub phone: Option<String>,
    /// Whether the invitation was accepted (a password is set).
    pub active: bool,
    /// Whether sign-in is locked after too many failures.
    pub locked: bool,
    /// Whether the account is deactivated (no sign-in until reactivated).
    #[serde(default)]
    pub deactivated: bool,
}

/// A page of agents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserPage {
    /// The agents of this page.
    pub items: Vec<User>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size (at most 100).
    pub per_page: i64,
}

/// `POST /api/v1/users/{id}/mutation`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({})))]
pub struct UserMutation {
    /// The receiving service (central admins); others receive the agent in their own service.
    #[serde(default)]
    pub organization_id: Option<String>,
}
