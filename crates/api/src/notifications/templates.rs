//! Listing, editing, restoring and previewing SMS templates.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, delete, get, post, put, web};
use msj_contract::Problem;
use msj_contract::notifications::{
    NotificationTemplate, SmsMeasure, TemplatePreview, TemplatePreviewRequest, TemplateUpdate,
};
use msj_contract::problem::FieldError;
use msj_db::notifications::TemplateRow;
use msj_domain::access::templates::manage_templates;
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::notifications::NotificationKind;
use msj_domain::sms::{
    SmsValues, StoredTemplate, check_reminder_days, check_template, default_template, measure,
    render, resolve, with_stop_line,
};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::error::JsonBody;

const KINDS: [NotificationKind; 5] = [
    NotificationKind::Summon,
    NotificationKind::Reminder,
    NotificationKind::Cancelation,
    NotificationKind::NoShow,
    NotificationKind::Reschedule,
];

/// Which templates.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct TemplateQuery {
    /// A service's templates (absent: the national defaults).
    organization_id: Option<Uuid>,
    /// One appointment type only.
    appointment_type: Option<String>,
}

/// The service of a request, checked to exist.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ServiceQuery {
    /// A service's copy (absent: the national default).
    organization_id: Option<Uuid>,
}

fn sms_measure(text: &str) -> SmsMeasure {
    let length = measure(text);
    SmsMeasure {
        characters: length.characters,
        encoding: length.encoding.code().to_owned(),
        segments: length.segments,
    }
}

/// The sample SMS of a template, STOP SMS line included.
fn sample(state: &AppState, template: &str) -> String {
    let stop = format!(
        "{}/s/AB12CD34",
        state.config.public_url.trim_end_matches('/')
    );
    with_stop_line(&render(template, &SmsValues::sample()), &stop)
}

fn stored(row: &TemplateRow) -> StoredTemplate {
    StoredTemplate {
        text: row.template.clone(),
        reminder_days: row.reminder_days.and_then(|days| u8::try_from(days).ok()),
    }
}

fn checked(template: &str) -> Result<(), ApiError> {
    check_template(template).map_err(|error| ApiError {
        errors: vec![FieldError {
            pointer: "/template".to_owned(),
            code: error.code().to_owned(),
            detail: error.to_string(),
        }],
        ..ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            error.code(),
            error.to_string(),
        )
    })
}

fn path_keys(path: &(String, String)) -> Result<(AppointmentTypeKey, NotificationKind), ApiError> {
    let kind: AppointmentTypeKey = path.0.parse().map_err(|_| ApiError::not_found())?;
    let role = KINDS
        .into_iter()
        .find(|role| role.key() == path.1)
        .ok_or_else(ApiError::not_found)?;
    Ok((kind, role))
}

async fn check_service(
    conn: &mut msj_db::AsyncPgConnection,
    id: Option<Uuid>,
) -> Result<(), ApiError> {
    if let Some(id) = id {
        msj_db::organizations::find(conn, id)
            .await?
            .ok_or_else(ApiError::not_found)?;
    }
    Ok(())
}

