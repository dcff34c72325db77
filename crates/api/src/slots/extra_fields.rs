//! `/api/v1/extra-fields`: the extra columns of a TJ's sorties d'audience (domain §1.12), and
//! their values on an appointment (`PUT /api/v1/appointments/{id}/extra-fields/{field_id}`).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, delete, get, post, put, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::slots::{ExtraField, ExtraValue, NewExtraField};
use msj_db::AsyncPgConnection;
use msj_db::extra_fields::ExtraFieldRow;
use msj_db::organizations::OrganizationRow;
use msj_domain::access::month_views::{edit_extra_value, manage_extra_fields};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::roles::OrganizationType;
use msj_domain::slots::{
    ExtraFieldScope, ExtraFieldType, booking_fields_required, check_field_name, check_room,
    check_value,
};
use serde::Deserialize;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::appointments::load_appointment;
use crate::auth::Agent;
use crate::error::JsonBody;
use crate::organizations::jurisdiction;

/// The TJ whose extra fields apply at a place of `organization`: itself when it is a TJ, else
/// its first linked TJ.
pub async fn field_organization(
    conn: &mut AsyncPgConnection,
    organization: &OrganizationRow,
) -> Result<Option<Uuid>, ApiError> {
    if organization.kind == OrganizationType::Tj.key() {
        return Ok(Some(organization.id));
    }
    let mut linked = msj_db::organizations::linked(conn, organization.id).await?;
    linked.sort_unstable();
    Ok(linked.first().copied())
}

/// The fields of the TJ `organization_id`, grouped with their types.
pub async fn fields(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
) -> Result<Vec<ExtraField>, ApiError> {
    let rows = msj_db::extra_fields::fields_of(conn, &[organization_id]).await?;
    let mut fields: Vec<ExtraField> = Vec::new();
    for (row, key) in rows {
        match fields
            .iter_mut()
            .find(|field| field.id == row.id.to_string())
        {
            Some(field) => field.appointment_types.push(key),
            None => fields.push(ExtraField {
                id: row.id.to_string(),
                organization_id: row.organization_id.to_string(),
                name: row.name,
                data_type: row.data_type,
                scope: row.scope,
                appointment_types: vec![key],
            }),
        }
    }
    Ok(fields)
}

/// `?organization_id=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FieldQuery {
    /// The TJ (default: the caller's, or the first TJ linked to the caller's SPIP).
    #[serde(default)]
    organization_id: Option<Uuid>,
}

/// The extra fields of a TJ of the caller's jurisdiction.
#[utoipa::path(operation_id = "list_extra_fields", tag = "slots", security(("bearer" = [])),
    params(FieldQuery),
    responses((status = 200, description = "The fields, by name.", body = Vec<ExtraField>),
        (status = 404, description = "A service outside the caller's jurisdiction.", body = Problem, content_type = "application/problem+json")))]
#[get("/extra-fields")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<FieldQuery>,
) -> Result<web::Json<Vec<ExtraField>>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let reach = jurisdiction(&mut conn, agent.organization.id).await?;
    let organization_id = match query.organization_id {
        Some(id) => id,
        None => match field_organization(&mut conn, &agent.organization).await? {
            Some(id) => id,
            None => return Ok(web::Json(Vec::new())),
        },
    };
    if !reach.contains(&organization_id) && agent.role != msj_domain::roles::Role::Admin {
        return Err(ApiError::not_found());
    }
    Ok(web::Json(fields(&mut conn, organization_id).await?))
}

/// Adds an extra field to a TJ (central admin; the TJ's local admins): at most 4 per type,
/// counted under a lock on the service so that concurrent additions cannot exceed it.
#[utoipa::path(operation_id = "create_extra_field", tag = "slots", security(("bearer" = [])),
    request_body(content = NewExtraField),
    responses((status = 201, description = "Created.", body = ExtraField),
        (status = 403, description = "Not the central admin or a local admin of this TJ, or not a TJ.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`extra_field_exists`: a field of that name.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_name`, `invalid_data_type`, `invalid_scope`, `not_slot_type`, `too_many_extra_fields`.", body = Problem, content_type = "application/problem+json")))]
