//! The roles that manage agents, and how far each reaches.

use super::UserTarget;
use crate::access::{Actor, Decision, DenialReason};
use crate::roles::Role;

/// A role that manages agents (features §3.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Manager {
    /// Central administrator: every service.
    Admin,
    /// Local administrator: their own service.
    LocalAdmin,
    /// Directeur de greffe BEX or SAP: their own service.
    Director,
}

impl Manager {
    /// The manager kind of a role, if any.
    pub(super) fn of(role: Role) -> Option<Self> {
        match role {
            Role::Admin => Some(Self::Admin),
            Role::LocalAdmin => Some(Self::LocalAdmin),
            Role::DirGreffBex | Role::DirGreffSap => Some(Self::Director),
            _ => None,
        }
    }

    /// Whether this manager may give `role` to an agent, or act on an agent holding it:
    /// admins any role, local admins any but admin, directors neither admin nor local admin.
    pub(super) fn reaches(self, role: Role) -> bool {
        match self {
            Self::Admin => true,
            Self::LocalAdmin => role != Role::Admin,
            Self::Director => !matches!(role, Role::Admin | Role::LocalAdmin),
        }
    }
}

/// Whether the actor sees the target at all: themselves, or an agent in their list scope.
pub(super) fn sees<Id: Copy + Eq>(actor: &Actor<Id>, target: &UserTarget<Id>) -> Decision {
    let visible = actor.is(target.user_id)
        || super::list_users(actor).includes(target.organization_id, actor.organization_id);
    Decision::allow_if(visible, DenialReason::OutOfScope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn managers_and_their_reach() {
        let managers: Vec<_> = Role::ALL
            .into_iter()
            .filter(|r| Manager::of(*r).is_some())
            .map(Role::key)
            .collect();
        assert_eq!(
            managers,
            ["admin", "local_admin", "dir_greff_bex", "dir_greff_sap"]
        );
        assert!(Manager::Admin.reaches(Role::Admin));
        assert!(!Manager::LocalAdmin.reaches(Role::Admin));
        assert!(Manager::LocalAdmin.reaches(Role::LocalAdmin));
        assert!(!Manager::Director.reaches(Role::LocalAdmin));
        assert!(Manager::Director.reaches(Role::Jap));
    }
}
