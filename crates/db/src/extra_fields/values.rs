//! Values of extra fields on appointments.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::appointment_extra_fields;

/// Sets (or with `None` clears) the value of a field on an appointment.
pub async fn set_value(
    conn: &mut AsyncPgConnection,
    appointment_id: Uuid,
    field_id: Uuid,
    value: Option<&str>,
    now: DateTime<Utc>,
    by: Option<Uuid>,
) -> QueryResult<()> {
    let target = appointment_extra_fields::table
        .filter(appointment_extra_fields::appointment_id.eq(appointment_id))
        .filter(appointment_extra_fields::extra_field_id.eq(field_id));
    match value {
        None => diesel::delete(target).execute(conn).await.map(drop),
        Some(value) => diesel::insert_into(appointment_extra_fields::table)
            .values((
                appointment_extra_fields::appointment_id.eq(appointment_id),
                appointment_extra_fields::extra_field_id.eq(field_id),
                appointment_extra_fields::value.eq(value),
                appointment_extra_fields::updated_at.eq(now),
                appointment_extra_fields::updated_by.eq(by),
            ))
            .on_conflict((
                appointment_extra_fields::appointment_id,
                appointment_extra_fields::extra_field_id,
            ))
            .do_update()
            .set((
                appointment_extra_fields::value.eq(excluded(appointment_extra_fields::value)),
                appointment_extra_fields::updated_at.eq(now),
                appointment_extra_fields::updated_by.eq(by),
            ))
            .execute(conn)
            .await
            .map(drop),
    }
}

/// (appointment, field, value) of the appointments `ids`.
pub async fn values_of(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, Uuid, String)>> {
    appointment_extra_fields::table
        .filter(appointment_extra_fields::appointment_id.eq_any(ids))
        .select((
            appointment_extra_fields::appointment_id,
            appointment_extra_fields::extra_field_id,
            appointment_extra_fields::value,
        ))
        .load(conn)
        .await
}

/// Copies the values of appointment `from` to appointment `to` (a rescheduled one keeps them).
pub async fn copy_values(
    conn: &mut AsyncPgConnection,
    from: Uuid,
    to: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::sql_query(
        "INSERT INTO appointment_extra_fields (appointment_id, extra_field_id, value, updated_at, updated_by) \
         SELECT $2, extra_field_id, value, $3, updated_by FROM appointment_extra_fields WHERE appointment_id = $1 \
         ON CONFLICT DO NOTHING",
    )
    .bind::<diesel::sql_types::Uuid, _>(from)
    .bind::<diesel::sql_types::Uuid, _>(to)
    .bind::<diesel::sql_types::Timestamptz, _>(now)
    .execute(conn)
    .await
}
