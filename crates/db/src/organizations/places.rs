//! Places, their agendas and the appointment types they offer.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{agendas, appointment_types, place_appointment_types, places};

/// Inserts a place unless it exists.
pub async fn insert_place_if_absent(
    conn: &mut AsyncPgConnection,
    place: &PlaceRow,
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

/// One place (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = places)]
pub struct PlaceRow {
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
    /// `phone` or `email`.
    pub main_contact_method: String,
    /// Page with information on the place.
    pub information_url: Option<String>,
    /// First day of validity.
    pub valid_from: Option<chrono::NaiveDate>,
    /// Day from which the place is no longer valid.
    pub valid_until: Option<chrono::NaiveDate>,
    /// Access and transports.
    pub access_info: Option<String>,
    /// Opening hours.
    pub opening_hours: Option<String>,
    /// What to bring (one item a line).
    pub what_to_bring: Option<String>,
}

/// One agenda.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = agendas)]
pub struct AgendaRow {
    /// Id.
    pub id: Uuid,
    /// Place.
    pub place_id: Uuid,
    /// Name.
    pub name: String,
}

/// Places not archived, of these services (all when `None`), by name.
pub async fn list_places(
    conn: &mut AsyncPgConnection,
    organizations: Option<&[Uuid]>,
) -> QueryResult<Vec<PlaceRow>> {
    let mut query = places::table
        .filter(places::archived_at.is_null())
        .into_boxed();
    if let Some(ids) = organizations {
        query = query.filter(places::organization_id.eq_any(ids.to_vec()));
    }
    query
        .order((places::name, places::id))
        .select(PlaceRow::as_select())
        .load(conn)
        .await
}

/// The place with this id.
pub async fn find_place(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<PlaceRow>> {
    places::table
        .find(id)
        .select(PlaceRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// The place whose public page is `/p/{code}`, archived or not.
pub async fn find_place_by_code(
    conn: &mut AsyncPgConnection,
    code: &str,
) -> QueryResult<Option<(PlaceRow, bool)>> {
    places::table
        .filter(places::code.eq(code))
        .select((PlaceRow::as_select(), places::archived_at.is_not_null()))
        .first(conn)
        .await
        .optional()
}

/// (place, appointment type key) for these places.
pub async fn offered_types(
    conn: &mut AsyncPgConnection,
    place_ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, String)>> {
    place_appointment_types::table
        .inner_join(appointment_types::table)
        .filter(place_appointment_types::place_id.eq_any(place_ids.to_vec()))
        .order(appointment_types::position)
        .select((place_appointment_types::place_id, appointment_types::key))
        .load(conn)
        .await
}

/// Agendas not archived of these places, by name.
pub async fn agendas_of(
    conn: &mut AsyncPgConnection,
    place_ids: &[Uuid],
) -> QueryResult<Vec<AgendaRow>> {
    agendas::table
        .filter(agendas::place_id.eq_any(place_ids.to_vec()))
        .filter(agendas::archived_at.is_null())
        .order((agendas::name, agendas::id))
        .select(AgendaRow::as_select())
        .load(conn)
        .await
}

/// Adds an agenda; `false` when the place already has one of that name.
pub async fn insert_agenda(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    place_id: Uuid,
    name: &str,
) -> QueryResult<bool> {
    diesel::insert_into(agendas::table)
        .values((
            agendas::id.eq(id),
            agendas::place_id.eq(place_id),
            agendas::name.eq(name),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(|inserted| inserted > 0)
}

/// Keys of the reference appointment types that exist among `keys`.
pub async fn known_type_keys(
    conn: &mut AsyncPgConnection,
    keys: &[String],
) -> QueryResult<Vec<String>> {
    appointment_types::table
        .filter(appointment_types::key.eq_any(keys.to_vec()))
        .select(appointment_types::key)
        .load(conn)
        .await
}

/// The reference list of appointment types: (key, name, slot system, weekends, assignable).
pub async fn appointment_types(
    conn: &mut AsyncPgConnection,
) -> QueryResult<Vec<(String, String, bool, bool, bool)>> {
    appointment_types::table
        .order(appointment_types::position)
        .select((
            appointment_types::key,
            appointment_types::name,
            appointment_types::slot_system,
            appointment_types::allowed_on_weekends,
            appointment_types::spip_assignable,
        ))
        .load(conn)
        .await
}

/// Changes to a place (`None`: unchanged).
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = places)]
pub struct PlaceChanges {
    /// Name.
    pub name: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Phone number (`Some(None)` removes it).
    pub phone: Option<Option<String>>,
    /// Email (`Some(None)` removes it).
    pub email: Option<Option<String>>,
    /// `phone` or `email`.
    pub main_contact_method: Option<String>,
    /// Information page (`Some(None)` removes it).
    pub information_url: Option<Option<String>>,
    /// First day of validity (`Some(None)` removes it).
    pub valid_from: Option<Option<chrono::NaiveDate>>,
    /// End of validity (`Some(None)` removes it).
    pub valid_until: Option<Option<chrono::NaiveDate>>,
    /// Archiving time.
    pub archived_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Access and transports (`Some(None)` removes them).
    pub access_info: Option<Option<String>>,
    /// Opening hours (`Some(None)` removes them).
    pub opening_hours: Option<Option<String>>,
    /// What to bring (`Some(None)` removes it).
    pub what_to_bring: Option<Option<String>>,
}

/// Applies `changes` to the place `id` (nothing to do when they are all `None`).
pub async fn update_place(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &PlaceChanges,
) -> QueryResult<()> {
    let empty = changes.name.is_none()
        && changes.address.is_none()
        && changes.phone.is_none()
        && changes.email.is_none()
        && changes.main_contact_method.is_none()
        && changes.information_url.is_none()
        && changes.valid_from.is_none()
        && changes.valid_until.is_none()
        && changes.archived_at.is_none()
        && changes.access_info.is_none()
        && changes.opening_hours.is_none()
        && changes.what_to_bring.is_none();
    if empty {
        return Ok(());
    }
    diesel::update(places::table.find(id))
        .set(changes)
        .execute(conn)
        .await
        .map(drop)
}

/// Replaces the appointment types a place offers.
pub async fn replace_types(
    conn: &mut AsyncPgConnection,
    place_id: Uuid,
    keys: &[&str],
) -> QueryResult<()> {
    diesel::delete(
        place_appointment_types::table.filter(place_appointment_types::place_id.eq(place_id)),
    )
    .execute(conn)
    .await?;
    offer_types(conn, place_id, keys).await
}

/// The agenda with this id.
pub async fn find_agenda(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<AgendaRow>> {
    agendas::table
        .find(id)
        .select(AgendaRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Renames an agenda; `false` when the place has another agenda of that name.
pub async fn rename_agenda(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    name: &str,
) -> QueryResult<bool> {
    let place_id: Uuid = agendas::table
        .find(id)
        .select(agendas::place_id)
        .first(conn)
        .await?;
    let taken: i64 = agendas::table
        .filter(agendas::place_id.eq(place_id))
        .filter(agendas::name.eq(name))
        .filter(agendas::id.ne(id))
        .count()
        .get_result(conn)
        .await?;
    if taken > 0 {
        return Ok(false);
    }
    diesel::update(agendas::table.find(id))
        .set(agendas::name.eq(name))
        .execute(conn)
        .await
        .map(|_| true)
}

/// Archives the agendas of `place_id` still open.
pub async fn archive_agendas(
    conn: &mut AsyncPgConnection,
    place_id: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> QueryResult<usize> {
    diesel::update(
        agendas::table
            .filter(agendas::place_id.eq(place_id))
            .filter(agendas::archived_at.is_null()),
    )
    .set(agendas::archived_at.eq(at))
    .execute(conn)
    .await
}