#[post("/extra-fields")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<NewExtraField>,
) -> Result<HttpResponse, ApiError> {
    let request = body.0;
    let name = check_field_name(&request.name)?;
    let data_type = ExtraFieldType::from_key(&request.data_type).ok_or_else(|| {
        ApiError::invalid_field(
            "/data_type",
            "invalid_data_type",
            "Type attendu : text ou date.",
        )
    })?;
    let scope = ExtraFieldScope::from_key(&request.scope).ok_or_else(|| {
        ApiError::invalid_field(
            "/scope",
            "invalid_scope",
            "Attendu : appointment_create ou appointment_update.",
        )
    })?;
    let kinds = request
        .appointment_types
        .iter()
        .map(|key| {
            key.parse::<AppointmentTypeKey>()
                .ok()
                .filter(|kind| kind.is_slot_system())
        })
        .collect::<Option<Vec<_>>>()
        .filter(|kinds| !kinds.is_empty())
        .ok_or_else(|| {
            ApiError::invalid_field(
                "/appointment_types",
                "not_slot_type",
                "Types attendus : sortie_audience_sap, sortie_audience_spip ou sap_ddse.",
            )
        })?;
    let organization_id = match &request.organization_id {
        Some(text) => ApiError::parse_id("/organization_id", text)?,
        None => agent.organization.id,
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let organization = msj_db::organizations::find(&mut conn, organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let organization_type: OrganizationType =
        organization.kind.parse().map_err(ApiError::internal)?;
    manage_extra_fields(&agent.actor(), organization.id, organization_type).into_result()?;
    let mut type_ids = Vec::with_capacity(kinds.len());
    for kind in &kinds {
        type_ids.push(
            msj_db::appointments::type_id(&mut conn, kind.key())
                .await?
                .ok_or_else(|| ApiError::internal("missing appointment type"))?,
        );
    }
    let row = ExtraFieldRow {
        id: Uuid::now_v7(),
        organization_id: organization.id,
        name,
        data_type: data_type.key().to_owned(),
        scope: scope.key().to_owned(),
        created_at: state.clock.now(),
    };
    let keys: Vec<String> = kinds.iter().map(|kind| kind.key().to_owned()).collect();
    conn.transaction::<_, ApiError, _>(async |conn| {
        msj_db::extra_fields::lock_organization(conn, organization.id).await?;
        let existing = msj_db::extra_fields::fields_of(conn, &[organization.id]).await?;
        for key in &keys {
            check_room(
                existing
                    .iter()
                    .filter(|(_, type_key)| type_key == key)
                    .count(),
            )?;
        }
        if !msj_db::extra_fields::insert_field(conn, &row, &type_ids).await? {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "extra_field_exists",
                "Ce service a déjà un champ additionnel de ce nom.",
            ));
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::Created().json(ExtraField {
        id: row.id.to_string(),
        organization_id: row.organization_id.to_string(),
        name: row.name,
        data_type: row.data_type,
        scope: row.scope,
        appointment_types: keys,
    }))
}

/// Deletes an extra field and its values (same roles as creation).
#[utoipa::path(operation_id = "delete_extra_field", tag = "slots", security(("bearer" = [])),
    params(("id" = String, Path, description = "Field id.")),
    responses((status = 204, description = "Deleted."),
        (status = 403, description = "Not allowed.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown field.", body = Problem, content_type = "application/problem+json")))]
