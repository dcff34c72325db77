//! The business history (`GET /api/v1/history`): a probationer's timeline, or an
//! appointment's (with the appointments it replaced), newest first.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::history::{HistoryItem, HistoryPage};
use msj_db::history::HistoryOf;
use msj_domain::access::appointments::view_appointment;
use msj_domain::access::convicts::view_convict;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::appointments::load_appointment;
use crate::audit;
use crate::auth::Agent;
use crate::pagination::Page;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list);
}

/// Whose history.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct HistoryQuery {
    /// A probationer's timeline.
    convict_id: Option<Uuid>,
    /// An appointment's items (with those of the appointments it replaced).
    appointment_id: Option<Uuid>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    per_page: Option<i64>,
}

/// History items, newest first, in French. Exactly one of `convict_id` and `appointment_id`.
#[utoipa::path(operation_id = "list_history", tag = "history", security(("bearer" = [])),
    params(HistoryQuery),
    responses((status = 200, description = "A page of items.", body = HistoryPage),
        (status = 400, description = "Neither or both ids.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown, or outside the caller's scope.", body = Problem, content_type = "application/problem+json")))]
#[get("/history")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<HistoryQuery>,
) -> Result<web::Json<HistoryPage>, ApiError> {
    let query = query.into_inner();
    let page = Page::read(query.page, query.per_page)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let actor = agent.actor();
    let (of, object) = match (query.convict_id, query.appointment_id) {
        (Some(convict_id), None) => {
            let followed_by = crate::appointments::followers(&mut conn, convict_id).await?;
            msj_db::convicts::find(&mut conn, convict_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            view_convict(&actor, &followed_by).into_result()?;
            (HistoryOf::Convict(convict_id), convict_id)
        }
        (None, Some(appointment_id)) => {
            let loaded = load_appointment(&mut conn, appointment_id, agent.organization.id).await?;
            view_appointment(&actor, &loaded.facts(), &loaded.jurisdiction).into_result()?;
            let chain = msj_db::appointments::reschedule_chain(&mut conn, appointment_id).await?;
            (HistoryOf::Appointments(chain), appointment_id)
        }
        _ => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_query",
                "Indiquez convict_id ou appointment_id (un seul des deux).",
            ));
        }
    };
    audit::record(
        &mut conn,
        &agent,
        state.clock.now(),
        "history.read",
        "history",
        Some(object),
    )
    .await?;
    let (rows, total) = msj_db::history::page(&mut conn, of, page.size, page.offset()).await?;
    Ok(web::Json(HistoryPage {
        items: rows
            .into_iter()
            .map(|(row, first_name, last_name)| HistoryItem {
                id: row.id.to_string(),
                category: row.category,
                event: row.event,
                content: row.content,
                appointment_id: row.appointment_id.map(|id| id.to_string()),
                actor_name: first_name
                    .zip(last_name)
                    .map(|(first, last)| format!("{first} {last}")),
                created_at: row.created_at,
            })
            .collect(),
        total,
        page: page.number,
        per_page: page.size,
    }))
}
