//! What the transfer rules read about a probationer and the services, and what their
//! decisions change.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{appointments, convict_organizations, convicts, places, users};

/// The latest start over all the probationer's appointments (any state, future ones too).
pub async fn last_appointment(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
) -> QueryResult<Option<DateTime<Utc>>> {
    appointments::table
        .filter(appointments::convict_id.eq(convict_id))
        .select(diesel::dsl::max(appointments::starts_at))
        .first(conn)
        .await
}

/// Whether the probationer has a booked appointment after `now` at a place of a service
/// outside `jurisdiction`.
pub async fn future_outside(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    jurisdiction: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        appointments::table
            .inner_join(places::table)
            .filter(appointments::convict_id.eq(convict_id))
            .filter(appointments::state.eq("booked"))
            .filter(appointments::starts_at.gt(now))
            .filter(places::organization_id.ne_all(jurisdiction)),
    ))
    .get_result(conn)
    .await
}

/// The roles of the agents of each service among `organization_ids`: (service, role key).
pub async fn answering_roles(
    conn: &mut AsyncPgConnection,
    organization_ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, String)>> {
    users::table
        .filter(users::organization_id.eq_any(organization_ids))
        .filter(users::api_client.eq(false))
        .select((users::organization_id, users::role))
        .distinct()
        .load(conn)
        .await
}

/// Makes `organization_ids` the services following the probationer.
pub async fn set_followers(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    organization_ids: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::delete(
        convict_organizations::table
            .filter(convict_organizations::convict_id.eq(convict_id))
            .filter(convict_organizations::organization_id.ne_all(organization_ids)),
    )
    .execute(conn)
    .await?;
    crate::convicts::attach(conn, convict_id, organization_ids, now).await
}

/// Sets the probationer's town (and, with `clear_referent`, removes the referent CPIP).
pub async fn set_city(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    city_id: Option<Uuid>,
    clear_referent: bool,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let target = convicts::table.find(convict_id);
    if clear_referent {
        diesel::update(target)
            .set((
                convicts::city_id.eq(city_id),
                convicts::referent_id.eq(None::<Uuid>),
                convicts::updated_at.eq(now),
            ))
            .execute(conn)
            .await
            .map(drop)
    } else {
        diesel::update(target)
            .set((convicts::city_id.eq(city_id), convicts::updated_at.eq(now)))
            .execute(conn)
            .await
            .map(drop)
    }
}

/// Where a service's reminders go: its structural email and its local admins', those of the
/// services of its headquarter included.
pub async fn reminder_recipients(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct Recipient {
        #[diesel(sql_type = diesel::sql_types::Text)]
        email: String,
    }
    let rows: Vec<Recipient> = diesel::sql_query(
        "SELECT structural_email AS email FROM organizations WHERE id = $1 AND structural_email IS NOT NULL \
         UNION \
         SELECT u.email FROM users u JOIN organizations o ON o.id = u.organization_id \
         WHERE u.role = 'local_admin' AND NOT u.api_client AND (o.id = $1 OR o.headquarter_id = \
             (SELECT headquarter_id FROM organizations WHERE id = $1)) \
         ORDER BY email",
    )
    .bind::<diesel::sql_types::Uuid, _>(organization_id)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|row| row.email).collect())
}
