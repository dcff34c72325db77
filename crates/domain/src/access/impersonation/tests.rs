use super::*;
use crate::roles::OrganizationType::{Spip, Tj};

fn agent(role: Role) -> ImpersonationTarget<u8> {
    ImpersonationTarget {
        user_id: 2,
        role,
        api_client: false,
        deactivated: false,
    }
}

#[test]
fn only_the_central_admin_impersonates() {
    for role in Role::ALL {
        let kind = if role.fits_organization_type(Spip) {
            Spip
        } else {
            Tj
        };
        let actor = Actor::sample(role, kind);
        assert_eq!(
            impersonate(&actor, &agent(Role::Cpip)).is_allowed(),
            role == Role::Admin,
            "{role:?}"
        );
    }
}

#[test]
fn never_as_an_admin_a_token_a_deactivated_agent_or_oneself() {
    let admin = Actor::sample(Role::Admin, Tj);
    assert_eq!(
        impersonate(&admin, &agent(Role::Admin)),
        Decision::Denied(DenialReason::CannotImpersonateAdmin)
    );
    let token = ImpersonationTarget {
        api_client: true,
        ..agent(Role::Cpip)
    };
    assert_eq!(
        impersonate(&admin, &token),
        Decision::Denied(DenialReason::OutOfScope)
    );
    let gone = ImpersonationTarget {
        deactivated: true,
        ..agent(Role::Cpip)
    };
    assert_eq!(
        impersonate(&admin, &gone),
        Decision::Denied(DenialReason::AgentDeactivated)
    );
    let me = ImpersonationTarget {
        user_id: 1,
        ..agent(Role::Cpip)
    };
    assert_eq!(
        impersonate(&admin, &me),
        Decision::Denied(DenialReason::CannotImpersonateSelf)
    );
    let mut pending = admin;
    pending.charter_accepted = false;
    assert_eq!(
        impersonate(&pending, &agent(Role::Cpip)),
        Decision::Denied(DenialReason::SecurityCharterNotAccepted)
    );
}

#[test]
fn sensitive_actions_are_refused_only_while_impersonating() {
    for action in SensitiveAction::ALL {
        assert!(sensitive_action(false, action).is_allowed(), "{action:?}");
        assert_eq!(
            sensitive_action(true, action),
            Decision::Denied(DenialReason::ImpersonationForbidden),
            "{action:?}"
        );
    }
}
