//! Row types of `users`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::users;

/// One agent.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
pub struct UserRow {
    /// Id.
    pub id: Uuid,
    /// Service.
    pub organization_id: Uuid,
    /// Email, lower-case.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Role key.
    pub role: String,
    /// Phone number, if given.
    pub phone: Option<String>,
    /// argon2id hash; `None` until the invitation is accepted.
    pub password_hash: Option<String>,
    /// Consecutive failed sign-ins.
    pub failed_attempts: i32,
    /// When the account was locked.
    pub locked_at: Option<DateTime<Utc>>,
    /// Version of the security charter accepted.
    pub charter_version: Option<i32>,
    /// When it was accepted.
    pub charter_accepted_at: Option<DateTime<Utc>>,
    /// Who sent the invitation.
    pub invited_by: Option<Uuid>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// The technical account of an integrator API token: never listed among agents, never
    /// signs in (see `api_tokens`).
    pub api_client: bool,
    /// When the agent was deactivated (`None`: active): they can no longer sign in.
    pub deactivated_at: Option<DateTime<Utc>>,
}

/// A new agent (an invitation).
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser {
    /// Id.
    pub id: Uuid,
    /// Service.
    pub organization_id: Uuid,
    /// Email, lower-case.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Role key.
    pub role: String,
    /// Phone number.
    pub phone: Option<String>,
    /// Password hash (demo data only; invited agents choose theirs).
    pub password_hash: Option<String>,
    /// Who invites.
    pub invited_by: Option<Uuid>,
}
