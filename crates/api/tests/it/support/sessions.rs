//! Signing in through the API, with the refresh cookie.

use serde_json::{Value, json};

use super::TestApp;
use super::fixtures::PASSWORD;

/// A session opened by `POST /auth/login`: its access token and refresh cookie.
pub struct SignedIn {
    pub access: String,
    pub cookie: String,
}

/// Signs `email` in with the fixtures' password.
pub async fn sign_in(app: &TestApp, email: &str) -> SignedIn {
    let response = app
        .post_json(
            "/api/v1/auth/login",
            json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let cookie = cookie_of(&response);
    let body: Value = response.json().await.unwrap();
    SignedIn {
        access: body["access_token"].as_str().unwrap().to_owned(),
        cookie,
    }
}

/// The `name=value` of the response's cookie.
pub fn cookie_of(response: &reqwest::Response) -> String {
    let header = response.headers()["set-cookie"].to_str().unwrap();
    header.split(';').next().unwrap().to_owned()
}

/// `POST /auth/refresh` with `cookie`.
pub async fn refresh(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/refresh"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

/// The audit entries of `action`, oldest first: (actor, real actor, object).
pub async fn audit_of(app: &TestApp, action: &str) -> Vec<(String, String, String)> {
    let filter = msj_db::audit::AuditFilter {
        action: Some(action.to_owned()),
        ..Default::default()
    };
    let (rows, _) = msj_db::audit::page(&mut *app.conn().await, &filter, 100, 0)
        .await
        .unwrap();
    let text = |id: Option<uuid::Uuid>| id.map(|id| id.to_string()).unwrap_or_default();
    rows.into_iter()
        .rev()
        .map(|row| {
            (
                text(row.actor_id),
                text(row.real_actor_id),
                text(row.object_id),
            )
        })
        .collect()
}
