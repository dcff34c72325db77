use diesel::sql_types::Text;
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use msj_db::testing::TestDatabase;
use msj_domain::identity::search_key;

#[derive(QueryableByName)]
struct Key {
    #[diesel(sql_type = Text)]
    key: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_and_the_domain_compute_the_same_search_keys() {
    let db = TestDatabase::create().await.unwrap();
    let mut conn = AsyncPgConnection::establish(&db.url).await.unwrap();
    for name in [
        "Saint-Denis",
        "L'Haÿ-les-Roses",
        "Sainte-Marie-aux-Chênes",
        "Œting",
        "ÉPINAY SUR SEINE",
        "Villeneuve d’Ascq",
        "Le Mêle-sur-Sarthe",
    ] {
        let sql: Key = sql_query("SELECT msj_search_key($1) AS key")
            .bind::<Text, _>(name)
            .get_result(&mut conn)
            .await
            .unwrap();
        assert_eq!(sql.key, search_key(name), "{name}");
    }
}
