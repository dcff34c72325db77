//! The security charter every agent accepts before anything else.

use serde::{Deserialize, Serialize};

/// `GET /api/v1/security-charter`: the current version and whether the caller accepted it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SecurityCharter {
    /// Version number; a new version must be accepted again.
    pub version: i32,
    /// Title.
    pub title: String,
    /// Sections of the text, in order.
    pub sections: Vec<CharterSection>,
    /// When the caller accepted this version, if they did (RFC 3339).
    pub accepted_at: Option<String>,
}

/// One section of the charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CharterSection {
    /// Heading.
    pub heading: String,
    /// Paragraphs.
    pub paragraphs: Vec<String>,
}

/// `POST /api/v1/security-charter`: accepts the version read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptCharterRequest {
    /// The version accepted; refused (409) when it is not the current one.
    pub version: i32,
}
