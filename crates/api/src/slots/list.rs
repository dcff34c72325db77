//! `GET /api/v1/slots`: the open slots to come in the caller's reach (features §2.7).

use actix_web::http::StatusCode;
use actix_web::{get, web};
use chrono::{Days, NaiveDate};
use msj_contract::Problem;
use msj_contract::slots::SlotPage;
use msj_db::slots::SlotFilter;
use msj_domain::access::slots::{lists_slots, slot_types_for};
use msj_domain::roles::Role;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::{local_midnight, zone_of};
use crate::auth::Agent;
use crate::organizations::jurisdiction;
use crate::pagination::Page;

/// Filters of the slot list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SlotQuery {
    /// From this local date (in the caller's service zone); today by default.
    #[param(example = "2027-03-15")]
    from: Option<NaiveDate>,
    /// Up to this local date, included.
    to: Option<NaiveDate>,
    /// At this place.
    place_id: Option<Uuid>,
    /// In this agenda.
    agenda_id: Option<Uuid>,
    /// Of this slot-system type key.
    appointment_type: Option<String>,
    /// Full slots too (hidden by default).
    #[serde(default)]
    include_full: bool,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    per_page: Option<i64>,
}

/// The open slots to come at the places of the caller's service (the central admin: their
/// jurisdiction), of the slot-system types their role works with, by start; full slots only
/// on request.
#[utoipa::path(operation_id = "list_slots", tag = "slots", security(("bearer" = [])),
    params(SlotQuery),
    responses((status = 200, description = "A page of slots.", body = SlotPage),
        (status = 400, description = "`invalid_query`.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The caller's role manages no slot.", body = Problem, content_type = "application/problem+json")))]
#[get("/slots")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<SlotQuery>,
) -> Result<web::Json<SlotPage>, ApiError> {
    if !agent.charter_accepted() || !lists_slots(agent.role) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Vous n'êtes pas autorisé à effectuer cette action.",
        ));
    }
    let page = Page::read(query.page, query.per_page)?;
    let mut types: Vec<String> = slot_types_for(agent.role, agent.organization_type)
        .into_iter()
        .map(|kind| kind.key().to_owned())
        .collect();
    if let Some(wanted) = &query.appointment_type {
        types.retain(|key| key == wanted);
        if types.is_empty() {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_query",
                "appointment_type : un type sur créneaux que votre rôle gère.",
            ));
        }
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let zone = zone_of(&agent.organization)?;
    let now = state.clock.now();
    let organization_ids = if agent.role == Role::Admin {
        jurisdiction(&mut conn, agent.organization.id).await?
    } else {
        vec![agent.organization.id]
    };
    let filter = SlotFilter {
        organization_ids,
        type_keys: types,
        from: Some(
            query
                .from
                .map_or(now, |from| local_midnight(from, zone).max(now)),
        ),
        until: query
            .to
            .and_then(|to| to.checked_add_days(Days::new(1)))
            .map(|after| local_midnight(after, zone)),
        place_id: query.place_id,
        agenda_id: query.agenda_id,
        include_full: query.include_full,
        limit: page.size,
        offset: page.offset(),
    };
    let (rows, total) = msj_db::slots::list_slots(&mut conn, &filter).await?;
    let mut items = Vec::with_capacity(rows.len());
    let organizations = msj_db::organizations::list(
        &mut conn,
        Some(
            &rows
                .iter()
                .map(|row| row.organization_id)
                .collect::<Vec<_>>(),
        ),
    )
    .await?;
    for row in &rows {
        let place_zone = organizations
            .iter()
            .find(|org| org.id == row.organization_id)
            .map(zone_of)
            .transpose()?
            .unwrap_or(zone);
        items.push(dto::slot(row, place_zone));
    }
    Ok(web::Json(SlotPage {
        items,
        total,
        page: page.number,
        per_page: page.size,
    }))
}
