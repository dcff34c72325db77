use diesel::migration::MigrationSource;
use diesel::pg::Pg;
use diesel::sql_types::{Integer, Text};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use msj_db::migrations::{Direction, MIGRATIONS, migrate_blocking};
use msj_db::testing::TestDatabase;

#[derive(QueryableByName)]
struct Unaccented {
    #[diesel(sql_type = Text)]
    value: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = Integer)]
    n: i32,
}

async fn unaccent(url: &str) -> Result<String, diesel::result::Error> {
    let mut conn = AsyncPgConnection::establish(url).await.unwrap();
    sql_query("SELECT msj_unaccent('Élodie Dupré-Gaël') AS value")
        .get_result::<Unaccented>(&mut conn)
        .await
        .map(|row| row.value)
}

async fn applied(url: &str) -> i32 {
    let mut conn = AsyncPgConnection::establish(url).await.unwrap();
    sql_query("SELECT count(*)::int AS n FROM __diesel_schema_migrations")
        .get_result::<Count>(&mut conn)
        .await
        .unwrap()
        .n
}

fn total_migrations() -> usize {
    MigrationSource::<Pg>::migrations(&MIGRATIONS)
        .unwrap()
        .len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrations_go_up_down_and_up_again() {
    let db = TestDatabase::create().await.unwrap();
    let total = total_migrations();
    assert_eq!(
        applied(&db.url).await,
        i32::try_from(total).unwrap(),
        "the template is fully migrated"
    );
    assert_eq!(unaccent(&db.url).await.unwrap(), "elodie dupre-gael");

    let reverted = migrate_blocking(&db.url, Direction::Down).unwrap();
    assert_eq!(reverted.len(), total);
    assert_eq!(applied(&db.url).await, 0);
    assert!(
        unaccent(&db.url).await.is_err(),
        "down.sql removes what up.sql created"
    );

    let reapplied = migrate_blocking(&db.url, Direction::Up).unwrap();
    assert_eq!(reapplied.len(), total);
    assert_eq!(unaccent(&db.url).await.unwrap(), "elodie dupre-gael");
    assert!(
        migrate_blocking(&db.url, Direction::Up).unwrap().is_empty(),
        "nothing left to apply"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_starting_together_migrate_once() {
    let db = TestDatabase::create().await.unwrap();
    migrate_blocking(&db.url, Direction::Down).unwrap();
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let url = db.url.clone();
            std::thread::spawn(move || migrate_blocking(&url, Direction::Up))
        })
        .collect();
    let applied_counts: Vec<usize> = runs
        .into_iter()
        .map(|run| run.join().unwrap().unwrap().len())
        .collect();
    let total = total_migrations();
    assert_eq!(
        applied_counts.iter().sum::<usize>(),
        total,
        "{applied_counts:?}"
    );
    assert_eq!(
        applied_counts.iter().filter(|&&n| n > 0).count(),
        1,
        "{applied_counts:?}"
    );
}
