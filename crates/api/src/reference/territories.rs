//! `GET /api/v1/territories`.

use actix_web::{get, web};
use msj_contract::reference::Territory as TerritoryDto;
use msj_domain::territories::Territory;

/// The 13 territories, with their French name and time zones.
#[utoipa::path(
    operation_id = "list_territories",
    tag = "reference",
    responses((status = 200, description = "Every territory, metropolitan ones first.", body = Vec<TerritoryDto>))
)]
#[get("/territories")]
pub async fn list() -> web::Json<Vec<TerritoryDto>> {
    web::Json(
        Territory::ALL
            .iter()
            .map(|&territory| dto(territory))
            .collect(),
    )
}

fn dto(territory: Territory) -> TerritoryDto {
    TerritoryDto {
        key: territory.key().to_owned(),
        label: territory.label().to_owned(),
        default_time_zone: territory.default_time_zone().to_owned(),
        time_zones: territory
            .allowed_time_zones()
            .iter()
            .map(|zone| (*zone).to_owned())
            .collect(),
    }
}
