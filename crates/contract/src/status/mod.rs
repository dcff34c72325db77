//! Liveness and readiness answers.

use serde::{Deserialize, Serialize};

/// Answer of `/health` and `/ready` when all is well.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"status": "ok", "version": "0.1.0"})))]
pub struct Status {
    /// Always `ok`.
    pub status: String,
    /// Version of the running server.
    pub version: String,
}
