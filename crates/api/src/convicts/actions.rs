//! Archiving, unarchiving, deleting a probationer; becoming or removing the referent CPIP.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, delete, post, web};
use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_domain::access::convicts::{
    archive_convict, become_referent, delete_convict, remove_referent, unarchive_convict,
};
use msj_domain::history::{AgentRef, HistoryEvent, texts};
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;
use crate::audit;
use crate::auth::Agent;
use crate::auth::principal::AgentPrincipal;
use crate::divestments::unless_pending;

/// The probationer `id` and the services following them; 404 when absent.
pub async fn load(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> Result<(ConvictRow, Vec<Uuid>), ApiError> {
    let row = msj_db::convicts::find(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let followed_by = msj_db::convicts::followers(conn, &[row.id])
        .await?
        .into_iter()
        .map(|(_, org, _, _)| org)
        .collect();
    Ok((row, followed_by))
}

fn name(agent: &AgentPrincipal) -> String {
    format!("{} {}", agent.user.first_name, agent.user.last_name)
}

fn agent_ref<'a>(agent: &AgentPrincipal, name: &'a str) -> AgentRef<'a> {
    AgentRef {
        name,
        role: agent.role,
    }
}

/// Audits `convict.<action>` and appends the history item, if any.
async fn record(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    now: DateTime<Utc>,
    convict_id: Uuid,
    action: &str,
    item: Option<(HistoryEvent, String)>,
) -> Result<(), ApiError> {
    if let Some((event, text)) = item {
        let writer = Writer {
            actor_id: Some(agent.user.id),
            now,
        };
        writer
            .append(conn, writer.item(convict_id, None, event, text))
            .await?;
    }
    audit::record(
        conn,
        agent,
        now,
        &format!("convict.{action}"),
        "convict",
        Some(convict_id),
    )
    .await
}

fn conflict(code: &'static str, detail: &str) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, code, detail)
}

/// Archives a probationer.
#[utoipa::path(operation_id = "archive_convict", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses((status = 204, description = "Archived."),
        (status = 404, description = "Unknown, or not followed by the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_archived`, `divestment_pending`.", body = Problem, content_type = "application/problem+json")))]
#[post("/convicts/{id}/archive")]
pub async fn archive(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    archive_convict(&agent.actor(), &followed_by).into_result()?;
    unless_pending(&mut conn, row.id, |_| false).await?;
    let now = state.clock.now();
    if !msj_db::convicts::set_archived(&mut conn, row.id, Some(now)).await? {
        return Err(conflict("already_archived", "Ce dossier est déjà archivé."));
    }
    let text = texts::archived(agent_ref(&agent, &name(&agent)));
    record(
        &mut conn,
        &agent,
        now,
        row.id,
        "archive",
        Some((HistoryEvent::ArchiveConvict, text)),
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Unarchives a probationer (not educators nor psychologists).
#[utoipa::path(operation_id = "unarchive_convict", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses((status = 204, description = "Unarchived."),
        (status = 403, description = "The caller's role may not unarchive.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`not_archived`.", body = Problem, content_type = "application/problem+json")))]
#[post("/convicts/{id}/unarchive")]
pub async fn unarchive(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    unarchive_convict(&agent.actor(), &followed_by).into_result()?;
    if !msj_db::convicts::set_archived(&mut conn, row.id, None).await? {
        return Err(conflict("not_archived", "Ce dossier n'est pas archivé."));
    }
    let text = texts::unarchived(agent_ref(&agent, &name(&agent)));
    let now = state.clock.now();
    record(
        &mut conn,
        &agent,
        now,
        row.id,
        "unarchive",
        Some((HistoryEvent::UnarchiveConvict, text)),
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Deletes a probationer who is not archived (admins, directors of greffe, DPIP), with their
/// appointments; the seats of those to come go back to their slots.
#[utoipa::path(operation_id = "delete_convict", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses((status = 204, description = "Deleted."),
        (status = 403, description = "The caller's role may not delete.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`archived` (an archived record is not deleted by hand) or `divestment_pending`.", body = Problem, content_type = "application/problem+json")))]
#[delete("/convicts/{id}")]
pub async fn remove(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    delete_convict(&agent.actor(), &followed_by).into_result()?;
    unless_pending(&mut conn, row.id, |_| false).await?;
    let now = state.clock.now();
    conn.transaction::<_, ApiError, _>(async |conn| {
        msj_db::slots::free_seats_of_convict(conn, row.id, now).await?;
        if !msj_db::convicts::delete_unarchived(conn, row.id).await? {
            return Err(conflict(
                "archived",
                "Un dossier archivé ne se supprime pas.",
            ));
        }
        Ok(())
    })
    .await?;
    record(&mut conn, &agent, now, row.id, "delete", None).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// « Je suis son CPIP »: the caller becomes the referent, if there is none yet.
#[utoipa::path(operation_id = "become_referent", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses((status = 204, description = "The caller is the referent."),
        (status = 403, description = "The caller's role cannot follow probationers.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`referent_already_set`.", body = Problem, content_type = "application/problem+json")))]
#[post("/convicts/{id}/referent")]
pub async fn assign(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    become_referent(&agent.actor(), &followed_by, row.referent_id).into_result()?;
    if !msj_db::convicts::set_referent(&mut conn, row.id, Some(agent.user.id)).await? {
        return Err(conflict(
            "referent_already_set",
            "Cette personne a déjà un CPIP référent.",
        ));
    }
    record(
        &mut conn,
        &agent,
        state.clock.now(),
        row.id,
        "assign_referent",
        None,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Removes the referent CPIP (DPIP, SPIP local admins; a CPIP only themselves).
#[utoipa::path(operation_id = "remove_referent", tag = "convicts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses((status = 204, description = "No referent any more."),
        (status = 403, description = "The caller may not remove this referent.", body = Problem, content_type = "application/problem+json")))]
#[delete("/convicts/{id}/referent")]
pub async fn unassign(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    remove_referent(&agent.actor(), &followed_by, row.referent_id).into_result()?;
    msj_db::convicts::set_referent(&mut conn, row.id, None).await?;
    record(
        &mut conn,
        &agent,
        state.clock.now(),
        row.id,
        "remove_referent",
        None,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
