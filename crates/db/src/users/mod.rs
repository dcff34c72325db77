//! Agents.

mod activation;
mod queries;
mod rows;

pub use activation::{revoke_sessions, set_deactivated};
pub use queries::*;
pub use rows::{NewUser, UserRow};
