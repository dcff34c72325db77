//! Listing appointments within what the caller may see.

use chrono::{DateTime, Utc};
use diesel::dsl::{EqAny, Filter, InnerJoin, Select};
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::AppointmentRow;
use crate::schema::{
    agendas, appointment_types, appointments, convict_organizations, convicts, places,
};

/// Which appointments the caller may see (the SQL side of the domain's scope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visibility {
    /// Held at the places of this service.
    PlacesOf(Uuid),
    /// Of `types` for a probationer followed in `jurisdiction`, or booked by
    /// `creating_organization` (limited to `types` when `created_types_only`).
    Jurisdiction {
        /// Services.
        jurisdiction: Vec<Uuid>,
        /// Type keys.
        types: Vec<String>,
        /// The caller's service.
        creating_organization: Uuid,
        /// Whether the service's own bookings are limited to `types`.
        created_types_only: bool,
    },
    /// None.
    Nothing,
}

/// Order of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AppointmentSort {
    /// Earliest first.
    #[default]
    StartsAt,
    /// Latest first.
    StartsAtDesc,
    /// By place name, then time.
    Place,
    /// By agenda name, then time.
    Agenda,
    /// By type, then time.
    Type,
}

/// What a list contains.
#[derive(Debug, Clone)]
pub struct AppointmentFilter {
    /// What the caller may see.
    pub visibility: Visibility,
    /// From this instant (inclusive).
    pub from: Option<DateTime<Utc>>,
    /// Until this instant (exclusive).
    pub until: Option<DateTime<Utc>>,
    /// At this place.
    pub place_id: Option<Uuid>,
    /// In this agenda.
    pub agenda_id: Option<Uuid>,
    /// Of this type key.
    pub type_key: Option<String>,
    /// In these states (empty: every state but canceled).
    pub states: Vec<String>,
    /// Assigned to this agent.
    pub assigned_agent_id: Option<Uuid>,
    /// Of this probationer.
    pub convict_id: Option<Uuid>,
}

/// An appointment in a list, with the names it is shown with.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct ListedAppointment {
    /// The appointment.
    pub appointment: AppointmentRow,
    /// Probationer's first name.
    pub first_name: String,
    /// Probationer's last name.
    pub last_name: String,
    /// Type key.
    pub type_key: String,
    /// Type name.
    pub type_name: String,
    /// Place name.
    pub place_name: String,
    /// Service owning the place.
    pub place_organization_id: Uuid,
    /// Agenda name.
    pub agenda_name: String,
    /// Probationer's mobile phone.
    pub phone: Option<String>,
    /// The probationer has no mobile phone.
    pub no_phone: bool,
    /// The probationer refuses SMS.
    pub refused_phone: bool,
}

type Source = InnerJoin<
    InnerJoin<
        InnerJoin<InnerJoin<appointments::table, convicts::table>, appointment_types::table>,
        places::table,
    >,
    agendas::table,
>;

fn source() -> Source {
    appointments::table
        .inner_join(convicts::table)
        .inner_join(appointment_types::table)
        .inner_join(places::table)
        .inner_join(agendas::table)
}

type Filtered = appointments::BoxedQuery<'static, Pg>;

/// The ids of the types with these keys, as a subquery.
type TypeIds = Select<
    Filter<appointment_types::table, EqAny<appointment_types::key, Vec<String>>>,
    appointment_types::id,
>;

fn types_named(keys: Vec<String>) -> TypeIds {
    appointment_types::table
        .filter(appointment_types::key.eq_any(keys))
        .select(appointment_types::id)
}

fn visible(query: Filtered, visibility: &Visibility) -> Filtered {
    match visibility {
        Visibility::PlacesOf(organization) => {
            let theirs = places::table
                .filter(places::organization_id.eq(*organization))
                .select(places::id);
            query.filter(appointments::place_id.eq_any(theirs))
        }
        Visibility::Jurisdiction {
            jurisdiction,
            types,
            creating_organization,
            created_types_only,
        } => {
            let followed = convict_organizations::table
                .filter(convict_organizations::organization_id.eq_any(jurisdiction.clone()))
                .select(convict_organizations::convict_id);
            let by_jurisdiction = appointments::convict_id
                .eq_any(followed)
                .and(appointments::appointment_type_id.eq_any(types_named(types.clone())));
            let created = appointments::creating_organization_id.eq(*creating_organization);
            if *created_types_only {
                query.filter(
                    by_jurisdiction.or(created
                        .and(appointments::appointment_type_id.eq_any(types_named(types.clone())))),
                )
            } else {
                query.filter(by_jurisdiction.or(created))
            }
        }
        Visibility::Nothing => query.filter(appointments::id.is_null()),
    }
}

