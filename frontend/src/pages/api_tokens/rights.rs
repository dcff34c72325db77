//! What the signed-in administrator may do with tokens, from the rules of msj-domain.

use crate::session::actor;
use msj_contract::auth::CurrentUser;
use msj_domain::access::Scope;
use msj_domain::access::api_tokens::{ApiScope, manage_api_tokens, roles_offered_for_api_token};

/// Whether the administrator manages the tokens of every service (the central admin).
pub fn every_service(user: &CurrentUser) -> bool {
    actor(user).is_some_and(|actor| matches!(manage_api_tokens(&actor), Scope::Nationwide))
}

/// (key, label) of the roles a token may get in a service of type `kind` (`spip`, `tj`).
pub fn roles(user: &CurrentUser, kind: &str) -> Vec<(String, String)> {
    let (Some(actor), Ok(kind)) = (actor(user), kind.parse()) else {
        return Vec::new();
    };
    roles_offered_for_api_token(&actor, kind)
        .into_iter()
        .map(|role| (role.key().to_owned(), role.label().to_owned()))
        .collect()
}

/// (key, label) of every scope.
pub fn scopes() -> Vec<(String, String)> {
    ApiScope::ALL
        .iter()
        .map(|(scope, label)| (scope.key(), format!("{label} ({})", scope.key())))
        .collect()
}
