//! `PATCH /api/v1/convicts/{id}` and `POST /api/v1/convicts/{id}/sms/reactivate`.

use actix_web::http::StatusCode;
use actix_web::{patch, post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::convicts::{Convict, ConvictUpdate};
use msj_db::convicts::{ConvictChanges, ConvictRow};
use msj_domain::access::convicts::edit_convict;
use msj_domain::access::divestments::edit_while_pending;
use msj_domain::convicts::{
    ConvictInput, ConvictPatch, PhoneChange, Residence, StoredConvict, merge, phone_change,
    validate,
};
use msj_domain::history::{AgentRef, HistoryEvent, texts};
use msj_domain::phone::MobilePhone;
use uuid::Uuid;

use super::actions::load;
use super::create::{attachment, context, residence};
use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;
use crate::audit;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::divestments::{after_town_change, unless_pending};
use crate::error::JsonBody;

fn stored(row: &ConvictRow) -> StoredConvict<Uuid> {
    let residence = match (row.city_id, row.homeless, row.lives_abroad) {
        (Some(city), _, _) => Some(Residence::Town(city)),
        (None, true, _) => Some(Residence::Homeless),
        (None, false, true) => Some(Residence::Abroad),
        (None, false, false) => None,
    };
    StoredConvict {
        input: ConvictInput {
            first_name: row.first_name.clone(),
            last_name: row.last_name.clone(),
            date_of_birth: Some(row.date_of_birth),
            phone: row.phone.clone(),
            no_phone: row.no_phone,
            refused_phone: row.refused_phone,
            appi_number: row.appi_number.clone(),
            residence,
        },
        japat: row.japat,
    }
}

fn patch_of(request: ConvictUpdate) -> Result<ConvictPatch<Uuid>, ApiError> {
    let residence_given =
        request.city_id.is_some() || request.homeless.is_some() || request.lives_abroad.is_some();
    let residence = if residence_given {
        Some(residence(
            request.city_id.clone().flatten().as_deref(),
            request.homeless.unwrap_or(false),
            request.lives_abroad.unwrap_or(false),
        )?)
    } else {
        None
    };
    Ok(ConvictPatch {
        first_name: request.first_name,
        last_name: request.last_name,
        date_of_birth: request.date_of_birth,
        phone: request.phone,
        no_phone: request.no_phone,
        refused_phone: request.refused_phone,
        appi_number: request.appi_number,
        residence,
        japat: request.japat,
    })
}

fn display(e164: &str) -> String {
    MobilePhone::from_e164(e164).map_or_else(|_| e164.to_owned(), |phone| phone.national_display())
}

fn phone_item(
    writer: &Writer,
    agent: &AgentPrincipal,
    before: &ConvictRow,
    after: &ConvictRow,
) -> Option<msj_db::history::HistoryRow> {
    let name = format!("{} {}", agent.user.first_name, agent.user.last_name);
    let who = AgentRef {
        name: &name,
        role: agent.role,
    };
    let (event, text) = match phone_change(before.phone.as_deref(), after.phone.as_deref())? {
        PhoneChange::Added(new) => (
            HistoryEvent::AddPhoneConvict,
            texts::phone_added(who, &display(new)),
        ),
        PhoneChange::Changed(old, new) => (
            HistoryEvent::UpdatePhoneConvict,
            texts::phone_changed(who, &display(old), &display(new)),
        ),
        PhoneChange::Removed(old) => (
            HistoryEvent::RemovePhoneConvict,
            texts::phone_removed(who, &display(old)),
        ),
    };
    Some(writer.item(after.id, None, event, text))
}

fn conflict(code: &'static str, detail: &str) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, code, detail)
}

/// Edits a probationer (the services that see the record; BEX agents any). Absent fields
/// stay; typing a phone number clears « sans téléphone » and « refuse les SMS »; a phone
/// change is written in the history; the following services are recomputed (added to) only
/// when the town or the JAPAT flag changes. When SMS become possible, future appointments
/// get their reminders; when they become impossible, pending SMS are canceled.
#[utoipa::path(operation_id = "update_convict", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")), request_body(content = ConvictUpdate),
    responses((status = 200, description = "The updated record.", body = Convict),
        (status = 404, description = "Unknown, or not followed by the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`convict_archived`, or `duplicate` (phone or APPI number of someone else).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields (all listed in `errors`).", body = Problem, content_type = "application/problem+json")))]
