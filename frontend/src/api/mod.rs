//! The JSON API of the server (`/api/v1`), through gloo-net: typed requests and answers, typed
//! errors with a French message, the Bearer token of the session, and one refresh-and-retry
//! when the access token has expired.

pub mod auth;
pub mod charter;
mod client;
mod error;
mod refresh;

pub use error::ApiError;
pub(crate) use refresh::RefreshFlight;
pub use refresh::restore;
