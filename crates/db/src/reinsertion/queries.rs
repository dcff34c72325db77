//! Reading and writing reinsertion resources.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{ResourceChanges, ResourceRow};
use crate::schema::reinsertion_resources as resources;

/// Adds a resource.
pub async fn insert(conn: &mut AsyncPgConnection, row: &ResourceRow) -> QueryResult<()> {
    diesel::insert_into(resources::table)
        .values(row)
        .execute(conn)
        .await
        .map(drop)
}

/// Adds a resource unless one with the same id exists (idempotent seeding).
pub async fn insert_if_absent(conn: &mut AsyncPgConnection, row: &ResourceRow) -> QueryResult<()> {
    diesel::insert_into(resources::table)
        .values(row)
        .on_conflict(resources::id)
        .do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// The resource `id`.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<ResourceRow>> {
    resources::table
        .find(id)
        .select(ResourceRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Replaces the fields of the resource `id`.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &ResourceChanges,
) -> QueryResult<()> {
    diesel::update(resources::table.find(id))
        .set(changes)
        .execute(conn)
        .await
        .map(drop)
}

/// Deletes the resource `id`.
pub async fn delete(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<()> {
    diesel::delete(resources::table.find(id))
        .execute(conn)
        .await
        .map(drop)
}

/// A page of resources (of one département when given) by département, category and title,
/// and the total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    departement: Option<&str>,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<ResourceRow>, i64)> {
    let filtered = || {
        let mut query = resources::table.into_boxed();
        if let Some(code) = departement {
            query = query.filter(resources::departement.eq(code.to_owned()));
        }
        query
    };
    let rows = filtered()
        .order((
            resources::departement,
            resources::category,
            resources::title,
            resources::id,
        ))
        .select(ResourceRow::as_select())
        .limit(limit)
        .offset(offset)
        .load(conn)
        .await?;
    let total = filtered().count().get_result(conn).await?;
    Ok((rows, total))
}

/// The départements that have resources, with how many.
pub async fn departements(conn: &mut AsyncPgConnection) -> QueryResult<Vec<(String, i64)>> {
    resources::table
        .group_by(resources::departement)
        .select((resources::departement, diesel::dsl::count_star()))
        .order(resources::departement)
        .load(conn)
        .await
}