/// The templates that apply, nationally or for a service: its own text (« Personnalisé »),
/// else the national default, else the text shipped with MSJ; each with its length once
/// rendered with typical values.
#[utoipa::path(operation_id = "list_notification_templates", tag = "notifications", security(("bearer" = [])),
    params(TemplateQuery),
    responses((status = 200, description = "16 types × 5 kinds (or one type).", body = [NotificationTemplate]),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service or type.", body = Problem, content_type = "application/problem+json")))]
#[get("/notification-templates")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<TemplateQuery>,
) -> Result<web::Json<Vec<NotificationTemplate>>, ApiError> {
    manage_templates(&agent.actor()).into_result()?;
    let types: Vec<AppointmentTypeKey> = match query.appointment_type.as_deref() {
        Some(key) => vec![key.parse().map_err(|_| ApiError::not_found())?],
        None => AppointmentTypeKey::ALL.to_vec(),
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    check_service(&mut conn, query.organization_id).await?;
    let rows = msj_db::notifications::templates_for(
        &mut conn,
        query.organization_id,
        query.appointment_type.as_deref(),
    )
    .await?;
    let index: HashMap<(String, String, Option<Uuid>), StoredTemplate> = rows
        .iter()
        .map(|row| {
            (
                (row.type_key.clone(), row.kind.clone(), row.organization_id),
                stored(row),
            )
        })
        .collect();
    let mut templates = Vec::new();
    for kind in types {
        for role in KINDS {
            let key = |organization| (kind.key().to_owned(), role.key().to_owned(), organization);
            let built_in = default_template(kind, role).unwrap_or_default();
            let own = query
                .organization_id
                .and_then(|id| index.get(&key(Some(id))));
            let resolved = resolve(built_in, index.get(&key(None)), own);
            templates.push(NotificationTemplate {
                appointment_type: kind.key().to_owned(),
                kind: role.key().to_owned(),
                kind_label: role.label().to_owned(),
                organization_id: query.organization_id.map(|id| id.to_string()),
                measure: sms_measure(&sample(&state, &resolved.text)),
                template: resolved.text,
                reminder_days: resolved.reminder_days,
                source: resolved.source.key().to_owned(),
            });
        }
    }
    Ok(web::Json(templates))
}

/// Edits a template: the national default (services that kept it follow) or a service's copy
/// (then « Personnalisé »). Unknown placeholders answer 422 `invalid_template` naming them.
#[utoipa::path(operation_id = "update_notification_template", tag = "notifications", security(("bearer" = [])),
    params(("appointment_type" = String, Path, description = "Appointment type key."),
        ("kind" = String, Path, description = "`summon`, `reminder`, `cancelation`, `no_show` or `reschedule`."),
        ServiceQuery),
    request_body(content = TemplateUpdate),
    responses((status = 204, description = "Saved."),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown type, kind or service.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_template` or `invalid_field` (reminder delay).", body = Problem, content_type = "application/problem+json")))]
#[put("/notification-templates/{appointment_type}/{kind}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ServiceQuery>,
    body: JsonBody<TemplateUpdate>,
) -> Result<HttpResponse, ApiError> {
    manage_templates(&agent.actor()).into_result()?;
    let (kind, role) = path_keys(&path)?;
    let request = body.0;
    if let Some(template) = &request.template {
        checked(template)?;
    }
    let days = request.reminder_days.map(check_reminder_days).transpose()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    check_service(&mut conn, query.organization_id).await?;
    let type_id = msj_db::appointments::type_id(&mut conn, kind.key())
        .await?
        .ok_or_else(ApiError::not_found)?;
    let now = state.clock.now();
    msj_db::notifications::save_template(
        &mut conn,
        type_id,
        query.organization_id,
        role.key(),
        request.template.as_deref(),
        days.map(i16::from),
        agent.user.id,
        now,
    )
    .await?;
    crate::audit::record(
        &mut conn,
        &agent,
        now,
        "notification_template.update",
        "notification_template",
        query.organization_id,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// « Restaurer le défaut »: a service's copy follows the national default again; the
/// national default goes back to the text shipped with MSJ.
#[utoipa::path(operation_id = "restore_notification_template", tag = "notifications", security(("bearer" = [])),
    params(("appointment_type" = String, Path, description = "Appointment type key."),
        ("kind" = String, Path, description = "SMS kind."), ServiceQuery),
    responses((status = 204, description = "Restored."),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown type, kind or service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`not_customized`: nothing to restore.", body = Problem, content_type = "application/problem+json")))]
#[delete("/notification-templates/{appointment_type}/{kind}")]
pub async fn restore(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ServiceQuery>,
) -> Result<HttpResponse, ApiError> {
    manage_templates(&agent.actor()).into_result()?;
    let (kind, role) = path_keys(&path)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    check_service(&mut conn, query.organization_id).await?;
    let type_id = msj_db::appointments::type_id(&mut conn, kind.key())
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !msj_db::notifications::clear_template(&mut conn, type_id, query.organization_id, role.key())
        .await?
    {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "not_customized",
            "Ce modèle est déjà celui par défaut.",
        ));
    }
    crate::audit::record(
        &mut conn,
        &agent,
        state.clock.now(),
        "notification_template.restore",
        "notification_template",
        query.organization_id,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Renders a template for a sample appointment (STOP SMS line included) and measures it.
#[utoipa::path(operation_id = "preview_notification_template", tag = "notifications", security(("bearer" = [])),
    request_body(content = TemplatePreviewRequest),
    responses((status = 200, description = "The rendered SMS and its length.", body = TemplatePreview),
        (status = 403, description = "Central admins only.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_template`.", body = Problem, content_type = "application/problem+json")))]
#[post("/notification-templates/preview")]
pub async fn preview(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<TemplatePreviewRequest>,
) -> Result<web::Json<TemplatePreview>, ApiError> {
    manage_templates(&agent.actor()).into_result()?;
    checked(&body.0.template)?;
    let text = sample(&state, &body.0.template);
    Ok(web::Json(TemplatePreview {
        measure: sms_measure(&text),
        text,
    }))
}
