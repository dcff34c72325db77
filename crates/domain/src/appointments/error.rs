//! Why a transition was refused.

use thiserror::Error;

use super::{AppointmentEvent, AppointmentState};

/// A refused transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TransitionError {
    /// The current state does not allow the event.
    #[error(
        "Action impossible (« {} ») pour une convocation à l'état « {} »",
        .event.label(),
        .state.label()
    )]
    InvalidTransition {
        /// Current state.
        state: AppointmentState,
        /// Refused event.
        event: AppointmentEvent,
    },
    /// The event needs an appointment that has already started.
    #[error("La convocation n'a pas encore eu lieu")]
    AppointmentNotPast,
    /// The event needs an appointment that has not started yet.
    #[error("La convocation a déjà eu lieu")]
    AppointmentNotFuture,
}

impl TransitionError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidTransition { .. } => "invalid_transition",
            Self::AppointmentNotPast => "appointment_not_past",
            Self::AppointmentNotFuture => "appointment_not_future",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_french_messages() {
        let invalid = TransitionError::InvalidTransition {
            state: AppointmentState::Canceled,
            event: AppointmentEvent::Cancel,
        };
        assert_eq!(invalid.code(), "invalid_transition");
        assert_eq!(
            invalid.to_string(),
            "Action impossible (« annuler ») pour une convocation à l'état « Annulé »"
        );
        assert_eq!(
            TransitionError::AppointmentNotPast.code(),
            "appointment_not_past"
        );
        assert_eq!(
            TransitionError::AppointmentNotFuture.code(),
            "appointment_not_future"
        );
    }
}
