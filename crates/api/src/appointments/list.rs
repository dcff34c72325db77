//! `GET /api/v1/appointments`.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{get, web};
use chrono::{Days, NaiveDate};
use chrono_tz::Tz;
use msj_contract::Problem;
use msj_contract::appointments::AppointmentPage;
use msj_db::appointments::{AppointmentFilter, AppointmentSort, Visibility};
use msj_domain::access::appointments::{AppointmentFacts, AppointmentScope, list_appointments};
use msj_domain::appointments::{AppointmentState, WaitingLineCount, waiting_line_count};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::context::{local_midnight, zone_of};
use super::dto::{self, Names};
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::organizations::jurisdiction;
use crate::pagination::Page;

/// Filters of the appointment list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AppointmentQuery {
    /// From this local date (in the caller's service zone).
    #[param(example = "2027-03-12")]
    from: Option<NaiveDate>,
    /// Up to this local date, included.
    to: Option<NaiveDate>,
    /// At this place.
    place_id: Option<Uuid>,
    /// In this agenda.
    agenda_id: Option<Uuid>,
    /// Of this type key.
    appointment_type: Option<String>,
    /// In this state (`booked`, `fulfilled`, `no_show`, `excused`, `canceled`); canceled
    /// appointments are hidden otherwise.
    state: Option<String>,
    /// « Statut inconnu »: past and still booked (CPIP and DPIP: their own only).
    #[serde(default)]
    unknown_status: bool,
    /// Assigned to this agent (`me` for the caller).
    assigned_agent_id: Option<String>,
    /// Of this probationer.
    convict_id: Option<Uuid>,
    /// `starts_at` (default), `-starts_at`, `place`, `agenda` or `type`.
    sort: Option<String>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    per_page: Option<i64>,
}

fn bad_query(detail: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", detail)
}

fn sort(text: Option<&str>) -> Result<AppointmentSort, ApiError> {
    Ok(match text.unwrap_or("starts_at") {
        "starts_at" => AppointmentSort::StartsAt,
        "-starts_at" => AppointmentSort::StartsAtDesc,
        "place" => AppointmentSort::Place,
        "agenda" => AppointmentSort::Agenda,
        "type" => AppointmentSort::Type,
        _ => {
            return Err(bad_query(
                "sort : starts_at, -starts_at, place, agenda ou type.",
            ));
        }
    })
}

fn visibility(scope: AppointmentScope<Uuid>) -> Visibility {
    match scope {
        AppointmentScope::PlacesOf(id) => Visibility::PlacesOf(id),
        AppointmentScope::Jurisdiction {
            jurisdiction,
            types,
            creating_organization,
            created_types_only,
        } => Visibility::Jurisdiction {
            jurisdiction,
            types: types
                .into_iter()
                .map(|kind| kind.key().to_owned())
                .collect(),
            creating_organization,
            created_types_only,
        },
        AppointmentScope::Nothing => Visibility::Nothing,
    }
}

/// Lists the appointments the caller may see (features §3.1): BEX roles the sorties
/// d'audience of their jurisdiction and what their service booked; SAP roles and TJ local
/// admins the SAP types of their jurisdiction and what their service booked; everyone else
/// the appointments at their service's places.
#[utoipa::path(operation_id = "list_appointments", tag = "appointments", security(("bearer" = [])),
    params(AppointmentQuery),
    responses((status = 200, description = "A page of appointments.", body = AppointmentPage),
        (status = 400, description = "Invalid query.", body = Problem, content_type = "application/problem+json")))]
#[get("/appointments")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<AppointmentQuery>,
) -> Result<web::Json<AppointmentPage>, ApiError> {
    let query = query.into_inner();
    let page = Page::read(query.page, query.per_page)?;
    let sort = sort(query.sort.as_deref())?;
    let now = state.clock.now();
    let own_zone = zone_of(&agent.organization)?;
    let mut states = Vec::new();
    if let Some(key) = &query.state {
        let known = AppointmentState::ALL
            .into_iter()
            .any(|state| state.key() == key);
        if !known {
            return Err(bad_query(
                "state : booked, fulfilled, no_show, excused ou canceled.",
            ));
        }
        states.push(key.clone());
    }
    let mut assigned_agent_id = match query.assigned_agent_id.as_deref() {
        None => None,
        Some("me") => Some(agent.user.id),
        Some(text) => Some(
            Uuid::parse_str(text)
                .map_err(|_| bad_query("assigned_agent_id : « me » ou un identifiant."))?,
        ),
    };
    let mut until = query
        .to
        .map(|to| local_midnight(to + Days::new(1), own_zone));
    if query.unknown_status {
        states = vec!["booked".to_owned()];
        until = Some(until.map_or(now, |until| until.min(now)));
        if waiting_line_count(agent.role) == WaitingLineCount::Own {
            assigned_agent_id = Some(agent.user.id);
        }
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    let filter = AppointmentFilter {
        visibility: visibility(list_appointments(&agent.actor(), &reach)),
        from: query.from.map(|from| local_midnight(from, own_zone)),
        until,
        place_id: query.place_id,
        agenda_id: query.agenda_id,
        type_key: query.appointment_type,
        states,
        assigned_agent_id,
        convict_id: query.convict_id,
    };
    let (rows, total) =
        msj_db::appointments::list(&mut conn, &filter, sort, page.size, page.offset()).await?;
    let mut organizations: Vec<Uuid> = rows.iter().map(|row| row.place_organization_id).collect();
    organizations.sort();
    organizations.dedup();
    let zones: HashMap<Uuid, Tz> = msj_db::organizations::list(&mut conn, Some(&organizations))
        .await?
        .iter()
        .map(|organization| Ok((organization.id, zone_of(organization)?)))
        .collect::<Result<_, ApiError>>()?;
    audit::record(
        &mut conn,
        &agent,
        now,
        "appointment.list",
        "appointment_list",
        query.convict_id,
    )
    .await?;
    let mut convicts: Vec<Uuid> = rows.iter().map(|row| row.appointment.convict_id).collect();
    convicts.sort();
    convicts.dedup();
    let mut followers: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for (convict, organization, _, _) in msj_db::convicts::followers(&mut conn, &convicts).await? {
        followers.entry(convict).or_default().push(organization);
    }
    let actor = agent.actor();
    let items = rows
        .iter()
        .map(|row| {
            let zone = zones
                .get(&row.place_organization_id)
                .copied()
                .unwrap_or(own_zone);
            let mut view = dto::appointment(&row.appointment, Names::from(row), zone, now, &[])?;
            let facts = AppointmentFacts {
                kind: row.type_key.parse().map_err(ApiError::internal)?,
                place_organization_id: row.place_organization_id,
                creating_organization_id: row.appointment.creating_organization_id,
                convict_organizations: followers
                    .get(&row.appointment.convict_id)
                    .map_or(&[], Vec::as_slice),
            };
            view.actions = Some(dto::actions(&actor, &facts, &reach, &row.appointment, now)?);
            Ok(view)
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(web::Json(AppointmentPage {
        items,
        total,
        page: page.number,
        per_page: page.size,
    }))
}
