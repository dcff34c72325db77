//! Towns of the SRJ referential and their competent TJ and SPIP.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{cities, srj_structures};

mod import;

pub use import::{link_city, upsert_city, upsert_structure};

/// A town found by a search, with the services mapped to its TJ and SPIP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CityWithServices {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Postcode.
    pub zipcode: String,
    /// INSEE code.
    pub insee_code: String,
    /// Services of its TJ and SPIP, when deployed.
    pub organization_ids: Vec<Uuid>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = cities)]
struct CityRow {
    id: Uuid,
    name: String,
    zipcode: String,
    insee_code: String,
    srj_tj_id: Option<Uuid>,
    srj_spip_id: Option<Uuid>,
}

pub(crate) use crate::search_key::msj_search_key;

/// `text` with LIKE's wildcards escaped.
fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Towns whose search key starts with `key` (see `msj_domain::identity::search_key`), or
/// whose postcode starts with it when it is made of digits; by name, at most `limit`.
pub async fn search(
    conn: &mut AsyncPgConnection,
    key: &str,
    limit: i64,
) -> QueryResult<Vec<CityWithServices>> {
    let pattern = format!("{}%", like_escaped(key));
    let mut query = cities::table.into_boxed();
    query = if key.chars().all(|c| c.is_ascii_digit()) {
        query.filter(cities::zipcode.like(pattern))
    } else {
        query.filter(msj_search_key(cities::name).like(pattern))
    };
    let rows: Vec<CityRow> = query
        .order((cities::name, cities::zipcode))
        .limit(limit)
        .select(CityRow::as_select())
        .load(conn)
        .await?;
    let structure_ids: Vec<Uuid> = rows
        .iter()
        .flat_map(|row| [row.srj_tj_id, row.srj_spip_id])
        .flatten()
        .collect();
    let mapped: Vec<(Uuid, Option<Uuid>)> = srj_structures::table
        .filter(srj_structures::id.eq_any(structure_ids))
        .select((srj_structures::id, srj_structures::organization_id))
        .load(conn)
        .await?;
    let organization_of = |structure: Option<Uuid>| {
        structure.and_then(|id| {
            mapped
                .iter()
                .find(|(sid, _)| *sid == id)
                .and_then(|(_, org)| *org)
        })
    };
    Ok(rows
        .into_iter()
        .map(|row| CityWithServices {
            organization_ids: [
                organization_of(row.srj_tj_id),
                organization_of(row.srj_spip_id),
            ]
            .into_iter()
            .flatten()
            .collect(),
            id: row.id,
            name: row.name,
            zipcode: row.zipcode,
            insee_code: row.insee_code,
        })
        .collect())
}

/// Maps an SRJ structure to an MSJ service.
pub async fn map_structure(
    conn: &mut AsyncPgConnection,
    structure_id: Uuid,
    organization_id: Uuid,
) -> QueryResult<()> {
    diesel::update(srj_structures::table.find(structure_id))
        .set(srj_structures::organization_id.eq(organization_id))
        .execute(conn)
        .await
        .map(drop)
}

/// The services (id, kind) mapped to a town's TJ and SPIP; `None` when the town is unknown.
pub async fn services_of(
    conn: &mut AsyncPgConnection,
    city_id: Uuid,
) -> QueryResult<Option<Vec<(Uuid, String)>>> {
    use crate::schema::organizations;
    let city: Option<(Option<Uuid>, Option<Uuid>)> = cities::table
        .find(city_id)
        .select((cities::srj_tj_id, cities::srj_spip_id))
        .first(conn)
        .await
        .optional()?;
    let Some((tj, spip)) = city else {
        return Ok(None);
    };
    let structures: Vec<Uuid> = [tj, spip].into_iter().flatten().collect();
    srj_structures::table
        .inner_join(organizations::table)
        .filter(srj_structures::id.eq_any(structures))
        .select((organizations::id, organizations::kind))
        .load(conn)
        .await
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::like_escaped;

    #[test]
    fn wildcards_are_escaped() {
        assert_eq!(like_escaped("50%_a\\"), "50\\%\\_a\\\\");
    }
}
