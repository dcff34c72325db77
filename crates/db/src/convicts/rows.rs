//! Row type of `convicts`.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::convicts;

/// One probationer (also what is inserted).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = convicts)]
pub struct ConvictRow {
    /// Id.
    pub id: Uuid,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// Mobile phone (E.164).
    pub phone: Option<String>,
    /// No mobile phone.
    pub no_phone: bool,
    /// Refuses SMS.
    pub refused_phone: bool,
    /// APPI number.
    pub appi_number: Option<String>,
    /// Town of residence.
    pub city_id: Option<Uuid>,
    /// Homeless.
    pub homeless: bool,
    /// Lives abroad.
    pub lives_abroad: bool,
    /// Followed by the anti-terrorism JAP.
    pub japat: bool,
    /// Referent CPIP.
    pub referent_id: Option<Uuid>,
    /// Service of the agent who created the record.
    pub creating_organization_id: Option<Uuid>,
    /// Agent who created the record.
    pub created_by: Option<Uuid>,
    /// Token of the STOP SMS link.
    pub opt_out_token: String,
    /// Archiving time.
    pub archived_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}
