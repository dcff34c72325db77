//! SMS rows of appointments (state `created` until the SMS engine takes them).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{AppointmentRow, NotificationRow};
use crate::organizations::OrganizationRow;
use crate::schema::{appointment_types, appointments, notifications, organizations, places};

const PENDING: [&str; 2] = ["created", "programmed"];

/// Inserts SMS rows; a second pending reminder for one appointment is skipped.
pub async fn insert_notifications(
    conn: &mut AsyncPgConnection,
    rows: &[NotificationRow],
) -> QueryResult<usize> {
    if rows.is_empty() {
        return Ok(0);
    }
    diesel::insert_into(notifications::table)
        .values(rows)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
}

/// Cancels the appointment's reminder if it has not gone yet; `true` if there was one.
pub async fn cancel_pending_reminder(
    conn: &mut AsyncPgConnection,
    appointment_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        notifications::table
            .filter(notifications::appointment_id.eq(appointment_id))
            .filter(notifications::kind.eq("reminder"))
            .filter(notifications::state.eq_any(PENDING)),
    )
    .set((
        notifications::state.eq("canceled"),
        notifications::updated_at.eq(now),
    ))
    .execute(conn)
    .await
    .map(|changed| changed > 0)
}

/// Cancels every pending SMS of a probationer's appointments; how many.
pub async fn cancel_pending(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    let theirs = appointments::table
        .filter(appointments::convict_id.eq(convict_id))
        .select(appointments::id);
    diesel::update(
        notifications::table
            .filter(notifications::appointment_id.eq_any(theirs))
            .filter(notifications::state.eq_any(PENDING)),
    )
    .set((
        notifications::state.eq("canceled"),
        notifications::updated_at.eq(now),
    ))
    .execute(conn)
    .await
}

/// The SMS rows of an appointment, oldest first.
pub async fn notifications_of(
    conn: &mut AsyncPgConnection,
    appointment_id: Uuid,
) -> QueryResult<Vec<NotificationRow>> {
    notifications::table
        .filter(notifications::appointment_id.eq(appointment_id))
        .order((notifications::created_at, notifications::id))
        .select(NotificationRow::as_select())
        .load(conn)
        .await
}

/// A probationer's booked appointments still to come that have no pending reminder, with
/// their place's service and their type key.
pub async fn reachable_future_appointments(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<Vec<(AppointmentRow, OrganizationRow, String)>> {
    appointments::table
        .inner_join(places::table.inner_join(organizations::table))
        .inner_join(appointment_types::table)
        .filter(appointments::convict_id.eq(convict_id))
        .filter(appointments::state.eq("booked"))
        .filter(appointments::starts_at.gt(now))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            notifications::table
                .filter(notifications::appointment_id.eq(appointments::id))
                .filter(notifications::kind.eq("reminder"))
                .filter(notifications::state.eq_any(PENDING)),
        )))
        .select((
            AppointmentRow::as_select(),
            OrganizationRow::as_select(),
            appointment_types::key,
        ))
        .load(conn)
        .await
}
