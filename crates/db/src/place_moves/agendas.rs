//! The copy of one agenda into the new place, with its slot definitions, and the move of its
//! slots and appointments from the move date.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Date, Timestamptz, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{agendas, slot_templates};

/// An agenda of the old place (archived ones included: their future appointments move too).
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct AgendaCopy {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// When it was archived.
    pub archived_at: Option<DateTime<Utc>>,
}

/// What moved with one agenda.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MovedCounts {
    /// Recurring slot definitions duplicated.
    pub slot_templates: i32,
    /// Slots moved.
    pub slots: i32,
    /// Appointments moved.
    pub appointments: i32,
}

/// Every agenda of the place `place_id`, by name.
pub async fn old_agendas(
    conn: &mut AsyncPgConnection,
    place_id: Uuid,
) -> QueryResult<Vec<AgendaCopy>> {
    agendas::table
        .filter(agendas::place_id.eq(place_id))
        .order((agendas::name, agendas::id))
        .select((agendas::id, agendas::name, agendas::archived_at))
        .load(conn)
        .await
}

fn count(rows: usize) -> i32 {
    i32::try_from(rows).unwrap_or(i32::MAX)
}

/// Creates `new_agenda` named `name` in `new_place` as a copy of `old`, duplicates its slot
/// definitions there, and moves its slots dated on or after `date` and its appointments
/// starting at or after `from` (with their place). Pending SMS follow: their text is rendered
/// from the appointment's place when sent.
pub async fn move_agenda(
    conn: &mut AsyncPgConnection,
    old: &AgendaCopy,
    (new_agenda, new_place, name): (Uuid, Uuid, &str),
    (date, from, now): (NaiveDate, DateTime<Utc>, DateTime<Utc>),
) -> QueryResult<MovedCounts> {
    diesel::insert_into(agendas::table)
        .values((
            agendas::id.eq(new_agenda),
            agendas::place_id.eq(new_place),
            agendas::name.eq(name),
            agendas::archived_at.eq(old.archived_at),
            agendas::created_at.eq(now),
        ))
        .execute(conn)
        .await?;
    let templates: Vec<Uuid> = slot_templates::table
        .filter(slot_templates::agenda_id.eq(old.id))
        .select(slot_templates::id)
        .load(conn)
        .await?;
    let mut moved = MovedCounts::default();
    for template in templates {
        let copy = Uuid::now_v7();
        diesel::sql_query(
            "INSERT INTO slot_templates (id, agenda_id, appointment_type_id, week_day, local_time, \
             duration_min, capacity, created_at, updated_at) SELECT $1, $2, appointment_type_id, \
             week_day, local_time, duration_min, capacity, $4, $4 FROM slot_templates WHERE id = $3",
        )
        .bind::<SqlUuid, _>(copy)
        .bind::<SqlUuid, _>(new_agenda)
        .bind::<SqlUuid, _>(template)
        .bind::<Timestamptz, _>(now)
        .execute(conn)
        .await?;
        moved.slot_templates += 1;
        moved.slots += count(
            diesel::sql_query(
                "UPDATE slots SET agenda_id = $1, slot_template_id = $2, updated_at = $5 \
                 WHERE slot_template_id = $3 AND local_date >= $4",
            )
            .bind::<SqlUuid, _>(new_agenda)
            .bind::<SqlUuid, _>(copy)
            .bind::<SqlUuid, _>(template)
            .bind::<Date, _>(date)
            .bind::<Timestamptz, _>(now)
            .execute(conn)
            .await?,
        );
    }
    moved.slots += count(
        diesel::sql_query(
            "UPDATE slots SET agenda_id = $1, updated_at = $4 WHERE agenda_id = $2 AND local_date >= $3",
        )
        .bind::<SqlUuid, _>(new_agenda)
        .bind::<SqlUuid, _>(old.id)
        .bind::<Date, _>(date)
        .bind::<Timestamptz, _>(now)
        .execute(conn)
        .await?,
    );
    moved.appointments = count(
        diesel::sql_query(
            "UPDATE appointments SET agenda_id = $1, place_id = $2, updated_at = $5 \
             WHERE agenda_id = $3 AND starts_at >= $4",
        )
        .bind::<SqlUuid, _>(new_agenda)
        .bind::<SqlUuid, _>(new_place)
        .bind::<SqlUuid, _>(old.id)
        .bind::<Timestamptz, _>(from)
        .bind::<Timestamptz, _>(now)
        .execute(conn)
        .await?,
    );
    Ok(moved)
}
