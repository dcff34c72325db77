//! Listing, viewing, editing and unlocking agents (features §3.6).

use msj_domain::access::users::{edit_user, list_users, unlock_user, view_user};
use msj_domain::access::{Actor, Scope};
use msj_domain::roles::Role;

use super::access_fixtures::{OTHER, OWN, actor, code, me, target};

#[test]
fn agent_lists() {
    assert_eq!(list_users(&actor(Role::Admin)), Scope::Nationwide);
    for role in [Role::LocalAdmin, Role::DirGreffBex, Role::DirGreffSap] {
        assert_eq!(list_users(&actor(role)), Scope::OwnOrganization);
    }
    for role in [Role::Cpip, Role::Jap, Role::Bex, Role::Dpip] {
        assert_eq!(list_users(&actor(role)), Scope::Nothing);
    }
    let unsigned = Actor {
        charter_accepted: false,
        ..actor(Role::Admin)
    };
    assert_eq!(list_users(&unsigned), Scope::Nothing);
}

#[test]
fn profiles_are_visible_to_oneself_and_within_the_list_scope() {
    let cpip = actor(Role::Cpip);
    let la = actor(Role::LocalAdmin);
    let cases = [
        (view_user(&cpip, &me(&cpip)), "allowed"),
        (edit_user(&cpip, &me(&cpip)), "allowed"),
        (view_user(&cpip, &target(Role::Cpip, OWN)), "out_of_scope"),
        (edit_user(&cpip, &target(Role::Cpip, OWN)), "out_of_scope"),
        (view_user(&la, &target(Role::Cpip, OWN)), "allowed"),
        (view_user(&la, &target(Role::Cpip, OTHER)), "out_of_scope"),
        (
            view_user(&actor(Role::Admin), &target(Role::Cpip, OTHER)),
            "allowed",
        ),
    ];
    for (decision, expected) in cases {
        assert_eq!(code(decision), expected);
    }
}

#[test]
fn edits_respect_the_role_guard() {
    let la = actor(Role::LocalAdmin);
    let dgs = actor(Role::DirGreffSap);
    let cases = [
        (edit_user(&la, &target(Role::Dpip, OWN)), "allowed"),
        (edit_user(&la, &target(Role::LocalAdmin, OWN)), "allowed"),
        (edit_user(&la, &target(Role::Admin, OWN)), "forbidden"),
        (edit_user(&dgs, &target(Role::Jap, OWN)), "allowed"),
        (edit_user(&dgs, &target(Role::LocalAdmin, OWN)), "forbidden"),
        (edit_user(&dgs, &me(&dgs)), "allowed"),
        (
            edit_user(&actor(Role::Admin), &target(Role::Admin, OTHER)),
            "allowed",
        ),
    ];
    for (decision, expected) in cases {
        assert_eq!(code(decision), expected);
    }
}

#[test]
fn only_admins_unlock() {
    let admin = actor(Role::Admin);
    assert_eq!(
        code(unlock_user(&admin, &target(Role::Cpip, OTHER))),
        "allowed"
    );
    for role in [Role::LocalAdmin, Role::DirGreffBex, Role::DirGreffSap] {
        assert_eq!(
            code(unlock_user(&actor(role), &target(Role::Cpip, OWN))),
            "forbidden"
        );
    }
    assert_eq!(
        code(unlock_user(&actor(Role::Cpip), &target(Role::Cpip, OWN))),
        "out_of_scope"
    );
}
