//! States of an appointment.

use serde::{Deserialize, Serialize};

/// State of an appointment ("convocation").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentState {
    /// Planned; attendance not recorded yet.
    Booked,
    /// The probationer came.
    Fulfilled,
    /// The probationer did not come.
    NoShow,
    /// The probationer did not come, or will not, for a reason accepted by the service.
    Excused,
    /// Canceled by the service. Terminal.
    Canceled,
}

impl AppointmentState {
    /// Every state, in lifecycle order.
    pub const ALL: [Self; 5] = [
        Self::Booked,
        Self::Fulfilled,
        Self::NoShow,
        Self::Excused,
        Self::Canceled,
    ];

    /// Stable key, as in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::Booked => "booked",
            Self::Fulfilled => "fulfilled",
            Self::NoShow => "no_show",
            Self::Excused => "excused",
            Self::Canceled => "canceled",
        }
    }

    /// French label shown in the UI.
    pub fn label(self) -> &'static str {
        match self {
            Self::Booked => "Planifié",
            Self::Fulfilled => "Honoré",
            Self::NoShow => "Manqué",
            Self::Excused => "Excusé",
            Self::Canceled => "Annulé",
        }
    }

    /// No event leaves this state.
    pub fn is_terminal(self) -> bool {
        self == Self::Canceled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_labels_and_serde() {
        let described: Vec<_> = AppointmentState::ALL
            .iter()
            .map(|s| format!("{}={}", s.key(), s.label()))
            .collect();
        assert_eq!(
            described.join(" "),
            "booked=Planifié fulfilled=Honoré no_show=Manqué excused=Excusé canceled=Annulé"
        );
        for state in AppointmentState::ALL {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.key()));
            assert_eq!(
                serde_json::from_str::<AppointmentState>(&json).unwrap(),
                state
            );
        }
    }

    #[test]
    fn only_canceled_is_terminal() {
        let terminal: Vec<_> = AppointmentState::ALL
            .into_iter()
            .filter(|s| s.is_terminal())
            .collect();
        assert_eq!(terminal, [AppointmentState::Canceled]);
    }
}
