//! `/api/v1/slot-templates`: the weekly templates of an agenda (features §2.7).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, delete, get, patch, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::slots::{
    BatchResult, SlotTemplate, SlotTemplateBatch, SlotTemplateUpdate, TemplatesDeleted,
};
use msj_db::AsyncPgConnection;
use msj_db::slots::{SlotAgenda, SlotTemplateRow};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::appointments::check_duration;
use msj_domain::slots::{check_capacity, template_times};
use serde::Deserialize;
use uuid::Uuid;

use super::context::{Managing, allow, local_time, target};
use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::error::JsonBody;

/// `?agenda_id=&week_day=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AgendaQuery {
    /// The agenda.
    agenda_id: Uuid,
    /// Only this ISO weekday (1 = Monday … 5 = Friday), for deletions.
    #[serde(default)]
    week_day: Option<u8>,
}

fn week_day(day: u8) -> Result<i16, ApiError> {
    if (1..=5).contains(&day) {
        Ok(i16::from(day))
    } else {
        Err(ApiError::invalid_field(
            "/week_days",
            "invalid_week_day",
            "Jours attendus de 1 (lundi) à 5 (vendredi).",
        ))
    }
}

/// The agenda and the slot-system types of its place the caller manages templates of; the
/// caller's denial when there is none.
async fn managed(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    agenda_id: Uuid,
) -> Result<(SlotAgenda, Vec<String>), ApiError> {
    let agenda = msj_db::slots::slot_agendas(conn, &[agenda_id])
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    let offered = msj_db::organizations::offered_types(conn, &[agenda.place.id]).await?;
    let mut keys = Vec::new();
    let mut denial = None;
    for kind in offered
        .iter()
        .filter_map(|(_, key)| key.parse::<AppointmentTypeKey>().ok())
        .filter(|kind| kind.is_slot_system())
    {
        match allow(agent, &agenda, kind, Managing::Templates) {
            Ok(()) => keys.push(kind.key().to_owned()),
            Err(error) => denial = Some(error),
        }
    }
    match (keys.is_empty(), denial) {
        (true, Some(error)) => Err(error),
        (true, None) => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Ce lieu ne propose aucun type de convocation sur créneaux.",
        )),
        (false, _) => Ok((agenda, keys)),
    }
}

/// The template `id` with its type key, when the caller manages templates of that type there.
async fn managed_template(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    id: Uuid,
) -> Result<(SlotTemplateRow, String), ApiError> {
    let (row, key) = msj_db::slots::find_template(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let agenda = msj_db::slots::slot_agendas(conn, &[row.agenda_id])
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    let kind: AppointmentTypeKey = key.parse().map_err(ApiError::internal)?;
    allow(agent, &agenda, kind, Managing::Templates)?;
    Ok((row, key))
}

/// The weekly templates of an agenda, by weekday and time, for the types the caller manages.
#[utoipa::path(operation_id = "list_slot_templates", tag = "slots", security(("bearer" = [])),
    params(AgendaQuery),
    responses((status = 200, description = "The templates.", body = Vec<SlotTemplate>),
        (status = 403, description = "The caller's role manages no template here.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agenda, or outside the caller's service.", body = Problem, content_type = "application/problem+json")))]
#[get("/slot-templates")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<AgendaQuery>,
) -> Result<web::Json<Vec<SlotTemplate>>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (agenda, keys) = managed(&mut conn, &agent, query.agenda_id).await?;
    let rows = msj_db::slots::templates_of(&mut conn, agenda.agenda_id).await?;
    Ok(web::Json(
        rows.iter()
            .filter(|(_, key)| keys.contains(key))
            .map(|(row, key)| dto::template(row, key))
            .collect(),
    ))
}

/// Creates one template per weekday × time, from `first` to `last` every `interval_min`
/// minutes (never past `last`); those that already exist are skipped and counted. Slots appear
/// with the next generation (nightly, or `msj slots generate`).
#[utoipa::path(operation_id = "create_slot_templates", tag = "slots", security(("bearer" = [])),
    request_body(content = SlotTemplateBatch),
    responses((status = 201, description = "Created and skipped counts.", body = BatchResult),
        (status = 403, description = "Not allowed for this type or service.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Agenda outside the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_interval`, `start_after_end`, `invalid_week_day`, `invalid_capacity`, `invalid_duration`, `not_slot_type`, `type_not_offered`…", body = Problem, content_type = "application/problem+json")))]
