//! Inviting a probationer to their portal (features §2.14): at most twice, and only when SMS
//! can reach them.

/// At most this many invitation SMS per probationer.
pub const MAX_INVITATIONS: i32 = 2;

/// Why an invitation cannot be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvitationRefusal {
    /// Two invitations were already sent.
    #[error(
        "Ce probationnaire a déjà reçu 2 invitations à son espace : il n'est plus possible de le relancer."
    )]
    LimitReached,
    /// No mobile number, or SMS refused.
    #[error(
        "Ce probationnaire ne peut pas recevoir de SMS : l'invitation à son espace ne peut pas lui être envoyée."
    )]
    CannotReceiveSms,
    /// The record is archived.
    #[error("Ce probationnaire est archivé : il ne peut pas être invité à son espace.")]
    Archived,
}

impl InvitationRefusal {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::LimitReached => "portal_invitation_limit",
            Self::CannotReceiveSms => "cannot_receive_sms",
            Self::Archived => "convict_archived",
        }
    }
}

/// Why the next invitation of someone invited `sent` times cannot go, if it cannot.
pub fn invitation_refusal(
    sent: i32,
    can_receive_sms: bool,
    archived: bool,
) -> Option<InvitationRefusal> {
    if archived {
        Some(InvitationRefusal::Archived)
    } else if !can_receive_sms {
        Some(InvitationRefusal::CannotReceiveSms)
    } else if sent >= MAX_INVITATIONS {
        Some(InvitationRefusal::LimitReached)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_invitations_then_none() {
        assert_eq!(invitation_refusal(0, true, false), None);
        assert_eq!(invitation_refusal(1, true, false), None);
        assert_eq!(
            invitation_refusal(2, true, false),
            Some(InvitationRefusal::LimitReached)
        );
    }

    #[test]
    fn sms_must_reach_a_live_record() {
        assert_eq!(
            invitation_refusal(0, false, false),
            Some(InvitationRefusal::CannotReceiveSms)
        );
        assert_eq!(
            invitation_refusal(0, true, true),
            Some(InvitationRefusal::Archived)
        );
        assert_eq!(
            InvitationRefusal::LimitReached.code(),
            "portal_invitation_limit"
        );
    }
}
