//! Setting a password: accepting an invitation, resetting a forgotten password.

use serde::{Deserialize, Serialize};

/// `POST /api/v1/auth/invitations/{token}`: the invited agent chooses a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptInvitationRequest {
    /// 12 to 128 characters with a lowercase letter, an uppercase letter, a digit and a
    /// symbol; not a common password.
    pub password: String,
}

/// `POST /api/v1/auth/password-reset`: asks for a reset link by email. The answer is the same
/// whether or not the address is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetRequest {
    /// Email address of the agent.
    pub email: String,
}

/// `POST /api/v1/auth/password-reset/{token}`: sets a new password (link valid 6 hours).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetConfirmation {
    /// The new password (same rules as at invitation).
    pub password: String,
}
