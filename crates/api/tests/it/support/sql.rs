//! Raw SQL on the test database, to put rows at chosen dates and count what is left.

use diesel::sql_types::BigInt;
use diesel_async::RunQueryDsl;

use super::TestApp;

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Runs `sql` on the test database.
pub async fn exec(app: &TestApp, sql: String) {
    diesel::sql_query(sql)
        .execute(&mut *app.conn().await)
        .await
        .unwrap();
}

/// The `n` of a `SELECT count(*) AS n …`.
pub async fn count(app: &TestApp, sql: String) -> i64 {
    diesel::sql_query(sql)
        .get_result::<Count>(&mut *app.conn().await)
        .await
        .unwrap()
        .n
}
