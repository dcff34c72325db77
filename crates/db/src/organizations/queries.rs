//! Queries on services, their links and headquarters.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{NewOrganization, OrganizationRow};
use crate::schema::{headquarters, organization_links, organizations};

/// The service with this id.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<OrganizationRow>> {
    organizations::table
        .find(id)
        .select(OrganizationRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Services by name, all of them or only those listed.
pub async fn list(
    conn: &mut AsyncPgConnection,
    only: Option<&[Uuid]>,
) -> QueryResult<Vec<OrganizationRow>> {
    let mut query = organizations::table.into_boxed();
    if let Some(ids) = only {
        query = query.filter(organizations::id.eq_any(ids.to_vec()));
    }
    query
        .order(organizations::name)
        .select(OrganizationRow::as_select())
        .load(conn)
        .await
}

/// Inserts a service unless one with the same id exists (idempotent seeding).
pub async fn insert_if_absent(
    conn: &mut AsyncPgConnection,
    organization: &NewOrganization,
) -> QueryResult<bool> {
    diesel::insert_into(organizations::table)
        .values(organization)
        .on_conflict(organizations::id)
        .do_nothing()
        .execute(conn)
        .await
        .map(|inserted| inserted > 0)
}

/// Inserts a headquarter unless it exists.
pub async fn insert_headquarter_if_absent(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    name: &str,
) -> QueryResult<()> {
    diesel::insert_into(headquarters::table)
        .values((headquarters::id.eq(id), headquarters::name.eq(name)))
        .on_conflict(headquarters::id)
        .do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// Links a SPIP and a TJ (idempotent).
pub async fn link(conn: &mut AsyncPgConnection, spip_id: Uuid, tj_id: Uuid) -> QueryResult<()> {
    diesel::insert_into(organization_links::table)
        .values((
            organization_links::spip_id.eq(spip_id),
            organization_links::tj_id.eq(tj_id),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// The services linked to `id` (its jurisdiction, without itself).
pub async fn linked(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Vec<Uuid>> {
    let as_spip = organization_links::table
        .filter(organization_links::spip_id.eq(id))
        .select(organization_links::tj_id);
    let as_tj = organization_links::table
        .filter(organization_links::tj_id.eq(id))
        .select(organization_links::spip_id);
    as_spip.union(as_tj).load(conn).await
}

/// Every (SPIP, TJ) link touching these services.
pub async fn links_of(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, Uuid)>> {
    organization_links::table
        .filter(
            organization_links::spip_id
                .eq_any(ids.to_vec())
                .or(organization_links::tj_id.eq_any(ids.to_vec())),
        )
        .select((organization_links::spip_id, organization_links::tj_id))
        .load(conn)
        .await
}

/// Inserts a service; `false` when the name is taken.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    organization: &NewOrganization,
) -> QueryResult<bool> {
    diesel::insert_into(organizations::table)
        .values(organization)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(|inserted| inserted > 0)
}

/// Changes to a service's settings (`None`: unchanged).
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = organizations)]
pub struct OrganizationChanges {
    /// IANA zone.
    pub time_zone: Option<String>,
    /// Structural email.
    pub structural_email: Option<String>,
    /// Inter-ressort flag.
    pub use_inter_ressort: Option<bool>,
    /// Headquarter (`Some(None)` takes the service out of its headquarter).
    pub headquarter_id: Option<Option<Uuid>>,
    /// Start of the quiet hours.
    pub quiet_hours_start: Option<chrono::NaiveTime>,
    /// End of the quiet hours.
    pub quiet_hours_end: Option<chrono::NaiveTime>,
    /// Sender name of its SMS.
    pub sms_sender: Option<String>,
    /// Time of the change.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Applies `changes` to the service `id`.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &OrganizationChanges,
) -> QueryResult<()> {
    diesel::update(organizations::table.find(id))
        .set(changes)
        .execute(conn)
        .await
        .map(drop)
}

/// The national anti-terrorism JAP court, if it is set up.
pub async fn japat_court(conn: &mut AsyncPgConnection) -> QueryResult<Option<Uuid>> {
    organizations::table
        .filter(organizations::is_japat_court.eq(true))
        .select(organizations::id)
        .first(conn)
        .await
        .optional()
}

/// The headquarter named `name`, created if absent.
pub async fn upsert_headquarter(conn: &mut AsyncPgConnection, name: &str) -> QueryResult<Uuid> {
    diesel::insert_into(headquarters::table)
        .values((
            headquarters::id.eq(Uuid::now_v7()),
            headquarters::name.eq(name),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    headquarters::table
        .filter(headquarters::name.eq(name))
        .select(headquarters::id)
        .first(conn)
        .await
}
