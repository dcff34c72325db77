//! The agent an action is about.

use crate::roles::Role;

/// An existing agent, as far as permissions need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserTarget<Id> {
    /// The agent's id.
    pub user_id: Id,
    /// The agent's current role.
    pub role: Role,
    /// The agent's organisation.
    pub organization_id: Id,
}
