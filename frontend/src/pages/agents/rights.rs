//! What the signed-in agent may do with agents (features §3.6), from the rules of msj-domain:
//! the roles they may give, and which buttons an agent's page shows.

use crate::session::actor;
use msj_contract::auth::CurrentUser;
use msj_contract::organizations::Organization;
use msj_contract::users::User;
use msj_domain::access::Scope;
use msj_domain::access::impersonation::{ImpersonationTarget, impersonate};
use msj_domain::access::mutation::transfer_agent;
use msj_domain::access::users::{
    UserTarget, change_role, deactivate_user, delete_user, edit_user, list_users,
    roles_offered_for_invitation, unlock_user,
};
use msj_domain::roles::{OrganizationType, Role};

/// (key, French label) pairs of roles.
pub type RoleOptions = Vec<(String, String)>;

fn options(roles: impl IntoIterator<Item = Role>) -> RoleOptions {
    roles
        .into_iter()
        .map(|role| (role.key().to_owned(), role.label().to_owned()))
        .collect()
}

fn kind_of(services: &[Organization], id: &str) -> Option<OrganizationType> {
    services
        .iter()
        .find(|service| service.id == id)
        .and_then(|service| service.kind.parse().ok())
}

/// Whether the agent list covers every service (the central admin): the service filter and
/// the service field of the invitation are then offered.
pub fn sees_every_service(user: &CurrentUser) -> bool {
    actor(user).is_some_and(|actor| matches!(list_users(&actor), Scope::Nationwide))
}

/// The roles `user` may give to a new agent of a service of type `kind` (`spip`, `tj`).
pub fn invitable_roles(user: &CurrentUser, kind: &str) -> RoleOptions {
    match (actor(user), kind.parse::<OrganizationType>()) {
        (Some(actor), Ok(kind)) => options(roles_offered_for_invitation(&actor, kind)),
        _ => Vec::new(),
    }
}

/// Whether `user` may move an agent of a service of type `from` into the service `to`, of
/// type `to_kind`.
pub fn may_move_into(user: &CurrentUser, from: &str, to: &str, to_kind: &str) -> bool {
    match (actor(user), from.parse(), to_kind.parse()) {
        (Some(actor), Ok(from), Ok(to_kind)) => {
            transfer_agent(&actor, from, to, to_kind).is_allowed()
        }
        _ => false,
    }
}

/// What `user` may do with `agent`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgentRights {
    /// Change the names.
    pub edit: bool,
    /// Delete the account.
    pub delete: bool,
    /// Unlock the account.
    pub unlock: bool,
    /// Deactivate or reactivate the account.
    pub deactivate: bool,
    /// « Se connecter en tant que cet agent ».
    pub impersonate: bool,
    /// The roles the agent may be given (empty: the role cannot be changed).
    pub roles: RoleOptions,
    /// The services the agent may be moved into: (id, name).
    pub destinations: Vec<(String, String)>,
}

impl AgentRights {
    /// The rights of `user` over `agent`; `services` are those `user` may see.
    pub fn of(user: &CurrentUser, agent: &User, services: &[Organization]) -> Self {
        let (Some(actor), Ok(role)) = (actor(user), agent.role.parse::<Role>()) else {
            return Self::default();
        };
        let target = UserTarget {
            user_id: agent.id.as_str(),
            role,
            organization_id: agent.organization_id.as_str(),
        };
        let kind = kind_of(services, &agent.organization_id);
        let roles = Role::ALL.into_iter().filter(|new_role| {
            kind.is_some_and(|kind| new_role.fits_organization_type(kind))
                && change_role(&actor, &target, *new_role).is_allowed()
        });
        let destinations = services
            .iter()
            .filter(|service| {
                service.id != agent.organization_id
                    && kind.is_some_and(|kind| {
                        may_move_into(user, kind.key(), &service.id, &service.kind)
                    })
            })
            .map(|service| (service.id.clone(), service.name.clone()))
            .collect();
        Self {
            edit: edit_user(&actor, &target).is_allowed(),
            delete: delete_user(&actor, &target).is_allowed(),
            unlock: agent.locked && unlock_user(&actor, &target).is_allowed(),
            deactivate: user.impersonated_by.is_none()
                && deactivate_user(&actor, &target).is_allowed(),
            impersonate: user.impersonated_by.is_none()
                && impersonate(
                    &actor,
                    &ImpersonationTarget {
                        user_id: target.user_id,
                        role,
                        api_client: false,
                        deactivated: agent.deactivated,
                    },
                )
                .is_allowed(),
            roles: options(roles),
            destinations,
        }
    }
}
