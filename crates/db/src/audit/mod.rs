//! The audit log: who read or changed what (SPEC §6).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::audit_events;

/// One audit event (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_events)]
pub struct AuditRow {
    /// Id.
    pub id: Uuid,
    /// When.
    pub occurred_at: DateTime<Utc>,
    /// The agent on whose behalf the request ran.
    pub actor_id: Option<Uuid>,
    /// The agent really at the keyboard (differs while impersonating).
    pub real_actor_id: Option<Uuid>,
    /// The actor's service.
    pub organization_id: Option<Uuid>,
    /// Client address.
    pub ip: Option<String>,
    /// What was done (`convict.read`, `appointment.cancel`…).
    pub action: String,
    /// Kind of object (`convict`, `appointment`, `convict_list`…).
    pub object_type: String,
    /// The object, when there is one.
    pub object_id: Option<Uuid>,
}

/// Records an event.
pub async fn record(conn: &mut AsyncPgConnection, row: &AuditRow) -> QueryResult<()> {
    diesel::insert_into(audit_events::table)
        .values(row)
        .execute(conn)
        .await
        .map(|_| ())
}

/// What to read back.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// By this agent (actor or real actor).
    pub actor_id: Option<Uuid>,
    /// About this object.
    pub object_id: Option<Uuid>,
    /// This action.
    pub action: Option<String>,
    /// From this instant.
    pub from: Option<DateTime<Utc>>,
    /// Until this instant (exclusive).
    pub until: Option<DateTime<Utc>>,
}

/// A page of events, newest first, and the total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    filter: &AuditFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<AuditRow>, i64)> {
    let filtered = || {
        let mut query = audit_events::table.into_boxed();
        if let Some(actor) = filter.actor_id {
            query = query.filter(
                audit_events::actor_id
                    .eq(actor)
                    .or(audit_events::real_actor_id.eq(actor)),
            );
        }
        if let Some(object) = filter.object_id {
            query = query.filter(audit_events::object_id.eq(object));
        }
        if let Some(action) = &filter.action {
            query = query.filter(audit_events::action.eq(action.clone()));
        }
        if let Some(from) = filter.from {
            query = query.filter(audit_events::occurred_at.ge(from));
        }
        if let Some(until) = filter.until {
            query = query.filter(audit_events::occurred_at.lt(until));
        }
        query
    };
    let rows = filtered()
        .order((audit_events::occurred_at.desc(), audit_events::id.desc()))
        .select(AuditRow::as_select())
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = filtered().count().get_result(conn).await?;
    Ok((rows, total))
}
