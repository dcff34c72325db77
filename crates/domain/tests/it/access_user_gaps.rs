//! Role changes and deletions, with gaps (b) and (c) of features §4.6 closed.

use msj_domain::access::users::{change_role, delete_user};
use msj_domain::roles::Role;

use super::access_fixtures::{OTHER, OWN, actor, code, me, target};

/// Gap (b): the reference let an agent change their own role with a crafted request
/// (e.g. cpip → dpip).
#[test]
fn nobody_changes_their_own_role() {
    for role in Role::ALL {
        let agent = actor(role);
        for new_role in Role::ALL {
            let decision = change_role(&agent, &me(&agent), new_role);
            assert_eq!(
                code(decision),
                "cannot_change_own_role",
                "{role} → {new_role}"
            );
        }
    }
}

#[test]
fn role_changes_of_others() {
    let admin = actor(Role::Admin);
    let la = actor(Role::LocalAdmin);
    let cpip = target(Role::Cpip, OWN);
    let cases = [
        (
            change_role(&admin, &target(Role::Admin, OTHER), Role::Cpip),
            "allowed",
        ),
        (change_role(&la, &cpip, Role::Dpip), "allowed"),
        (change_role(&la, &cpip, Role::LocalAdmin), "allowed"),
        (change_role(&la, &cpip, Role::Admin), "cannot_assign_role"),
        (
            change_role(&la, &target(Role::Admin, OWN), Role::Cpip),
            "forbidden",
        ),
        (
            change_role(&la, &target(Role::Cpip, OTHER), Role::Dpip),
            "out_of_scope",
        ),
        (
            change_role(&actor(Role::Dpip), &cpip, Role::Dpip),
            "out_of_scope",
        ),
    ];
    for (decision, expected) in cases {
        assert_eq!(code(decision), expected);
    }
    for role in [Role::DirGreffBex, Role::DirGreffSap] {
        let decision = change_role(&actor(role), &target(Role::Jap, OWN), Role::GreffSap);
        assert_eq!(code(decision), "forbidden");
    }
}

/// Gap (c): the reference let directors of greffe delete a local admin of their service.
#[test]
fn directors_of_greffe_cannot_delete_local_admins() {
    for role in [Role::DirGreffBex, Role::DirGreffSap] {
        let director = actor(role);
        let cases = [
            (target(Role::LocalAdmin, OWN), "forbidden"),
            (target(Role::Admin, OWN), "only_admins_delete_admins"),
            (target(Role::GreffCo, OWN), "allowed"),
            (target(Role::GreffCo, OTHER), "out_of_scope"),
        ];
        for (agent, expected) in cases {
            assert_eq!(code(delete_user(&director, &agent)), expected, "{role}");
        }
    }
}

#[test]
fn deletions() {
    let la = actor(Role::LocalAdmin);
    let admin = actor(Role::Admin);
    let cases = [
        (delete_user(&la, &me(&la)), "cannot_delete_self"),
        (delete_user(&la, &target(Role::LocalAdmin, OWN)), "allowed"),
        (
            delete_user(&la, &target(Role::Admin, OWN)),
            "only_admins_delete_admins",
        ),
        (delete_user(&admin, &me(&admin)), "cannot_delete_self"),
        (delete_user(&admin, &target(Role::Admin, OTHER)), "allowed"),
        (
            delete_user(&actor(Role::Cpip), &target(Role::Cpip, OWN)),
            "out_of_scope",
        ),
    ];
    for (decision, expected) in cases {
        assert_eq!(code(decision), expected);
    }
}
