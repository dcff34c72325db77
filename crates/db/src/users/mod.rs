//! Agents.

mod queries;
mod rows;

pub use queries::*;
pub use rows::{NewUser, UserRow};
