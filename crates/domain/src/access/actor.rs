//! The agent on whose behalf an action is decided.

use crate::roles::{OrganizationType, Role};

/// Who acts: an agent, with their role in their current organisation. Generic over the id
/// type so the domain stays free of database and UUID types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor<Id> {
    /// The agent's id.
    pub user_id: Id,
    /// The agent's role.
    pub role: Role,
    /// The agent's current organisation.
    pub organization_id: Id,
    /// Type of that organisation.
    pub organization_type: OrganizationType,
    /// Whether the agent has accepted the current version of the security charter.
    pub charter_accepted: bool,
}

impl<Id: Copy + Eq> Actor<Id> {
    /// Whether `user_id` is the actor themselves.
    pub fn is(&self, user_id: Id) -> bool {
        self.user_id == user_id
    }

    /// Whether `organization_id` is the actor's own organisation.
    pub fn belongs_to(&self, organization_id: Id) -> bool {
        self.organization_id == organization_id
    }
}

#[cfg(test)]
impl Actor<u8> {
    /// Agent 1 of service 10 with `role`, charter accepted: the actor of the unit tests.
    pub(crate) fn sample(role: Role, organization_type: OrganizationType) -> Self {
        Self {
            user_id: 1,
            role,
            organization_id: 10,
            organization_type,
            charter_accepted: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_self_and_own_organisation() {
        let actor = Actor {
            user_id: 1,
            role: Role::Cpip,
            organization_id: 10,
            organization_type: OrganizationType::Spip,
            charter_accepted: true,
        };
        assert!(actor.is(1));
        assert!(!actor.is(2));
        assert!(actor.belongs_to(10));
        assert!(!actor.belongs_to(11));
    }
}
