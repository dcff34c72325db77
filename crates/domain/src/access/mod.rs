//! Permissions (ARCHITECTURE "Permissions"): who acts ([`Actor`]), what they may do with one
//! object ([`Decision`], denied with a [`DenialReason`]) and which part of a list they may see
//! ([`Scope`]). The rules themselves live in submodules, one per area.

mod actor;
pub mod alerts;
pub mod api_tokens;
pub mod appointments;
pub mod audit;
mod charter;
pub mod convict_operations;
pub mod convicts;
mod decision;
mod denial;
pub mod divestments;
pub mod impersonation;
pub mod menu;
pub mod month_views;
pub mod mutation;
pub mod organizations;
pub mod place_moves;
pub mod portal;
pub mod profile;
pub mod reinsertion;
mod scope;
pub mod slots;
pub mod stats;
pub mod templates;
pub mod users;

pub use actor::Actor;
pub use charter::{CharterAcceptance, require_charter};
pub use decision::Decision;
pub use denial::DenialReason;
pub use scope::Scope;
