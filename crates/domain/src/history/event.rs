//! Kinds of history items.

use serde::{Deserialize, Serialize};

/// Category of an item: the probationer's page shows `appointment` and `convict` items, an
/// appointment's page every item of that appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryCategory {
    /// About an appointment's lifecycle.
    Appointment,
    /// About an SMS.
    Notification,
    /// About the probationer's record.
    Convict,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryEvent {
    /// An appointment was booked.
    BookAppointment,
    /// It was canceled.
    CancelAppointment,
    /// The probationer came.
    FulfilAppointment,
    /// The probationer did not come.
    MissAppointment,
    /// The probationer was excused.
    ExcuseAppointment,
    /// The recorded attendance was undone.
    RebookAppointment,
    /// It was moved to a new appointment.
    RescheduleAppointment,
    /// An SMS was planned.
    PlanNotification,
    /// The pending reminder was canceled.
    CancelReminderNotification,
    /// An SMS left for the phone.
    SendNotification,
    /// An SMS could not be delivered.
    FailNotification,
    /// No SMS can be sent to the person.
    NoSmsNotification,
    /// The record was archived.
    ArchiveConvict,
    /// The record was unarchived.
    UnarchiveConvict,
    /// A phone number was added.
    AddPhoneConvict,
    /// The phone number was changed.
    UpdatePhoneConvict,
    /// The phone number was removed.
    RemovePhoneConvict,
    /// An agent re-enabled SMS.
    AcceptPhoneConvict,
    /// The person asked for no more SMS (STOP SMS link).
    RefusePhoneConvict,
    /// A transfer to another service was accepted.
    AcceptDivestment,
    /// A transfer to another service was refused.
    RefuseDivestment,
    /// An agent invited the person to their portal.
    InvitePortalConvict,
    /// The person signed in to their portal for the first time.
    ActivatePortalConvict,
    /// A duplicate record of the person was merged into this one.
    MergeConvict,
}

impl HistoryEvent {
    /// Stable key, as stored and in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::BookAppointment => "book_appointment",
            Self::CancelAppointment => "cancel_appointment",
            Self::FulfilAppointment => "fulfil_appointment",
            Self::MissAppointment => "miss_appointment",
            Self::ExcuseAppointment => "excuse_appointment",
            Self::RebookAppointment => "rebook_appointment",
            Self::RescheduleAppointment => "reschedule_appointment",
            Self::PlanNotification => "plan_notification",
            Self::CancelReminderNotification => "cancel_reminder_notification",
            Self::SendNotification => "send_notification",
            Self::FailNotification => "fail_notification",
            Self::NoSmsNotification => "no_sms_notification",
            Self::ArchiveConvict => "archive_convict",
            Self::UnarchiveConvict => "unarchive_convict",
            Self::AddPhoneConvict => "add_phone_convict",
            Self::UpdatePhoneConvict => "update_phone_convict",
            Self::RemovePhoneConvict => "remove_phone_convict",
            Self::AcceptPhoneConvict => "accept_phone_convict",
            Self::RefusePhoneConvict => "refuse_phone_convict",
            Self::AcceptDivestment => "accept_divestment",
            Self::RefuseDivestment => "refuse_divestment",
            Self::InvitePortalConvict => "invite_portal_convict",
            Self::ActivatePortalConvict => "activate_portal_convict",
            Self::MergeConvict => "merge_convict",
        }
    }

    /// The category of the event.
    pub fn category(self) -> HistoryCategory {
        match self {
            Self::BookAppointment
            | Self::CancelAppointment
            | Self::FulfilAppointment
            | Self::MissAppointment
            | Self::ExcuseAppointment
            | Self::RebookAppointment
            | Self::RescheduleAppointment => HistoryCategory::Appointment,
            Self::PlanNotification
            | Self::CancelReminderNotification
            | Self::SendNotification
            | Self::FailNotification
            | Self::NoSmsNotification => HistoryCategory::Notification,
            _ => HistoryCategory::Convict,
        }
    }
}

impl HistoryCategory {
    /// Stable key, as stored and in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::Appointment => "appointment",
            Self::Notification => "notification",
            Self::Convict => "convict",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_match_serde_and_categories() {
        for (event, category) in [
            (
                HistoryEvent::RebookAppointment,
                HistoryCategory::Appointment,
            ),
            (
                HistoryEvent::PlanNotification,
                HistoryCategory::Notification,
            ),
            (HistoryEvent::AddPhoneConvict, HistoryCategory::Convict),
            (HistoryEvent::MergeConvict, HistoryCategory::Convict),
        ] {
            assert_eq!(
                serde_json::to_string(&event).unwrap(),
                format!("\"{}\"", event.key())
            );
            assert_eq!(event.category(), category);
            assert_eq!(
                serde_json::to_string(&category).unwrap(),
                format!("\"{}\"", category.key())
            );
        }
    }
}
