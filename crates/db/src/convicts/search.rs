//! Searching and listing probationers.

use diesel::expression::BoxableExpression;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::ConvictRow;
use crate::schema::{convict_organizations, convicts};

/// What a list contains.
#[derive(Debug, Clone, Default)]
pub struct ConvictFilter {
    /// Only probationers followed by one of these services (`None`: nationwide).
    pub organizations: Option<Vec<Uuid>>,
    /// Only those whose referent is this agent.
    pub referent: Option<Uuid>,
    /// Prefix of the search key of a name (last, first, or both in either order).
    pub name_key: Option<String>,
    /// Prefix of the E.164 phone.
    pub phone_prefix: Option<String>,
    /// Prefix of the APPI number.
    pub appi_prefix: Option<String>,
    /// Archived records too.
    pub include_archived: bool,
}

type Condition = Box<dyn BoxableExpression<convicts::table, Pg, SqlType = Bool>>;

fn pattern(prefix: &str) -> String {
    format!(
        "{}%",
        prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    )
}

/// The alternatives of the text search (any of them matches).
fn text_conditions(filter: &ConvictFilter) -> Vec<Condition> {
    let mut conditions: Vec<Condition> = Vec::new();
    if let Some(key) = &filter.name_key {
        // A last (first) name key starting with the prefix also starts "last first" ("first
        // last"): these two stored, indexed keys match the last name, the first name and both
        // in either order.
        let like = pattern(key);
        conditions.push(Box::new(convicts::full_name_key.like(like.clone())));
        conditions.push(Box::new(convicts::reversed_name_key.like(like)));
    }
    if let Some(phone) = &filter.phone_prefix {
        conditions.push(Box::new(
            convicts::phone.assume_not_null().like(pattern(phone)),
        ));
    }
    if let Some(appi) = &filter.appi_prefix {
        conditions.push(Box::new(
            convicts::appi_number.assume_not_null().like(pattern(appi)),
        ));
    }
    conditions
}

/// The probationers the filter's scope and flags allow, before the text search.
fn scoped(filter: &ConvictFilter) -> convicts::BoxedQuery<'static, Pg> {
    let mut query = convicts::table.into_boxed();
    if let Some(ids) = &filter.organizations {
        let followed = convict_organizations::table
            .filter(convict_organizations::organization_id.eq_any(ids.clone()))
            .select(convict_organizations::convict_id);
        query = query.filter(convicts::id.eq_any(followed));
    }
    if let Some(referent) = filter.referent {
        query = query.filter(convicts::referent_id.eq(referent));
    }
    if !filter.include_archived {
        query = query.filter(convicts::archived_at.is_null());
    }
    query
}

fn filtered(filter: &ConvictFilter) -> convicts::BoxedQuery<'static, Pg> {
    let mut query = scoped(filter);
    if let Some(any) = text_conditions(filter)
        .into_iter()
        .reduce(|a, b| Box::new(a.or(b)))
    {
        query = query.filter(any);
    }
    query
}

/// A name search: the people whose « last first » key starts with the prefix (last-name
/// matches), then the others (first name, « first last »), each by that key. Each part is
/// read in its own query so that a page rarely needs the second one.
async fn by_name(
    conn: &mut AsyncPgConnection,
    filter: &ConvictFilter,
    key: &str,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<ConvictRow>, i64)> {
    let like = pattern(key);
    let first = || scoped(filter).filter(convicts::full_name_key.like(like.clone()));
    let second = || {
        scoped(filter)
            .filter(convicts::reversed_name_key.like(like.clone()))
            .filter(convicts::full_name_key.not_like(like.clone()))
    };
    let first_count: i64 = first().count().get_result(conn).await?;
    let second_count: i64 = second().count().get_result(conn).await?;
    let mut rows = if offset < first_count {
        first()
            .order((convicts::full_name_key, convicts::id))
            .offset(offset)
            .limit(limit)
            .select(ConvictRow::as_select())
            .load(conn)
            .await?
    } else {
        Vec::new()
    };
    let missing = limit - i64::try_from(rows.len()).unwrap_or(limit);
    if missing > 0 && second_count > 0 {
        rows.extend(
            second()
                .order((convicts::full_name_key, convicts::id))
                .offset((offset - first_count).max(0))
                .limit(missing)
                .select(ConvictRow::as_select())
                .load(conn)
                .await?,
        );
    }
    Ok((rows, first_count + second_count))
}

/// A page of probationers: last-name matches first, then by name.
pub async fn search(
    conn: &mut AsyncPgConnection,
    filter: &ConvictFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<ConvictRow>, i64)> {
    if let (Some(key), None, None) = (&filter.name_key, &filter.phone_prefix, &filter.appi_prefix) {
        return by_name(conn, filter, key, limit, offset).await;
    }
    let rows = filtered(filter)
        .order((convicts::last_name, convicts::first_name, convicts::id))
        .limit(limit)
        .offset(offset)
        .select(ConvictRow::as_select())
        .load(conn)
        .await?;
    let total = filtered(filter).count().get_result(conn).await?;
    Ok((rows, total))
}
