//! What a probationer's profile adds to the record: the referent, a pending transfer, and the
//! buttons the caller gets.

use msj_contract::appointments::NamedRef;
use msj_contract::convicts::{Convict, ConvictActions, PendingDivestment};
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_domain::access::divestments::answer_divestment;
use msj_domain::access::profile::{ConvictState, profile_actions};
use uuid::Uuid;

use crate::ApiError;
use crate::auth::principal::AgentPrincipal;

/// Fills `convict`'s profile fields for `agent`.
pub async fn complete(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    row: &ConvictRow,
    followed_by: &[Uuid],
    convict: &mut Convict,
) -> Result<(), ApiError> {
    if let Some(id) = row.referent_id
        && let Some(user) = msj_db::users::find(conn, id).await?
    {
        convict.referent = Some(NamedRef {
            id: id.to_string(),
            name: format!("{} {}", user.first_name, user.last_name),
        });
    }
    let pending = msj_db::divestments::pending_for(conn, row.id).await?;
    if let Some(request) = &pending {
        convict.pending_divestment = Some(pending_view(conn, agent, request).await?);
    }
    let account = msj_db::portal::accounts::find(conn, row.id).await?;
    let portal_invitations = account.as_ref().map_or(0, |account| account.invitations);
    convict.portal = account.as_ref().map(crate::portal::invitation_view);
    let actions = profile_actions(
        &agent.actor(),
        &ConvictState {
            followed_by,
            referent: row.referent_id,
            archived: row.archived_at.is_some(),
            sms_refused_with_phone: row.refused_phone && row.phone.is_some(),
            pending_target: pending.as_ref().map(|request| request.organization_id),
            inter_ressort: agent.organization.use_inter_ressort,
            can_receive_sms: convict.can_receive_sms,
            portal_invitations,
        },
    );
    convict.actions = Some(ConvictActions {
        edit: actions.edit,
        archive: actions.archive,
        unarchive: actions.unarchive,
        delete: actions.delete,
        become_referent: actions.become_referent,
        remove_referent: actions.remove_referent,
        book: actions.book,
        reactivate_sms: actions.reactivate_sms,
        invite_to_portal: actions.invite_to_portal,
    });
    Ok(())
}

async fn pending_view(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    request: &msj_db::divestments::DivestmentRow,
) -> Result<PendingDivestment, ApiError> {
    let requested_by = msj_db::organizations::find(conn, request.organization_id)
        .await?
        .map(|organization| organization.name)
        .unwrap_or_default();
    let answers = msj_db::divestments::answers_of(conn, &[request.id]).await?;
    let actor = agent.actor();
    let awaiting_my_answer = answers.iter().any(|answer| {
        answer.state == "pending" && answer_divestment(&actor, answer.organization_id).is_allowed()
    });
    Ok(PendingDivestment {
        id: request.id.to_string(),
        requested_by,
        awaiting_my_answer,
    })
}
