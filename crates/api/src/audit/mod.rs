//! The audit log (SPEC §6): every read of a probationer record or list and every change is
//! recorded with the actor, the real actor, the time, the address and the object.

mod list;

use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::audit::AuditRow;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::ApiError;
use crate::auth::principal::AgentPrincipal;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list);
}

/// Records that `agent` did `action` on an object of `object_type` (`object_id` when it is
/// one object); while a central administrator acts as the agent, they are the real actor.
pub async fn record(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    now: DateTime<Utc>,
    action: &str,
    object_type: &str,
    object_id: Option<Uuid>,
) -> Result<(), ApiError> {
    msj_db::audit::record(
        conn,
        &AuditRow {
            id: Uuid::now_v7(),
            occurred_at: now,
            actor_id: Some(agent.user.id),
            real_actor_id: Some(agent.real_actor_id()),
            organization_id: Some(agent.organization.id),
            ip: agent.ip.clone(),
            action: action.to_owned(),
            object_type: object_type.to_owned(),
            object_id,
        },
    )
    .await?;
    Ok(())
}
