//! Rows as the API shows them.

use chrono_tz::Tz;
use msj_contract::slots::{Slot, SlotTemplate};
use msj_db::slots::{SlotListed, SlotTemplateRow};

/// A template, with its type key.
pub fn template(row: &SlotTemplateRow, type_key: &str) -> SlotTemplate {
    SlotTemplate {
        id: row.id.to_string(),
        agenda_id: row.agenda_id.to_string(),
        appointment_type: type_key.to_owned(),
        week_day: u8::try_from(row.week_day).unwrap_or_default(),
        local_time: row.local_time.format("%H:%M").to_string(),
        duration_min: row.duration_min,
        capacity: row.capacity,
    }
}

/// A listed slot, its instant shown in `zone`.
pub fn slot(listed: &SlotListed, zone: Tz) -> Slot {
    let row = &listed.slot;
    Slot {
        id: row.id.to_string(),
        appointment_type: listed.type_key.clone(),
        place_id: listed.place_id.to_string(),
        place_name: listed.place_name.clone(),
        agenda_id: row.agenda_id.to_string(),
        agenda_name: listed.agenda_name.clone(),
        starts_at: row.starts_at.with_timezone(&zone).fixed_offset(),
        local_date: row.local_date,
        local_time: row.local_time.format("%H:%M").to_string(),
        duration_min: row.duration_min,
        capacity: row.capacity,
        used_capacity: row.used_capacity,
        open: row.open,
        slot_template_id: row.slot_template_id.map(|id| id.to_string()),
    }
}
