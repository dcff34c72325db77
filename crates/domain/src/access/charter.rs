//! The security charter gate (SPEC §6, features §4.5): nothing else before it is accepted.

use super::{Actor, Decision, DenialReason};

/// Denied with `security_charter_not_accepted` until the actor accepts the current charter.
/// Every rule of [`super`] checks it first.
pub fn require_charter<Id>(actor: &Actor<Id>) -> Decision {
    Decision::allow_if(
        actor.charter_accepted,
        DenialReason::SecurityCharterNotAccepted,
    )
}

/// Where an agent stands with the versioned charter: a new version asks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CharterAcceptance {
    /// The agent has never accepted any version.
    NeverAccepted,
    /// The agent accepted another version than the current one.
    Outdated {
        /// The version the agent accepted.
        accepted: i32,
    },
    /// The agent accepted the current version.
    Current,
}

impl CharterAcceptance {
    /// Standing of an agent who accepted version `accepted` (if any) when `current` is in force.
    pub fn of(accepted: Option<i32>, current: i32) -> Self {
        match accepted {
            None => Self::NeverAccepted,
            Some(version) if version == current => Self::Current,
            Some(version) => Self::Outdated { accepted: version },
        }
    }

    /// Whether the accepted version is the current one: the value of
    /// [`Actor::charter_accepted`].
    pub fn is_current(accepted: Option<i32>, current: i32) -> bool {
        Self::of(accepted, current) == Self::Current
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::{OrganizationType, Role};

    #[test]
    fn only_the_current_version_counts() {
        assert!(CharterAcceptance::is_current(Some(3), 3));
        assert!(!CharterAcceptance::is_current(Some(2), 3));
        assert!(!CharterAcceptance::is_current(Some(4), 3));
        assert!(!CharterAcceptance::is_current(None, 1));
        assert_eq!(
            CharterAcceptance::of(Some(2), 3),
            CharterAcceptance::Outdated { accepted: 2 }
        );
        assert_eq!(
            CharterAcceptance::of(None, 3),
            CharterAcceptance::NeverAccepted
        );
    }

    #[test]
    fn gate_denies_until_accepted() {
        let mut actor = Actor {
            user_id: 1,
            role: Role::Admin,
            organization_id: 1,
            organization_type: OrganizationType::Tj,
            charter_accepted: false,
        };
        assert_eq!(
            require_charter(&actor),
            Decision::Denied(DenialReason::SecurityCharterNotAccepted)
        );
        actor.charter_accepted = true;
        assert_eq!(require_charter(&actor), Decision::Allowed);
    }
}
