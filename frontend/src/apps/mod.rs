//! The two applications and what they share: the session, the router and the DSFR shell; a
//! path that belongs to the other application is loaded from the server.

mod admin;
mod agent;
mod layout;

pub use admin::AdminApp;
pub use agent::AgentApp;
