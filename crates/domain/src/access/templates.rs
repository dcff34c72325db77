//! SMS templates and the SMS outbox: central admins (features §3.5); failing numbers also
//! for local admins.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Viewing, editing and restoring SMS templates: the central admin.
pub fn manage_templates<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

/// The failing numbers of `organization_id`: central admins for any service, local admins
/// for their own.
pub fn view_failing_numbers<Id: Copy + Eq>(actor: &Actor<Id>, organization_id: Id) -> Decision {
    require_charter(actor).and_then(|| match actor.role {
        Role::Admin => Decision::Allowed,
        Role::LocalAdmin => {
            Decision::allow_if(actor.belongs_to(organization_id), DenialReason::OutOfScope)
        }
        _ => Decision::Denied(DenialReason::Forbidden),
    })
}
