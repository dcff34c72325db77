//! Who may invite whom (features §3.6): the whole table, every role against every role.

use OrganizationType::{Spip, Tj};
use msj_domain::access::Actor;
use msj_domain::access::users::{invite, roles_offered_for_invitation};
use msj_domain::roles::{OrganizationType, Role};

use super::access_fixtures::{OTHER, OWN, actor, actor_in, code};

/// What an agent of a role may invite into their own service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Invites {
    Everyone,
    AllButAdmin,
    NeitherAdminNorLocalAdmin,
    Nobody,
}

use Invites::*;

const TABLE: [(Role, Invites); 19] = [
    (Role::Admin, Everyone),
    (Role::LocalAdmin, AllButAdmin),
    (Role::Jap, Nobody),
    (Role::Bex, Nobody),
    (Role::Prosecutor, Nobody),
    (Role::SecretaryCourt, Nobody),
    (Role::DirGreffBex, NeitherAdminNorLocalAdmin),
    (Role::GreffCo, Nobody),
    (Role::GreffTpe, Nobody),
    (Role::GreffCrpc, Nobody),
    (Role::GreffCa, Nobody),
    (Role::DirGreffSap, NeitherAdminNorLocalAdmin),
    (Role::GreffSap, Nobody),
    (Role::Dpip, Nobody),
    (Role::Cpip, Nobody),
    (Role::SecretarySpip, Nobody),
    (Role::Educator, Nobody),
    (Role::Psychologist, Nobody),
    (Role::Overseer, Nobody),
];

fn expected(invites: Invites, role: Role) -> bool {
    match invites {
        Everyone => true,
        AllButAdmin => role != Role::Admin,
        NeitherAdminNorLocalAdmin => !matches!(role, Role::Admin | Role::LocalAdmin),
        Nobody => false,
    }
}

#[test]
fn the_table_covers_every_role_once() {
    let roles: Vec<_> = TABLE.iter().map(|(role, _)| *role).collect();
    assert_eq!(roles, Role::ALL);
}

#[test]
fn every_role_invites_exactly_whom_the_table_says_into_its_own_service() {
    for (inviter, invites) in TABLE {
        for kind in [Spip, Tj] {
            if !inviter.fits_organization_type(kind) {
                continue;
            }
            let actor = actor_in(inviter, kind);
            for role in Role::ALL {
                let allowed = expected(invites, role) && role.fits_organization_type(kind);
                let decision = invite(&actor, role, OWN, kind);
                assert_eq!(
                    decision.is_allowed(),
                    allowed,
                    "{inviter} invites {role} in {kind}"
                );
            }
        }
    }
}

#[test]
fn only_admins_invite_into_another_service() {
    for (inviter, invites) in TABLE {
        let actor = actor(inviter);
        let kind = actor.organization_type;
        let expected = match invites {
            Everyone => "allowed",
            AllButAdmin | NeitherAdminNorLocalAdmin => "out_of_scope",
            Nobody => "forbidden",
        };
        let decision = invite(&actor, kind.default_role(), OTHER, kind);
        assert_eq!(code(decision), expected, "{inviter}");
    }
}

#[test]
fn denial_codes() {
    let la = actor(Role::LocalAdmin);
    let dgs = actor(Role::DirGreffSap);
    let cpip = actor(Role::Cpip);
    let unsigned = Actor {
        charter_accepted: false,
        ..actor(Role::Admin)
    };
    let cases = [
        (invite(&la, Role::Admin, OWN, Tj), "cannot_invite_role"),
        (
            invite(&la, Role::Cpip, OWN, Tj),
            "role_not_allowed_for_organization",
        ),
        (
            invite(&dgs, Role::LocalAdmin, OWN, Tj),
            "cannot_invite_role",
        ),
        (invite(&cpip, Role::Cpip, OWN, Spip), "forbidden"),
        (
            invite(&unsigned, Role::Cpip, OWN, Spip),
            "security_charter_not_accepted",
        ),
    ];
    for (decision, expected) in cases {
        assert_eq!(code(decision), expected);
    }
}

fn offered(actor: Actor<u32>, kind: OrganizationType) -> String {
    let roles = roles_offered_for_invitation(&actor, kind);
    roles
        .into_iter()
        .map(Role::key)
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn roles_offered_in_the_form() {
    assert_eq!(
        offered(actor_in(Role::LocalAdmin, Spip), Spip),
        "local_admin,dpip,cpip,secretary_spip,educator,psychologist,overseer"
    );
    assert_eq!(
        offered(actor(Role::DirGreffBex), Tj),
        "jap,bex,prosecutor,secretary_court,dir_greff_bex,greff_co,greff_tpe,greff_crpc,\
         greff_ca,dir_greff_sap,greff_sap"
    );
    assert!(offered(actor_in(Role::Admin, Tj), Spip).starts_with("admin,local_admin,dpip,"));
    assert_eq!(offered(actor(Role::Jap), Tj), "");
}
