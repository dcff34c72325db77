use serde_json::Value;

use crate::support::TestApp;

#[actix_web::test]
async fn lists_the_thirteen_territories_with_their_zones() {
    let app = TestApp::spawn().await;
    let territories: Vec<Value> = app.get("/api/v1/territories").await.json().await.unwrap();
    assert_eq!(territories.len(), 13);
    let polynesia = territories
        .iter()
        .find(|t| t["key"] == "polynesie_francaise")
        .unwrap();
    assert_eq!(polynesia["default_time_zone"], "Pacific/Tahiti");
    assert!(
        polynesia["time_zones"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Pacific/Marquesas"))
    );
}

#[actix_web::test]
async fn lists_the_public_holidays_of_a_territory() {
    let app = TestApp::spawn().await;
    let body: Value = app
        .get("/api/v1/territories/alsace_moselle/public-holidays?year=2026")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["year"], 2026);
    let dates: Vec<&str> = body["holidays"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["date"].as_str().unwrap())
        .collect();
    assert!(dates.contains(&"2026-04-03"), "Good Friday: {dates:?}");
    assert!(dates.contains(&"2026-12-26"), "Saint Stephen: {dates:?}");

    let body: Value = app
        .get("/api/v1/territories/reunion/public-holidays?year=2026")
        .await
        .json()
        .await
        .unwrap();
    let dates: Vec<&str> = body["holidays"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["date"].as_str().unwrap())
        .collect();
    assert!(
        dates.contains(&"2026-12-20"),
        "abolition of slavery in Réunion: {dates:?}"
    );
    assert!(!dates.contains(&"2026-04-03"));
}
