//! Sign-in with a phone number and a one-time code.

use serde::{Deserialize, Serialize};

/// `POST /api/v1/portal/auth/code`: the mobile number to send a code to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"phone": "06 12 34 56 78"})))]
pub struct CodeRequest {
    /// French mobile number, in any usual writing (`06 12 34 56 78`, `+33612345678`).
    pub phone: String,
}

/// The same answer for every well-formed number, known or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "detail": "Si ce numéro a accès à un espace Mon Suivi Justice, un code de connexion vient de lui être envoyé par SMS.",
    "expires_in": 600
})))]
pub struct CodeSent {
    /// What to tell the person.
    pub detail: String,
    /// Lifetime of the code, in seconds (600).
    pub expires_in: u32,
}

/// `POST /api/v1/portal/auth/verify`: the number and the 6 digits received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"phone": "06 12 34 56 78", "code": "482913"})))]
pub struct CodeVerification {
    /// The number the code was sent to.
    pub phone: String,
    /// The 6-digit code.
    pub code: String,
}

/// An open probationer session: a 15-minute access token (audience `msj-portal`); the
/// refresh token travels in an HttpOnly cookie scoped to `/api/v1/portal/auth`, kept 30 days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalSession {
    /// JWT to send as `Authorization: Bearer <token>` to `/api/v1/portal/…`.
    pub access_token: String,
    /// Lifetime of the access token, in seconds (900).
    pub expires_in: u32,
    /// First name of the probationer, to greet them.
    pub first_name: String,
}