/// The appointments matching `filter`, from `appointments` alone (the joins only name them).
fn filtered(filter: &AppointmentFilter) -> Filtered {
    let mut query = visible(appointments::table.into_boxed(), &filter.visibility);
    if let Some(from) = filter.from {
        query = query.filter(appointments::starts_at.ge(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(appointments::starts_at.lt(until));
    }
    if let Some(place) = filter.place_id {
        query = query.filter(appointments::place_id.eq(place));
    }
    if let Some(agenda) = filter.agenda_id {
        query = query.filter(appointments::agenda_id.eq(agenda));
    }
    if let Some(kind) = &filter.type_key {
        query =
            query.filter(appointments::appointment_type_id.eq_any(types_named(vec![kind.clone()])));
    }
    if filter.states.is_empty() {
        query = query.filter(appointments::state.ne("canceled"));
    } else {
        query = query.filter(appointments::state.eq_any(filter.states.clone()));
    }
    if let Some(agent) = filter.assigned_agent_id {
        query = query.filter(appointments::assigned_agent_id.eq(agent));
    }
    if let Some(convict) = filter.convict_id {
        query = query.filter(appointments::convict_id.eq(convict));
    }
    query
}

type Listed = (
    diesel::dsl::AsSelect<AppointmentRow, Pg>,
    convicts::first_name,
    convicts::last_name,
    appointment_types::key,
    appointment_types::name,
    places::name,
    places::organization_id,
    agendas::name,
    convicts::phone,
    convicts::no_phone,
    convicts::refused_phone,
);

fn listed() -> Listed {
    (
        AppointmentRow::as_select(),
        convicts::first_name,
        convicts::last_name,
        appointment_types::key,
        appointment_types::name,
        places::name,
        places::organization_id,
        agendas::name,
        convicts::phone,
        convicts::no_phone,
        convicts::refused_phone,
    )
}

/// One appointment with the names it is shown with.
pub async fn find_listed(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<ListedAppointment>> {
    source()
        .filter(appointments::id.eq(id))
        .select(listed())
        .first(conn)
        .await
        .optional()
}

/// The ids of a page, in order: by time from `appointments` alone (its index serves the
/// page), by name through the joins.
async fn page_ids(
    conn: &mut AsyncPgConnection,
    filter: &AppointmentFilter,
    sort: AppointmentSort,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<Uuid>> {
    let by_time = |query: Filtered| query.select(appointments::id).limit(limit).offset(offset);
    let named = || {
        source()
            .into_boxed()
            .filter(appointments::id.eq_any(filtered(filter).select(appointments::id)))
            .select(appointments::id)
            .limit(limit)
            .offset(offset)
    };
    match sort {
        AppointmentSort::StartsAt => {
            by_time(filtered(filter).order((appointments::starts_at, appointments::id)))
                .load(conn)
                .await
        }
        AppointmentSort::StartsAtDesc => {
            by_time(filtered(filter).order((appointments::starts_at.desc(), appointments::id)))
                .load(conn)
                .await
        }
        AppointmentSort::Place => {
            named()
                .order((places::name, appointments::starts_at, appointments::id))
                .load(conn)
                .await
        }
        AppointmentSort::Agenda => {
            named()
                .order((agendas::name, appointments::starts_at, appointments::id))
                .load(conn)
                .await
        }
        AppointmentSort::Type => {
            named()
                .order((
                    appointment_types::position,
                    appointments::starts_at,
                    appointments::id,
                ))
                .load(conn)
                .await
        }
    }
}

/// A page of appointments and the total.
pub async fn list(
    conn: &mut AsyncPgConnection,
    filter: &AppointmentFilter,
    sort: AppointmentSort,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<ListedAppointment>, i64)> {
    let total = filtered(filter).count().get_result(conn).await?;
    let ids = page_ids(conn, filter, sort, limit, offset).await?;
    let mut rows: Vec<ListedAppointment> = source()
        .filter(appointments::id.eq_any(ids.clone()))
        .select(listed())
        .load(conn)
        .await?;
    rows.sort_by_key(|row| ids.iter().position(|id| *id == row.appointment.id));
    Ok((rows, total))
}
