//! One error type for every handler, answered as `application/problem+json` (RFC 9457) with a
//! stable `code` and a French `detail`.

mod handlers;
mod json;

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use actix_web::{HttpResponse, ResponseError};
use msj_contract::problem::{FieldError, PROBLEM_CONTENT_TYPE, Problem};
use msj_domain::access::DenialReason;
use msj_domain::field_problem::FieldProblem;

pub use handlers::{api_not_found, extractor_configs, problem_for_bare_errors};
pub use json::JsonBody;

use crate::telemetry::pii::mask;

/// Base of the `type` URI of problems.
const PROBLEM_TYPE_BASE: &str = "https://msj.justice.gouv.fr/problems/";

/// An error answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable snake_case code.
    pub code: &'static str,
    /// French explanation.
    pub detail: String,
    /// Fields at fault.
    pub errors: Vec<FieldError>,
    /// The resource the problem is about.
    pub instance: Option<String>,
    /// Seconds to wait before trying again (`Retry-After`), for 429 and 503 answers.
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with a status, a code and a French explanation.
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Self {
        Self {
            status,
            code,
            detail: detail.into(),
            errors: Vec::new(),
            instance: None,
            retry_after: None,
        }
    }

    /// The same error, telling the caller to wait `seconds` before trying again.
    pub fn retry_after(self, seconds: u64) -> Self {
        Self {
            retry_after: Some(seconds),
            ..self
        }
    }

    /// The same error, about the resource at `path`.
    pub fn about(self, path: String) -> Self {
        Self {
            instance: Some(path),
            ..self
        }
    }

    /// 422: fields at fault.
    pub fn invalid_fields(errors: Vec<FieldError>) -> Self {
        Self {
            errors,
            ..Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_field",
                "Un ou plusieurs champs sont invalides.",
            )
        }
    }

    /// 422: one field at fault, at `pointer`, with its own code and French explanation.
    pub fn invalid_field(pointer: &str, code: &str, detail: impl Into<String>) -> Self {
        Self::invalid_fields(vec![FieldError {
            pointer: pointer.to_owned(),
            code: code.to_owned(),
            detail: detail.into(),
        }])
    }

    /// Parses the id at `pointer` in a request, or 422 `invalid_id`.
    pub fn parse_id(pointer: &str, text: &str) -> Result<uuid::Uuid, Self> {
        uuid::Uuid::parse_str(text.trim())
            .map_err(|_| Self::invalid_field(pointer, "invalid_id", "Identifiant invalide."))
    }

    /// 404: absent or out of the caller's scope.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", "Ressource introuvable.")
    }

    /// 500: logs the cause (masked) and tells the caller nothing about it.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(cause = %mask(&cause.to_string()), "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "Erreur interne. L'incident a été enregistré ; réessayez plus tard.",
        )
    }

    /// The body of the answer.
    pub fn problem(&self) -> Problem {
        Problem {
            kind: format!("{PROBLEM_TYPE_BASE}{}", self.code),
            title: self.status.canonical_reason().unwrap_or("Error").to_owned(),
            status: self.status.as_u16(),
            code: self.code.to_owned(),
            detail: self.detail.clone(),
            errors: self.errors.clone(),
            instance: self.instance.clone(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status.as_u16(), self.code, self.detail)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status).json(self.problem());
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

impl From<FieldProblem> for ApiError {
    fn from(problem: FieldProblem) -> Self {
        Self::from(vec![problem])
    }
}

impl From<Vec<FieldProblem>> for ApiError {
    fn from(problems: Vec<FieldProblem>) -> Self {
        Self::invalid_fields(
            problems
                .into_iter()
                .map(|p| FieldError {
                    pointer: p.pointer.to_owned(),
                    code: p.code.to_owned(),
                    detail: p.detail,
                })
                .collect(),
        )
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        Self::internal(error)
    }
}

impl From<DenialReason> for ApiError {
    fn from(reason: DenialReason) -> Self {
        let status = match reason {
            DenialReason::OutOfScope => return Self::not_found(),
            DenialReason::RoleNotAllowedForOrganization => StatusCode::UNPROCESSABLE_ENTITY,
            DenialReason::ReferentAlreadySet => StatusCode::CONFLICT,
            _ => StatusCode::FORBIDDEN,
        };
        Self::new(status, reason.code(), reason.detail())
    }
}

impl From<msj_db::DbError> for ApiError {
    fn from(error: msj_db::DbError) -> Self {
        match error {
            msj_db::DbError::Unavailable(cause) => {
                tracing::error!(cause = %mask(&cause), "database unavailable");
                Self::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "database_unavailable",
                    "Le service est momentanément indisponible. Réessayez dans quelques instants.",
                )
            }
            other => Self::internal(other),
        }
    }
}
