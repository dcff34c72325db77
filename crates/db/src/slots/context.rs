//! An agenda with its place and service: where slots and templates belong.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::organizations::{OrganizationRow, PlaceRow};
use crate::schema::{agendas, organizations, places};

/// An open agenda, its place and the place's service.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct SlotAgenda {
    /// Agenda id.
    pub agenda_id: Uuid,
    /// Agenda name.
    pub agenda_name: String,
    /// Its place.
    pub place: PlaceRow,
    /// The place's service.
    pub organization: OrganizationRow,
}

/// The open agendas `ids` (of open places) with their place and service.
pub async fn slot_agendas(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<SlotAgenda>> {
    agendas::table
        .inner_join(places::table.inner_join(organizations::table))
        .filter(agendas::id.eq_any(ids))
        .filter(agendas::archived_at.is_null())
        .filter(places::archived_at.is_null())
        .select((
            agendas::id,
            agendas::name,
            PlaceRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .load(conn)
        .await
}
