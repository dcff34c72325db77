//! Broadcast alerts: the central admin writes them; every agent reads those meant for them.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Creating, listing, changing and deleting alerts (and the « Alertes » screen): the central
/// admin.
pub fn manage_alerts<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

/// Reading and marking read the alerts meant for oneself: any agent who accepted the charter.
pub fn read_own_alerts<Id>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};
    use crate::roles::Role::*;

    #[test]
    fn only_the_central_admin_manages_alerts() {
        assert!(manage_alerts(&Actor::sample(Admin, Tj)).is_allowed());
        for (role, kind) in [(LocalAdmin, Spip), (Dpip, Spip), (Cpip, Spip), (Jap, Tj)] {
            assert!(
                !manage_alerts(&Actor::sample(role, kind)).is_allowed(),
                "{role:?}"
            );
            assert!(
                read_own_alerts(&Actor::sample(role, kind)).is_allowed(),
                "{role:?}"
            );
        }
    }

    #[test]
    fn nothing_before_the_charter() {
        let actor = Actor {
            charter_accepted: false,
            ..Actor::sample(Cpip, Spip)
        };
        assert!(!read_own_alerts(&actor).is_allowed());
    }
}
