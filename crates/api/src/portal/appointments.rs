//! `GET /api/v1/portal/appointments`: the signed-in probationer's convocations, and nobody
//! else's.

use actix_web::{get, web};
use chrono_tz::Tz;
use msj_contract::Problem;
use msj_contract::portal::{PortalAppointment, PortalAppointmentPage, PortalPlace};
use msj_db::portal::appointments::{PortalAppointmentRow, page};
use msj_domain::appointments::AppointmentState;
use msj_domain::dates::{french_date, french_time};
use msj_domain::map_link::map_url;
use msj_domain::portal::{STILL_UPCOMING, status_label};
use msj_domain::preparation::what_to_bring;
use serde::Deserialize;
use utoipa::IntoParams;

use super::principal::Probationer;
use crate::ApiError;
use crate::app::AppState;
use crate::pagination::Page;

/// Which convocations.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PortalAppointmentQuery {
    /// `upcoming` (default): planned ones, date first; `past`: the others, newest first.
    pub when: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Page size (≤ 100, default 50).
    pub per_page: Option<i64>,
}

fn view(row: PortalAppointmentRow, public_url: &str) -> PortalAppointment {
    let (appointment, kind_label, place, organization) = row;
    let zone: Tz = organization
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Europe::Paris);
    let local = appointment.starts_at.with_timezone(&zone);
    let state = AppointmentState::ALL
        .into_iter()
        .find(|state| state.key() == appointment.state);
    let public = public_url.trim_end_matches('/');
    PortalAppointment {
        id: appointment.id.to_string(),
        starts_at: appointment.starts_at,
        date_label: french_date(local.date_naive()),
        time_label: french_time(local.time()),
        kind_label,
        service: organization.name,
        status: appointment.state.clone(),
        status_label: state.map(status_label).unwrap_or_default().to_owned(),
        place: PortalPlace {
            map_url: map_url(&place.address),
            preparation_url: place
                .information_url
                .clone()
                .unwrap_or_else(|| format!("{public}/p/{}", place.code)),
            phone: place.phone,
            name: place.name,
            address: place.address,
            email: place.email,
            what_to_bring: what_to_bring(place.what_to_bring.as_deref()),
        },
    }
}

/// The probationer's convocations, upcoming or past.
#[utoipa::path(
    operation_id = "portal_list_appointments",
    tag = "portal",
    params(PortalAppointmentQuery),
    security(("portal" = [])),
    responses(
        (status = 200, description = "A page of the probationer's own convocations, with the day and time in words in the place's time zone.", body = PortalAppointmentPage),
        (status = 400, description = "`invalid_query`.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No portal session (agent tokens are refused).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/portal/appointments")]
pub async fn list(
    Probationer(convict): Probationer,
    state: web::Data<AppState>,
    query: web::Query<PortalAppointmentQuery>,
) -> Result<web::Json<PortalAppointmentPage>, ApiError> {
    let query = query.into_inner();
    let upcoming = match query.when.as_deref() {
        None | Some("upcoming") => true,
        Some("past") => false,
        Some(_) => {
            return Err(ApiError::new(
                actix_web::http::StatusCode::BAD_REQUEST,
                "invalid_query",
                "when vaut upcoming ou past.",
            ));
        }
    };
    let asked = Page::read(query.page, query.per_page)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let since = state.clock.now() - STILL_UPCOMING;
    let (rows, total) = page(
        &mut conn,
        convict.id,
        upcoming,
        since,
        asked.offset(),
        asked.size,
    )
    .await?;
    let public_url = &state.config.public_url;
    Ok(web::Json(PortalAppointmentPage {
        items: rows.into_iter().map(|row| view(row, public_url)).collect(),
        total,
        page: asked.number,
        per_page: asked.size,
    }))
}
