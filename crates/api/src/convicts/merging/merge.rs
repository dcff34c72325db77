//! `POST /api/v1/convicts/merge`.

use actix_web::{post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::convicts::{ConvictMerge, ConvictMergeRequest};
use msj_domain::history::{AgentRef, HistoryEvent, texts};

use crate::app::AppState;
use crate::appointments::Writer;
use crate::auth::Agent;
use crate::error::JsonBody;
use crate::{ApiError, audit};

/// « Fusionner » (irreversible): in one transaction, with both records locked, the
/// duplicate's appointments (and their SMS), history and services move to the kept record,
/// whose own fields stay; the duplicate is deleted with its portal access and finished
/// transfers; a history item is added to the kept record and `convict.merge` audited for
/// both ids. Of two merges of the same records at once, the second finds the duplicate gone
/// (404).
#[utoipa::path(
    operation_id = "merge_convicts",
    tag = "convicts",
    security(("bearer" = [])),
    request_body(content = ConvictMergeRequest),
    responses(
        (status = 200, description = "Merged: what moved.", body = ConvictMerge),
        (status = 403, description = "`forbidden` (not the central admin) or `impersonation_forbidden`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown probationer (or already merged).", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`divestment_pending`: a transfer of the duplicate is pending.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`same_convict`, or an id that is not a UUID.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/convicts/merge")]
pub async fn merge(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<ConvictMergeRequest>,
) -> Result<web::Json<ConvictMerge>, ApiError> {
    let kept = ApiError::parse_id("/kept_id", &body.0.kept_id)?;
    let duplicate = ApiError::parse_id("/duplicate_id", &body.0.duplicate_id)?;
    let now = state.clock.now();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let report = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let (_, duplicate_row, moved, report) =
                super::prepare(conn, &agent, kept, duplicate).await?;
            msj_db::convicts::merging::merge(conn, kept, duplicate, now).await?;
            let name = format!("{} {}", agent.user.first_name, agent.user.last_name);
            let by = AgentRef {
                name: &name,
                role: agent.role,
            };
            let duplicate_name =
                format!("{} {}", duplicate_row.first_name, duplicate_row.last_name);
            let text = texts::merged(by, &duplicate_name, moved.appointments);
            let writer = Writer {
                actor_id: Some(agent.user.id),
                now,
            };
            let item = writer.item(kept, None, HistoryEvent::MergeConvict, text);
            writer.append(conn, item).await?;
            for id in [kept, duplicate] {
                audit::record(conn, &agent, now, "convict.merge", "convict", Some(id)).await?;
            }
            Ok(report)
        })
        .await?;
    Ok(web::Json(report))
}
