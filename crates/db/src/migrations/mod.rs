//! The SQL migrations of `migrations/`, embedded in the binary, applied under a PostgreSQL
//! advisory lock so that replicas starting together migrate exactly once.

use diesel::migration::MigrationVersion;
use diesel_async::{AsyncConnection, AsyncMigrationHarness, AsyncPgConnection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::DbError;

/// Every migration, in order.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations");

/// A fingerprint of the migrations' names and contents (changes whenever a migration does).
pub const FINGERPRINT: &str = env!("MSJ_MIGRATIONS_FINGERPRINT");

/// Advisory-lock key held while migrating ("msj-migr" in ASCII).
const LOCK_KEY: i64 = 0x6d73_6a2d_6d69_6772;

/// Which way to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Apply every pending migration.
    Up,
    /// Revert every applied migration.
    Down,
}

/// Applies (or reverts) the migrations on `database_url` and returns the versions touched.
///
/// Blocking: it runs on its own thread and runtime, so it may be called from synchronous code
/// or from any async runtime (the migration harness needs a multi-threaded one).
pub fn migrate_blocking(database_url: &str, direction: Direction) -> Result<Vec<String>, DbError> {
    let url = database_url.to_owned();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .map_err(|error| DbError::Migration(error.to_string()))?;
        runtime.block_on(async move {
            tokio::spawn(migrate(url, direction))
                .await
                .map_err(|error| DbError::Migration(error.to_string()))?
        })
    })
    .join()
    .map_err(|_| DbError::Migration("migration thread panicked".into()))?
}

async fn migrate(url: String, direction: Direction) -> Result<Vec<String>, DbError> {
    let mut conn = AsyncPgConnection::establish(&url).await?;
    diesel::sql_query(format!("SELECT pg_advisory_lock({LOCK_KEY})"))
        .execute(&mut conn)
        .await?;
    let mut harness = AsyncMigrationHarness::new(conn);
    let versions = match direction {
        Direction::Up => harness.run_pending_migrations(MIGRATIONS),
        Direction::Down => harness.revert_all_migrations(MIGRATIONS),
    }
    .map(|versions| versions.iter().map(MigrationVersion::to_string).collect())
    .map_err(|error| DbError::Migration(error.to_string()));
    let mut conn = harness.into_inner();
    diesel::sql_query(format!("SELECT pg_advisory_unlock({LOCK_KEY})"))
        .execute(&mut conn)
        .await?;
    versions
}
