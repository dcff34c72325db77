//! Sign-in: success, wrong password, warning at the 9th failure, lock at the 10th, 24 h.

use chrono::TimeDelta;
use msj_domain::roles::{OrganizationType, Role};
use serde_json::{Value, json};

use crate::support::fixtures::{PASSWORD, agent, service};
use crate::support::{TestApp, expect_problem};

async fn login(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post_json(
        "/api/v1/auth/login",
        json!({"email": email, "password": password}),
    )
    .await
}

#[actix_web::test]
async fn signs_in_with_the_right_password_and_any_email_case() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let response = login(&app, &format!("  {} ", cpip.email.to_uppercase()), PASSWORD).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("msj_refresh="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/api/v1/auth"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["expires_in"], 900);
    assert_eq!(body["user"]["role"], "cpip");
    assert_eq!(body["user"]["role_label"], "CPIP");
    assert_eq!(body["user"]["security_charter_accepted"], false);
    let me = app
        .get_as(body["access_token"].as_str().unwrap(), "/api/v1/auth/me")
        .await;
    assert_eq!(me.status(), 200);
}

#[actix_web::test]
async fn unknown_emails_and_wrong_passwords_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let wrong = expect_problem(
        login(&app, &cpip.email, "Mauvais-Mot-2026!").await,
        401,
        "invalid_credentials",
    )
    .await;
    let unknown = expect_problem(
        login(&app, "nobody@test.msj", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(wrong["detail"], unknown["detail"]);
    expect_problem(
        app.post_json("/api/v1/auth/login", json!({"email": "x"}))
            .await,
        422,
        "invalid_field",
    )
    .await;
}

#[actix_web::test]
async fn warns_at_the_ninth_failure_locks_at_the_tenth_and_unlocks_after_24_hours() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    for _ in 1..=8 {
        expect_problem(
            login(&app, &cpip.email, "Mauvais-Mot-2026!").await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    let ninth = expect_problem(
        login(&app, &cpip.email, "Mauvais-Mot-2026!").await,
        401,
        "last_attempt_before_lock",
    )
    .await;
    assert!(
        ninth["detail"]
            .as_str()
            .unwrap()
            .contains("Il vous reste une chance")
    );
    expect_problem(
        login(&app, &cpip.email, "Mauvais-Mot-2026!").await,
        403,
        "account_locked",
    )
    .await;
    expect_problem(
        login(&app, &cpip.email, PASSWORD).await,
        403,
        "account_locked",
    )
    .await;

    app.state.clock.advance(TimeDelta::hours(23));
    expect_problem(
        login(&app, &cpip.email, PASSWORD).await,
        403,
        "account_locked",
    )
    .await;
    app.state.clock.advance(TimeDelta::hours(1));
    assert_eq!(login(&app, &cpip.email, PASSWORD).await.status(), 200);
}

#[actix_web::test]
async fn parallel_failures_are_all_counted() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    let attempts = (0..10).map(|_| login(&app, &cpip.email, "Mauvais-Mot-2026!"));
    futures_util::future::join_all(attempts).await;
    expect_problem(
        login(&app, &cpip.email, PASSWORD).await,
        403,
        "account_locked",
    )
    .await;
}

#[actix_web::test]
async fn an_admin_unlocks_an_account() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, false).await;
    for _ in 0..10 {
        login(&app, &cpip.email, "Mauvais-Mot-2026!").await;
    }
    expect_problem(
        login(&app, &cpip.email, PASSWORD).await,
        403,
        "account_locked",
    )
    .await;
    let admin = agent(&app, org, Role::Admin, true).await;
    let token = crate::support::fixtures::token(&app, &admin);
    let path = format!("/api/v1/users/{}/unlock", cpip.id);
    let response = app
        .send_as(reqwest::Method::POST, &token, &path, json!({}))
        .await;
    assert_eq!(response.status(), 204);
    assert_eq!(login(&app, &cpip.email, PASSWORD).await.status(), 200);
}
