//! Services, places, agendas and appointment types (`/api/v1/organizations`, `/places`,
//! `/appointment-types`).

mod agendas;
mod appointment_types;
mod create;
mod dto;
mod list;
pub(crate) mod new_place;
mod place_preparation;
mod place_settings;
mod place_update;
mod places;
mod update;

pub use dto::organization;

use msj_db::AsyncPgConnection;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::ApiError;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list)
        .service(list::show)
        .service(create::create)
        .service(update::update)
        .service(places::list)
        .service(places::create)
        .service(place_update::update)
        .service(place_update::archive)
        .service(agendas::create)
        .service(agendas::rename)
        .service(appointment_types::list);
}

/// The jurisdiction of a service: itself and the services linked to it.
pub async fn jurisdiction(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
) -> Result<Vec<Uuid>, ApiError> {
    let mut ids = msj_db::organizations::linked(conn, organization_id).await?;
    ids.insert(0, organization_id);
    Ok(ids)
}
