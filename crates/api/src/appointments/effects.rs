//! What bookings and transitions write besides the appointment: history items and SMS rows.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use msj_db::AsyncPgConnection;
use msj_db::appointments::{AppointmentRow, NotificationRow};
use msj_db::convicts::ConvictRow;
use msj_db::history::HistoryRow;
use msj_domain::convicts::can_receive_sms;
use msj_domain::history::{HistoryEvent, Moment, texts};
use msj_domain::notifications::{NotificationKind, PlanSettings, plan};
use uuid::Uuid;

use super::context::plan_settings;
use crate::ApiError;

/// The local moment of an instant in `zone`.
pub fn moment(at: DateTime<Utc>, zone: Tz) -> Moment {
    let local = at.with_timezone(&zone);
    Moment {
        date: local.date_naive(),
        time: local.time(),
    }
}

/// « Prénom NOM » of a probationer.
pub fn person(convict: &ConvictRow) -> String {
    format!("{} {}", convict.first_name, convict.last_name)
}

/// Whether SMS can be sent to the probationer.
pub fn reachable(convict: &ConvictRow) -> bool {
    can_receive_sms(
        convict.phone.as_deref(),
        convict.no_phone,
        convict.refused_phone,
    )
}

/// Who acts and when, for the rows written.
#[derive(Debug, Clone, Copy)]
pub struct Writer {
    /// The acting agent (`None` for the system).
    pub actor_id: Option<Uuid>,
    /// Now.
    pub now: DateTime<Utc>,
}

impl Writer {
    /// A history item about `appointment` (or the record when `None`).
    pub fn item(
        &self,
        convict_id: Uuid,
        appointment_id: Option<Uuid>,
        event: HistoryEvent,
        content: String,
    ) -> HistoryRow {
        HistoryRow {
            id: Uuid::now_v7(),
            convict_id,
            appointment_id,
            category: event.category().key().to_owned(),
            event: event.key().to_owned(),
            content,
            actor_id: self.actor_id,
            created_at: self.now,
        }
    }

    /// Appends one history item.
    pub async fn append(
        &self,
        conn: &mut AsyncPgConnection,
        item: HistoryRow,
    ) -> Result<(), ApiError> {
        msj_db::history::append(conn, &[item]).await?;
        Ok(())
    }

    /// Plans the SMS of `appointment`: the `immediate` one now and the reminder (SPEC §4), or,
    /// when the probationer cannot receive SMS, no row and a history item saying why.
    pub async fn plan_sms(
        &self,
        conn: &mut AsyncPgConnection,
        appointment: &AppointmentRow,
        convict: &ConvictRow,
        settings: &PlanSettings,
        immediate: Option<NotificationKind>,
    ) -> Result<(), ApiError> {
        if !reachable(convict) {
            let item = self.item(
                convict.id,
                Some(appointment.id),
                HistoryEvent::NoSmsNotification,
                texts::no_sms(convict.refused_phone),
            );
            return self.append(conn, item).await;
        }
        let planned = plan(appointment.starts_at, settings, self.now, immediate);
        self.insert_sms(
            conn,
            appointment,
            settings.zone,
            planned.iter().map(|sms| (sms.kind, sms.due_at)),
        )
        .await
    }

    /// Writes SMS rows due at the given instants, with their history items.
    pub async fn insert_sms(
        &self,
        conn: &mut AsyncPgConnection,
        appointment: &AppointmentRow,
        zone: Tz,
        messages: impl Iterator<Item = (NotificationKind, DateTime<Utc>)>,
    ) -> Result<(), ApiError> {
        let (rows, items): (Vec<_>, Vec<_>) = messages
            .map(|(kind, due_at)| {
                let row = NotificationRow {
                    id: Uuid::now_v7(),
                    appointment_id: appointment.id,
                    kind: kind.key().to_owned(),
                    state: "created".to_owned(),
                    due_at,
                    content: None,
                    response_code: None,
                    unsent_reason: None,
                    sent_at: None,
                    created_at: self.now,
                    updated_at: self.now,
                };
                let when = (due_at > self.now).then(|| moment(due_at, zone));
                let item = self.item(
                    appointment.convict_id,
                    Some(appointment.id),
                    HistoryEvent::PlanNotification,
                    texts::sms_planned(kind, when),
                );
                (row, item)
            })
            .unzip();
        msj_db::appointments::insert_notifications(conn, &rows).await?;
        msj_db::history::append(conn, &items).await?;
        Ok(())
    }

    /// Follows a change of the probationer's SMS ability: pending SMS are canceled when SMS
    /// become impossible; future booked appointments get their reminder when they become
    /// possible again (SPEC §4).
    pub async fn follow_sms_ability(
        &self,
        conn: &mut AsyncPgConnection,
        before: &ConvictRow,
        after: &ConvictRow,
    ) -> Result<(), ApiError> {
        match (reachable(before), reachable(after)) {
            (true, false) => {
                msj_db::appointments::cancel_pending(conn, after.id, self.now).await?;
            }
            (false, true) => {
                let future =
                    msj_db::appointments::reachable_future_appointments(conn, after.id, self.now)
                        .await?;
                for (appointment, organization, type_key) in future {
                    let settings = plan_settings(conn, &organization, &type_key).await?;
                    let reminders = plan(appointment.starts_at, &settings, self.now, None)
                        .into_iter()
                        .map(|sms| (sms.kind, sms.due_at));
                    self.insert_sms(conn, &appointment, settings.zone, reminders)
                        .await?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Cancels the pending reminder of `appointment`, with a history item when there was one.
    pub async fn cancel_reminder(
        &self,
        conn: &mut AsyncPgConnection,
        appointment: &AppointmentRow,
    ) -> Result<(), ApiError> {
        if msj_db::appointments::cancel_pending_reminder(conn, appointment.id, self.now).await? {
            let item = self.item(
                appointment.convict_id,
                Some(appointment.id),
                HistoryEvent::CancelReminderNotification,
                texts::reminder_canceled(),
            );
            self.append(conn, item).await?;
        }
        Ok(())
    }

    /// The probationer asks for no more SMS (STOP SMS link, or their portal): flagged,
    /// pending SMS canceled, `text` in the history. `false` when they had already refused.
    pub async fn refuse_sms(
        &self,
        conn: &mut AsyncPgConnection,
        convict_id: Uuid,
        text: String,
    ) -> Result<bool, ApiError> {
        if !msj_db::convicts::refuse_sms(conn, convict_id, self.now).await? {
            return Ok(false);
        }
        msj_db::appointments::cancel_pending(conn, convict_id, self.now).await?;
        let item = self.item(convict_id, None, HistoryEvent::RefusePhoneConvict, text);
        self.append(conn, item).await?;
        Ok(true)
    }
}
