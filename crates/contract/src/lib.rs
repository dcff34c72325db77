//! Request and response types of the MSJ JSON API (`/api/v1`), shared by the server and the
//! SPA. Field names are snake_case; timestamps are RFC 3339 with an offset; ids are UUIDs.

pub mod alerts;
pub mod api_tokens;
pub mod appointments;
pub mod audit;
pub mod auth;
pub mod charter;
pub mod convicts;
pub mod divestments;
pub mod double_option;
pub mod history;
pub mod home;
pub mod imports;
pub mod job_runs;
pub mod notifications;
pub mod organizations;
pub mod place_moves;
pub mod portal;
pub mod problem;
pub mod reference;
pub mod reinsertion;
pub mod slots;
pub mod stats;
pub mod status;
pub mod users;

pub use problem::{FieldError, Problem};
