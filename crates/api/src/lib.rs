//! The MSJ server: actix-web JSON API under `/api/v1`, the SPA, operations endpoints
//! (`/health`, `/ready`, `/metrics`) and the OpenAPI document. The `msj` binary wraps it.

pub mod alerts;
pub mod api_tokens;
pub mod app;
pub mod appointments;
pub mod audit;
pub mod auth;
pub mod charter;
pub mod cities;
pub mod cli;
pub mod clock;
pub mod config;
pub mod convicts;
pub mod divestments;
pub mod error;
pub mod history;
pub mod home;
pub mod idempotency;
pub mod impersonation;
pub mod imports;
pub mod job_runs;
pub mod jobs;
pub mod mail;
pub mod notifications;
pub mod openapi;
pub mod operations;
pub mod organizations;
pub mod pagination;
pub mod place_moves;
pub mod portal;
pub mod public;
pub mod reference;
pub mod reinsertion;
pub mod retention;
pub mod seed;
pub mod server;
pub mod slots;
pub mod spa;
pub mod stats;
pub mod telemetry;
pub mod users;

pub use error::ApiError;
