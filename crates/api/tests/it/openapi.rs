use serde_json::Value;

use crate::support::TestApp;

fn committed() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_committed_document_matches_the_code() {
    let generated: Value = serde_json::to_value(msj_api::openapi::document()).unwrap();
    assert!(
        generated == committed(),
        "openapi/openapi.json is stale: run `just openapi` and commit it"
    );
}

#[actix_web::test]
async fn the_document_and_swagger_ui_are_served() {
    let app = TestApp::spawn().await;
    let served: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(
        served == committed(),
        "the served document differs from openapi/openapi.json"
    );
    assert!(served["openapi"].as_str().unwrap().starts_with("3.1"));
    let docs = app.get("/api/docs").await;
    assert_eq!(docs.status(), 200);
    assert!(docs.text().await.unwrap().contains("swagger-ui"));
}

#[test]
fn every_operation_is_documented_with_a_tag_and_a_description() {
    let document = serde_json::to_value(msj_api::openapi::document()).unwrap();
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            assert!(
                operation["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{method} {path} has no tag"
            );
            assert!(
                operation["summary"].is_string() || operation["description"].is_string(),
                "{method} {path} has no description"
            );
        }
    }
}

#[test]
fn operation_ids_are_unique_and_the_bearer_scheme_is_declared() {
    let document = serde_json::to_value(msj_api::openapi::document()).unwrap();
    let mut ids: Vec<&str> = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|operations| operations.as_object().unwrap().values())
        .map(|operation| operation["operationId"].as_str().unwrap())
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate operationId");
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
}
