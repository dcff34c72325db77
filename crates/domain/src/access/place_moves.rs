//! Place moves (« déménagements », domain §4.8): the central admin alone moves a place and
//! reads the list of moves.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Moving a place of any service, and listing the moves: the central admin.
pub fn move_places<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};
    use crate::roles::Role::*;

    #[test]
    fn only_the_central_admin_moves_places() {
        assert!(move_places(&Actor::sample(Admin, Tj)).is_allowed());
        for (role, kind) in [
            (LocalAdmin, Spip),
            (LocalAdmin, Tj),
            (Dpip, Spip),
            (GreffSap, Tj),
            (Cpip, Spip),
        ] {
            assert_eq!(
                move_places(&Actor::sample(role, kind)),
                Decision::Denied(DenialReason::Forbidden),
                "{role:?}"
            );
        }
    }

    #[test]
    fn not_before_the_charter() {
        let actor = Actor {
            charter_accepted: false,
            ..Actor::sample(Admin, Tj)
        };
        assert!(!move_places(&actor).is_allowed());
    }
}