#[delete("/extra-fields/{id}")]
pub async fn remove(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let id = id.into_inner();
    let (_, organization) = find_field(&mut conn, id).await?;
    let organization_type: OrganizationType =
        organization.kind.parse().map_err(ApiError::internal)?;
    manage_extra_fields(&agent.actor(), organization.id, organization_type).into_result()?;
    msj_db::extra_fields::delete_field(&mut conn, id).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn find_field(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> Result<(ExtraField, OrganizationRow), ApiError> {
    let organization_id = msj_db::extra_fields::organization_of(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let field = fields(conn, organization_id)
        .await?
        .into_iter()
        .find(|field| field.id == id.to_string())
        .ok_or_else(ApiError::not_found)?;
    let organization = msj_db::organizations::find(conn, organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok((field, organization))
}

/// Sets (or, blank, clears) the value of an `appointment_update` extra field on a sortie
/// d'audience, inline from the month views: whoever may see the appointment, in a
/// jurisdiction including the field's TJ (the reference checked nothing here).
#[utoipa::path(operation_id = "set_extra_value", tag = "slots", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id."), ("field_id" = String, Path, description = "Field id.")),
    request_body(content = ExtraValue),
    responses((status = 204, description = "Saved."),
        (status = 403, description = "The field's TJ is outside the caller's jurisdiction.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown appointment or field, or outside the caller's scope.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid_date`, `too_long`, `field_not_editable`, `field_not_for_type`.", body = Problem, content_type = "application/problem+json")))]
#[put("/appointments/{id}/extra-fields/{field_id}")]
pub async fn set_value(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    path: web::Path<(Uuid, Uuid)>,
    body: JsonBody<ExtraValue>,
) -> Result<HttpResponse, ApiError> {
    let (appointment_id, field_id) = path.into_inner();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let loaded = load_appointment(&mut conn, appointment_id, agent.organization.id).await?;
    let (field, organization) = find_field(&mut conn, field_id).await?;
    edit_extra_value(
        &agent.actor(),
        &loaded.facts(),
        &loaded.jurisdiction,
        organization.id,
    )
    .into_result()?;
    if !field
        .appointment_types
        .iter()
        .any(|key| key == loaded.kind.key())
    {
        return Err(ApiError::invalid_field(
            "/value",
            "field_not_for_type",
            "Ce champ ne concerne pas ce type de convocation.",
        ));
    }
    if field.scope != ExtraFieldScope::AppointmentUpdate.key() {
        return Err(ApiError::invalid_field(
            "/value",
            "field_not_editable",
            "Ce champ se renseigne lors de la convocation.",
        ));
    }
    let data_type = ExtraFieldType::from_key(&field.data_type).unwrap_or(ExtraFieldType::Text);
    let value = check_value(data_type, "/value", &body.0.value)?;
    msj_db::extra_fields::set_value(
        &mut conn,
        loaded.row.id,
        field_id,
        value.as_deref(),
        state.clock.now(),
        Some(agent.user.id),
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The extra fields asked when booking `kind` at a place of `place_organization` (those of its
/// TJ with the `appointment_create` scope), and whether they are required: when the caller's
/// service is that TJ and follows the probationer.
pub async fn booking_fields(
    conn: &mut AsyncPgConnection,
    agent_organization_id: Uuid,
    convict_organizations: &[Uuid],
    place_organization: &OrganizationRow,
    kind: AppointmentTypeKey,
) -> Result<(Vec<ExtraField>, bool), ApiError> {
    let Some(tj) = field_organization(conn, place_organization).await? else {
        return Ok((Vec::new(), false));
    };
    let asked: Vec<ExtraField> = fields(conn, tj)
        .await?
        .into_iter()
        .filter(|field| {
            field.scope == ExtraFieldScope::AppointmentCreate.key()
                && field.appointment_types.iter().any(|key| key == kind.key())
        })
        .collect();
    let required = booking_fields_required(tj, agent_organization_id, convict_organizations);
    Ok((asked, required))
}

/// The extra field values of a slot-system booking at a place of `place_organization`: those
/// given must be fields of the TJ for `kind` asked at booking, with valid values; all of them
/// are required when the caller's service is that TJ and follows the probationer.
pub async fn booking_values(
    conn: &mut AsyncPgConnection,
    agent_organization_id: Uuid,
    convict_organizations: &[Uuid],
    place_organization: &OrganizationRow,
    kind: AppointmentTypeKey,
    given: &std::collections::BTreeMap<String, String>,
) -> Result<Vec<(Uuid, String)>, ApiError> {
    let (asked, required) = booking_fields(
        conn,
        agent_organization_id,
        convict_organizations,
        place_organization,
        kind,
    )
    .await?;
    let mut values = Vec::new();
    for (id, text) in given {
        let field = asked.iter().find(|field| field.id == *id).ok_or_else(|| {
            ApiError::invalid_field(
                "/extra_fields",
                "unknown_extra_field",
                "Champ additionnel inconnu pour ce type de convocation.",
            )
        })?;
        let data_type = ExtraFieldType::from_key(&field.data_type).unwrap_or(ExtraFieldType::Text);
        if let Some(value) = check_value(data_type, "/extra_fields", text)? {
            values.push((id.parse().map_err(ApiError::internal)?, value));
        }
    }
    if required && values.len() < asked.len() {
        let names: Vec<&str> = asked.iter().map(|field| field.name.as_str()).collect();
        return Err(ApiError::invalid_field(
            "/extra_fields",
            "extra_fields_required",
            format!(
                "Les champs additionnels doivent être renseignés : {}.",
                names.join(", ")
            ),
        ));
    }
    Ok(values)
}
