//! `GET /api/v1/appointments/{id}`.

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use msj_contract::Problem;
use msj_contract::appointments::Appointment;
use msj_db::AsyncPgConnection;
use msj_domain::access::appointments::view_appointment;
use uuid::Uuid;

use super::context::load;
use super::dto::{self, Names};
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;

/// The API view of appointment `id` with its SMS rows.
pub async fn render(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<Appointment, ApiError> {
    let listed = msj_db::appointments::find_listed(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let notifications = msj_db::appointments::notifications_of(conn, id).await?;
    dto::appointment(
        &listed.appointment,
        Names::from(&listed),
        zone,
        now,
        &notifications,
    )
}

/// An appointment, with its SMS rows, for whoever owns it and is habilitated for its type
/// (features §3.3); 404 otherwise.
#[utoipa::path(operation_id = "get_appointment", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")),
    responses((status = 200, description = "The appointment.", body = Appointment),
        (status = 404, description = "Unknown, or outside the caller's scope.", body = Problem, content_type = "application/problem+json")))]
#[get("/appointments/{id}")]
pub async fn show(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<Appointment>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let loaded = load(&mut conn, id.into_inner(), agent.organization.id).await?;
    view_appointment(&agent.actor(), &loaded.facts(), &loaded.jurisdiction).into_result()?;
    let now = state.clock.now();
    audit::record(
        &mut conn,
        &agent,
        now,
        "appointment.read",
        "appointment",
        Some(loaded.row.id),
    )
    .await?;
    let mut appointment = render(&mut conn, loaded.row.id, loaded.zone()?, now).await?;
    appointment.actions = Some(dto::actions(
        &agent.actor(),
        &loaded.facts(),
        &loaded.jurisdiction,
        &loaded.row,
        now,
    )?);
    Ok(web::Json(appointment))
}
