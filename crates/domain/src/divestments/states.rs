//! States of a transfer and of each source service's answer (domain §2.9).

use serde::{Deserialize, Serialize};

/// State of a transfer ("dessaisissement").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivestmentState {
    /// Waiting for the source services.
    Pending,
    /// Every source service answered positively.
    Accepted,
    /// Accepted at creation: the probationer's follow-up was no longer active.
    AutoAccepted,
    /// A source service refused.
    Refused,
}

impl DivestmentState {
    /// Every state.
    pub const ALL: [Self; 4] = [
        Self::Pending,
        Self::Accepted,
        Self::AutoAccepted,
        Self::Refused,
    ];

    /// Stable key, as in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::AutoAccepted => "auto_accepted",
            Self::Refused => "refused",
        }
    }

    /// The state of `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.key() == key)
    }

    /// French label shown in the UI.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "En attente",
            Self::Accepted => "Accepté",
            Self::AutoAccepted => "Accepté automatiquement",
            Self::Refused => "Refusé",
        }
    }
}

/// State of one source service's answer ("demande de dessaisissement").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerState {
    /// Waiting for the service.
    Pending,
    /// The service accepted.
    Accepted,
    /// Accepted without the service: its linked TJ decides, or 10 days passed.
    AutoAccepted,
    /// The service refused.
    Refused,
    /// Nobody there can answer, or another service refused first.
    Ignored,
}

impl AnswerState {
    /// Every state.
    pub const ALL: [Self; 5] = [
        Self::Pending,
        Self::Accepted,
        Self::AutoAccepted,
        Self::Refused,
        Self::Ignored,
    ];

    /// Stable key, as in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::AutoAccepted => "auto_accepted",
            Self::Refused => "refused",
            Self::Ignored => "ignored",
        }
    }

    /// The state of `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.key() == key)
    }

    /// French label shown in the UI.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "En attente",
            Self::Accepted => "Accepté",
            Self::AutoAccepted => "Accepté automatiquement",
            Self::Refused => "Refusé",
            Self::Ignored => "Ignoré",
        }
    }

    /// "Positively answered": accepted, auto-accepted or ignored.
    pub fn is_positive(self) -> bool {
        matches!(self, Self::Accepted | Self::AutoAccepted | Self::Ignored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for state in DivestmentState::ALL {
            assert_eq!(DivestmentState::from_key(state.key()), Some(state));
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.key()));
        }
        for state in AnswerState::ALL {
            assert_eq!(AnswerState::from_key(state.key()), Some(state));
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.key()));
        }
        assert_eq!(DivestmentState::from_key("ignored"), None);
        assert_eq!(AnswerState::from_key("Accepté"), None);
    }

    #[test]
    fn labels_are_french() {
        let labels: Vec<_> = AnswerState::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(
            labels,
            [
                "En attente",
                "Accepté",
                "Accepté automatiquement",
                "Refusé",
                "Ignoré"
            ]
        );
        assert_eq!(
            DivestmentState::AutoAccepted.label(),
            "Accepté automatiquement"
        );
    }
}