#[post("/slot-templates")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<SlotTemplateBatch>,
) -> Result<HttpResponse, ApiError> {
    let request = body.0;
    let first = local_time("/first", &request.first)?;
    let last = local_time("/last", &request.last)?;
    let times = template_times(first, last, request.interval_min)?;
    if request.week_days.is_empty() {
        return Err(ApiError::invalid_field(
            "/week_days",
            "invalid_week_day",
            "Choisissez au moins un jour.",
        ));
    }
    let days = request
        .week_days
        .iter()
        .map(|day| week_day(*day))
        .collect::<Result<Vec<_>, _>>()?;
    let duration = check_duration(request.duration_min)?;
    let capacity = check_capacity(request.capacity, 0)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let target = target(
        &mut conn,
        &agent,
        &request.agenda_id,
        &request.appointment_type,
        Managing::Templates,
    )
    .await?;
    let now = state.clock.now();
    let rows: Vec<SlotTemplateRow> = days
        .iter()
        .flat_map(|day| times.iter().map(move |time| (*day, *time)))
        .map(|(day, time)| SlotTemplateRow {
            id: Uuid::now_v7(),
            agenda_id: target.agenda.agenda_id,
            appointment_type_id: target.type_id,
            week_day: day,
            local_time: time,
            duration_min: duration,
            capacity,
            created_at: now,
            updated_at: now,
        })
        .collect();
    let created = msj_db::slots::insert_templates(&mut conn, &rows).await?;
    Ok(HttpResponse::Created().json(BatchResult {
        created,
        skipped: rows.len() - created,
    }))
}

/// Changes a template's time, duration or capacity; the slots already generated keep theirs.
#[utoipa::path(operation_id = "update_slot_template", tag = "slots", security(("bearer" = [])),
    params(("id" = String, Path, description = "Template id.")),
    request_body(content = SlotTemplateUpdate),
    responses((status = 200, description = "The template as changed.", body = SlotTemplate),
        (status = 403, description = "Not allowed.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown template.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`slot_template_exists`: another template has that time.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_time`, `invalid_duration`, `invalid_capacity`.", body = Problem, content_type = "application/problem+json")))]
#[patch("/slot-templates/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<SlotTemplateUpdate>,
) -> Result<web::Json<SlotTemplate>, ApiError> {
    let request = body.0;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, _) = managed_template(&mut conn, &agent, id.into_inner()).await?;
    let time = request
        .local_time
        .map(|text| local_time("/local_time", &text))
        .transpose()?
        .unwrap_or(row.local_time);
    let duration = check_duration(request.duration_min.unwrap_or(row.duration_min))?;
    let capacity = check_capacity(request.capacity.unwrap_or(row.capacity), 0)?;
    let now = state.clock.now();
    if !msj_db::slots::update_template(&mut conn, row.id, time, duration, capacity, now).await? {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "slot_template_exists",
            "Un créneau récurrent similaire existe déjà.",
        ));
    }
    let (row, key) = msj_db::slots::find_template(&mut conn, row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(web::Json(dto::template(&row, &key)))
}

/// Deletes one template and the slots it generated that no appointment ever used.
#[utoipa::path(operation_id = "delete_slot_template", tag = "slots", security(("bearer" = [])),
    params(("id" = String, Path, description = "Template id.")),
    responses((status = 200, description = "What was deleted.", body = TemplatesDeleted),
        (status = 403, description = "Not allowed.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown template.", body = Problem, content_type = "application/problem+json")))]
#[delete("/slot-templates/{id}")]
pub async fn delete_one(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<TemplatesDeleted>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, _) = managed_template(&mut conn, &agent, id.into_inner()).await?;
    let (templates, slots) = conn
        .transaction::<_, ApiError, _>(async |conn| {
            Ok(msj_db::slots::delete_templates(conn, &[row.id]).await?)
        })
        .await?;
    Ok(web::Json(TemplatesDeleted { templates, slots }))
}

/// Deletes every template of an agenda the caller manages (or those of one weekday), with the
/// slots they generated that no appointment ever used; the others stay.
#[utoipa::path(operation_id = "delete_slot_templates", tag = "slots", security(("bearer" = [])),
    params(AgendaQuery),
    responses((status = 200, description = "What was deleted.", body = TemplatesDeleted),
        (status = 403, description = "Not allowed.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown agenda.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_week_day`.", body = Problem, content_type = "application/problem+json")))]
#[delete("/slot-templates")]
pub async fn delete_many(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<AgendaQuery>,
) -> Result<web::Json<TemplatesDeleted>, ApiError> {
    let day = query.week_day.map(week_day).transpose()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (agenda, keys) = managed(&mut conn, &agent, query.agenda_id).await?;
    let ids: Vec<Uuid> = msj_db::slots::templates_of(&mut conn, agenda.agenda_id)
        .await?
        .iter()
        .filter(|(row, key)| keys.contains(key) && day.is_none_or(|day| row.week_day == day))
        .map(|(row, _)| row.id)
        .collect();
    let (templates, slots) = conn
        .transaction::<_, ApiError, _>(async |conn| {
            Ok(msj_db::slots::delete_templates(conn, &ids).await?)
        })
        .await?;
    Ok(web::Json(TemplatesDeleted { templates, slots }))
}
