//! Finding the probationers a new record would duplicate.

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{Date, Float4, Nullable, Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

#[derive(QueryableByName)]
struct Match {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
}

/// Probationers with the same phone, the same APPI number, or the same accent-free names and
/// date of birth when neither has an APPI number.
pub async fn exact_matches(
    conn: &mut AsyncPgConnection,
    phone: Option<&str>,
    appi_number: Option<&str>,
    last_name: &str,
    first_name: &str,
    date_of_birth: NaiveDate,
) -> diesel::QueryResult<Vec<Uuid>> {
    let rows: Vec<Match> = diesel::sql_query(
        "SELECT id FROM convicts \
         WHERE phone = $1 OR appi_number = $2 \
            OR ($2 IS NULL AND appi_number IS NULL AND date_of_birth = $5 \
                AND msj_search_key(last_name) = msj_search_key($3) \
                AND msj_search_key(first_name) = msj_search_key($4)) \
         LIMIT 10",
    )
    .bind::<Nullable<Text>, _>(phone)
    .bind::<Nullable<Text>, _>(appi_number)
    .bind::<Text, _>(last_name)
    .bind::<Text, _>(first_name)
    .bind::<Date, _>(date_of_birth)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|row| row.id).collect())
}

/// Probationers born the same day whose accent-free full name is at least `threshold`
/// similar (pg_trgm) to this one.
pub async fn similar_matches(
    conn: &mut AsyncPgConnection,
    last_name: &str,
    first_name: &str,
    date_of_birth: NaiveDate,
    threshold: f32,
) -> diesel::QueryResult<Vec<Uuid>> {
    let rows: Vec<Match> = diesel::sql_query(
        "SELECT id FROM convicts WHERE date_of_birth = $3 \
           AND similarity(msj_search_key(last_name || ' ' || first_name), msj_search_key($1 || ' ' || $2)) >= $4 \
         LIMIT 10",
    )
    .bind::<Text, _>(last_name)
    .bind::<Text, _>(first_name)
    .bind::<Date, _>(date_of_birth)
    .bind::<Float4, _>(threshold)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|row| row.id).collect())
}
