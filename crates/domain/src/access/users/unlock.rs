//! Unlocking a locked account.

use super::UserTarget;
use super::manager::sees;
use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Unlocking an agent locked after too many failed sign-ins: admins only, any agent. There
/// is no rule about oneself: a signed-in agent is not locked.
pub fn unlock_user<Id: Copy + Eq>(actor: &Actor<Id>, target: &UserTarget<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| sees(actor, target))
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}
