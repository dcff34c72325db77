//! Weekly slot templates of an agenda.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::SlotTemplateRow;
use crate::schema::{
    agendas, appointment_types, appointments, organizations, places, slot_templates, slots,
};

/// Inserts templates, skipping those that already exist (same agenda, type, weekday and time);
/// returns how many were inserted.
pub async fn insert_templates(
    conn: &mut AsyncPgConnection,
    rows: &[SlotTemplateRow],
) -> QueryResult<usize> {
    diesel::insert_into(slot_templates::table)
        .values(rows)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
}

/// The templates of an agenda with their type key, by weekday and time.
pub async fn templates_of(
    conn: &mut AsyncPgConnection,
    agenda_id: Uuid,
) -> QueryResult<Vec<(SlotTemplateRow, String)>> {
    slot_templates::table
        .inner_join(appointment_types::table)
        .filter(slot_templates::agenda_id.eq(agenda_id))
        .order((
            slot_templates::week_day,
            slot_templates::local_time,
            appointment_types::position,
        ))
        .select((SlotTemplateRow::as_select(), appointment_types::key))
        .load(conn)
        .await
}

/// A template to generate slots from, with what the calendar needs.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct TemplateToGenerate {
    /// The template.
    pub template: SlotTemplateRow,
    /// Its agenda's place.
    pub place_id: Uuid,
    /// First day the place can be used.
    pub valid_from: Option<NaiveDate>,
    /// Last day the place can be used.
    pub valid_until: Option<NaiveDate>,
    /// The place's service's territory key.
    pub territory: String,
    /// That service's zone.
    pub time_zone: String,
}

/// Every template of open agendas of open places, by place.
pub async fn templates_to_generate(
    conn: &mut AsyncPgConnection,
) -> QueryResult<Vec<TemplateToGenerate>> {
    slot_templates::table
        .inner_join(agendas::table.inner_join(places::table.inner_join(organizations::table)))
        .filter(agendas::archived_at.is_null())
        .filter(places::archived_at.is_null())
        .order((places::id, slot_templates::id))
        .select((
            SlotTemplateRow::as_select(),
            places::id,
            places::valid_from,
            places::valid_until,
            organizations::territory,
            organizations::time_zone,
        ))
        .load(conn)
        .await
}

/// One template with its type key.
pub async fn find_template(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<(SlotTemplateRow, String)>> {
    slot_templates::table
        .inner_join(appointment_types::table)
        .filter(slot_templates::id.eq(id))
        .select((SlotTemplateRow::as_select(), appointment_types::key))
        .first(conn)
        .await
        .optional()
}

/// Changes a template's time, duration and capacity (slots already generated keep theirs).
/// `Ok(false)` when another template of the agenda already has that time.
pub async fn update_template(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    local_time: NaiveTime,
    duration_min: i32,
    capacity: i32,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let result = diesel::update(slot_templates::table.find(id))
        .set((
            slot_templates::local_time.eq(local_time),
            slot_templates::duration_min.eq(duration_min),
            slot_templates::capacity.eq(capacity),
            slot_templates::updated_at.eq(now),
        ))
        .execute(conn)
        .await;
    match result {
        Ok(_) => Ok(true),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(error) => Err(error),
    }
}

/// Deletes templates with the slots they generated that no appointment ever used (the others
/// stay, detached); returns (templates, slots) deleted.
pub async fn delete_templates(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<(usize, usize)> {
    let used = appointments::table
        .filter(appointments::slot_id.is_not_null())
        .select(appointments::slot_id.assume_not_null());
    let slots_deleted = diesel::delete(
        slots::table
            .filter(slots::slot_template_id.eq_any(ids))
            .filter(slots::id.ne_all(used)),
    )
    .execute(conn)
    .await?;
    diesel::update(slots::table.filter(slots::slot_template_id.eq_any(ids)))
        .set(slots::slot_template_id.eq(None::<Uuid>))
        .execute(conn)
        .await?;
    let templates = diesel::delete(slot_templates::table.filter(slot_templates::id.eq_any(ids)))
        .execute(conn)
        .await?;
    Ok((templates, slots_deleted))
}

/// For each template that generated slots, the date of its last one.
pub async fn last_generated(conn: &mut AsyncPgConnection) -> QueryResult<Vec<(Uuid, NaiveDate)>> {
    slots::table
        .filter(slots::slot_template_id.is_not_null())
        .group_by(slots::slot_template_id)
        .select((
            slots::slot_template_id.assume_not_null(),
            diesel::dsl::max(slots::local_date).assume_not_null(),
        ))
        .load(conn)
        .await
}

/// The templates of the agendas of `place_id`.
pub async fn templates_of_place(
    conn: &mut AsyncPgConnection,
    place_id: Uuid,
) -> QueryResult<Vec<Uuid>> {
    slot_templates::table
        .inner_join(crate::schema::agendas::table)
        .filter(crate::schema::agendas::place_id.eq(place_id))
        .select(slot_templates::id)
        .load(conn)
        .await
}
