//! « Jetons d'API » (SPEC §8): the integrator tokens an administrator manages, their
//! creation (the secret shown once) and their revocation.

mod list;
mod new;
mod rights;
mod secret;
mod table;

pub use list::ApiTokenList;
pub use new::NewApiToken;
