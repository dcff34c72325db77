//! Integrator API tokens created through the API.

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use super::TestApp;

/// Creates a token as the agent of `access` and returns (token id, secret).
pub async fn create(
    app: &TestApp,
    access: &str,
    organization: Uuid,
    role: &str,
    scopes: &[&str],
) -> (String, String) {
    let body = json!({"name": "Logiciel métier", "organization_id": organization, "role": role, "scopes": scopes});
    let response = app
        .send_as(Method::POST, access, "/api/v1/api-tokens", body)
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    (
        created["token"]["id"].as_str().unwrap().to_owned(),
        created["secret"].as_str().unwrap().to_owned(),
    )
}

/// A probationer to create, different for each `n`.
pub fn person(n: u32) -> Value {
    let names = ["Martin", "Bernard", "Petit", "Robert"];
    json!({"first_name": "Élodie", "last_name": names[n as usize % names.len()],
        "date_of_birth": format!("19{}-05-17", 60 + n), "no_phone": true})
}
