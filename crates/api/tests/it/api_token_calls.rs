//! Calls made with an integrator API token: within its scopes, outside them, once revoked or
//! expired, unknown, and past the rate limit.

use chrono::TimeDelta;
use msj_db::organizations::link;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::api_tokens::{create, person};
use crate::support::fixtures::{agent_with_role, service};
use crate::support::{TestApp, expect_problem};

/// A SPIP linked to a TJ, and a CPIP token of that SPIP with `scopes`: (secret, admin's access).
async fn cpip_token(app: &TestApp, scopes: &[&str]) -> (String, String, Uuid) {
    let spip = service(app, "SPIP 92", OrganizationType::Spip).await;
    let tj = service(app, "TJ Nanterre", OrganizationType::Tj).await;
    link(&mut *app.conn().await, spip, tj).await.unwrap();
    let (_, admin) = agent_with_role(app, Role::Admin).await;
    let (id, secret) = create(app, &admin, spip, "cpip", scopes).await;
    (secret, admin, id.parse().unwrap())
}

#[actix_web::test]
async fn a_token_acts_as_its_role_within_its_scopes() {
    let app = TestApp::spawn().await;
    let (secret, admin, _) = cpip_token(&app, &["convicts:read", "convicts:write"]).await;
    let created = app
        .send_as(Method::POST, &secret, "/api/v1/convicts", person(0))
        .await;
    assert_eq!(created.status(), 201, "no security charter for a token");
    let list: Value = app
        .get_as(&secret, "/api/v1/convicts")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    let tokens: Value = app
        .get_as(&admin, "/api/v1/api-tokens")
        .await
        .json()
        .await
        .unwrap();
    assert!(tokens["items"][0]["last_used_at"].is_string());

    let refused = app.get_as(&secret, "/api/v1/appointments").await;
    let problem = expect_problem(refused, 403, "scope_missing").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("appointments:read")
    );
    for path in [
        "/api/v1/users",
        "/api/v1/auth/me",
        "/api/v1/api-tokens",
        "/api/v1/audit",
    ] {
        expect_problem(app.get_as(&secret, path).await, 403, "closed_to_api_tokens").await;
    }
    let path = format!("/api/v1/slot-templates/{}", Uuid::now_v7());
    let slots = app.send_as(Method::DELETE, &secret, &path, json!({})).await;
    expect_problem(slots, 403, "scope_missing").await;
}

#[actix_web::test]
async fn the_role_rules_still_apply_to_a_token() {
    let app = TestApp::spawn().await;
    let (secret, _, _) = cpip_token(&app, &["organizations:write", "slots:read"]).await;
    let response = app.get_as(&secret, "/api/v1/slots").await;
    let status = response.status().as_u16();
    assert_eq!(status, 403, "a CPIP does not list slots, token or not");
}

#[actix_web::test]
async fn revoked_expired_and_unknown_tokens_are_refused() {
    let app = TestApp::spawn().await;
    let (secret, admin, id) = cpip_token(&app, &["convicts:read"]).await;
    assert_eq!(app.get_as(&secret, "/api/v1/convicts").await.status(), 200);
    let path = format!("/api/v1/api-tokens/{id}");
    assert_eq!(
        app.send_as(Method::DELETE, &admin, &path, json!({}))
            .await
            .status(),
        204
    );
    let revoked = app.get_as(&secret, "/api/v1/convicts").await;
    expect_problem(revoked, 401, "api_token_revoked").await;

    let unknown = app
        .get_as(&format!("msj_{}", "x".repeat(43)), "/api/v1/convicts")
        .await;
    expect_problem(unknown, 401, "unauthenticated").await;

    let spip = service(&app, "SPIP 94", OrganizationType::Spip).await;
    let soon = app.state.clock.now() + TimeDelta::hours(1);
    let body = json!({"name": "Essai", "organization_id": spip, "role": "cpip", "scopes": ["convicts:read"], "expires_at": soon});
    let created: Value = app
        .send_as(Method::POST, &admin, "/api/v1/api-tokens", body)
        .await
        .json()
        .await
        .unwrap();
    let short = created["secret"].as_str().unwrap();
    assert_eq!(app.get_as(short, "/api/v1/convicts").await.status(), 200);
    app.state.clock.advance(TimeDelta::hours(2));
    expect_problem(
        app.get_as(short, "/api/v1/convicts").await,
        401,
        "api_token_expired",
    )
    .await;
}

#[actix_web::test]
async fn past_the_rate_limit_a_token_waits() {
    let app =
        TestApp::spawn_configured(|_| {}, &[("MSJ_API_TOKEN_RATE_LIMIT", "3".to_owned())]).await;
    let (secret, admin, _) = cpip_token(&app, &["convicts:read"]).await;
    for _ in 0..3 {
        assert_eq!(app.get_as(&secret, "/api/v1/convicts").await.status(), 200);
    }
    let limited = app.get_as(&secret, "/api/v1/convicts").await;
    let wait: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    expect_problem(limited, 429, "rate_limited").await;
    assert_eq!(
        app.get_as(&admin, "/api/v1/api-tokens").await.status(),
        200,
        "agents are not limited"
    );
}
