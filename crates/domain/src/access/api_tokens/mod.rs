//! Integrator API tokens (SPEC §8): the scope catalogue, which scope each route of the API
//! needs (some areas are never open to tokens), and who manages tokens. A token acts as its
//! role in its service: every request it makes is also decided by the ordinary rules.

mod manage;
mod request;
mod routes;
mod scopes;

pub use manage::{
    create_api_token, manage_api_tokens, revoke_api_token, roles_offered_for_api_token,
};
pub use request::{NAME_MAX, TokenFields, check_token_fields};
pub use routes::{ScopeDenial, check_scope, required_scope};
pub use scopes::{Access, ApiArea, ApiScope, parse_scopes};

/// How every token secret starts, so that the server tells it from an agent's access token.
pub const SECRET_PREFIX: &str = "msj_";
