//! Every error the framework produces on its own (unknown route, wrong method, bad path or
//! query parameter, oversized body) becomes a problem+json answer too.

use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{HttpRequest, ResponseError, web};
use msj_contract::problem::PROBLEM_CONTENT_TYPE;

use super::ApiError;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Extractor settings: size limit and problem+json answers for bad path and query parameters.
pub fn extractor_configs(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PayloadConfig::new(MAX_BODY_BYTES))
        .app_data(web::PathConfig::default().error_handler(|error, _| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_path_parameter",
                format!("Paramètre d'adresse invalide ({error})."),
            )
            .into()
        }))
        .app_data(web::QueryConfig::default().error_handler(|error, _| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_query",
                format!("Paramètre de requête invalide ({error})."),
            )
            .into()
        }));
}

/// Answer for an unknown route under `/api`.
pub async fn api_not_found(request: HttpRequest) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!("Aucune ressource à l'adresse {}.", request.path()),
    )
}

/// Middleware turning bare error answers (neither a problem+json body nor an HTML page, such
/// as the public pages' « Page introuvable ») into problem+json.
pub fn problem_for_bare_errors<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|response: ServiceResponse<B>| {
        let kept = response.headers().get(CONTENT_TYPE).is_some_and(|value| {
            value.as_bytes() == PROBLEM_CONTENT_TYPE.as_bytes()
                || value.as_bytes().starts_with(b"text/html")
        });
        if kept {
            return Ok(ErrorHandlerResponse::Response(
                response.map_into_left_body(),
            ));
        }
        let error = for_status(response.status());
        let (request, _) = response.into_parts();
        let replaced = ServiceResponse::new(request, error.error_response());
        Ok(ErrorHandlerResponse::Response(
            replaced.map_into_right_body(),
        ))
    })
}

fn for_status(status: StatusCode) -> ApiError {
    let (code, detail) = match status {
        StatusCode::NOT_FOUND => ("not_found", "Ressource introuvable."),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "Méthode HTTP non permise à cette adresse.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => {
            ("payload_too_large", "Le corps de la requête dépasse 1 Mio.")
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported_media_type",
            "Le corps doit être du JSON (Content-Type: application/json).",
        ),
        StatusCode::BAD_REQUEST => ("bad_request", "Requête mal formée."),
        status if status.is_server_error() => {
            ("internal_error", "Erreur interne. Réessayez plus tard.")
        }
        _ => ("request_refused", "La requête a été refusée."),
    };
    ApiError::new(status, code, detail)
}
