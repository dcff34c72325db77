//! The kinds of SMS the system sends.

use serde::{Deserialize, Serialize};

/// Kind ("role") of an SMS: five about appointments, two transactional ones for the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// Convocation sent when the appointment is booked.
    Summon,
    /// Reminder sent 24 or 48 hours before the appointment.
    Reminder,
    /// The appointment was canceled.
    Cancelation,
    /// The probationer did not come.
    NoShow,
    /// The appointment was moved.
    Reschedule,
    /// Invitation to the probationer portal.
    PortalInvitation,
    /// One-time sign-in code for the probationer portal.
    PortalCode,
}

impl NotificationKind {
    /// Every kind, appointment SMS first.
    pub const ALL: [Self; 7] = [
        Self::Summon,
        Self::Reminder,
        Self::Cancelation,
        Self::NoShow,
        Self::Reschedule,
        Self::PortalInvitation,
        Self::PortalCode,
    ];

    /// Stable key, as stored and in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::Summon => "summon",
            Self::Reminder => "reminder",
            Self::Cancelation => "cancelation",
            Self::NoShow => "no_show",
            Self::Reschedule => "reschedule",
            Self::PortalInvitation => "portal_invitation",
            Self::PortalCode => "portal_code",
        }
    }

    /// The kind stored as `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Summon => "Convocation",
            Self::Reminder => "Rappel",
            Self::Cancelation => "Annulation",
            Self::NoShow => "Convocation manquée",
            Self::Reschedule => "Replanification",
            Self::PortalInvitation => "Invitation au portail",
            Self::PortalCode => "Code de connexion",
        }
    }

    /// Transactional SMS are sent at once, exempt from quiet hours, the cap and the opt-out.
    pub fn is_transactional(self) -> bool {
        matches!(self, Self::PortalInvitation | Self::PortalCode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_keys_are_snake_case() {
        let keys: Vec<_> = NotificationKind::ALL
            .iter()
            .map(|k| {
                let json = serde_json::to_string(k).unwrap();
                assert_eq!(json, format!("\"{}\"", k.key()));
                json
            })
            .collect();
        assert_eq!(
            keys.join(","),
            r#""summon","reminder","cancelation","no_show","reschedule","portal_invitation","portal_code""#
        );
    }

    #[test]
    fn only_portal_messages_are_transactional() {
        let transactional: Vec<_> = NotificationKind::ALL
            .into_iter()
            .filter(|k| k.is_transactional())
            .collect();
        assert_eq!(
            transactional,
            [
                NotificationKind::PortalInvitation,
                NotificationKind::PortalCode
            ]
        );
        assert_eq!(NotificationKind::NoShow.label(), "Convocation manquée");
    }
}
