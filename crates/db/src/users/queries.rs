//! Queries on `users`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{NewUser, UserRow};
use crate::schema::users;
use crate::search_key::msj_search_key;

/// The agent with this id.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<UserRow>> {
    users::table
        .find(id)
        .select(UserRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// The agent with this (lower-case) email, locked for update (never an API token's account).
pub async fn find_by_email_for_update(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(users::email.eq(email))
        .filter(users::api_client.eq(false))
        .select(UserRow::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()
}

/// The agent with this email (never an API token's account).
pub async fn find_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(users::email.eq(email))
        .filter(users::api_client.eq(false))
        .select(UserRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Inserts an agent; `Ok(None)` when the email is taken.
pub async fn insert(conn: &mut AsyncPgConnection, user: &NewUser) -> QueryResult<Option<UserRow>> {
    diesel::insert_into(users::table)
        .values(user)
        .on_conflict_do_nothing()
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await
        .optional()
}

/// Records the outcome of a sign-in attempt.
pub async fn set_lock_state(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    failed_attempts: i32,
    locked_at: Option<DateTime<Utc>>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::failed_attempts.eq(failed_attempts),
            users::locked_at.eq(locked_at),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Sets the password hash (and unlocks the account).
pub async fn set_password(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::failed_attempts.eq(0),
            users::locked_at.eq(None::<DateTime<Utc>>),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Records the acceptance of a charter version.
pub async fn accept_charter(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::charter_version.eq(version),
            users::charter_accepted_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// What a page of agents is limited to.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// One service.
    pub organization: Option<Uuid>,
    /// A search key (see `msj_domain::identity::search_key`) that the last name, the first
    /// name or the email address starts with.
    pub key: Option<String>,
}

/// A page of agents matching `filter`, by last name (API tokens' accounts left out).
pub async fn list(
    conn: &mut AsyncPgConnection,
    filter: &UserFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<UserRow>, i64)> {
    let filtered = || {
        let mut query = users::table
            .filter(users::api_client.eq(false))
            .into_boxed();
        if let Some(organization) = filter.organization {
            query = query.filter(users::organization_id.eq(organization));
        }
        if let Some(key) = &filter.key {
            let pattern = format!(
                "{}%",
                key.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            query = query.filter(
                msj_search_key(users::last_name)
                    .like(pattern.clone())
                    .or(msj_search_key(users::first_name).like(pattern.clone()))
                    .or(msj_search_key(users::email).like(pattern)),
            );
        }
        query
    };
    let rows = filtered()
        .order((users::last_name, users::first_name, users::id))
        .limit(limit)
        .offset(offset)
        .select(UserRow::as_select())
        .load(conn)
        .await?;
    let total = filtered().count().get_result(conn).await?;
    Ok((rows, total))
}

/// The agent with this id and their service.
pub async fn find_with_organization(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<Option<(UserRow, crate::organizations::OrganizationRow)>> {
    use crate::organizations::OrganizationRow;
    use crate::schema::organizations;
    users::table
        .inner_join(organizations::table)
        .filter(users::id.eq(id))
        .select((UserRow::as_select(), OrganizationRow::as_select()))
        .first(conn)
        .await
        .optional()
}

/// Deletes an agent (their tokens and sessions go with them).
pub async fn delete(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<bool> {
    diesel::delete(users::table.find(id))
        .execute(conn)
        .await
        .map(|deleted| deleted > 0)
}

/// Changes to an agent's profile (`None`: unchanged).
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = users)]
pub struct ProfileChanges {
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Phone number (`Some(None)` removes it).
    pub phone: Option<Option<String>>,
    /// New role key.
    pub role: Option<String>,
    /// Time of the change.
    pub updated_at: Option<DateTime<Utc>>,
}

/// Applies `changes` to the agent `id`.
pub async fn update_profile(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &ProfileChanges,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set(changes)
        .execute(conn)
        .await
        .map(drop)
}

/// The local admins of a service and of the services sharing its headquarter:
/// (first name, last name, email, service name), by service then name.
pub async fn local_admins(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
    headquarter_id: Option<Uuid>,
) -> QueryResult<Vec<(String, String, String, String)>> {
    use crate::schema::organizations;
    let mut query = users::table
        .inner_join(organizations::table)
        .filter(users::role.eq("local_admin"))
        .filter(users::api_client.eq(false))
        .into_boxed();
    query = match headquarter_id {
        Some(headquarter) => query.filter(
            organizations::id
                .eq(organization_id)
                .or(organizations::headquarter_id.eq(headquarter)),
        ),
        None => query.filter(organizations::id.eq(organization_id)),
    };
    query
        .order((organizations::name, users::last_name, users::first_name))
        .select((
            users::first_name,
            users::last_name,
            users::email,
            organizations::name,
        ))
        .load(conn)
        .await
}

/// Moves an agent to another service: their probationers lose them as referent and their
/// appointments to come are no longer assigned to them. Returns (probationers, appointments)
/// released.
pub async fn move_to_service(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    organization_id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> QueryResult<(usize, usize)> {
    use crate::schema::{appointments, convicts};
    diesel::update(users::table.find(id))
        .set((
            users::organization_id.eq(organization_id),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .await?;
    let convicts = diesel::update(convicts::table.filter(convicts::referent_id.eq(id)))
        .set(convicts::referent_id.eq(None::<Uuid>))
        .execute(conn)
        .await?;
    let appointments = diesel::update(
        appointments::table
            .filter(appointments::assigned_agent_id.eq(id))
            .filter(appointments::starts_at.gt(now)),
    )
    .set(appointments::assigned_agent_id.eq(None::<Uuid>))
    .execute(conn)
    .await?;
    Ok((convicts, appointments))
}

/// The emails of the local admins of a service.
pub async fn local_admin_emails(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
) -> QueryResult<Vec<String>> {
    users::table
        .filter(users::organization_id.eq(organization_id))
        .filter(users::role.eq("local_admin"))
        .filter(users::api_client.eq(false))
        .order(users::email)
        .select(users::email)
        .load(conn)
        .await
}

/// Sets an agent's current service (a switch within a headquarter keeps their caseload).
pub async fn set_service(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    organization_id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::organization_id.eq(organization_id),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}
