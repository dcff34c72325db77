//! Integrator API tokens (`/api/v1/api-tokens`): created by administrators for a service, a
//! role and scopes; the secret is shown once.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::appointments::NamedRef;

/// `POST /api/v1/api-tokens`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "name": "Logiciel de gestion du SPIP 92",
    "organization_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d01",
    "role": "secretary_spip",
    "scopes": ["convicts:read", "appointments:read", "appointments:write"],
    "expires_at": "2027-12-31T23:00:00Z"
})))]
pub struct ApiTokenRequest {
    /// What the token is for (1 to 100 characters).
    pub name: String,
    /// The service the token acts in.
    pub organization_id: String,
    /// The role it acts as (it must fit the service; the caller must be able to give it).
    pub role: String,
    /// Scope keys, at least one (`convicts:read`, `appointments:write`…).
    pub scopes: Vec<String>,
    /// When it stops working (in the future); never when absent.
    #[serde(default)]
    pub expires_at: Option<DateTime<Utc>>,
}

/// A token, without its secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiToken {
    /// Id.
    pub id: String,
    /// What the token is for.
    pub name: String,
    /// First characters of the secret, to recognise it (`msj_Ab3dE9`).
    pub prefix: String,
    /// The service it acts in.
    pub organization: NamedRef,
    /// Role key.
    pub role: String,
    /// French label of the role.
    pub role_label: String,
    /// Scope keys.
    pub scopes: Vec<String>,
    /// Who created it (absent once that agent is deleted).
    pub created_by: Option<NamedRef>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// When it stops working, if ever.
    pub expires_at: Option<DateTime<Utc>>,
    /// Last use, to the minute.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The answer of `POST /api/v1/api-tokens`: the token and its secret, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedApiToken {
    /// The token.
    pub token: ApiToken,
    /// The secret to send as `Authorization: Bearer <secret>`. Never shown again.
    pub secret: String,
}

/// A page of tokens, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiTokenPage {
    /// The tokens.
    pub items: Vec<ApiToken>,
    /// How many in all.
    pub total: i64,
    /// Page number.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}
