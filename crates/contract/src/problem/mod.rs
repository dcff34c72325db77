//! Error answers: `application/problem+json` (RFC 9457) with a stable `code`.

use serde::{Deserialize, Serialize};

/// Media type of every error answer.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// An error answer. `code` is stable and meant for programs; `detail` is French and meant for
/// people; `errors` lists the fields at fault, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "type": "https://msj.justice.gouv.fr/problems/invalid_field",
    "title": "Unprocessable Entity",
    "status": 422,
    "code": "invalid_field",
    "detail": "Un ou plusieurs champs sont invalides.",
    "errors": [{"pointer": "/phone", "code": "invalid_phone", "detail": "Numéro de téléphone invalide."}]
})))]
pub struct Problem {
    /// URI identifying the kind of problem (ends with the code).
    #[serde(rename = "type")]
    pub kind: String,
    /// Short HTTP reason phrase.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// Stable machine-readable code, snake_case.
    pub code: String,
    /// Explanation in French, for the person using the application.
    pub detail: String,
    /// Fields at fault, each with a JSON pointer into the request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// The resource the problem is about, when the caller may act on it (e.g. the agent to
    /// transfer after `agent_in_other_service`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
}

/// One field at fault in a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// JSON pointer (RFC 6901) to the field, e.g. `/phone`.
    pub pointer: String,
    /// Stable machine-readable code, snake_case.
    pub code: String,
    /// Explanation in French.
    pub detail: String,
}
