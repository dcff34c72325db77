//! Listing, viewing and editing agents.

use super::UserTarget;
use super::manager::{Manager, sees};
use crate::access::{Actor, Decision, DenialReason, Scope, require_charter};

/// Which agents the actor's agent list contains: admins every agent; local admins and
/// directors of greffe their own service; others nobody (they only see themselves, through
/// [`view_user`]). Nothing before the charter is accepted.
pub fn list_users<Id: Copy + Eq>(actor: &Actor<Id>) -> Scope<Id> {
    if !actor.charter_accepted {
        return Scope::Nothing;
    }
    match Manager::of(actor.role) {
        Some(Manager::Admin) => Scope::Nationwide,
        Some(Manager::LocalAdmin | Manager::Director) => Scope::OwnOrganization,
        None => Scope::Nothing,
    }
}

/// Viewing an agent's profile: oneself, or an agent of [`list_users`].
pub fn view_user<Id: Copy + Eq>(actor: &Actor<Id>, target: &UserTarget<Id>) -> Decision {
    require_charter(actor).and_then(|| sees(actor, target))
}

/// Editing an agent's profile fields (not the role: see [`super::change_role`]): oneself, or
/// a visible agent the actor's role reaches (local admins not admins, directors neither
/// admins nor local admins).
pub fn edit_user<Id: Copy + Eq>(actor: &Actor<Id>, target: &UserTarget<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| sees(actor, target))
        .and_then(|| {
            let reached = actor.is(target.user_id)
                || Manager::of(actor.role).is_some_and(|m| m.reaches(target.role));
            Decision::allow_if(reached, DenialReason::Forbidden)
        })
}
