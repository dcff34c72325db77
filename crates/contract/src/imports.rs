//! Imports by administrators: the report of an APPI import (`/api/v1/imports/appi`).

use serde::{Deserialize, Serialize};

/// One line of the file that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportLine {
    /// Line number in the file (the header is line 1).
    pub line: usize,
    /// Why (French).
    pub reason: String,
}

/// What an APPI import did. Each line is written entirely or not at all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "lines": 4, "created": 2, "updated": 1,
    "skipped": [{"line": 3, "reason": "Mesure non importée : EMPRISONNEMENT."}],
    "rejected": [{"line": 5, "reason": "Date de naissance invalide : « 31/02/1980 »."}]
})))]
pub struct AppiImportReport {
    /// Lines read (header excluded).
    pub lines: usize,
    /// Probationers created (flagged « sans téléphone portable »).
    pub created: usize,
    /// Probationers already known by their APPI number who now follow the target service too.
    pub updated: usize,
    /// Lines with nothing to do (excluded measure, person already followed, same person again).
    pub skipped: Vec<ImportLine>,
    /// Lines refused (missing name, invalid date or APPI number, …).
    pub rejected: Vec<ImportLine>,
}
