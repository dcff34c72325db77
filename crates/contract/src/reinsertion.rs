//! Reinsertion resources per département (`/api/v1/reinsertion-resources`), shown on the
//! public pages « Investir ma réinsertion ».

use serde::{Deserialize, Serialize};

/// A resource: somewhere to get help with a job, housing, health, rights…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "organization_id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d01",
    "departement": "92", "category": "emploi", "category_label": "Emploi",
    "title": "France Travail Nanterre", "description": "Inscription, offres d'emploi, accompagnement.",
    "url": "https://www.francetravail.fr", "phone": "39 49", "address": null,
    "updated_at": "2026-11-22T10:00:00+00:00", "editable": true
})))]
pub struct ReinsertionResource {
    /// Id.
    pub id: String,
    /// The service whose local admins keep it.
    pub organization_id: String,
    /// INSEE code of the département (`92`, `2A`, `974`…).
    pub departement: String,
    /// `emploi`, `formation`, `logement`, `sante`, `addictions`, `droits` or `autre`.
    pub category: String,
    /// French name of the category.
    pub category_label: String,
    /// Title.
    pub title: String,
    /// Description (may be empty).
    pub description: String,
    /// Web address.
    pub url: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Last change.
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Whether the caller may change and delete it.
    pub editable: bool,
}

/// A page of resources (SPEC §8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReinsertionResourcePage {
    /// The resources of the page, by département, category and title.
    pub items: Vec<ReinsertionResource>,
    /// How many in all.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

/// `POST /api/v1/reinsertion-resources` and `PUT /api/v1/reinsertion-resources/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "departement": "92", "category": "logement", "title": "SIAO 92",
    "description": "Hébergement d'urgence et logement accompagné : appelez le 115.", "phone": "115"
})))]
pub struct ReinsertionResourceInput {
    /// Service that keeps it (central admins only); the caller's own when absent.
    #[serde(default)]
    pub organization_id: Option<String>,
    /// INSEE code of the département.
    pub departement: String,
    /// Category key.
    pub category: String,
    /// Title (150 characters at most).
    pub title: String,
    /// Description (2 000 characters at most).
    #[serde(default)]
    pub description: String,
    /// Web address (http or https).
    #[serde(default)]
    pub url: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<String>,
}
