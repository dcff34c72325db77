//! Stored SMS templates: national rows (`organization_id` NULL) and services' rows.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{appointment_types, notification_templates};

/// One stored template, with its appointment type key.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct TemplateRow {
    /// Appointment type key.
    pub type_key: String,
    /// The service, or `None` for the national row.
    pub organization_id: Option<Uuid>,
    /// SMS kind key.
    pub kind: String,
    /// Text; `None` follows the national one.
    pub template: Option<String>,
    /// Reminder delay in days; `None` follows the national one.
    pub reminder_days: Option<i16>,
}

/// The national rows and those of `organization_id`, for every type or one.
pub async fn templates_for(
    conn: &mut AsyncPgConnection,
    organization_id: Option<Uuid>,
    type_key: Option<&str>,
) -> QueryResult<Vec<TemplateRow>> {
    let mut query = notification_templates::table
        .inner_join(appointment_types::table)
        .into_boxed();
    query = match organization_id {
        Some(id) => query.filter(
            notification_templates::organization_id
                .is_null()
                .or(notification_templates::organization_id.eq(id)),
        ),
        None => query.filter(notification_templates::organization_id.is_null()),
    };
    if let Some(key) = type_key {
        query = query.filter(appointment_types::key.eq(key.to_owned()));
    }
    query
        .select((
            appointment_types::key,
            notification_templates::organization_id,
            notification_templates::kind,
            notification_templates::template,
            notification_templates::reminder_days,
        ))
        .load(conn)
        .await
}

/// Writes the text and delay of a template (`None` leaves each as it is on an existing row).
#[allow(clippy::too_many_arguments)]
pub async fn save_template(
    conn: &mut AsyncPgConnection,
    type_id: Uuid,
    organization_id: Option<Uuid>,
    kind: &str,
    template: Option<&str>,
    reminder_days: Option<i16>,
    by: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::sql_query(
        "INSERT INTO notification_templates \
             (appointment_type_id, organization_id, kind, template, reminder_days, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (organization_id, appointment_type_id, kind) DO UPDATE SET \
             template = COALESCE(EXCLUDED.template, notification_templates.template), \
             reminder_days = COALESCE(EXCLUDED.reminder_days, notification_templates.reminder_days), \
             updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by",
    )
    .bind::<diesel::sql_types::Uuid, _>(type_id)
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::Uuid>, _>(organization_id)
    .bind::<diesel::sql_types::Text, _>(kind)
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::Text>, _>(template)
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::SmallInt>, _>(reminder_days)
    .bind::<diesel::sql_types::Timestamptz, _>(now)
    .bind::<diesel::sql_types::Uuid, _>(by)
    .execute(conn)
    .await
    .map(drop)
}

/// « Restaurer le défaut »: removes the row (the level above applies again); `false` when
/// there was none.
pub async fn clear_template(
    conn: &mut AsyncPgConnection,
    type_id: Uuid,
    organization_id: Option<Uuid>,
    kind: &str,
) -> QueryResult<bool> {
    let rows = notification_templates::table
        .filter(notification_templates::appointment_type_id.eq(type_id))
        .filter(notification_templates::kind.eq(kind));
    let deleted = match organization_id {
        Some(id) => {
            diesel::delete(rows.filter(notification_templates::organization_id.eq(id)))
                .execute(conn)
                .await?
        }
        None => {
            diesel::delete(rows.filter(notification_templates::organization_id.is_null()))
                .execute(conn)
                .await?
        }
    };
    Ok(deleted > 0)
}
