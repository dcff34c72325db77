//! The old place under lock, its closing, and the list of moves.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::PlaceMoveRow;
use crate::organizations::PlaceRow;
use crate::schema::{organizations, place_moves, places};

/// The old place, read under its row lock, with what the move rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedPlace {
    /// The place.
    pub place: PlaceRow,
    /// Whether it is archived.
    pub archived: bool,
    /// Whether a move of it is already recorded.
    pub already_moved: bool,
    /// Territory key of its service.
    pub territory: String,
    /// Time zone of its service.
    pub time_zone: String,
}

/// Locks the place `id` (`FOR UPDATE`) until the end of the transaction; `None` when unknown.
/// A concurrent move of the same place waits here and then sees the first one recorded.
pub async fn lock_place(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<LockedPlace>> {
    let Some((place, archived_at)) = places::table
        .find(id)
        .select((PlaceRow::as_select(), places::archived_at))
        .for_update()
        .first::<(PlaceRow, Option<chrono::DateTime<chrono::Utc>>)>(conn)
        .await
        .optional()?
    else {
        return Ok(None);
    };
    let (territory, time_zone) = organizations::table
        .find(place.organization_id)
        .select((organizations::territory, organizations::time_zone))
        .first::<(String, String)>(conn)
        .await?;
    let moves: i64 = place_moves::table
        .filter(place_moves::old_place_id.eq(id))
        .count()
        .get_result(conn)
        .await?;
    Ok(Some(LockedPlace {
        place,
        archived: archived_at.is_some(),
        already_moved: moves > 0,
        territory,
        time_zone,
    }))
}

/// Gives the new place the appointment types of the old one.
pub async fn copy_types(conn: &mut AsyncPgConnection, old: Uuid, new: Uuid) -> QueryResult<()> {
    diesel::sql_query(
        "INSERT INTO place_appointment_types (place_id, appointment_type_id) \
         SELECT $2, appointment_type_id FROM place_appointment_types WHERE place_id = $1",
    )
    .bind::<diesel::sql_types::Uuid, _>(old)
    .bind::<diesel::sql_types::Uuid, _>(new)
    .execute(conn)
    .await
    .map(drop)
}

/// Ends the validity of the place `id` on `last_day`.
pub async fn close_place(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    last_day: NaiveDate,
) -> QueryResult<()> {
    diesel::update(places::table.find(id))
        .set(places::valid_until.eq(last_day))
        .execute(conn)
        .await
        .map(drop)
}

/// Records a move.
pub async fn insert(conn: &mut AsyncPgConnection, row: &PlaceMoveRow) -> QueryResult<()> {
    diesel::insert_into(place_moves::table)
        .values(row)
        .execute(conn)
        .await
        .map(drop)
}

/// Every move, newest first, with the names of the old and new places.
pub async fn list(
    conn: &mut AsyncPgConnection,
) -> QueryResult<Vec<(PlaceMoveRow, String, String)>> {
    let (old, new) = diesel::alias!(places as old_place, places as new_place);
    place_moves::table
        .inner_join(old.on(old.field(places::id).eq(place_moves::old_place_id)))
        .inner_join(new.on(new.field(places::id).eq(place_moves::new_place_id)))
        .order((place_moves::created_at.desc(), place_moves::id.desc()))
        .select((
            PlaceMoveRow::as_select(),
            old.field(places::name),
            new.field(places::name),
        ))
        .load(conn)
        .await
}
