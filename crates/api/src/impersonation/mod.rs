//! « Se connecter en tant que cet agent » (SPEC §6, features §2.12): a central administrator
//! acts as an agent. Each access token issued during it carries the `imp` claim naming an
//! open `impersonations` row, checked on every request, so that stopping ends it at once;
//! every audit entry then records the agent as actor and the administrator as real actor.
//! The refresh cookie stays the administrator's own: refreshing their session keeps acting
//! as the agent until the impersonation is stopped, then gives back their own access.

mod start;
mod stop;

use chrono::{DateTime, Utc};
use msj_contract::auth::{Impersonator, SessionResponse};
use msj_db::AsyncPgConnection;
use msj_db::organizations::OrganizationRow;
use msj_db::users::UserRow;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::ApiError;
use crate::app::AppState;
use crate::auth::jwt::AgentToken;
use crate::auth::session::{current_user, response};

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(start::start).service(stop::stop);
}

/// The administrator as the banner names them.
pub fn impersonator(admin: &UserRow) -> Impersonator {
    Impersonator {
        id: admin.id.to_string(),
        first_name: admin.first_name.clone(),
        last_name: admin.last_name.clone(),
    }
}

/// The session answer of `admin` acting as `agent` of `organization` in the impersonation
/// `id`, within the administrator's session `session_id`.
pub fn acting_answer(
    state: &AppState,
    admin: &UserRow,
    (agent, organization): (&UserRow, &OrganizationRow),
    session_id: Option<Uuid>,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<SessionResponse, ApiError> {
    let said = AgentToken {
        sub: agent.id,
        sid: session_id,
        imp: Some(id),
    };
    let mut user = current_user(agent, organization);
    user.impersonated_by = Some(impersonator(admin));
    response(state, said, user, now)
}

/// When `admin`'s session `session_id` has an open impersonation, the answer acting as its
/// agent; an impersonation whose agent is gone or deactivated is ended instead.
pub async fn acting(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    admin: &UserRow,
    session_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<SessionResponse>, ApiError> {
    let Some(row) = msj_db::impersonations::open_in_session(conn, session_id).await? else {
        return Ok(None);
    };
    let found = msj_db::users::find_with_organization(conn, row.agent_id).await?;
    let Some((agent, organization)) = found.filter(|(agent, _)| agent.deactivated_at.is_none())
    else {
        msj_db::impersonations::end(conn, row.id, now).await?;
        return Ok(None);
    };
    let answer = acting_answer(
        state,
        admin,
        (&agent, &organization),
        Some(session_id),
        row.id,
        now,
    )?;
    Ok(Some(answer))
}
