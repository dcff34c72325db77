//! SMS templates: central admins only (features §3.5).

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Viewing, editing and restoring SMS templates: the central admin.
pub fn manage_templates<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}