#[patch("/convicts/{id}")]
pub async fn update(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
    body: JsonBody<ConvictUpdate>,
) -> Result<web::Json<Convict>, ApiError> {
    let patch = patch_of(body.0)?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    edit_convict(&agent.actor(), &followed_by).into_result()?;
    let actor = agent.actor();
    unless_pending(&mut conn, row.id, |_| {
        edit_while_pending(&actor).is_allowed()
    })
    .await?;
    if row.archived_at.is_some() {
        return Err(conflict(
            "convict_archived",
            "Un dossier archivé ne se modifie pas.",
        ));
    }
    let now = state.clock.now();
    let merged = merge(&stored(&row), patch);
    let valid = validate(merged.input.clone(), context(&agent, now)?)?;
    let changes = ConvictChanges {
        first_name: valid.first_name.clone(),
        last_name: valid.last_name.clone(),
        date_of_birth: valid.date_of_birth,
        phone: valid.phone.as_ref().map(|phone| phone.e164().to_owned()),
        no_phone: valid.no_phone,
        refused_phone: valid.refused_phone || merged.keeps_opt_out,
        appi_number: valid
            .appi_number
            .as_ref()
            .map(|appi| appi.as_str().to_owned()),
        city_id: match valid.residence {
            Some(Residence::Town(city)) => Some(city),
            _ => None,
        },
        homeless: valid.residence == Some(Residence::Homeless),
        lives_abroad: valid.residence == Some(Residence::Abroad),
        japat: merged.japat,
        updated_at: now,
    };
    let writer = Writer {
        actor_id: Some(agent.user.id),
        now,
    };
    let public_url = state.config.public_url.clone();
    let updated = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let organizations = if merged.recompute_organizations {
                attachment(conn, &agent, &valid, merged.japat).await?
            } else {
                Vec::new()
            };
            let updated = msj_db::convicts::update(conn, row.id, &changes)
                .await?
                .ok_or_else(|| conflict("duplicate", "Ce numéro de téléphone ou ce numéro APPI appartient déjà à une autre personne."))?;
            msj_db::convicts::attach(conn, row.id, &organizations, now).await?;
            after_town_change(
                conn,
                &updated,
                row.city_id,
                (agent.user.id, agent.role),
                &public_url,
                now,
            )
            .await?;
            if let Some(item) = phone_item(&writer, &agent, &row, &updated) {
                writer.append(conn, item).await?;
            }
            writer.follow_sms_ability(conn, &row, &updated).await?;
            audit::record(conn, &agent, now, "convict.update", "convict", Some(row.id)).await?;
            Ok(updated)
        })
        .await?;
    let followers = dto::followers(&mut conn, &[updated.id])
        .await?
        .into_iter()
        .map(|(_, org)| org)
        .collect();
    Ok(web::Json(dto::convict(&updated, followers)))
}

/// Re-enables SMS for a probationer who refused them (STOP SMS) and still has a number;
/// future appointments get their reminders again.
#[utoipa::path(operation_id = "reactivate_convict_sms", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses((status = 200, description = "SMS are possible again.", body = Convict),
        (status = 404, description = "Unknown, or not followed by the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`sms_not_refused`, or `phone_required` when there is no number to write to.", body = Problem, content_type = "application/problem+json")))]
#[post("/convicts/{id}/sms/reactivate")]
pub async fn reactivate_sms(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<web::Json<Convict>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    edit_convict(&agent.actor(), &followed_by).into_result()?;
    if !row.refused_phone {
        return Err(conflict(
            "sms_not_refused",
            "Cette personne n'a pas refusé les SMS.",
        ));
    }
    if row.phone.is_none() {
        return Err(conflict(
            "phone_required",
            "Ajoutez d'abord un numéro de portable à ce dossier.",
        ));
    }
    let now = state.clock.now();
    let writer = Writer {
        actor_id: Some(agent.user.id),
        now,
    };
    let updated = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let updated = msj_db::convicts::reactivate_sms(conn, row.id, now)
                .await?
                .ok_or_else(|| {
                    conflict("sms_not_refused", "Cette personne n'a pas refusé les SMS.")
                })?;
            let name = format!("{} {}", agent.user.first_name, agent.user.last_name);
            let text = texts::sms_reactivated(AgentRef {
                name: &name,
                role: agent.role,
            });
            writer
                .append(
                    conn,
                    writer.item(row.id, None, HistoryEvent::AcceptPhoneConvict, text),
                )
                .await?;
            writer.follow_sms_ability(conn, &row, &updated).await?;
            audit::record(
                conn,
                &agent,
                now,
                "convict.reactivate_sms",
                "convict",
                Some(row.id),
            )
            .await?;
            Ok(updated)
        })
        .await?;
    let followers = dto::followers(&mut conn, &[updated.id])
        .await?
        .into_iter()
        .map(|(_, org)| org)
        .collect();
    Ok(web::Json(dto::convict(&updated, followers)))
}
