//! Reinsertion resources, per département (« Investir ma réinsertion »).

mod queries;

pub use queries::*;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::reinsertion_resources;

/// One resource (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = reinsertion_resources)]
pub struct ResourceRow {
    /// Id.
    pub id: Uuid,
    /// The service that keeps it.
    pub organization_id: Uuid,
    /// Département code.
    pub departement: String,
    /// Category key.
    pub category: String,
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
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// The fields an update replaces.
#[derive(Debug, Clone, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = reinsertion_resources, treat_none_as_null = true)]
pub struct ResourceChanges {
    /// The service that keeps it.
    pub organization_id: Uuid,
    /// Département code.
    pub departement: String,
    /// Category key.
    pub category: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Web address.
    pub url: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Time of the change.
    pub updated_at: DateTime<Utc>,
}
