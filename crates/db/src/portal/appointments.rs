//! The appointments a probationer sees in their portal: upcoming ones (booked, starting after
//! a given instant) in date order, and the others (past, canceled…) newest first.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::appointments::AppointmentRow;
use crate::organizations::{OrganizationRow, PlaceRow};
use crate::schema::{appointment_types, appointments, organizations, places};

/// One appointment with its type's name, its place and the place's service.
pub type PortalAppointmentRow = (AppointmentRow, String, PlaceRow, OrganizationRow);

/// A page of one probationer's appointments: `upcoming` (booked, starting at `since` or
/// later) or the others; and their total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    upcoming: bool,
    since: DateTime<Utc>,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<PortalAppointmentRow>, i64)> {
    let base = || {
        let mine = appointments::table
            .inner_join(appointment_types::table)
            .inner_join(places::table.inner_join(organizations::table))
            .filter(appointments::convict_id.eq(convict_id))
            .into_boxed();
        if upcoming {
            mine.filter(appointments::state.eq("booked"))
                .filter(appointments::starts_at.ge(since))
        } else {
            mine.filter(
                appointments::state
                    .ne("booked")
                    .or(appointments::starts_at.lt(since)),
            )
        }
    };
    let total = base().count().get_result(conn).await?;
    let ordered = if upcoming {
        base().order(appointments::starts_at.asc())
    } else {
        base().order(appointments::starts_at.desc())
    };
    let rows = ordered
        .select((
            AppointmentRow::as_select(),
            appointment_types::name,
            PlaceRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .offset(offset)
        .limit(limit)
        .load(conn)
        .await?;
    Ok((rows, total))
}
