//! Appointments of the demo probationers: free-time types, from 120 days ago to 60 days
//! ahead, in every state, with their booking history item and their SMS: sent through the
//! development outbox when due before now, pending otherwise.

use chrono::{DateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use msj_db::appointments::{AppointmentRow, NotificationRow};
use msj_db::convicts::ConvictRow;
use msj_db::history::HistoryRow;
use msj_db::schema::{appointments, history_items, notifications};
use msj_db::{AsyncPgConnection, DbError};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::appointments::{AppointmentState, ExcuseReason};
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::notifications::{NotificationKind, REMINDER_DAYS, reminder_due};
use msj_domain::territories::is_working_day;
use uuid::Uuid;

use super::convicts::CHUNK;
use super::id;
use super::sites::{Follow, Site};
use crate::appointments::{moment, reachable};
use crate::notifications::gateway::OutboxGateway;

/// First bookable local time, in minutes after midnight, and the number of 15-minute steps
/// up to 17:30.
const FIRST_MINUTE: u32 = 8 * 60 + 30;
const STEPS: usize = 37;

/// The rows to write.
#[derive(Debug, Default)]
pub struct Written {
    appointments: Vec<AppointmentRow>,
    history: Vec<HistoryRow>,
    messages: Vec<NotificationRow>,
    /// Appointments that did not stay booked: (id, state, time of the change).
    outcomes: Vec<(Uuid, &'static str, DateTime<Utc>)>,
}

impl Written {
    /// Plans 2 to 4 appointments of probationer number `n`, mostly at its SPIP, some at its
    /// court.
    pub fn plan(&mut self, convict: &ConvictRow, follow: &Follow, n: usize, now: DateTime<Utc>) {
        let mut rng = super::names::Lcg::new(0x7264_7600 + n as u64);
        for k in 0..2 + rng.below(3) {
            let court = rng.pick(&follow.courts).filter(|_| rng.chance(25));
            let site = court.unwrap_or(&follow.spip);
            let Some(&(type_id, kind)) = rng.pick(&site.types) else {
                continue;
            };
            let offset = rng.below(181) as i64 - 120;
            let step = rng.below(STEPS) as u32;
            let Some(starts_at) = start(site, now, offset, step) else {
                continue;
            };
            let future = starts_at > now;
            let draw = rng.below(100);
            let state = match (future, draw) {
                (true, 0..85) => AppointmentState::Booked,
                (true, 85..93) => AppointmentState::Canceled,
                (true, _) => AppointmentState::Excused,
                (false, 0..68) => AppointmentState::Fulfilled,
                (false, 68..80) => AppointmentState::NoShow,
                (false, 80..90) => AppointmentState::Excused,
                (false, _) => AppointmentState::Booked,
            };
            let excuse_reason = (state == AppointmentState::Excused).then(|| {
                ExcuseReason::ALL[rng.below(ExcuseReason::ALL.len())]
                    .key()
                    .to_owned()
            });
            let lead = TimeDelta::days(3 + rng.below(28) as i64);
            let created_at = (starts_at - lead).min(now).max(convict.created_at);
            let updated_at = match state {
                AppointmentState::Booked => created_at,
                _ if future => now,
                _ => (starts_at + TimeDelta::hours(1)).min(now),
            };
            let assigned = kind.is_spip_assignable() && site.spip;
            let row = AppointmentRow {
                id: id(&format!("demo probationer {n}/appointment {k}")),
                convict_id: convict.id,
                appointment_type_id: type_id,
                place_id: site.place_id,
                agenda_id: site.agenda_id,
                starts_at,
                duration_min: duration(kind),
                slot_id: None,
                state: AppointmentState::Booked.key().to_owned(),
                assigned_agent_id: site.booker.filter(|_| assigned),
                creating_organization_id: site.organization_id,
                created_by: site.booker,
                prosecutor_number: None,
                rescheduled_from_id: None,
                excuse_reason,
                excuse_comment: None,
                created_at,
                updated_at: created_at,
            };
            let person = format!("{} {}", convict.first_name, convict.last_name);
            let event = HistoryEvent::BookAppointment;
            self.history.push(HistoryRow {
                id: id(&format!("demo probationer {n}/appointment {k}/booked")),
                convict_id: convict.id,
                appointment_id: Some(row.id),
                category: event.category().key().to_owned(),
                event: event.key().to_owned(),
                content: texts::booked(
                    &person,
                    moment(starts_at, site.zone),
                    &site.place_name,
                    kind.is_phone_call(),
                ),
                actor_id: site.booker,
                created_at,
            });
            if reachable(convict) {
                let message = |kind: NotificationKind, due_at| NotificationRow {
                    id: id(&format!(
                        "demo probationer {n}/appointment {k}/{}",
                        kind.key()
                    )),
                    appointment_id: row.id,
                    kind: kind.key().to_owned(),
                    state: "created".to_owned(),
                    due_at,
                    content: None,
                    response_code: None,
                    unsent_reason: None,
                    sent_at: None,
                    created_at,
                    updated_at: created_at,
                };
                self.messages
                    .push(message(NotificationKind::Summon, created_at));
                let due_at = reminder_due(starts_at, site.zone, REMINDER_DAYS);
                let sent_before_now = due_at > created_at && due_at <= now;
                if sent_before_now || (due_at > now && state == AppointmentState::Booked) {
                    self.messages
                        .push(message(NotificationKind::Reminder, due_at));
                }
            }
            if state != AppointmentState::Booked {
                self.outcomes.push((row.id, state.key(), updated_at));
            }
            self.appointments.push(row);
        }
    }

    /// Inserts the rows, booked; sends the SMS due so far through the development outbox, as
    /// if the worker had run at each one's minute; then gives the appointments their final
    /// state. Returns the appointments inserted and the SMS sent.
    pub async fn insert(
        &self,
        conn: &mut AsyncPgConnection,
        outbox: &OutboxGateway,
        public_url: &str,
        now: DateTime<Utc>,
    ) -> Result<(usize, usize), DbError> {
        let mut inserted = 0;
        for chunk in self.appointments.chunks(CHUNK) {
            inserted += diesel::insert_into(appointments::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(conn)
                .await?;
        }
        for chunk in self.history.chunks(CHUNK) {
            diesel::insert_into(history_items::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(conn)
                .await?;
        }
        for chunk in self.messages.chunks(CHUNK) {
            diesel::insert_into(notifications::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(conn)
                .await?;
        }
        let sent = super::sms::replay(conn, outbox, public_url, now).await?;
        for (id, state, at) in &self.outcomes {
            diesel::update(appointments::table.find(id))
                .set((
                    appointments::state.eq(state),
                    appointments::updated_at.eq(at),
                ))
                .execute(conn)
                .await?;
        }
        Ok((inserted, sent))
    }
}

/// The instant `offset` days from today (moved to the next working day of the place's
/// territory), at 08:30 plus `step` quarters of an hour, local time.
fn start(site: &Site, now: DateTime<Utc>, offset: i64, step: u32) -> Option<DateTime<Utc>> {
    let today = now.with_timezone(&site.zone).date_naive();
    let mut date = today.checked_add_signed(TimeDelta::days(offset))?;
    while !is_working_day(site.territory, date) {
        date = date.succ_opt()?;
    }
    let minute = FIRST_MINUTE + 15 * step;
    let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0)?;
    let local = site
        .zone
        .from_local_datetime(&date.and_time(time))
        .earliest()?;
    Some(local.with_timezone(&Utc))
}

/// A plausible duration for the type, in minutes.
fn duration(kind: AppointmentTypeKey) -> i32 {
    match kind {
        AppointmentTypeKey::PremierSuiviSpip | AppointmentTypeKey::SapDebatContradictoire => 60,
        AppointmentTypeKey::RdvTelephonique => 20,
        _ => 30,
    }
}
