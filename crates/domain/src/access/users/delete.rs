//! Deleting agents.

use super::UserTarget;
use super::manager::{Manager, sees};
use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Deleting an agent. Never oneself; only admins delete admins; local admins and directors
/// of greffe agents of their own service that their role reaches, so a director cannot
/// delete a local admin (gap (c) of features §4.6); other roles never.
pub fn delete_user<Id: Copy + Eq>(actor: &Actor<Id>, target: &UserTarget<Id>) -> Decision {
    let manager = Manager::of(actor.role);
    require_charter(actor)
        .and_then(|| Decision::allow_if(!actor.is(target.user_id), DenialReason::CannotDeleteSelf))
        .and_then(|| sees(actor, target))
        .and_then(|| Decision::allow_if(manager.is_some(), DenialReason::Forbidden))
        .and_then(|| {
            Decision::allow_if(
                target.role != Role::Admin || manager == Some(Manager::Admin),
                DenialReason::OnlyAdminsDeleteAdmins,
            )
        })
        .and_then(|| {
            let reached = manager.is_some_and(|m| m.reaches(target.role));
            Decision::allow_if(reached, DenialReason::Forbidden)
        })
}
