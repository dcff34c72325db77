//! `GET /api/v1/appointment-types`.

use actix_web::{get, web};
use msj_contract::organizations::AppointmentType;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;

/// The reference list of appointment types, in display order.
#[utoipa::path(
    operation_id = "list_appointment_types",
    tag = "organizations",
    security(("bearer" = [])),
    responses((status = 200, description = "The 16 types.", body = Vec<AppointmentType>))
)]
#[get("/appointment-types")]
pub async fn list(
    _agent: Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<AppointmentType>>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let rows = msj_db::organizations::appointment_types(&mut conn).await?;
    Ok(web::Json(
        rows.into_iter()
            .map(
                |(key, name, slot_system, allowed_on_weekends, spip_assignable)| AppointmentType {
                    key,
                    name,
                    slot_system,
                    allowed_on_weekends,
                    spip_assignable,
                },
            )
            .collect(),
    ))
}
