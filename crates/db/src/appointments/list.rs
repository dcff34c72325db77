//! Listing appointments within what the caller may see.

use chrono::{DateTime, Utc};
use diesel::dsl::{InnerJoin, IntoBoxed};
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
}

type Source = InnerJoin<
    InnerJoin<
        InnerJoin<InnerJoin<appointments::table, convicts::table>, appointment_types::table>,
        places::table,
    >,
    agendas::table,
>;
type Boxed = IntoBoxed<'static, Source, Pg>;

fn source() -> Source {
    appointments::table
        .inner_join(convicts::table)
        .inner_join(appointment_types::table)
        .inner_join(places::table)
        .inner_join(agendas::table)
}

fn visible(query: Boxed, visibility: &Visibility) -> Boxed {
    match visibility {
        Visibility::PlacesOf(organization) => {
            query.filter(places::organization_id.eq(*organization))
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
                .and(appointment_types::key.eq_any(types.clone()));
            let created = appointments::creating_organization_id.eq(*creating_organization);
            if *created_types_only {
                query.filter(
                    by_jurisdiction.or(created.and(appointment_types::key.eq_any(types.clone()))),
                )
            } else {
                query.filter(by_jurisdiction.or(created))
            }
        }
        Visibility::Nothing => query.filter(appointments::id.is_null()),
    }
}

fn filtered(filter: &AppointmentFilter) -> Boxed {
    let mut query = visible(source().into_boxed(), &filter.visibility);
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
        query = query.filter(appointment_types::key.eq(kind.clone()));
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

/// A page of appointments and the total.
pub async fn list(
    conn: &mut AsyncPgConnection,
    filter: &AppointmentFilter,
    sort: AppointmentSort,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<ListedAppointment>, i64)> {
    let query = filtered(filter);
    let query = match sort {
        AppointmentSort::StartsAt => query.order((appointments::starts_at, appointments::id)),
        AppointmentSort::StartsAtDesc => {
            query.order((appointments::starts_at.desc(), appointments::id))
        }
        AppointmentSort::Place => {
            query.order((places::name, appointments::starts_at, appointments::id))
        }
        AppointmentSort::Agenda => {
            query.order((agendas::name, appointments::starts_at, appointments::id))
        }
        AppointmentSort::Type => query.order((
            appointment_types::position,
            appointments::starts_at,
            appointments::id,
        )),
    };
    let rows = query
        .select(listed())
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = filtered(filter).count().get_result(conn).await?;
    Ok((rows, total))
}
