//! The connection pool shared by request handlers and workers.

use std::time::Duration;

use diesel_async::pooled_connection::deadpool::{Object, Pool};
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::DbError;

/// A pool of asynchronous PostgreSQL connections.
pub type DbPool = Pool<AsyncPgConnection>;

/// A connection borrowed from the pool; returned to it when dropped.
pub type PooledConnection = Object<AsyncPgConnection>;

/// How long a request waits for a free connection before giving up.
const CHECKOUT_TIMEOUT: Duration = Duration::from_secs(5);

/// Builds a pool of at most `max_size` connections to `database_url`. Connections are opened
/// lazily, so this succeeds even when the database is down. A returned connection is reused
/// without a test query (a broken one fails on first use and is then discarded): this saves a
/// round trip per request.
pub fn build_pool(database_url: &str, max_size: usize) -> Result<DbPool, DbError> {
    let mut config = ManagerConfig::default();
    config.recycling_method = RecyclingMethod::Fast;
    let manager =
        AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(database_url, config);
    Pool::builder(manager)
        .max_size(max_size)
        .wait_timeout(Some(CHECKOUT_TIMEOUT))
        .create_timeout(Some(CHECKOUT_TIMEOUT))
        .runtime(deadpool::Runtime::Tokio1)
        .build()
        .map_err(|error| DbError::Unavailable(error.to_string()))
}

/// Borrows a connection from the pool.
pub async fn connection(pool: &DbPool) -> Result<PooledConnection, DbError> {
    pool.get()
        .await
        .map_err(|error| DbError::Unavailable(error.to_string()))
}

/// Checks that the database answers a trivial query.
pub async fn ping(pool: &DbPool) -> Result<(), DbError> {
    let mut conn = connection(pool).await?;
    diesel::sql_query("SELECT 1").execute(&mut conn).await?;
    Ok(())
}
