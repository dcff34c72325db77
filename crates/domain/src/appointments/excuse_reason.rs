//! Reasons for excusing a probationer.

use serde::{Deserialize, Serialize};

/// Why a probationer was excused (optional, with a free comment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExcuseReason {
    /// Illness, hospital, medical appointment.
    Medical,
    /// Work obligations.
    Work,
    /// Family reasons.
    Family,
    /// Another court or legal obligation.
    CourtLegal,
    /// Anything else.
    Other,
}

impl ExcuseReason {
    /// Every reason, in the order the UI offers them.
    pub const ALL: [Self; 5] = [
        Self::Medical,
        Self::Work,
        Self::Family,
        Self::CourtLegal,
        Self::Other,
    ];

    /// Stable key, as in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::Medical => "medical",
            Self::Work => "work",
            Self::Family => "family",
            Self::CourtLegal => "court_legal",
            Self::Other => "other",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Medical => "Raison médicale",
            Self::Work => "Raison professionnelle",
            Self::Family => "Raison familiale",
            Self::CourtLegal => "Obligation judiciaire",
            Self::Other => "Autre",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_labels() {
        for reason in ExcuseReason::ALL {
            let json = serde_json::to_string(&reason).unwrap();
            assert_eq!(json, format!("\"{}\"", reason.key()));
            assert_eq!(serde_json::from_str::<ExcuseReason>(&json).unwrap(), reason);
        }
        assert_eq!(ExcuseReason::CourtLegal.key(), "court_legal");
        assert_eq!(ExcuseReason::Medical.label(), "Raison médicale");
    }
}
