//! `POST /api/v1/convicts/{id}/portal-invitation`: an agent invites a probationer to their
//! portal by SMS (features §2.14): at most twice, only when SMS reach them, by the roles of
//! msj-domain's `invite_to_portal`.

use actix_web::http::StatusCode;
use actix_web::{post, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::portal::PortalInvitation;
use msj_db::portal::{accounts, sms};
use msj_domain::access::portal::invite_to_portal;
use msj_domain::convicts::can_receive_sms;
use msj_domain::history::{AgentRef, HistoryEvent, texts};
use msj_domain::portal::{InvitationRefusal, MAX_INVITATIONS, invitation_refusal, invitation_text};
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;
use crate::audit;
use crate::auth::Agent;
use crate::convicts::actions::load;

fn refused(refusal: InvitationRefusal) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, refusal.code(), refusal.to_string())
}

/// Sends the portal invitation SMS (« Inviter à son espace », then « Relancer l'invitation »).
#[utoipa::path(
    operation_id = "invite_convict_to_portal",
    tag = "portal",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Probationer id.")),
    responses(
        (status = 202, description = "The invitation SMS is on its way; the answer counts the invitations sent.", body = PortalInvitation),
        (status = 403, description = "`forbidden`: the role may not invite (a CPIP invites only the probationers they are the referent of).", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Unknown, or not followed by the caller's service.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`portal_invitation_limit` (2 already sent), `cannot_receive_sms` or `convict_archived`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/convicts/{id}/portal-invitation")]
pub async fn invite(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<(web::Json<PortalInvitation>, StatusCode), ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followed_by) = load(&mut conn, id.into_inner()).await?;
    invite_to_portal(&agent.actor(), &followed_by, row.referent_id).into_result()?;
    let reachable = can_receive_sms(row.phone.as_deref(), row.no_phone, row.refused_phone);
    let sent = accounts::find(&mut conn, row.id)
        .await?
        .map_or(0, |account| account.invitations);
    if let Some(refusal) = invitation_refusal(sent, reachable, row.archived_at.is_some()) {
        return Err(refused(refusal));
    }
    let now = state.clock.now();
    let link = format!("{}/portail", state.config.public_url.trim_end_matches('/'));
    let sender = agent.organization.sms_sender.clone();
    let phone = row.phone.clone().unwrap_or_default();
    let account = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let count = accounts::count_invitation(conn, row.id, MAX_INVITATIONS, now)
                .await?
                .ok_or_else(|| refused(InvitationRefusal::LimitReached))?;
            let text = invitation_text(&link);
            let message = sms::NewPortalSms {
                convict_id: row.id,
                kind: "portal_invitation",
                destination: &phone,
                sender: &sender,
                content: &text,
            };
            sms::queue(conn, message, now).await?;
            let name = format!("{} {}", agent.user.first_name, agent.user.last_name);
            let sentence = texts::portal_invited(
                AgentRef {
                    name: &name,
                    role: agent.role,
                },
                count,
            );
            let writer = Writer {
                actor_id: Some(agent.user.id),
                now,
            };
            let item = writer.item(row.id, None, HistoryEvent::InvitePortalConvict, sentence);
            writer.append(conn, item).await?;
            audit::record(
                conn,
                &agent,
                now,
                "convict.portal_invitation",
                "convict",
                Some(row.id),
            )
            .await?;
            accounts::find(conn, row.id)
                .await?
                .ok_or_else(ApiError::not_found)
        })
        .await?;
    Ok((
        web::Json(super::invitation_view(&account)),
        StatusCode::ACCEPTED,
    ))
}
