//! What the month views of sorties d'audience read.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::SlotRow;
use crate::schema::{agendas, appointments, convicts, organizations, slots, users};

/// The slots of `agenda_ids` of type `type_id` dated `from ..= until`, open or holding
/// seats, by date and time, with their agenda's name.
pub async fn month_slots(
    conn: &mut AsyncPgConnection,
    agenda_ids: &[Uuid],
    type_id: Uuid,
    from: NaiveDate,
    until: NaiveDate,
) -> QueryResult<Vec<(SlotRow, String)>> {
    slots::table
        .inner_join(agendas::table)
        .filter(slots::agenda_id.eq_any(agenda_ids))
        .filter(slots::appointment_type_id.eq(type_id))
        .filter(slots::local_date.between(from, until))
        .filter(slots::open.eq(true).or(slots::used_capacity.gt(0)))
        .order((slots::local_date, slots::local_time, agendas::name))
        .select((SlotRow::as_select(), agendas::name))
        .load(conn)
        .await
}

/// An appointment holding a seat of a slot.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct SeatHolder {
    /// The slot.
    pub slot_id: Option<Uuid>,
    /// The appointment.
    pub appointment_id: Uuid,
    /// Its state.
    pub state: String,
    /// Prosecutor number.
    pub prosecutor_number: Option<String>,
    /// The probationer.
    pub convict_id: Uuid,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// The service that booked it.
    pub creating_service: String,
    /// The booking agent's role key.
    pub booker_role: Option<String>,
}

/// The appointments holding seats of the slots `slot_ids` (booked, fulfilled or missed), in
/// booking order.
pub async fn seat_holders(
    conn: &mut AsyncPgConnection,
    slot_ids: &[Uuid],
) -> QueryResult<Vec<SeatHolder>> {
    appointments::table
        .inner_join(convicts::table)
        .inner_join(
            organizations::table.on(organizations::id.eq(appointments::creating_organization_id)),
        )
        .left_join(users::table.on(users::id.nullable().eq(appointments::created_by)))
        .filter(appointments::slot_id.eq_any(slot_ids))
        .filter(appointments::state.eq_any(["booked", "fulfilled", "no_show"]))
        .order((appointments::created_at, appointments::id))
        .select((
            appointments::slot_id,
            appointments::id,
            appointments::state,
            appointments::prosecutor_number,
            convicts::id,
            convicts::first_name,
            convicts::last_name,
            organizations::name,
            users::role.nullable(),
        ))
        .load(conn)
        .await
}
