//! Demo transfers: SPIP 92 asks SPIP 75 for one of its probationers, and SPIP 75 asks SPIP 92
//! for one of theirs, both pending (each probationer has appointments to come).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use msj_db::AsyncPgConnection;
use msj_db::schema::{appointments, convict_organizations, convicts, divestments};
use msj_domain::roles::Role;
use uuid::Uuid;

use super::agents::email;
use super::id;
use crate::ApiError;
use crate::divestments::{Asked, request};
use crate::organizations::jurisdiction;

/// A probationer followed by `organization` with an appointment to come.
async fn followed_with_future(
    conn: &mut AsyncPgConnection,
    organization: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<Uuid>, ApiError> {
    let future = appointments::table
        .filter(appointments::starts_at.gt(now))
        .filter(appointments::state.eq("booked"))
        .select(appointments::convict_id);
    Ok(convict_organizations::table
        .inner_join(convicts::table)
        .filter(convict_organizations::organization_id.eq(organization))
        .filter(convicts::archived_at.is_null())
        .filter(convicts::japat.eq(false))
        .filter(convicts::id.eq_any(future))
        .order(convicts::id)
        .select(convicts::id)
        .first(conn)
        .await
        .optional()?)
}

/// Seeds the two transfers unless some transfer exists already; returns how many were made.
pub async fn seed(
    conn: &mut AsyncPgConnection,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, ApiError> {
    let existing: i64 = divestments::table.count().get_result(conn).await?;
    if existing > 0 {
        return Ok(0);
    }
    let mut made = 0;
    for (from, to, slug) in [
        ("SPIP 75", "SPIP 92", "spip-92"),
        ("SPIP 92", "SPIP 75", "spip-75"),
    ] {
        let target = id(to);
        let Some(person) = followed_with_future(conn, id(from), now).await? else {
            continue;
        };
        let Some(convict) = msj_db::convicts::find(conn, person).await? else {
            continue;
        };
        let destinations = jurisdiction(conn, target).await?;
        let requester = id(&email(Role::LocalAdmin, slug));
        let asked = Asked {
            target,
            destinations: &destinations,
            requester: (requester, Role::LocalAdmin),
            previous_city_id: None,
        };
        made += usize::from(
            request(conn, &convict, &asked, public_url, now)
                .await?
                .is_some(),
        );
    }
    Ok(made)
}
