//! Agent administration (features §2.10, §3.6): list, invitation, an agent's page with its
//! edit form, mutation, unlock, deletion, deactivation and « Se connecter en tant que cet
//! agent ».

mod account;
mod detail;
mod edit;
mod invite;
mod list;
mod mutation;
mod rights;
mod table;

pub use detail::AgentDetail;
pub use invite::InviteAgent;
pub use list::AgentList;
