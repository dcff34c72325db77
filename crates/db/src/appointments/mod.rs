//! Appointments, their SMS rows, and the facts their rules need.

mod list;
mod notifications;
mod rows;

pub use list::{
    AppointmentFilter, AppointmentSort, ListedAppointment, Visibility, find_listed, list,
};
pub use notifications::{
    cancel_pending, cancel_pending_reminder, insert_notifications, notifications_of,
    reachable_future_appointments,
};
pub use rows::{AppointmentRow, NotificationRow};

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::organizations::PlaceRow;
use crate::schema::{appointment_types, appointments, places};

/// A place that is not archived.
pub async fn open_place(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<PlaceRow>> {
    places::table
        .find(id)
        .filter(places::archived_at.is_null())
        .select(PlaceRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// The id of the appointment type `key`.
pub async fn type_id(conn: &mut AsyncPgConnection, key: &str) -> QueryResult<Option<Uuid>> {
    appointment_types::table
        .filter(appointment_types::key.eq(key))
        .select(appointment_types::id)
        .first(conn)
        .await
        .optional()
}

/// Inserts an appointment.
pub async fn insert(conn: &mut AsyncPgConnection, row: &AppointmentRow) -> QueryResult<()> {
    diesel::insert_into(appointments::table)
        .values(row)
        .execute(conn)
        .await
        .map(|_| ())
}

/// An appointment with its type key and the service owning its place.
pub async fn find(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<(AppointmentRow, String, Uuid)>> {
    appointments::table
        .inner_join(appointment_types::table)
        .inner_join(places::table)
        .filter(appointments::id.eq(id))
        .select((
            AppointmentRow::as_select(),
            appointment_types::key,
            places::organization_id,
        ))
        .first(conn)
        .await
        .optional()
}

#[derive(QueryableByName)]
struct Linked {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: Uuid,
}

/// The appointment, those it replaced (through reschedules, oldest last) and those that
/// replaced it directly.
pub async fn reschedule_chain(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Vec<Uuid>> {
    let rows: Vec<Linked> = diesel::sql_query(
        "WITH RECURSIVE up AS ( \
             SELECT id, rescheduled_from_id FROM appointments WHERE id = $1 \
             UNION \
             SELECT a.id, a.rescheduled_from_id FROM appointments a JOIN up ON a.id = up.rescheduled_from_id \
         ) \
         SELECT id FROM up UNION SELECT id FROM appointments WHERE rescheduled_from_id = $1",
    )
    .bind::<diesel::sql_types::Uuid, _>(id)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|row| row.id).collect())
}

/// What a transition changes.
#[derive(Debug, Clone, Default)]
pub struct StateChange {
    /// Why the person was excused.
    pub excuse_reason: Option<String>,
    /// Comment on the excuse.
    pub excuse_comment: Option<String>,
}

/// Moves the appointment from state `from` to `to`, only if it is still in `from`: `None` when
/// another request changed it first.
pub async fn change_state(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    from: &str,
    to: &str,
    change: StateChange,
    now: DateTime<Utc>,
) -> QueryResult<Option<AppointmentRow>> {
    diesel::update(
        appointments::table
            .filter(appointments::id.eq(id))
            .filter(appointments::state.eq(from)),
    )
    .set((
        appointments::state.eq(to),
        appointments::excuse_reason.eq(change.excuse_reason),
        appointments::excuse_comment.eq(change.excuse_comment),
        appointments::updated_at.eq(now),
    ))
    .returning(AppointmentRow::as_returning())
    .get_result(conn)
    .await
    .optional()
}

/// Number of appointments of these probationers dated in `[from, until)` and still booked,
/// and how many there are in all in that range (not canceled), for the services' places or
/// the assigned agent.
pub async fn unknown_status_counts(
    conn: &mut AsyncPgConnection,
    place_organization: Option<Uuid>,
    assigned_agent: Option<Uuid>,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> QueryResult<(i64, i64)> {
    let base = || {
        let mut query = appointments::table
            .inner_join(places::table)
            .filter(appointments::starts_at.ge(from))
            .filter(appointments::starts_at.lt(until))
            .filter(appointments::state.ne("canceled"))
            .into_boxed();
        if let Some(organization) = place_organization {
            query = query.filter(places::organization_id.eq(organization));
        }
        if let Some(agent) = assigned_agent {
            query = query.filter(appointments::assigned_agent_id.eq(agent));
        }
        query
    };
    let booked = base()
        .filter(appointments::state.eq("booked"))
        .count()
        .get_result(conn)
        .await?;
    let all = base().count().get_result(conn).await?;
    Ok((booked, all))
}
