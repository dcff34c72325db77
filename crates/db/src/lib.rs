//! MSJ persistence on PostgreSQL with diesel-async: the connection pool, the embedded
//! migrations (run under an advisory lock) and, by area, the queries. Query functions take
//! `&mut AsyncPgConnection` so that they compose inside one transaction.

pub mod alerts;
pub mod api_tokens;
pub mod appointments;
pub mod audit;
pub mod auth;
pub mod cities;
pub mod convicts;
pub mod divestments;
pub mod emails;
pub mod error;
pub mod extra_fields;
pub mod history;
pub mod idempotency;
pub mod impersonations;
pub mod jobs;
pub mod migrations;
pub mod notifications;
pub mod organizations;
pub mod place_moves;
pub mod pool;
pub mod portal;
pub mod reinsertion;
pub mod retention;
pub mod schema;
mod search_key;
pub mod slots;
pub mod stats;
#[cfg(feature = "testing")]
pub mod testing;
pub mod users;

pub use diesel_async::AsyncPgConnection;
pub use error::DbError;
pub use pool::{DbPool, build_pool, ping};
