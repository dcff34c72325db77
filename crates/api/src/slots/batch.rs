//! `POST /api/v1/slots/batch`: one-off slots for several dates × times (features §2.7).

use actix_web::{HttpResponse, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::slots::{BatchResult, SlotBatch};
use msj_db::slots::SlotRow;
use msj_domain::appointments::{BookingCalendar, check_duration, check_start};
use msj_domain::slots::{TimeRange, batch_times, check_capacity};
use uuid::Uuid;

use super::context::{Managing, local_time, target};
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;
use crate::organizations::jurisdiction;

/// Most dates in one batch.
const MAX_DATES: usize = 366;
/// Most slots in one batch.
const MAX_SLOTS: usize = 5000;

fn too_many(pointer: &str, detail: &str) -> ApiError {
    ApiError::invalid_field(pointer, "too_many", detail)
}

/// Creates one slot per date × time (single times and ranges, deduplicated) with the same
/// duration and capacity. Every slot is checked first — in the future, at most one year ahead,
/// on a working day of the territory, inside the place's validity window, a type the place
/// offers — and nothing is created when one fails. Slots that already exist are skipped.
#[utoipa::path(operation_id = "create_slots", tag = "slots", security(("bearer" = [])),
    request_body(content = SlotBatch),
    responses((status = 201, description = "Created and skipped counts.", body = BatchResult),
        (status = 403, description = "Not allowed for this type or service.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Agenda outside the caller's reach.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`times_required`, `invalid_interval`, `start_after_end`, `appointment_in_past`, `appointment_too_far`, `non_working_day`, `place_not_yet_valid`, `invalid_capacity`, `too_many`… (`pointer` names the date at fault).", body = Problem, content_type = "application/problem+json")))]
#[post("/slots/batch")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<SlotBatch>,
) -> Result<HttpResponse, ApiError> {
    let request = body.0;
    if request.dates.is_empty() {
        return Err(ApiError::invalid_field(
            "/dates",
            "dates_required",
            "Choisissez au moins une date.",
        ));
    }
    if request.dates.len() > MAX_DATES {
        return Err(too_many("/dates", "366 dates au plus par création."));
    }
    let singles = request
        .times
        .iter()
        .enumerate()
        .map(|(index, text)| local_time(&format!("/times/{index}"), text))
        .collect::<Result<Vec<_>, _>>()?;
    let ranges = request
        .ranges
        .iter()
        .enumerate()
        .map(|(index, range)| {
            Ok(TimeRange {
                first: local_time(&format!("/ranges/{index}/first"), &range.first)?,
                last: local_time(&format!("/ranges/{index}/last"), &range.last)?,
                interval_min: range.interval_min,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let times = batch_times(&singles, &ranges)?;
    if times.len() * request.dates.len() > MAX_SLOTS {
        return Err(too_many("/dates", "5 000 créneaux au plus par création."));
    }
    let duration = check_duration(request.duration_min)?;
    let capacity = check_capacity(request.capacity, 0)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    let target = target(
        &mut conn,
        &agent,
        &request.agenda_id,
        &request.appointment_type,
        Managing::Slots(&reach),
    )
    .await?;
    let calendar = BookingCalendar {
        territory: target.territory,
        zone: target.zone,
        allowed_on_weekends: target.kind.allowed_on_weekends(),
        valid_from: target.agenda.place.valid_from,
        valid_until: target.agenda.place.valid_until,
    };
    let now = state.clock.now();
    let mut rows = Vec::with_capacity(times.len() * request.dates.len());
    for (index, date) in request.dates.iter().enumerate() {
        for time in &times {
            let starts_at =
                check_start(date.and_time(*time), &calendar, now).map_err(|problem| {
                    ApiError::invalid_field(
                        &format!("/dates/{index}"),
                        problem.code,
                        problem.detail,
                    )
                })?;
            rows.push(SlotRow {
                id: Uuid::now_v7(),
                agenda_id: target.agenda.agenda_id,
                appointment_type_id: target.type_id,
                slot_template_id: None,
                local_date: *date,
                local_time: *time,
                starts_at,
                duration_min: duration,
                capacity,
                used_capacity: 0,
                open: true,
                created_at: now,
                updated_at: now,
            });
        }
    }
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            Ok(msj_db::slots::insert_slots(conn, &rows).await?)
        })
        .await?;
    Ok(HttpResponse::Created().json(BatchResult {
        created,
        skipped: rows.len() - created,
    }))
}
