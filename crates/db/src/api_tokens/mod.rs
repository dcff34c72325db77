//! Integrator API tokens: each acts through a technical account of `users` (flagged
//! `api_client`) that holds the token's role and service. Only a SHA-256 of the secret is
//! stored.

mod queries;
mod rows;

pub use queries::*;
pub use rows::{ApiTokenRow, NewApiToken};
