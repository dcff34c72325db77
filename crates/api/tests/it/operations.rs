use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use msj_db::testing::with_database;
use serde_json::Value;

use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn health_answers_ok_with_a_request_id() {
    let app = TestApp::spawn().await;
    let response = app.get("/health").await;
    assert_eq!(response.status(), 200);
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(uuid::Uuid::parse_str(&request_id).is_ok(), "{request_id}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[actix_web::test]
async fn ready_follows_the_database() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/ready").await.status(), 200);

    let admin_url = with_database(&std::env::var("DATABASE_URL").unwrap(), "postgres");
    let mut admin = AsyncPgConnection::establish(&admin_url).await.unwrap();
    diesel::sql_query(format!("DROP DATABASE {} WITH (FORCE)", app.db.name()))
        .execute(&mut admin)
        .await
        .unwrap();

    expect_problem(app.get("/ready").await, 503, "database_unavailable").await;
    assert_eq!(
        app.get("/health").await.status(),
        200,
        "liveness does not depend on the database"
    );
}

#[actix_web::test]
async fn metrics_count_requests_by_route_pattern() {
    let app = TestApp::spawn().await;
    app.get("/health").await;
    app.get("/api/v1/territories/reunion/public-holidays?year=2026")
        .await;
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("msj_http_requests_total"), "{metrics}");
    assert!(metrics.contains(r#"endpoint="/health""#), "{metrics}");
    assert!(
        metrics.contains(r#"endpoint="/api/v1/territories/{territory}/public-holidays""#),
        "{metrics}"
    );
}
