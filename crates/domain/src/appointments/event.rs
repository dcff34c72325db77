//! Events an agent applies to an appointment.

use serde::{Deserialize, Serialize};

/// What an agent does to an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentEvent {
    /// Record that the probationer came ("Honoré").
    Fulfil,
    /// Record that the probationer did not come ("Manqué").
    Miss,
    /// Excuse the probationer ("Excusé").
    Excuse,
    /// Cancel the appointment ("Annulé").
    Cancel,
    /// Undo a recorded attendance: back to "Planifié".
    Rebook,
}

impl AppointmentEvent {
    /// Every event.
    pub const ALL: [Self; 5] = [
        Self::Fulfil,
        Self::Miss,
        Self::Excuse,
        Self::Cancel,
        Self::Rebook,
    ];

    /// Stable key, as in the API and the history.
    pub fn key(self) -> &'static str {
        match self {
            Self::Fulfil => "fulfil",
            Self::Miss => "miss",
            Self::Excuse => "excuse",
            Self::Cancel => "cancel",
            Self::Rebook => "rebook",
        }
    }

    /// French name of the action, in the infinitive.
    pub fn label(self) -> &'static str {
        match self {
            Self::Fulfil => "déclarer honorée",
            Self::Miss => "déclarer manquée",
            Self::Excuse => "excuser",
            Self::Cancel => "annuler",
            Self::Rebook => "remettre à l'état planifié",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_keys_match() {
        for event in AppointmentEvent::ALL {
            let json = serde_json::to_string(&event).unwrap();
            assert_eq!(json, format!("\"{}\"", event.key()));
            assert_eq!(
                serde_json::from_str::<AppointmentEvent>(&json).unwrap(),
                event
            );
        }
        assert_eq!(AppointmentEvent::Cancel.label(), "annuler");
    }
}
