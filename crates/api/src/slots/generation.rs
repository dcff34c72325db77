//! Slots of the next six months from the weekly templates (domain §4.5): run daily by the jobs
//! loop (its period claimed in `job_runs`) and by hand with `msj slots generate`. Both are
//! idempotent: each template continues after the last slot it generated (a template changed
//! later keeps its earlier slots), and any slot that exists is skipped by its unique key.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, NaiveDate, Utc, Weekday};
use msj_db::slots::{SlotRow, TemplateToGenerate};
use msj_db::{AsyncPgConnection, DbError, DbPool};
use msj_domain::slots::{PlaceCalendar, SlotTemplate, generate};
use msj_domain::territories::Territory;
use serde::Serialize;
use uuid::Uuid;

/// Rows written per INSERT batch.
const BATCH: usize = 5000;

/// What a generation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Generated {
    /// Templates read.
    pub templates: usize,
    /// Slots created.
    pub created: usize,
    /// Slots that already existed.
    pub skipped: usize,
}

fn weekday(day: i16) -> Option<Weekday> {
    u8::try_from(day - 1)
        .ok()
        .and_then(|day| Weekday::try_from(day).ok())
}

/// The slots of one place's templates after the last date each one generated.
fn place_slots(
    group: &[TemplateToGenerate],
    last: &HashMap<Uuid, NaiveDate>,
    now: DateTime<Utc>,
) -> Vec<SlotRow> {
    let Some(first) = group.first() else {
        return Vec::new();
    };
    let Ok(territory) = first.territory.parse::<Territory>() else {
        return Vec::new();
    };
    let Ok(zone) = territory.resolve_time_zone(&first.time_zone) else {
        return Vec::new();
    };
    let calendar = PlaceCalendar {
        territory,
        zone,
        valid_from: first.valid_from,
        valid_until: first.valid_until,
    };
    let templates: Vec<SlotTemplate<usize>> = group
        .iter()
        .enumerate()
        .filter_map(|(index, row)| {
            Some(SlotTemplate {
                id: index,
                weekday: weekday(row.template.week_day)?,
                local_time: row.template.local_time,
            })
        })
        .collect();
    generate(&templates, &calendar, now)
        .into_iter()
        .filter(|slot| {
            last.get(&group[slot.template_id].template.id)
                .is_none_or(|last| slot.date > *last)
        })
        .map(|slot| {
            let template = &group[slot.template_id].template;
            SlotRow {
                id: Uuid::now_v7(),
                agenda_id: template.agenda_id,
                appointment_type_id: template.appointment_type_id,
                slot_template_id: Some(template.id),
                local_date: slot.date,
                local_time: slot.local_time,
                starts_at: slot.starts_at,
                duration_min: template.duration_min,
                capacity: template.capacity,
                used_capacity: 0,
                open: true,
                created_at: now,
                updated_at: now,
            }
        })
        .collect()
}

/// The slots every template calls for, after the last one it generated; and how many
/// templates were read.
async fn planned(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> Result<(usize, Vec<SlotRow>), DbError> {
    let rows = msj_db::slots::templates_to_generate(conn).await?;
    let last: HashMap<Uuid, NaiveDate> = msj_db::slots::last_generated(conn)
        .await?
        .into_iter()
        .collect();
    let slots = rows
        .chunk_by(|a, b| a.place_id == b.place_id)
        .flat_map(|group| place_slots(group, &last, now))
        .collect();
    Ok((rows.len(), slots))
}

/// Writes `rows` batch by batch; `progress` hears (slots written, slots in all) after each.
async fn write(
    conn: &mut AsyncPgConnection,
    rows: &[SlotRow],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<usize, DbError> {
    let mut created = 0;
    for batch in rows.chunks(BATCH) {
        created += msj_db::slots::insert_slots(conn, batch).await?;
        progress(batch.len(), rows.len());
    }
    Ok(created)
}

/// [`write`] on a connection of its own.
async fn write_on(
    pool: &DbPool,
    rows: &[SlotRow],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<usize, DbError> {
    write(&mut *msj_db::pool::connection(pool).await?, rows, progress).await
}

/// Generates the slots of every template on one connection (inside the caller's transaction).
pub async fn generate_all(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> Result<Generated, DbError> {
    let (templates, rows) = planned(conn, now).await?;
    let created = write(conn, &rows, &|_, _| {}).await?;
    Ok(Generated {
        templates,
        created,
        skipped: rows.len() - created,
    })
}

/// Generates the slots of every template, written by two connections at once (the first
/// generation of a national data set writes hundreds of thousands of rows); `progress` hears
/// (slots written so far, slots to write).
pub async fn generate_parallel(
    pool: &DbPool,
    now: DateTime<Utc>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Generated, DbError> {
    let (templates, rows) = planned(&mut *msj_db::pool::connection(pool).await?, now).await?;
    let (first, second) = rows.split_at(rows.len() / 2);
    let written = AtomicUsize::new(0);
    let counted = |batch: usize, _: usize| {
        let done = written.fetch_add(batch, Ordering::Relaxed) + batch;
        progress(done, rows.len());
    };
    let (a, b) = tokio::join!(
        write_on(pool, first, &counted),
        write_on(pool, second, &counted)
    );
    let created = a? + b?;
    Ok(Generated {
        templates,
        created,
        skipped: rows.len() - created,
    })
}

/// `msj slots generate`: one generation now, with a progress line on standard error.
pub fn generate_blocking(database_url: &str) -> Result<Generated, String> {
    let url = database_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 3).map_err(|error| error.to_string())?;
        generate_parallel(&pool, Utc::now(), &|done, all| {
            eprint!("\rslots: {done}/{all}…");
        })
        .await
        .map_err(|error| error.to_string())
    })?
}
