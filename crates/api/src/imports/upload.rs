//! `POST /api/v1/imports/appi`: the file as the request body.

use actix_web::http::StatusCode;
use actix_web::{post, web};
use msj_contract::Problem;
use msj_contract::imports::AppiImportReport;
use msj_domain::access::convict_operations::import_convicts;
use msj_domain::access::impersonation::SensitiveAction;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{Importer, import_appi};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// Largest file accepted (5 MB, about 40 000 lines).
const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The target service.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UploadQuery {
    /// The service the probationers are imported into.
    service_id: Uuid,
}

/// « Import probationnaires (APPI) »: the APPI CSV export (`;`-separated, ISO-8859-1) as the
/// request body (`Content-Type: text/csv`), at most 5 MB. Each line is written entirely or
/// not at all: good lines are imported, the others reported with their number and reason.
/// Central admin only; audited `convict.import_appi`.
#[utoipa::path(
    operation_id = "import_appi",
    tag = "convicts",
    security(("bearer" = [])),
    params(UploadQuery),
    request_body(content = String, content_type = "text/csv", description = "The APPI export, ISO-8859-1, `;`-separated, with the columns `Prénom`, `Nom`, `Date de naissance`, `Numéro de dossier`, `Mesure/Intervention`."),
    responses(
        (status = 200, description = "The report.", body = AppiImportReport),
        (status = 403, description = "`forbidden` (not the central admin) or `impersonation_forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service.", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`: more than 5 MB.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_file`: a column is missing or the file is unreadable.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/imports/appi")]
pub async fn upload(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<UploadQuery>,
    payload: web::Payload,
) -> Result<web::Json<AppiImportReport>, ApiError> {
    import_convicts(&agent.actor()).into_result()?;
    agent.refuse_while_impersonating(SensitiveAction::Import)?;
    let bytes = payload
        .to_bytes_limited(MAX_BYTES)
        .await
        .map_err(|_| {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "file_too_large",
                "Le fichier dépasse 5 Mo : découpez l'export APPI en plusieurs fichiers.",
            )
        })?
        .map_err(|_| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "unreadable_body",
                "Le fichier n'a pas pu être reçu.",
            )
        })?;
    let importer = Importer {
        actor_id: Some(agent.user.id),
        real_actor_id: Some(agent.real_actor_id()),
        ip: agent.ip.clone(),
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let report = import_appi(
        &mut conn,
        query.service_id,
        &bytes,
        &importer,
        state.clock.now(),
    )
    .await?;
    Ok(web::Json(report))
}
