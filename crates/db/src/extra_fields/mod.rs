//! Extra fields of a TJ's sorties d'audience and their values per appointment.

mod values;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{appointment_types, extra_field_types, extra_fields, organizations};

pub use values::{copy_values, set_value, values_of};

/// One extra field.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = extra_fields)]
pub struct ExtraFieldRow {
    /// Id.
    pub id: Uuid,
    /// The TJ.
    pub organization_id: Uuid,
    /// Column name.
    pub name: String,
    /// `text` or `date`.
    pub data_type: String,
    /// `appointment_create` or `appointment_update`.
    pub scope: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

/// Locks the service's row until the end of the transaction, so that concurrent creations of
/// its fields are counted one after the other.
pub async fn lock_organization(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<()> {
    organizations::table
        .find(id)
        .select(organizations::id)
        .for_update()
        .first::<Uuid>(conn)
        .await
        .map(drop)
}

/// The fields of the services `organization_ids`, each with the key of every type it applies
/// to, by name.
pub async fn fields_of(
    conn: &mut AsyncPgConnection,
    organization_ids: &[Uuid],
) -> QueryResult<Vec<(ExtraFieldRow, String)>> {
    extra_fields::table
        .inner_join(extra_field_types::table.inner_join(appointment_types::table))
        .filter(extra_fields::organization_id.eq_any(organization_ids))
        .order((extra_fields::name, appointment_types::position))
        .select((ExtraFieldRow::as_select(), appointment_types::key))
        .load(conn)
        .await
}

/// Inserts a field for the types `type_ids`; `false` when the service already has one of that
/// name.
pub async fn insert_field(
    conn: &mut AsyncPgConnection,
    row: &ExtraFieldRow,
    type_ids: &[Uuid],
) -> QueryResult<bool> {
    let inserted = diesel::insert_into(extra_fields::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    if inserted == 0 {
        return Ok(false);
    }
    let links: Vec<_> = type_ids
        .iter()
        .map(|type_id| {
            (
                extra_field_types::extra_field_id.eq(row.id),
                extra_field_types::appointment_type_id.eq(*type_id),
            )
        })
        .collect();
    diesel::insert_into(extra_field_types::table)
        .values(links)
        .execute(conn)
        .await?;
    Ok(true)
}

/// Deletes a field with its values; `false` when it did not exist.
pub async fn delete_field(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<bool> {
    diesel::delete(extra_fields::table.find(id))
        .execute(conn)
        .await
        .map(|deleted| deleted > 0)
}

/// The service of the field `id`.
pub async fn organization_of(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<Uuid>> {
    extra_fields::table
        .find(id)
        .select(extra_fields::organization_id)
        .first(conn)
        .await
        .optional()
}
