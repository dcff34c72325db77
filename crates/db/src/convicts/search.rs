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

fn filtered(filter: &ConvictFilter) -> convicts::BoxedQuery<'static, Pg> {
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
    if let Some(any) = text_conditions(filter)
        .into_iter()
        .reduce(|a, b| Box::new(a.or(b)))
    {
        query = query.filter(any);
    }
    query
}

/// A page of probationers: last-name matches first, then by name.
pub async fn search(
    conn: &mut AsyncPgConnection,
    filter: &ConvictFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<ConvictRow>, i64)> {
    let last_name_first =
        convicts::last_name_key.like(pattern(filter.name_key.as_deref().unwrap_or("")));
    let rows = filtered(filter)
        .order((
            last_name_first.desc(),
            convicts::last_name,
            convicts::first_name,
            convicts::id,
        ))
        .limit(limit)
        .offset(offset)
        .select(ConvictRow::as_select())
        .load(conn)
        .await?;
    let total = filtered(filter).count().get_result(conn).await?;
    Ok((rows, total))
}
