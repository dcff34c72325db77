//! The agent's explicit SMS choice when booking or rescheduling.

use serde::{Deserialize, Serialize};

use crate::field_problem::FieldProblem;

/// What to send when an appointment is booked or moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmsChoice {
    /// Send the convocation (or the reschedule SMS) now, and the reminder.
    NowAndReminder,
    /// Send only the reminder.
    ReminderOnly,
}

/// The choice to apply: required when the person can receive SMS (SPEC §2), ignored (`None`)
/// when they cannot.
pub fn check_sms_choice(
    can_receive_sms: bool,
    choice: Option<SmsChoice>,
) -> Result<Option<SmsChoice>, FieldProblem> {
    match (can_receive_sms, choice) {
        (false, _) => Ok(None),
        (true, Some(choice)) => Ok(Some(choice)),
        (true, None) => Err(FieldProblem::new(
            "/sms",
            "sms_choice_required",
            "Veuillez sélectionner une préférence d'envoi de SMS.",
        )),
    }
}

/// The choice for an SMS offered by a transition (cancel, miss): required when the person can
/// receive SMS; `false` when they cannot.
pub fn check_send_sms(can_receive_sms: bool, send_sms: Option<bool>) -> Result<bool, FieldProblem> {
    match (can_receive_sms, send_sms) {
        (false, _) => Ok(false),
        (true, Some(send)) => Ok(send),
        (true, None) => Err(FieldProblem::new(
            "/send_sms",
            "sms_choice_required",
            "Indiquez s'il faut prévenir la personne par SMS.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_required_only_when_sms_possible() {
        assert_eq!(
            check_sms_choice(true, None).unwrap_err().code,
            "sms_choice_required"
        );
        assert_eq!(
            check_sms_choice(true, Some(SmsChoice::ReminderOnly)),
            Ok(Some(SmsChoice::ReminderOnly))
        );
        assert_eq!(
            check_sms_choice(false, Some(SmsChoice::NowAndReminder)),
            Ok(None)
        );
        assert_eq!(check_send_sms(true, None).unwrap_err().pointer, "/send_sms");
        assert_eq!(check_send_sms(false, Some(true)), Ok(false));
        assert_eq!(check_send_sms(true, Some(true)), Ok(true));
    }
}
