//! The JSON API of the server (`/api/v1`), through gloo-net: typed requests and answers, typed
//! errors with a French message, the Bearer token of the session, and one refresh-and-retry
//! when the access token has expired.

pub mod alerts;
pub mod api_tokens;
pub mod appointments;
pub mod audit;
pub mod auth;
pub mod charter;
pub(crate) mod client;
pub mod convict_operations;
pub mod convicts;
pub mod divestments;
mod error;
pub mod home;
pub mod job_runs;
pub mod organizations;
pub mod place_moves;
pub mod places;
mod refresh;
pub mod reinsertion;
pub mod slots;
pub mod sms;
pub mod stats;
pub mod users;

pub use client::query;
pub use error::ApiError;
pub(crate) use refresh::RefreshFlight;
pub use refresh::restore;
