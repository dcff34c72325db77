//! The list of slots, filtered.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::SlotRow;
use crate::schema::{agendas, appointment_types, places, slots};

/// Which slots to list: open ones starting in [`from`, `until`) at the places of
/// `organization_ids`.
#[derive(Debug, Clone, Default)]
pub struct SlotFilter {
    /// Services whose places' slots are listed.
    pub organization_ids: Vec<Uuid>,
    /// Only these type keys (empty: every slot-system type).
    pub type_keys: Vec<String>,
    /// First instant.
    pub from: Option<DateTime<Utc>>,
    /// Instant after the last.
    pub until: Option<DateTime<Utc>>,
    /// One place.
    pub place_id: Option<Uuid>,
    /// One agenda.
    pub agenda_id: Option<Uuid>,
    /// Full slots too.
    pub include_full: bool,
    /// Page size.
    pub limit: i64,
    /// Rows skipped.
    pub offset: i64,
}

/// A listed slot with its place, agenda and type.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct SlotListed {
    /// The slot.
    pub slot: SlotRow,
    /// Its place.
    pub place_id: Uuid,
    /// The place's name.
    pub place_name: String,
    /// The place's service.
    pub organization_id: Uuid,
    /// The agenda's name.
    pub agenda_name: String,
    /// The type key.
    pub type_key: String,
}

/// One page of the slots `filter` selects, by start, and how many there are in all.
pub async fn list_slots(
    conn: &mut AsyncPgConnection,
    filter: &SlotFilter,
) -> QueryResult<(Vec<SlotListed>, i64)> {
    let query = || {
        let mut query = slots::table
            .inner_join(agendas::table.inner_join(places::table))
            .inner_join(appointment_types::table)
            .filter(slots::open.eq(true))
            .filter(places::organization_id.eq_any(filter.organization_ids.clone()))
            .into_boxed();
        if !filter.type_keys.is_empty() {
            query = query.filter(appointment_types::key.eq_any(filter.type_keys.clone()));
        }
        if let Some(from) = filter.from {
            query = query.filter(slots::starts_at.ge(from));
        }
        if let Some(until) = filter.until {
            query = query.filter(slots::starts_at.lt(until));
        }
        if let Some(place) = filter.place_id {
            query = query.filter(places::id.eq(place));
        }
        if let Some(agenda) = filter.agenda_id {
            query = query.filter(slots::agenda_id.eq(agenda));
        }
        if !filter.include_full {
            query = query.filter(slots::used_capacity.lt(slots::capacity));
        }
        query
    };
    let total = query().count().get_result(conn).await?;
    let rows = query()
        .order((slots::starts_at, places::name, agendas::name))
        .limit(filter.limit)
        .offset(filter.offset)
        .select((
            SlotRow::as_select(),
            places::id,
            places::name,
            places::organization_id,
            agendas::name,
            appointment_types::key,
        ))
        .load(conn)
        .await?;
    Ok((rows, total))
}
