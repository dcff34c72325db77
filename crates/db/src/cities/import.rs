//! Writing the SRJ referential: structures, towns and their links.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{cities, srj_structures};

/// The SRJ structure of `kind` (`tj` or `spip`) named `name`, created if absent.
pub async fn upsert_structure(
    conn: &mut AsyncPgConnection,
    kind: &str,
    name: &str,
) -> QueryResult<Uuid> {
    diesel::insert_into(srj_structures::table)
        .values((
            srj_structures::id.eq(Uuid::now_v7()),
            srj_structures::kind.eq(kind),
            srj_structures::name.eq(name),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    srj_structures::table
        .filter(srj_structures::kind.eq(kind))
        .filter(srj_structures::name.eq(name))
        .select(srj_structures::id)
        .first(conn)
        .await
}

/// The town (name, INSEE code, postcode), created if absent; `true` when created.
pub async fn upsert_city(
    conn: &mut AsyncPgConnection,
    name: &str,
    zipcode: &str,
    insee_code: &str,
    srj_id: &str,
) -> QueryResult<(Uuid, bool)> {
    let created = diesel::insert_into(cities::table)
        .values((
            cities::id.eq(Uuid::now_v7()),
            cities::name.eq(name),
            cities::zipcode.eq(zipcode),
            cities::insee_code.eq(insee_code),
            cities::srj_id.eq(srj_id),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?
        > 0;
    let id = cities::table
        .filter(cities::name.eq(name))
        .filter(cities::insee_code.eq(insee_code))
        .filter(cities::zipcode.eq(zipcode))
        .select(cities::id)
        .first(conn)
        .await?;
    Ok((id, created))
}

/// Links a town to its SRJ TJ or SPIP; `true` when that changed the town.
pub async fn link_city(
    conn: &mut AsyncPgConnection,
    city_id: Uuid,
    kind: &str,
    structure_id: Uuid,
) -> QueryResult<bool> {
    let changed = if kind == "tj" {
        diesel::update(
            cities::table
                .find(city_id)
                .filter(cities::srj_tj_id.is_distinct_from(structure_id)),
        )
        .set(cities::srj_tj_id.eq(structure_id))
        .execute(conn)
        .await?
    } else {
        diesel::update(
            cities::table
                .find(city_id)
                .filter(cities::srj_spip_id.is_distinct_from(structure_id)),
        )
        .set(cities::srj_spip_id.eq(structure_id))
        .execute(conn)
        .await?
    };
    Ok(changed > 0)
}
