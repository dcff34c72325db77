//! The agent's home page: `GET /api/v1/home`.

use serde::{Deserialize, Serialize};

use crate::auth::OrganizationSummary;

/// A local administrator to turn to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalAdmin {
    /// « Prénom NOM ».
    pub name: String,
    /// Email.
    pub email: String,
    /// Their service (the caller's, or its headquarter's).
    pub organization: String,
}

/// « Statut inconnu »: past appointments whose attendance was not recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnknownStatusWarning {
    /// How many are still « Planifié » (last 3 months, up to yesterday).
    pub booked: i64,
    /// How many there are in all in that period.
    pub total: i64,
    /// Whether the count is of the caller's own appointments (CPIP, DPIP).
    pub own_only: bool,
    /// French message to show.
    pub message: String,
}

/// What the home page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Home {
    /// « Bonjour, Prénom NOM ».
    pub greeting: String,
    /// The caller's service.
    pub organization: OrganizationSummary,
    /// Local admins of the service and of its headquarter (empty for local admins
    /// themselves).
    pub local_admins: Vec<LocalAdmin>,
    /// The warning, when the thresholds are passed.
    pub unknown_status: Option<UnknownStatusWarning>,
}
