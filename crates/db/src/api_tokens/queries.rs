//! Queries on `api_tokens`.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::ApiTokenRow;
use crate::organizations::OrganizationRow;
use crate::schema::{api_tokens, organizations, users};
use crate::users::UserRow;

/// A token with its technical account and that account's service.
pub type TokenWithAccount = (ApiTokenRow, UserRow, OrganizationRow);

/// Inserts the technical account of a token (flagged `api_client`).
pub async fn insert_account(
    conn: &mut AsyncPgConnection,
    account: &crate::users::NewUser,
) -> QueryResult<UserRow> {
    diesel::insert_into(users::table)
        .values((account, users::api_client.eq(true)))
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await
}

/// Inserts a token (its technical account must exist).
pub async fn insert(conn: &mut AsyncPgConnection, token: &ApiTokenRow) -> QueryResult<()> {
    diesel::insert_into(api_tokens::table)
        .values(token)
        .execute(conn)
        .await
        .map(drop)
}

/// The token whose secret has this digest, with its account and service.
pub async fn find_by_hash(
    conn: &mut AsyncPgConnection,
    hash: &[u8],
) -> QueryResult<Option<TokenWithAccount>> {
    api_tokens::table
        .inner_join(users::table.inner_join(organizations::table))
        .filter(api_tokens::token_hash.eq(hash))
        .select((
            ApiTokenRow::as_select(),
            UserRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .first(conn)
        .await
        .optional()
}

/// The token `id`, with its account and service.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<TokenWithAccount>> {
    api_tokens::table
        .inner_join(users::table.inner_join(organizations::table))
        .filter(api_tokens::id.eq(id))
        .select((
            ApiTokenRow::as_select(),
            UserRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .first(conn)
        .await
        .optional()
}

/// A page of tokens, newest first, of one service or of all (`None`), and the total.
pub async fn page(
    conn: &mut AsyncPgConnection,
    organization: Option<Uuid>,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<TokenWithAccount>, i64)> {
    let filtered = || {
        let mut query = api_tokens::table
            .inner_join(users::table.inner_join(organizations::table))
            .into_boxed();
        if let Some(organization) = organization {
            query = query.filter(users::organization_id.eq(organization));
        }
        query
    };
    let rows = filtered()
        .order((api_tokens::created_at.desc(), api_tokens::id.desc()))
        .limit(limit)
        .offset(offset)
        .select((
            ApiTokenRow::as_select(),
            UserRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .load(conn)
        .await?;
    let total = filtered().count().get_result(conn).await?;
    Ok((rows, total))
}

/// Revokes the token `id` unless it already is (its first revocation time stays); whether
/// this call revoked it.
pub async fn revoke(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        api_tokens::table
            .find(id)
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now))
    .execute(conn)
    .await
    .map(|updated| updated == 1)
}

/// Records a use at `now` unless one was recorded less than `every` ago: at most one write
/// per token and period, whatever the traffic.
pub async fn touch(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
    every: Duration,
) -> QueryResult<()> {
    diesel::update(
        api_tokens::table.find(id).filter(
            api_tokens::last_used_at
                .is_null()
                .or(api_tokens::last_used_at.le(now - every)),
        ),
    )
    .set(api_tokens::last_used_at.eq(now))
    .execute(conn)
    .await
    .map(drop)
}

/// (id, first name, last name) of the agents among `ids`.
pub async fn names(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, String, String)>> {
    users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::first_name, users::last_name))
        .load(conn)
        .await
}
