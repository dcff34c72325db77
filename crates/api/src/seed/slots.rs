//! Demo slots: weekly templates of the sorties d'audience and SAP DDSE at each demo service's
//! place, six months of slots generated from them, and a few sorties booked by the court's BEX
//! agent (the first slot of each service full).

use chrono::{DateTime, NaiveTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use msj_db::AsyncPgConnection;
use msj_db::schema::{appointments, convict_organizations, convicts, history_items, slots};
use msj_db::slots::SlotTemplateRow;
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::agents::email;
use super::id;
use super::services::{Service, agenda_id, place_id, place_name};
use crate::ApiError;
use crate::appointments::moment;
use crate::slots::generate_all;

/// (type, service type, ISO weekdays, local times, seats).
type Template = (
    &'static str,
    OrganizationType,
    &'static [i16],
    &'static [&'static str],
    i32,
);

const TEMPLATES: &[Template] = &[
    (
        "sortie_audience_sap",
        OrganizationType::Tj,
        &[1, 3, 5],
        &["14:00", "14:30", "15:00"],
        2,
    ),
    ("sap_ddse", OrganizationType::Tj, &[2], &["10:00"], 1),
    (
        "sortie_audience_spip",
        OrganizationType::Spip,
        &[2, 4],
        &["09:30", "10:00", "10:30"],
        3,
    ),
    ("sap_ddse", OrganizationType::Spip, &[4], &["14:00"], 2),
];
/// Slots booked per service; the first one to capacity.
const BOOKED_SLOTS: i64 = 4;

/// What the step wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct SeededSlots {
    /// Templates inserted.
    pub templates: usize,
    /// Slots generated.
    pub slots: usize,
    /// Sorties booked.
    pub bookings: usize,
}

async fn type_id(conn: &mut AsyncPgConnection, key: &str) -> Result<Uuid, ApiError> {
    msj_db::appointments::type_id(conn, key)
        .await?
        .ok_or_else(|| ApiError::internal("missing appointment type"))
}

/// Seeds the templates, generates the slots and books the first ones.
pub async fn seed(
    conn: &mut AsyncPgConnection,
    services: &[Service],
    now: DateTime<Utc>,
) -> Result<SeededSlots, ApiError> {
    let mut rows = Vec::new();
    for service in services {
        let (place, agenda) = (
            place_id(service.name),
            agenda_id(service.name, service.kind),
        );
        for (key, _, days, times, capacity) in TEMPLATES.iter().filter(|t| t.1 == service.kind) {
            let type_id = type_id(conn, key).await?;
            for day in *days {
                for time in *times {
                    rows.push(SlotTemplateRow {
                        id: id(&format!("{place}/{key}/{day}/{time}")),
                        agenda_id: agenda,
                        appointment_type_id: type_id,
                        week_day: *day,
                        local_time: NaiveTime::parse_from_str(time, "%H:%M").unwrap_or_default(),
                        duration_min: 30,
                        capacity: *capacity,
                        created_at: now,
                        updated_at: now,
                    });
                }
            }
        }
    }
    let templates = msj_db::slots::insert_templates(conn, &rows).await?;
    let generated = generate_all(conn, now).await?;
    let mut bookings = 0;
    for service in services {
        bookings += book(conn, service, services, now).await?;
    }
    Ok(SeededSlots {
        templates,
        slots: generated.created,
        bookings,
    })
}

/// Books the first free sortie slots of `service` for probationers it follows, by its court's
/// BEX agent, unless sorties were booked there already.
async fn book(
    conn: &mut AsyncPgConnection,
    service: &Service,
    services: &[Service],
    now: DateTime<Utc>,
) -> Result<usize, ApiError> {
    let agenda = agenda_id(service.name, service.kind);
    let key = match service.kind {
        OrganizationType::Tj => "sortie_audience_sap",
        OrganizationType::Spip => "sortie_audience_spip",
    };
    let organization = id(service.name);
    let linked = msj_db::organizations::linked(conn, organization).await?;
    let court = match service.kind {
        OrganizationType::Tj => Some(service),
        OrganizationType::Spip => services.iter().find(|s| linked.contains(&id(s.name))),
    };
    let Some(court) = court else {
        return Ok(0);
    };
    let type_id = type_id(conn, key).await?;
    let already: i64 = appointments::table
        .filter(appointments::agenda_id.eq(agenda))
        .filter(appointments::slot_id.is_not_null())
        .count()
        .get_result(conn)
        .await?;
    if already > 0 {
        return Ok(0);
    }
    let chosen: Vec<(Uuid, DateTime<Utc>, i32)> = slots::table
        .filter(slots::agenda_id.eq(agenda))
        .filter(slots::appointment_type_id.eq(type_id))
        .filter(slots::starts_at.gt(now))
        .filter(slots::used_capacity.eq(0))
        .order(slots::starts_at)
        .limit(BOOKED_SLOTS)
        .select((slots::id, slots::starts_at, slots::capacity))
        .load(conn)
        .await?;
    let people: Vec<(Uuid, String, String)> = convict_organizations::table
        .inner_join(convicts::table)
        .filter(convict_organizations::organization_id.eq(organization))
        .filter(convicts::archived_at.is_null())
        .order(convicts::id)
        .limit(20)
        .select((convicts::id, convicts::first_name, convicts::last_name))
        .load(conn)
        .await?;
    let organization_row = msj_db::organizations::find(conn, organization)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let zone = crate::appointments::zone_of(&organization_row)?;
    let place = place_id(service.name);
    let booker = id(&email(Role::Bex, court.slug));
    let mut people = people.iter().cycle();
    let mut booked = 0;
    for (index, (slot, starts_at, capacity)) in chosen.iter().enumerate() {
        let seats = if index == 0 { *capacity } else { 1 };
        for seat in 0..seats {
            let Some((convict, first, last)) = people.next() else {
                return Ok(booked);
            };
            let appointment = id(&format!("{slot}/seat {seat}"));
            diesel::insert_into(appointments::table)
                .values((
                    appointments::id.eq(appointment),
                    appointments::convict_id.eq(convict),
                    appointments::appointment_type_id.eq(type_id),
                    appointments::place_id.eq(place),
                    appointments::agenda_id.eq(agenda),
                    appointments::starts_at.eq(starts_at),
                    appointments::duration_min.eq(30),
                    appointments::slot_id.eq(slot),
                    appointments::state.eq("booked"),
                    appointments::creating_organization_id.eq(id(court.name)),
                    appointments::created_by.eq(booker),
                    appointments::prosecutor_number.eq(format!("26{:09}", booked + 1)),
                    appointments::created_at.eq(now),
                    appointments::updated_at.eq(now),
                ))
                .execute(conn)
                .await?;
            diesel::insert_into(history_items::table)
                .values((
                    history_items::id.eq(id(&format!("{appointment}/booked"))),
                    history_items::convict_id.eq(convict),
                    history_items::appointment_id.eq(appointment),
                    history_items::category.eq(HistoryEvent::BookAppointment.category().key()),
                    history_items::event.eq(HistoryEvent::BookAppointment.key()),
                    history_items::content.eq(texts::booked(
                        &format!("{first} {last}"),
                        moment(*starts_at, zone),
                        &place_name(service.name),
                        false,
                    )),
                    history_items::actor_id.eq(booker),
                    history_items::created_at.eq(now),
                ))
                .execute(conn)
                .await?;
            booked += 1;
        }
        diesel::update(slots::table.find(slot))
            .set(slots::used_capacity.eq(seats))
            .execute(conn)
            .await?;
    }
    Ok(booked)
}
