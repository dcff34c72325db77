//! Appointments as the API shows them.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use msj_contract::appointments::{
    Appointment, AppointmentActions, ConvictRef, LegalDelay, NamedRef, NotificationView,
};
use msj_db::appointments::{AppointmentRow, ListedAppointment, NotificationRow};
use msj_domain::access::Actor;
use msj_domain::access::appointments::{AppointmentFacts, appointment_actions};
use msj_domain::appointments::Timing;
use msj_domain::convicts::can_receive_sms;
use msj_domain::notifications::NotificationKind;
use msj_domain::slots::{legal_window, outside_window};
use uuid::Uuid;

use super::context::state_of;
use crate::ApiError;

/// The names an appointment is shown with.
#[derive(Debug, Clone)]
pub struct Names {
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
    /// Agenda name.
    pub agenda_name: String,
    /// Whether the probationer can receive SMS.
    pub can_receive_sms: bool,
}

impl From<&ListedAppointment> for Names {
    fn from(listed: &ListedAppointment) -> Self {
        Self {
            first_name: listed.first_name.clone(),
            last_name: listed.last_name.clone(),
            type_key: listed.type_key.clone(),
            type_name: listed.type_name.clone(),
            place_name: listed.place_name.clone(),
            agenda_name: listed.agenda_name.clone(),
            can_receive_sms: can_receive_sms(
                listed.phone.as_deref(),
                listed.no_phone,
                listed.refused_phone,
            ),
        }
    }
}

/// The legal window of a sortie d'audience booked on the day of the hearing.
fn legal_delay(row: &AppointmentRow, type_key: &str, zone: Tz) -> Option<LegalDelay> {
    let kind = type_key.parse().ok()?;
    let hearing = row.created_at.with_timezone(&zone).date_naive();
    let window = legal_window(kind, hearing)?;
    Some(LegalDelay {
        first: window.first,
        last: window.last,
        outside: outside_window(&window, row.starts_at.with_timezone(&zone).date_naive()),
    })
}

/// The API view of an appointment whose place is in `zone`.
pub fn appointment(
    row: &AppointmentRow,
    names: Names,
    zone: Tz,
    now: DateTime<Utc>,
    notifications: &[NotificationRow],
) -> Result<Appointment, ApiError> {
    let local = row.starts_at.with_timezone(&zone);
    let state = state_of(&row.state)?;
    let id = |id: Option<uuid::Uuid>| id.map(|id| id.to_string());
    let type_key = names.type_key.clone();
    Ok(Appointment {
        id: row.id.to_string(),
        convict: ConvictRef {
            id: row.convict_id.to_string(),
            first_name: names.first_name,
            last_name: names.last_name,
            can_receive_sms: names.can_receive_sms,
        },
        appointment_type: NamedRef {
            id: names.type_key,
            name: names.type_name,
        },
        place: NamedRef {
            id: row.place_id.to_string(),
            name: names.place_name,
        },
        agenda: NamedRef {
            id: row.agenda_id.to_string(),
            name: names.agenda_name,
        },
        starts_at: local.fixed_offset(),
        local_date: local.date_naive(),
        local_time: local.format("%H:%M").to_string(),
        time_zone: zone.name().to_owned(),
        duration_min: row.duration_min,
        state: row.state.clone(),
        state_label: state.label().to_owned(),
        unknown_status: row.state == "booked" && row.starts_at <= now,
        slot_id: id(row.slot_id),
        legal_delay: legal_delay(row, &type_key, zone),
        assigned_agent_id: id(row.assigned_agent_id),
        creating_organization_id: row.creating_organization_id.to_string(),
        prosecutor_number: row.prosecutor_number.clone(),
        rescheduled_from_id: id(row.rescheduled_from_id),
        excuse_reason: row.excuse_reason.clone(),
        excuse_comment: row.excuse_comment.clone(),
        notifications: notifications
            .iter()
            .map(|sms| NotificationView {
                id: sms.id.to_string(),
                kind: sms.kind.clone(),
                kind_label: NotificationKind::from_key(&sms.kind)
                    .map(NotificationKind::label)
                    .unwrap_or_default()
                    .to_owned(),
                state: sms.state.clone(),
                due_at: sms.due_at.with_timezone(&zone).fixed_offset(),
                sent_at: sms.sent_at.map(|at| at.with_timezone(&zone).fixed_offset()),
                content: sms.content.clone(),
                response_code: sms.response_code.clone(),
                unsent_reason: sms.unsent_reason.clone(),
            })
            .collect(),
        actions: None,
    })
}

/// The buttons `actor` gets for an appointment described by `facts`.
pub fn actions(
    actor: &Actor<Uuid>,
    facts: &AppointmentFacts<'_, Uuid>,
    jurisdiction: &[Uuid],
    row: &AppointmentRow,
    now: DateTime<Utc>,
) -> Result<AppointmentActions, ApiError> {
    let allowed = appointment_actions(
        actor,
        facts,
        jurisdiction,
        state_of(&row.state)?,
        Timing::of(row.starts_at, now),
    );
    Ok(AppointmentActions {
        cancel: allowed.cancel,
        reschedule: allowed.reschedule,
        attendance: allowed.attendance,
        excuse: allowed.excuse,
        rebook: allowed.rebook,
    })
}
