//! Back-office operations on probationers (features §2.12, §2.13): merging two records and
//! importing an APPI export, for central administrators only.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// « Fusionner des probationnaires » (domain §4.11).
pub fn merge_convicts<Id>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

/// « Import probationnaires (APPI) » (domain §8.4).
pub fn import_convicts<Id>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};

    #[test]
    fn only_the_central_admin_merges_and_imports() {
        for role in Role::ALL {
            let kind = if role.fits_organization_type(Spip) {
                Spip
            } else {
                Tj
            };
            let actor = Actor::sample(role, kind);
            let admin = role == Role::Admin;
            assert_eq!(merge_convicts(&actor).is_allowed(), admin, "{role:?}");
            assert_eq!(import_convicts(&actor).is_allowed(), admin, "{role:?}");
        }
        let mut pending = Actor::sample(Role::Admin, Tj);
        pending.charter_accepted = false;
        assert_eq!(
            merge_convicts(&pending),
            Decision::Denied(DenialReason::SecurityCharterNotAccepted)
        );
    }
}
