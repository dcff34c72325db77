//! Places, their agendas and the appointment types they offer.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{agendas, appointment_types, place_appointment_types, places};

/// A new place.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = places)]
pub struct NewPlace {
    /// Id.
    pub id: Uuid,
    /// Service.
    pub organization_id: Uuid,
    /// Name.
    pub name: String,
    /// Postal address.
    pub address: String,
    /// Phone number.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Short public code.
    pub code: String,
}

/// Inserts a place unless it exists.
pub async fn insert_place_if_absent(
    conn: &mut AsyncPgConnection,
    place: &NewPlace,
) -> QueryResult<()> {
    diesel::insert_into(places::table)
        .values(place)
        .on_conflict(places::id)
        .do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// Inserts an agenda unless it exists.
pub async fn insert_agenda_if_absent(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    place_id: Uuid,
    name: &str,
) -> QueryResult<()> {
    diesel::insert_into(agendas::table)
        .values((
            agendas::id.eq(id),
            agendas::place_id.eq(place_id),
            agendas::name.eq(name),
        ))
        .on_conflict(agendas::id)
        .do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// Makes a place offer the appointment types with these keys (idempotent).
pub async fn offer_types(
    conn: &mut AsyncPgConnection,
    place_id: Uuid,
    keys: &[&str],
) -> QueryResult<()> {
    let ids: Vec<Uuid> = appointment_types::table
        .filter(appointment_types::key.eq_any(keys))
        .select(appointment_types::id)
        .load(conn)
        .await?;
    let rows: Vec<_> = ids
        .into_iter()
        .map(|id| {
            (
                place_appointment_types::place_id.eq(place_id),
                place_appointment_types::appointment_type_id.eq(id),
            )
        })
        .collect();
    diesel::insert_into(place_appointment_types::table)
        .values(rows)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(drop)
}
