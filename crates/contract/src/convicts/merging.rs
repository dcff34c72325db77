//! « Fusionner des probationnaires »: the preview and the merge.

use serde::{Deserialize, Serialize};

/// `POST /api/v1/convicts/merge`: the record to keep and the duplicate to merge into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "kept_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d10",
    "duplicate_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d11"
})))]
pub struct ConvictMergeRequest {
    /// The record kept (its fields stay as they are).
    pub kept_id: String,
    /// The duplicate, deleted once its appointments and history moved.
    pub duplicate_id: String,
}

/// What a merge moves (the preview) or moved (the merge).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "kept": "Élodie MARTIN, née le 17/05/1985",
    "duplicate": "Elodie MARTIN, née le 17/05/1985",
    "appointments": 3, "notifications": 7, "history_items": 12, "organizations_added": 1,
    "divestments_dropped": 0, "portal_account_dropped": false,
    "warnings": ["Le numéro APPI du doublon sera perdu : reportez-le d'abord sur le dossier conservé si besoin."]
})))]
pub struct ConvictMerge {
    /// The kept record: « Prénom NOM, né(e) le JJ/MM/AAAA ».
    pub kept: String,
    /// The duplicate, likewise.
    pub duplicate: String,
    /// Appointments of the duplicate moved to the kept record.
    pub appointments: i64,
    /// SMS of those appointments (they move with them).
    pub notifications: i64,
    /// History items moved.
    pub history_items: i64,
    /// Services following the duplicate that now follow the kept record too.
    pub organizations_added: i64,
    /// Finished transfers of the duplicate, deleted with it.
    pub divestments_dropped: i64,
    /// Whether the duplicate's portal access is deleted with it.
    pub portal_account_dropped: bool,
    /// What to check before merging (French sentences).
    pub warnings: Vec<String>,
}
