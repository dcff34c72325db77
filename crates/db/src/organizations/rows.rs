//! Row types of `organizations`.

use chrono::{DateTime, NaiveTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::organizations;

/// One service.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = organizations)]
pub struct OrganizationRow {
    /// Id.
    pub id: Uuid,
    /// Unique name.
    pub name: String,
    /// `spip` or `tj`.
    pub kind: String,
    /// Territory key.
    pub territory: String,
    /// IANA zone.
    pub time_zone: String,
    /// Structural email.
    pub structural_email: Option<String>,
    /// Headquarter grouping several services.
    pub headquarter_id: Option<Uuid>,
    /// Inter-ressort flag.
    pub use_inter_ressort: bool,
    /// The national anti-terrorism JAP court.
    pub is_japat_court: bool,
    /// Start of the quiet hours (local time).
    pub quiet_hours_start: NaiveTime,
    /// End of the quiet hours (local time).
    pub quiet_hours_end: NaiveTime,
    /// Sender name of its SMS.
    pub sms_sender: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A new service.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = organizations)]
pub struct NewOrganization {
    /// Id.
    pub id: Uuid,
    /// Unique name.
    pub name: String,
    /// `spip` or `tj`.
    pub kind: String,
    /// Territory key.
    pub territory: String,
    /// IANA zone.
    pub time_zone: String,
    /// Structural email.
    pub structural_email: Option<String>,
    /// Headquarter.
    pub headquarter_id: Option<Uuid>,
    /// Inter-ressort flag.
    pub use_inter_ressort: bool,
    /// The national anti-terrorism JAP court.
    pub is_japat_court: bool,
}
