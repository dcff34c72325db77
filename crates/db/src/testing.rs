//! Per-test databases for integration tests: each test gets its own database, cloned from a
//! migrated template (`CREATE DATABASE … TEMPLATE`), so tests run in parallel and never see
//! each other's rows. The template is named after the migrations' fingerprint and built once,
//! under an advisory lock, by whichever test process comes first.

use diesel::sql_types::{Bool, Text};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::DbError;
use crate::migrations::{Direction, FINGERPRINT, migrate_blocking};

/// Advisory-lock key held while building the template or cloning it ("msj-tmpl").
const LOCK_KEY: i64 = 0x6d73_6a2d_746d_706c;

/// A database that exists for the life of this value and is dropped afterwards.
#[derive(Debug)]
pub struct TestDatabase {
    /// Connection URL of the new database.
    pub url: String,
    name: String,
    admin_url: String,
}

#[derive(QueryableByName)]
struct Exists {
    #[diesel(sql_type = Bool)]
    exists: bool,
}

/// Replaces the database name of a PostgreSQL URL, keeping its query string.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    let mut out = format!("{}/{database}", &base[..host_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

impl TestDatabase {
    /// Creates a fresh migrated database on the server named by `DATABASE_URL`.
    pub async fn create() -> Result<Self, DbError> {
        let base = std::env::var("DATABASE_URL").map_err(|_| {
            DbError::Unavailable("DATABASE_URL is not set (run the tests with `just test`)".into())
        })?;
        let admin_url = with_database(&base, "postgres");
        let template = format!("msj_template_{FINGERPRINT}");
        let name = format!("t_{}", uuid::Uuid::now_v7().simple());
        let mut admin = AsyncPgConnection::establish(&admin_url).await?;
        sql_query(format!("SELECT pg_advisory_lock({LOCK_KEY})"))
            .execute(&mut admin)
            .await?;
        let cloned = clone_template(&mut admin, &base, &template, &name).await;
        sql_query(format!("SELECT pg_advisory_unlock({LOCK_KEY})"))
            .execute(&mut admin)
            .await?;
        cloned?;
        Ok(Self {
            url: with_database(&base, &name),
            name,
            admin_url,
        })
    }

    /// Name of the database.
    pub fn name(&self) -> &str {
        &self.name
    }
}

async fn clone_template(
    admin: &mut AsyncPgConnection,
    base: &str,
    template: &str,
    name: &str,
) -> Result<(), DbError> {
    let found: Exists =
        sql_query("SELECT EXISTS(SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
            .bind::<Text, _>(template)
            .get_result(admin)
            .await?;
    if !found.exists {
        let building = format!("{template}_building");
        sql_query(format!("DROP DATABASE IF EXISTS {building}"))
            .execute(admin)
            .await?;
        sql_query(format!("CREATE DATABASE {building}"))
            .execute(admin)
            .await?;
        migrate_blocking(&with_database(base, &building), Direction::Up)?;
        execute_when_idle(
            admin,
            &format!("ALTER DATABASE {building} RENAME TO {template}"),
        )
        .await?;
    }
    execute_when_idle(
        admin,
        &format!("CREATE DATABASE {name} TEMPLATE {template}"),
    )
    .await
}

/// Runs `sql`, which needs a database nobody is connected to, retrying for up to 5 s while
/// the server still finishes closing a connection that was just dropped.
async fn execute_when_idle(admin: &mut AsyncPgConnection, sql: &str) -> Result<(), DbError> {
    let mut attempts = 0;
    loop {
        match sql_query(sql).execute(admin).await {
            Ok(_) => return Ok(()),
            Err(error)
                if attempts < 50 && error.to_string().contains("being accessed by other users") =>
            {
                attempts += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let admin_url = self.admin_url.clone();
        let drop_sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async move {
                let mut admin = AsyncPgConnection::establish(&admin_url).await.ok()?;
                sql_query(drop_sql).execute(&mut admin).await.ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(_))) {
            tracing::warn!(database = %self.name, "test database left behind");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn replaces_the_database_name() {
        assert_eq!(
            with_database("postgres://u@127.0.0.1:5432/msj?sslmode=disable", "t_1"),
            "postgres://u@127.0.0.1:5432/t_1?sslmode=disable"
        );
        assert_eq!(with_database("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
