//! Refresh rotation, reuse detection, idle expiry, sign-out, and live role changes.

use chrono::TimeDelta;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{PASSWORD, agent, service, token};
use crate::support::{TestApp, expect_problem};

/// Signs in and returns the refresh cookie (`msj_refresh=…`).
async fn sign_in(app: &TestApp, email: &str) -> String {
    let response = app
        .post_json(
            "/api/v1/auth/login",
            json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(response.status(), 200);
    cookie_of(&response)
}

fn cookie_of(response: &reqwest::Response) -> String {
    let header = response.headers()["set-cookie"].to_str().unwrap();
    header.split(';').next().unwrap().to_owned()
}

async fn refresh(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/refresh"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn refresh_rotates_and_a_reused_token_revokes_the_session() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let first = sign_in(&app, &cpip.email).await;

    let response = refresh(&app, &first).await;
    assert_eq!(response.status(), 200);
    let second = cookie_of(&response);
    assert_ne!(first, second);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        app.get_as(body["access_token"].as_str().unwrap(), "/api/v1/auth/me")
            .await
            .status(),
        200
    );

    expect_problem(refresh(&app, &first).await, 401, "session_expired").await;
    expect_problem(refresh(&app, &second).await, 401, "session_expired").await;
}

#[actix_web::test]
async fn a_session_idle_for_an_hour_is_over() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let cookie = sign_in(&app, &cpip.email).await;
    app.state.clock.advance(TimeDelta::minutes(59));
    let response = refresh(&app, &cookie).await;
    assert_eq!(response.status(), 200, "59 minutes is not idle enough");
    let cookie = cookie_of(&response);
    app.state.clock.advance(TimeDelta::minutes(60));
    expect_problem(refresh(&app, &cookie).await, 401, "session_expired").await;
    expect_problem(
        refresh(&app, "msj_refresh=forged").await,
        401,
        "session_expired",
    )
    .await;
    expect_problem(
        app.client
            .post(app.url("/api/v1/auth/refresh"))
            .send()
            .await
            .unwrap(),
        401,
        "session_expired",
    )
    .await;
}

#[actix_web::test]
async fn access_tokens_expire_after_fifteen_minutes() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let access = token(&app, &cpip);
    assert_eq!(app.get_as(&access, "/api/v1/auth/me").await.status(), 200);
    app.state.clock.advance(TimeDelta::minutes(15));
    expect_problem(
        app.get_as(&access, "/api/v1/auth/me").await,
        401,
        "unauthenticated",
    )
    .await;
    expect_problem(app.get("/api/v1/auth/me").await, 401, "unauthenticated").await;
}

#[actix_web::test]
async fn logout_revokes_the_session() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let cookie = sign_in(&app, &cpip.email).await;
    let response = app
        .client
        .post(app.url("/api/v1/auth/logout"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    expect_problem(refresh(&app, &cookie).await, 401, "session_expired").await;
}

#[actix_web::test]
async fn a_role_change_applies_to_the_next_request() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, true).await;
    let local_admin = agent(&app, org, Role::LocalAdmin, true).await;
    let access = token(&app, &cpip);
    let me: Value = app
        .get_as(&access, "/api/v1/auth/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["role"], "cpip");

    let path = format!("/api/v1/users/{}", cpip.id);
    let response = app
        .send_as(
            Method::PATCH,
            &token(&app, &local_admin),
            &path,
            json!({"role": "dpip"}),
        )
        .await;
    assert_eq!(response.status(), 200);

    let me: Value = app
        .get_as(&access, "/api/v1/auth/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["role"], "dpip", "same token, new role");
}
