//! Slots of the next six months from the weekly templates (domain §4.5): run daily by the jobs
//! loop (its period claimed in `job_runs`) and by hand with `msj slots generate`. Both are
//! idempotent: each template continues after the last slot it generated (a template changed
//! later keeps its earlier slots), and any slot that exists is skipped by its unique key.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc, Weekday};
use msj_db::slots::{SlotRow, TemplateToGenerate};
use msj_db::{AsyncPgConnection, DbError};
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

/// Generates the slots of every template; `progress` hears (places done, places in all).
pub async fn generate_all(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
    mut progress: impl FnMut(usize, usize),
) -> Result<Generated, DbError> {
    let rows = msj_db::slots::templates_to_generate(conn).await?;
    let last: HashMap<Uuid, NaiveDate> = msj_db::slots::last_generated(conn)
        .await?
        .into_iter()
        .collect();
    let groups: Vec<&[TemplateToGenerate]> =
        rows.chunk_by(|a, b| a.place_id == b.place_id).collect();
    let mut report = Generated {
        templates: rows.len(),
        ..Generated::default()
    };
    let mut pending = Vec::new();
    for (done, group) in groups.iter().enumerate() {
        pending.extend(place_slots(group, &last, now));
        if pending.len() >= BATCH || done + 1 == groups.len() {
            let created = msj_db::slots::insert_slots(conn, &pending).await?;
            report.created += created;
            report.skipped += pending.len() - created;
            pending.clear();
            progress(done + 1, groups.len());
        }
    }
    Ok(report)
}

/// `msj slots generate`: one generation now, with a progress line on standard error.
pub fn generate_blocking(database_url: &str) -> Result<Generated, String> {
    let url = database_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 1).map_err(|error| error.to_string())?;
        let mut conn = msj_db::pool::connection(&pool)
            .await
            .map_err(|error| error.to_string())?;
        generate_all(&mut conn, Utc::now(), |done, all| {
            eprint!("\rslots: {done}/{all} places…");
        })
        .await
        .map_err(|error| error.to_string())
    })?
}
